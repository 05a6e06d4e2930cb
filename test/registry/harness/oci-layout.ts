/**
 * Builds tiny OCI image layouts on disk for seeding test registries with skopeo.
 * Everything is written by hand with node:crypto and node:zlib, independent of the code under test.
 */
import { createHash } from "node:crypto";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";

export interface Platform {
  os: string;
  architecture: string;
  variant?: string;
}

/** One image of a layout: a single-file layer whose content is `marker`. */
export interface ImageSpec {
  marker: string;
  platform?: Platform;
}

/** What was written, with digests computed here so tests can compare against them. */
export interface WrittenImage {
  platform: Platform;
  manifestDigest: string;
  configDigest: string;
  layerDigest: string;
  diffId: string;
}

export interface WrittenLayout {
  dir: string;
  tag: string;
  /** Digest of the top object: the manifest (one image) or the index (several). */
  digest: string;
  mediaType: string;
  images: WrittenImage[];
}

const OCI_MANIFEST = "application/vnd.oci.image.manifest.v1+json";
const OCI_INDEX = "application/vnd.oci.image.index.v1+json";

function sha256(data: Buffer): string {
  return `sha256:${createHash("sha256").update(data).digest("hex")}`;
}

/** A POSIX ustar archive holding one regular file (mtime 0, fixed owner) so the bytes are stable. */
export function tarOneFile(name: string, content: Buffer): Buffer {
  const header = Buffer.alloc(512, 0);
  const put = (text: string, offset: number, length: number) => {
    header.write(text.slice(0, length), offset, "ascii");
  };
  const octal = (value: number, length: number) => `${value.toString(8).padStart(length - 1, "0")}\0`;
  put(name, 0, 100);
  put(octal(0o644, 8), 100, 8);
  put(octal(0, 8), 108, 8);
  put(octal(0, 8), 116, 8);
  put(octal(content.length, 12), 124, 12);
  put(octal(0, 12), 136, 12);
  put("        ", 148, 8);
  put("0", 156, 1);
  put("ustar\0", 257, 6);
  put("00", 263, 2);
  let sum = 0;
  for (const byte of header) sum += byte;
  put(`${sum.toString(8).padStart(6, "0")}\0 `, 148, 8);
  const padded = Buffer.alloc(Math.ceil(content.length / 512) * 512, 0);
  content.copy(padded);
  return Buffer.concat([header, padded, Buffer.alloc(1024, 0)]);
}

class BlobWriter {
  constructor(private readonly dir: string) {
    mkdirSync(join(dir, "blobs", "sha256"), { recursive: true });
  }
  write(data: Buffer): { digest: string; size: number } {
    const digest = sha256(data);
    writeFileSync(join(this.dir, "blobs", "sha256", digest.slice("sha256:".length)), data);
    return { digest, size: data.length };
  }
}

function writeImage(blobs: BlobWriter, spec: ImageSpec): WrittenImage & { size: number } {
  const platform = spec.platform ?? { os: "linux", architecture: "amd64" };
  const tar = tarOneFile("marker.txt", Buffer.from(`${spec.marker}\n`));
  const diffId = sha256(tar);
  const layer = blobs.write(gzipSync(tar, { level: 9 }));
  const config = blobs.write(
    Buffer.from(
      JSON.stringify({
        architecture: platform.architecture,
        os: platform.os,
        ...(platform.variant ? { variant: platform.variant } : {}),
        config: { Cmd: ["/marker.txt"] },
        rootfs: { type: "layers", diff_ids: [diffId] },
      }),
    ),
  );
  const manifest = blobs.write(
    Buffer.from(
      JSON.stringify({
        schemaVersion: 2,
        mediaType: OCI_MANIFEST,
        config: { mediaType: "application/vnd.oci.image.config.v1+json", ...config },
        layers: [{ mediaType: "application/vnd.oci.image.layer.v1.tar+gzip", ...layer }],
      }),
    ),
  );
  return {
    platform,
    manifestDigest: manifest.digest,
    size: manifest.size,
    configDigest: config.digest,
    layerDigest: layer.digest,
    diffId,
  };
}

/**
 * Writes an OCI layout in `dir` with `tag` pointing at one manifest (one spec) or at an index of
 * several platform manifests (more than one spec, or `index: true`).
 */
export function writeOciLayout(
  dir: string,
  tag: string,
  specs: ImageSpec[],
  options: { index?: boolean } = {},
): WrittenLayout {
  const blobs = new BlobWriter(dir);
  const images = specs.map((spec) => writeImage(blobs, spec));
  let top: { digest: string; size: number; mediaType: string };
  if (images.length === 1 && !options.index) {
    const only = images[0]!;
    top = { digest: only.manifestDigest, size: only.size, mediaType: OCI_MANIFEST };
  } else {
    const index = blobs.write(
      Buffer.from(
        JSON.stringify({
          schemaVersion: 2,
          mediaType: OCI_INDEX,
          manifests: images.map((image) => ({
            mediaType: OCI_MANIFEST,
            digest: image.manifestDigest,
            size: image.size,
            platform: image.platform,
          })),
        }),
      ),
    );
    top = { ...index, mediaType: OCI_INDEX };
  }
  writeFileSync(join(dir, "oci-layout"), JSON.stringify({ imageLayoutVersion: "1.0.0" }));
  writeFileSync(
    join(dir, "index.json"),
    JSON.stringify({
      schemaVersion: 2,
      manifests: [{ ...top, annotations: { "org.opencontainers.image.ref.name": tag } }],
    }),
  );
  return {
    dir,
    tag,
    digest: top.digest,
    mediaType: top.mediaType,
    images: images.map(({ size: _size, ...image }) => image),
  };
}
