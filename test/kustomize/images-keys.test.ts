/**
 * kustomization `images:` entries written every way YAML allows (issue 12): an empty `newName:`,
 * `newName: ~`, an explicit `? name` key, an anchored key — `fix` edits the key that is there (never a
 * second one), every other rewrite of the file survives, and the summary counts what was written.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { scan } from "../../src/engine/index.js";
import { testSettings } from "../helpers/settings.js";
import { requirePrerequisite } from "../helpers/shared.js";
import { tempDir } from "../helpers/tree.js";
import { build, compareRenders, which, writeTree } from "./render.js";

const kubectl = which("kubectl");
const haveKubectl = requirePrerequisite(kubectl !== undefined, "kubectl (for kubectl kustomize)");

const pod = (images: string[]) => `apiVersion: v1
kind: Pod
metadata:
  name: p
spec:
  containers:
${images.map((image, i) => `    - name: c${i}\n      image: ${image}\n`).join("")}`;

const KUSTOMIZATION = `resources:
  - pod.yaml
images:
  - name: ghcr.io/org/empty
    newName:
    newTag: v1
  - name: ghcr.io/org/tilde
    newName: ~
    newTag: v2
  - ? name
    : ghcr.io/org/explicit
    newTag: v3
  - &anchored name: ghcr.io/org/anchored
    newTag: v4
  - name: ghcr.io/org/quoted
    newName: ""
  - {name: ghcr.io/org/flow, newName: , newTag: v5}
  - name: quay.io/org/plain
    newTag: v6
`;

const EXPECTED = `resources:
  - pod.yaml
images:
  - name: ghcr.io/org/empty
    newName: ghcr.m.daocloud.io/org/empty
    newTag: v1
  - name: ghcr.io/org/tilde
    newName: ghcr.m.daocloud.io/org/tilde
    newTag: v2
  - ? name
    : ghcr.io/org/explicit
    newName: ghcr.m.daocloud.io/org/explicit
    newTag: v3
  - &anchored name: ghcr.io/org/anchored
    newName: ghcr.m.daocloud.io/org/anchored
    newTag: v4
  - name: ghcr.io/org/quoted
    newName: "ghcr.m.daocloud.io/org/quoted"
  - {name: ghcr.io/org/flow, newName: ghcr.m.daocloud.io/org/flow, newTag: v5}
  - name: quay.io/org/plain
    newName: quay.m.daocloud.io/org/plain
    newTag: v6
`;

const IMAGES = ["empty", "tilde", "explicit", "anchored", "quoted", "flow"].map((n) => `ghcr.io/org/${n}`);

describe("kustomization images entries with empty, null, explicit and anchored keys", () => {
  const cleanups: (() => void)[] = [];
  afterEach(() => {
    for (const c of cleanups.splice(0)) c();
  });

  it("edits the existing key of every entry and counts the rewrites written", async () => {
    const { dir, cleanup } = tempDir();
    cleanups.push(cleanup);
    writeTree(dir, {
      "kustomization.yaml": KUSTOMIZATION,
      "pod.yaml": pod([...IMAGES, "quay.io/org/plain:v0"]),
    });
    const before = haveKubectl ? build(kubectl!, dir) : undefined;
    const settings = testSettings();
    const result = await scan({ cwd: dir, paths: ["."], settings, write: true, mode: "fix", workers: 0 });
    const after = readFileSync(join(dir, "kustomization.yaml"), "utf8");
    expect(after).toBe(EXPECTED);
    expect(() => parse(after, { uniqueKeys: true })).not.toThrow();
    expect(result.findings.filter((f) => f.severity === "error")).toEqual([]);
    expect(result.summary.rewrites).toBe(7);
    expect(result.summary.filesChanged).toBe(1);
    // The resource keeps the names the entries match.
    expect(readFileSync(join(dir, "pod.yaml"), "utf8")).toBe(pod([...IMAGES, "quay.io/org/plain:v0"]));
    if (before?.ok) {
      const rendered = build(kubectl!, dir);
      expect(rendered.ok).toBe(true);
      if (rendered.ok) {
        const diff = compareRenders(before.text, rendered.text, settings);
        expect([...diff.other, ...diff.wrong, ...diff.unmirrored]).toEqual([]);
      }
    }
    const second = await scan({ cwd: dir, paths: ["."], settings, write: true, mode: "fix", workers: 0 });
    expect(second.summary.rewrites).toBe(0);
    expect(second.summary.filesChanged).toBe(0);
  });

  it("check and fix agree: check counts the same rewrites fix writes", async () => {
    const { dir, cleanup } = tempDir();
    cleanups.push(cleanup);
    writeTree(dir, {
      "kustomization.yaml": KUSTOMIZATION,
      "pod.yaml": pod([...IMAGES, "quay.io/org/plain:v0"]),
    });
    const check = await scan({
      cwd: dir,
      paths: ["."],
      settings: testSettings(),
      write: false,
      mode: "check",
      workers: 0,
    });
    expect(check.summary.rewrites).toBe(7);
    const targets = check.findings.filter((f) => f.kind === "rewrite").map((f) => f.to);
    expect(targets).toContain("ghcr.m.daocloud.io/org/explicit:v3");
  });
});

describe("the summary counts what was written", () => {
  const cleanups: (() => void)[] = [];
  afterEach(() => {
    for (const c of cleanups.splice(0)) c();
  });

  it("reports that are not rewrites (flags, env) are not counted, on the first fix or the second", async () => {
    const { dir, cleanup } = tempDir();
    cleanups.push(cleanup);
    writeTree(dir, {
      "pod.yaml": `apiVersion: v1
kind: Pod
metadata:
  name: p
spec:
  containers:
    - name: c
      image: quay.io/org/a:1
      args: ["--sidecar-image=quay.io/org/b:2"]
      env:
        - name: HELPER_IMAGE
          value: quay.io/org/c:3
`,
    });
    const settings = testSettings();
    const first = await scan({ cwd: dir, paths: ["."], settings, write: true, mode: "fix", workers: 0 });
    expect(first.findings.filter((f) => f.kind === "rewrite").length).toBe(3);
    expect(first.summary.rewrites).toBe(1);
    const second = await scan({ cwd: dir, paths: ["."], settings, write: true, mode: "fix", workers: 0 });
    expect(second.findings.filter((f) => f.kind === "rewrite" && f.severity === "warning").length).toBe(2);
    expect(second.summary.rewrites).toBe(0);
  });

  it("a file with a YAML error: its rewrites are reported, not counted", async () => {
    const { dir, cleanup } = tempDir();
    cleanups.push(cleanup);
    writeTree(dir, {
      "bad.yaml": `apiVersion: v1
kind: Pod
metadata:
  name: p
spec:
  containers:
    - name: c
      image: quay.io/org/a:1
---
a: [unclosed
`,
    });
    const result = await scan({
      cwd: dir,
      paths: ["."],
      settings: testSettings(),
      write: true,
      mode: "fix",
      workers: 0,
    });
    expect(result.findings.some((f) => f.kind === "parse-error")).toBe(true);
    expect(result.summary.rewrites).toBe(0);
    expect(result.summary.filesChanged).toBe(0);
  });
});
