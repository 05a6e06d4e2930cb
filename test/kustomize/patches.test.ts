/**
 * Images set by kustomize patches (issue 12): inline `patches[].patch` (strategic merge and JSON 6902),
 * `patchesStrategicMerge` files and inline strings, `patchesJson6902` files (YAML and JSON) and inline
 * strings are found and rewritten in place; `replacements` that copy an image are reported. Acceptance:
 * `kubectl kustomize` of the fixed overlay builds and renders only mirrored images.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { parseAllDocuments } from "yaml";
import { scan } from "../../src/engine/index.js";
import { createResolver } from "../../src/resolver/index.js";
import { testSettings } from "../helpers/settings.js";
import { requirePrerequisite } from "../helpers/shared.js";
import { tempDir } from "../helpers/tree.js";
import { build, compareRenders, kustomizationDirs, which, writeTree } from "./render.js";

const kubectl = which("kubectl");
const haveKubectl = requirePrerequisite(kubectl !== undefined, "kubectl (for kubectl kustomize)");

const BASE = {
  "base/deployment.yaml": `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  selector:
    matchLabels: {app: web}
  template:
    metadata:
      labels: {app: web}
    spec:
      initContainers:
        - name: init
          image: busybox:1.36
      containers:
        - name: app
          image: ghcr.io/org/app:1
`,
  "base/kustomization.yaml": "resources:\n  - deployment.yaml\n",
};

const OVERLAY = `resources:
  - ../base
patches:
  - path: smp-patch.yaml
  - path: json-patch.yaml
    target: {kind: Deployment, name: web}
  - patch: |-
      apiVersion: apps/v1
      kind: Deployment
      metadata:
        name: web
      spec:
        template:
          spec:
            containers:
              - name: inline-smp
                image: registry.k8s.io/pause:3.9 # keep
  - target: {kind: Deployment, name: web}
    patch: |-
      - op: add
        path: /spec/template/spec/containers/-
        value:
          name: inline-json
          image: gcr.io/org/added:1
      - op: replace
        path: /spec/template/spec/initContainers/0/image
        value: docker.io/library/busybox:1.37
patchesStrategicMerge:
  - smp-legacy.yaml
  - |-
    apiVersion: apps/v1
    kind: Deployment
    metadata:
      name: web
    spec:
      template:
        spec:
          containers:
            - name: legacy-inline
              image: quay.io/org/legacy:3
patchesJson6902:
  - target: {group: apps, version: v1, kind: Deployment, name: web}
    path: json-legacy.json
  - target: {group: apps, version: v1, kind: Deployment, name: web}
    patch: '[{"op": "add", "path": "/spec/template/spec/containers/-", "value": {"name": "quoted-json", "image": "ghcr.io/org/quoted:2"}}]'
images:
  - name: quay.io/org/sidecar
    newTag: "5"
`;

const PATCH_FILES = {
  "overlay/smp-patch.yaml": `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  template:
    spec:
      containers:
        - name: sidecar
          image: quay.io/org/sidecar:2
`,
  "overlay/json-patch.yaml": `- op: add
  path: /spec/template/spec/containers/-
  value: {name: json-yaml, image: docker.elastic.co/org/es:8}
`,
  "overlay/smp-legacy.yaml": `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  template:
    spec:
      containers:
        - name: legacy-file
          image: mcr.microsoft.com/org/legacy:1
`,
  "overlay/json-legacy.json": `[
  {"op": "add", "path": "/spec/template/spec/containers/-", "value": {"name": "json-file", "image": "nvcr.io/org/json:1"}}
]
`,
};

/** Every image string of a rendered build. */
function renderedImages(text: string): string[] {
  const out: string[] = [];
  const visit = (x: unknown, key?: string) => {
    if (typeof x === "string" && key === "image") out.push(x);
    else if (Array.isArray(x)) for (const v of x) visit(v);
    else if (x && typeof x === "object") for (const [k, v] of Object.entries(x)) visit(v, k);
  };
  for (const d of parseAllDocuments(text)) visit(d.toJS());
  return out;
}

describe.runIf(haveKubectl)(
  "kustomize patches: found, rewritten, and the overlay renders only mirrors",
  () => {
    const cleanups: (() => void)[] = [];
    afterEach(() => {
      for (const c of cleanups.splice(0)) c();
    });

    it("every patch form", async () => {
      const { dir, cleanup } = tempDir();
      cleanups.push(cleanup);
      writeTree(dir, { ...BASE, ...PATCH_FILES, "overlay/kustomization.yaml": OVERLAY });
      const settings = testSettings();
      const before = new Map(kustomizationDirs(dir).map((d) => [d, build(kubectl!, join(dir, d))]));
      expect(before.get("overlay")?.ok, JSON.stringify(before.get("overlay"))).toBe(true);
      const check = await scan({ cwd: dir, paths: ["."], settings, write: false, mode: "check", workers: 0 });
      const found = check.findings.filter((f) => f.kind === "rewrite").map((f) => `${f.file} ${f.from}`);
      expect(found.sort()).toEqual(
        [
          "base/deployment.yaml busybox:1.36",
          "base/deployment.yaml ghcr.io/org/app:1",
          "overlay/json-legacy.json nvcr.io/org/json:1",
          "overlay/json-patch.yaml docker.elastic.co/org/es:8",
          "overlay/kustomization.yaml docker.io/library/busybox:1.37",
          "overlay/kustomization.yaml gcr.io/org/added:1",
          "overlay/kustomization.yaml ghcr.io/org/quoted:2",
          "overlay/kustomization.yaml quay.io/org/legacy:3",
          "overlay/kustomization.yaml quay.io/org/sidecar:5",
          "overlay/kustomization.yaml registry.k8s.io/pause:3.9",
          "overlay/smp-legacy.yaml mcr.microsoft.com/org/legacy:1",
        ].sort(),
      );
      // The sidecar's image is set by the overlay's images entry: the patch keeps it, the entry is mirrored.
      expect(check.findings.find((f) => f.from === "quay.io/org/sidecar:2")?.kind).toBe("overridden");
      const fix = await scan({ cwd: dir, paths: ["."], settings, write: true, mode: "fix", workers: 0 });
      expect(fix.findings.filter((f) => f.severity === "error")).toEqual([]);
      expect(fix.summary.rewrites).toBe(11);
      const overlay = readFileSync(join(dir, "overlay/kustomization.yaml"), "utf8");
      expect(overlay).toContain("                image: k8s.m.daocloud.io/pause:3.9 # keep\n");
      expect(overlay).toContain(`"image": "ghcr.m.daocloud.io/org/quoted:2"`);
      // Only the image scalars changed: the rest of the overlay is byte for byte the same.
      expect(
        overlay
          .replace(/image: \S+/g, "image: X")
          .replace(/"image": "[^"]+"/g, '"image": X')
          .replace(/value: \S+/g, "value: X")
          .replace(/\n {4}newName: \S+/, ""),
      ).toBe(
        OVERLAY.replace(/image: \S+/g, "image: X")
          .replace(/"image": "[^"]+"/g, '"image": X')
          .replace(/value: \S+/g, "value: X"),
      );
      const resolver = createResolver(settings);
      for (const [d, b] of before) {
        if (!b.ok) continue;
        const after = build(kubectl!, join(dir, d));
        expect(after.ok, `${d}: ${after.ok ? "" : after.error}`).toBe(true);
        if (!after.ok) continue;
        const diff = compareRenders(b.text, after.text, settings);
        expect([...diff.other, ...diff.wrong, ...diff.unmirrored], d).toEqual([]);
        const images = renderedImages(after.text);
        expect(images.length).toBeGreaterThan(0);
        for (const image of images)
          expect(resolver.resolve(image).status, `${d}: ${image}`).toBe("already-mirrored");
      }
      expect(renderedImages((build(kubectl!, join(dir, "overlay")) as { text: string }).text).length).toBe(
        10,
      );
      const again = await scan({ cwd: dir, paths: ["."], settings, write: true, mode: "fix", workers: 0 });
      expect(again.summary.rewrites).toBe(0);
      expect(again.summary.filesChanged).toBe(0);
    });

    it("replacements that copy an image into a container are reported at their line", async () => {
      const { dir, cleanup } = tempDir();
      cleanups.push(cleanup);
      writeTree(dir, {
        ...BASE,
        "base/images.yaml":
          "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: images\ndata:\n  app: quay.io/org/from-config:1\n",
        "base/kustomization.yaml": `resources:
  - deployment.yaml
  - images.yaml
replacements:
  - source:
      kind: ConfigMap
      name: images
      fieldPath: data.app
    targets:
      - select: {kind: Deployment, name: web}
        fieldPaths:
          - spec.template.spec.containers.[name=app].image
`,
      });
      const check = await scan({
        cwd: dir,
        paths: ["."],
        settings: testSettings(),
        write: false,
        mode: "check",
        workers: 0,
      });
      const reported = check.findings.find((f) => f.field === "replacements[0]");
      expect(reported).toMatchObject({
        file: "base/kustomization.yaml",
        line: 5,
        kind: "unsafe-edit",
        severity: "warning",
      });
      expect(reported?.message).toContain("ConfigMap/images data.app");
    });
  },
);
