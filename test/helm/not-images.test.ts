import { describe, expect, it } from "vitest";
import { LineCounter, parseDocument } from "yaml";
import { locateValues } from "../../src/locate/helm/index.js";
import { testSettings } from "../helpers/settings.js";

/**
 * Precision of Helm values (issue 12): values that look like images to the shape tables but are not
 * container images, decided from the value and its context — and the images beside them that must
 * still be found (recall).
 */
function found(values: string): string[] {
  const doc = parseDocument(values, { lineCounter: new LineCounter() });
  return locateValues({
    text: values,
    doc,
    root: doc.contents,
    base: [],
    source: "helm",
    settings: testSettings(),
  })
    .map((s) => `${s.field}=${s.ref}`)
    .sort();
}

const NOT_IMAGES: [string, string][] = [
  ["a picture file under a picture key", "logoImage: static/logo.png\n"],
  ["a picture in a folder", "headerImage: images/header.jpg\n"],
  ["a picture under an image key", "ui:\n  image: assets/bg.webp\n"],
  ["a picture key without a tag", "backgroundImage: company/background\n"],
  ["a URL", "bannerImage: https://example.com/banner.svg\n"],
  ["a data URL", 'avatarImage: "data:image/png;base64,AAAA"\n'],
  ["an absolute path", "image: /srv/images/app\n"],
  ["a relative path", "image: ./build/app\n"],
  ["an icon name", "icon:\n  image: warning\n"],
  ["image under podAnnotations", "podAnnotations:\n  image: quay.io/a/b:1\n"],
  ["a prefixed annotation", 'controller:\n  serviceAnnotations:\n    "example.com/image": quay.io/a/b:1\n'],
  ["image under labels", "commonLabels:\n  image: nginx\n"],
  ["image under a nodeSelector", "nodeSelector:\n  image: gpu\n"],
  ["image in ConfigMap-like data", "configMap:\n  data:\n    image: quay.io/a/e:1\n"],
  [
    "image map in extraConfigmaps",
    "extraConfigmaps:\n  app:\n    image:\n      repository: quay.io/a/e\n      tag: '1'\n",
  ],
  ["a disk image", "vm:\n  image: disks/ubuntu-22.04.qcow2\n"],
];

const IMAGES: [string, string, string][] = [
  ["a plain image", "image: nginx:1.25\n", "image=nginx:1.25"],
  ["a bare name under image", "app:\n  image: busybox\n", "app.image=busybox"],
  [
    "a picture key with a tag is a server image",
    "logoImage: ghcr.io/x/logo-server:1\n",
    "logoImage=ghcr.io/x/logo-server:1",
  ],
  ["a sidecar image", "sidecarImage: quay.io/x/y:1\n", "sidecarImage=quay.io/x/y:1"],
  [
    "a map beside annotations",
    "podAnnotations: {a: b}\nimage:\n  repository: quay.io/x/z\n  tag: '1'\n",
    "image=quay.io/x/z:1",
  ],
  [
    "a component named data",
    "data:\n  image:\n    repository: docker.io/bitnami/os\n    tag: '2'\n",
    "data.image=docker.io/bitnami/os:2",
  ],
  [
    "a host with a dot in the last segment name",
    "image: registry.example.com/team/app.server:1\n",
    "image=registry.example.com/team/app.server:1",
  ],
  ["a registry with a port", "image: registry:5000/app\n", "image=registry:5000/app"],
];

describe("Helm values: not images", () => {
  it.each(NOT_IMAGES)("%s", (_title, values) => {
    expect(found(values)).toEqual([]);
  });
});

describe("Helm values: images beside them are still found", () => {
  it.each(IMAGES)("%s", (_title, values, want) => {
    expect(found(values)).toEqual([want]);
  });
});
