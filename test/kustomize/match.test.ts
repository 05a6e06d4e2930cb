/** kustomize's image matching, splitting and overriding, ported (checked against kubectl kustomize v5.5). */
import { describe, expect, it } from "vitest";
import { applyEntry, matchImage, splitImage } from "../../src/engine/kustomize.js";

describe("matchImage (kustomize IsImageMatched)", () => {
  it.each([
    ["ghcr.io/org/app", "ghcr.io/org/app", "yes"],
    ["ghcr.io/org/app:1", "ghcr.io/org/app", "yes"],
    ["ghcr.io/org/app@sha256:abc", "ghcr.io/org/app", "yes"],
    ["ghcr.io/org/app:1@sha256:abc", "ghcr.io/org/app", "yes"],
    ["ghcr.io/org/app-x:1", "ghcr.io/org/app", "no"],
    ["docker.io/library/nginx:1", "nginx", "no"],
    ["nginx:1", "docker.io/library/nginx", "no"],
    // `.` is a pattern character for kustomize: it matches, but not as the same name.
    ["ghcrxio/org/app", "ghcr.io/org/app", "unsure"],
    ["ghcr.io/org/app:1", "ghcr.io/org/ap*", "unsure"],
    ["quay.io/x:1", "ghcr.io/org/ap*", "no"],
    ["localhost:5000/app:1", "localhost:5000/app", "yes"],
  ] as const)("%s against %s: %s", (image, name, want) => {
    expect(matchImage(image, name)).toBe(want);
  });
});

describe("splitImage and applyEntry (kustomize Split and the image tag updater)", () => {
  it.each([
    ["nginx", { name: "nginx", tag: "", digest: "" }],
    ["nginx:1.25", { name: "nginx", tag: "1.25", digest: "" }],
    ["host:5000/team/app:1", { name: "host:5000/team/app", tag: "1", digest: "" }],
    ["app@sha256:ab", { name: "app", tag: "", digest: "sha256:ab" }],
    ["a/b:1@sha256:ab", { name: "a/b", tag: "1", digest: "sha256:ab" }],
  ])("split %s", (image, want) => {
    expect(splitImage(image)).toEqual(want);
  });
  it.each([
    ["a:1@sha256:x", { newName: "b" }, "b:1@sha256:x"],
    ["a:1@sha256:x", { newTag: "2" }, "a:2"],
    ["a:1", { digest: "sha256:y" }, "a@sha256:y"],
    ["a:1", { newTag: "2", digest: "sha256:y" }, "a:2@sha256:y"],
    ["placeholder", { newName: "ghcr.io/org/ui", newTag: "v1" }, "ghcr.io/org/ui:v1"],
  ])("apply to %s: %j", (image, entry, want) => {
    expect(applyEntry(image, entry)).toBe(want);
  });
});
