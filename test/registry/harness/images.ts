/**
 * The test images: a single-platform image, a two-platform index, their tampered twins and a
 * one-platform subset of the index, written as OCI layouts in a temp dir.
 */
import { createHash } from "node:crypto";
import { join } from "node:path";
import { type WrittenLayout, writeOciLayout } from "./oci-layout.js";

export interface TestImages {
  tiny: WrittenLayout;
  tinyTampered: WrittenLayout;
  multi: WrittenLayout;
  multiTampered: WrittenLayout;
  /** An index holding only the amd64 image of `multi` (same bytes for that platform). */
  multiAmd64Only: WrittenLayout;
}

export function writeTestImages(dir: string): TestImages {
  const amd64 = { os: "linux", architecture: "amd64" };
  const arm64 = { os: "linux", architecture: "arm64" };
  return {
    tiny: writeOciLayout(join(dir, "tiny"), "1.0", [{ marker: "tiny v1" }]),
    tinyTampered: writeOciLayout(join(dir, "tiny-tampered"), "1.0", [{ marker: "tiny v1 + backdoor" }]),
    multi: writeOciLayout(join(dir, "multi"), "2.0", [
      { marker: "multi amd64", platform: amd64 },
      { marker: "multi arm64", platform: arm64 },
    ]),
    multiTampered: writeOciLayout(join(dir, "multi-tampered"), "2.0", [
      { marker: "multi amd64 + backdoor", platform: amd64 },
      { marker: "multi arm64", platform: arm64 },
    ]),
    multiAmd64Only: writeOciLayout(
      join(dir, "multi-amd64"),
      "2.0",
      [{ marker: "multi amd64", platform: amd64 }],
      {
        index: true,
      },
    ),
  };
}

/** sha256 of a string's UTF-8 bytes, as `sha256:hex` (for manifests read back with skopeo). */
export function sha256Of(text: string): string {
  return `sha256:${createHash("sha256").update(text, "utf8").digest("hex")}`;
}
