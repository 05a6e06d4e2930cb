/**
 * `pin: true` for kustomization `images:` (issue 12): the digest goes into the entry's `digest:`, so
 * what `fix` writes renders exactly the reference `check` (and `--format json`) promise. Pins come as
 * resolutions decided by verification (`verifyScan` feeds `scan` the same way), so no registry is needed.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { parseAllDocuments } from "yaml";
import { type PlannedResolution, scan } from "../../src/engine/index.js";
import { testSettings } from "../helpers/settings.js";
import { requirePrerequisite } from "../helpers/shared.js";
import { tempDir } from "../helpers/tree.js";
import { build, which, writeTree } from "./render.js";

const kubectl = which("kubectl");
const haveKubectl = requirePrerequisite(kubectl !== undefined, "kubectl (for kubectl kustomize)");

const D1 = `sha256:${"1".repeat(64)}`;
const D2 = `sha256:${"2".repeat(64)}`;
const D3 = `sha256:${"3".repeat(64)}`;

const pinned = (input: string, output: string): PlannedResolution => ({
  input,
  output,
  status: "rewrite",
  rule: "ghcr.io (test)",
  warnings: [],
});

const RESOLUTIONS: Record<string, PlannedResolution> = {
  "ghcr.io/org/app:v1": pinned("ghcr.io/org/app:v1", `ghcr.m.daocloud.io/org/app:v1@${D1}`),
  "ghcr.io/org/ui:v2": pinned("ghcr.io/org/ui:v2", `ghcr.m.daocloud.io/org/ui:v2@${D2}`),
  "ghcr.io/org/empty:v3": pinned("ghcr.io/org/empty:v3", `ghcr.m.daocloud.io/org/empty:v3@${D3}`),
};

const pod = `apiVersion: v1
kind: Pod
metadata:
  name: p
spec:
  containers:
    - name: a
      image: ghcr.io/org/app
    - name: b
      image: placeholder-ui
    - name: c
      image: ghcr.io/org/empty
`;

const KUSTOMIZATION = `resources: [pod.yaml]
images:
  - name: ghcr.io/org/app
    newTag: v1
  - {name: placeholder-ui, newName: ghcr.io/org/ui, newTag: v2}
  - name: ghcr.io/org/empty
    newTag: v3
    digest:
`;

const EXPECTED = `resources: [pod.yaml]
images:
  - name: ghcr.io/org/app
    newName: ghcr.m.daocloud.io/org/app
    digest: ${D1}
    newTag: v1
  - {name: placeholder-ui, digest: ${D2}, newName: ghcr.m.daocloud.io/org/ui, newTag: v2}
  - name: ghcr.io/org/empty
    newName: ghcr.m.daocloud.io/org/empty
    newTag: v3
    digest: ${D3}
`;

describe("pin: true for kustomization images", () => {
  const cleanups: (() => void)[] = [];
  afterEach(() => {
    for (const c of cleanups.splice(0)) c();
  });

  it("writes digest: and renders exactly what check promises", async () => {
    const { dir, cleanup } = tempDir();
    cleanups.push(cleanup);
    writeTree(dir, { "kustomization.yaml": KUSTOMIZATION, "pod.yaml": pod });
    const settings = testSettings({ pin: true });
    const check = await scan({
      cwd: dir,
      paths: ["."],
      settings,
      write: false,
      mode: "check",
      workers: 0,
      resolutions: RESOLUTIONS,
    });
    const promised = check.findings.filter((f) => f.kind === "rewrite").map((f) => f.to);
    expect(promised).toEqual([
      `ghcr.m.daocloud.io/org/app:v1@${D1}`,
      `ghcr.m.daocloud.io/org/ui:v2@${D2}`,
      `ghcr.m.daocloud.io/org/empty:v3@${D3}`,
    ]);
    const fix = await scan({
      cwd: dir,
      paths: ["."],
      settings,
      write: true,
      mode: "fix",
      workers: 0,
      resolutions: RESOLUTIONS,
    });
    expect(fix.summary.rewrites).toBe(3);
    expect(readFileSync(join(dir, "kustomization.yaml"), "utf8")).toBe(EXPECTED);
    expect(readFileSync(join(dir, "pod.yaml"), "utf8")).toBe(pod);
    if (haveKubectl) {
      const rendered = build(kubectl!, dir);
      expect(rendered.ok).toBe(true);
      if (rendered.ok) {
        const images = parseAllDocuments(rendered.text).flatMap((d) =>
          (d.toJS().spec.containers as { image: string }[]).map((c) => c.image),
        );
        expect(images).toEqual(promised);
      }
    }
    // Fixed: nothing left to pin or rewrite.
    const again = await scan({ cwd: dir, paths: ["."], settings, write: true, mode: "fix", workers: 0 });
    expect(again.summary.rewrites).toBe(0);
    expect(again.summary.filesChanged).toBe(0);
  });
});
