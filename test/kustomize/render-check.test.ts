/**
 * `fix --render-check` (issue 17): every kustomization is rendered with the real `kubectl kustomize`
 * before and after; when anything but image strings changes, or an image is not its mirror, the fix is
 * undone (files written back byte for byte) and the command fails.
 */
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { octokitPullRequestApi } from "../../src/action/github-api.js";
import { run } from "../../src/action/run.js";
import { loadSettings } from "../../src/config/load.js";
import { scan } from "../../src/engine/index.js";
import { compareRendered } from "../../src/render/check.js";
import { createRepo } from "../action/git-fixture.js";
import { recordingIO, runnerEnv } from "../action/harness.js";
import { runCli } from "../helpers/cli.js";
import { requirePrerequisite } from "../helpers/shared.js";
import { snapshot, tempDir } from "../helpers/tree.js";
import { which, writeTree } from "./render.js";

const kubectl = which("kubectl");
const haveKubectl = requirePrerequisite(kubectl !== undefined, "kubectl (for kubectl kustomize)");
const env = { PATH: kubectl ? dirname(kubectl) : "" };

const deployment = (image: string) =>
  `apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: app\nspec:\n  template:\n    spec:\n      containers:\n        - name: app\n          image: ${image}\n`;

describe("compareRendered", () => {
  const accept = (a: string, b: string) => b === `mirror/${a}` || (a.startsWith("mirror/") && a === b);
  it.each([
    ["only images changed, to their mirror", "a: 1\nimage: x\n", "a: 1\nimage: mirror/x\n", []],
    [
      "an image left as it was",
      "image: x\n",
      "image: x\n",
      ["document 1.image renders x, which is not mirrored"],
    ],
    [
      "an image changed to something else",
      "image: x\n",
      "image: y\n",
      ["document 1.image renders y where it rendered x (not its mirror)"],
    ],
    ["another value changed", "a: 1\nimage: x\n", "a: 2\nimage: mirror/x\n", ["document 1.a changed"]],
    ["a document more", "image: x\n", "image: mirror/x\n---\nb: 1\n", ["renders 2 documents instead of 1"]],
  ])("%s", (_, before, after, problems) => {
    expect(compareRendered(before, after, accept)).toEqual(problems);
  });
});

describe.runIf(haveKubectl)("fix --render-check", () => {
  const cleanups: (() => void)[] = [];
  afterEach(() => {
    for (const c of cleanups.splice(0)) c();
  });
  const tree = (files: Record<string, string>) => {
    const { dir, cleanup } = tempDir();
    cleanups.push(cleanup);
    writeTree(dir, files);
    return dir;
  };

  it("keeps a fix that renders the same images, mirrored", async () => {
    const dir = tree({
      "base/deployment.yaml": deployment("ghcr.io/org/app:v1"),
      "base/kustomization.yaml": "resources: [deployment.yaml]\n",
      "overlay/kustomization.yaml":
        "resources: [../base]\nimages:\n  - name: ghcr.io/org/app\n    newTag: v2\n",
    });
    const r = await runCli(["fix", "--render-check", "."], dir, "", env);
    expect(r.stderr).toContain(
      "render check: 2 rendered before and after (no helm on PATH: charts not rendered).",
    );
    expect(r.code).toBe(0);
    expect(readFileSync(join(dir, "base/deployment.yaml"), "utf8")).toBe(
      deployment("ghcr.m.daocloud.io/org/app:v1"),
    );
  });

  it("undoes a fix that leaves a build unmirrored, writing every file back", async () => {
    // A placeholder in a base that only the overlay renames: the base alone renders it as is.
    const dir = tree({
      "base/deployment.yaml": deployment("placeholder-ui"),
      "base/kustomization.yaml": "resources: [deployment.yaml]\n",
      "overlay/kustomization.yaml":
        "resources: [../base]\nimages:\n  - name: placeholder-ui\n    newName: quay.io/org/ui\n    newTag: v1\n",
    });
    const before = snapshot(dir);
    const r = await runCli(["fix", "--render-check", "."], dir, "", env);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(
      "render check: kubectl kustomize base: document 1.spec.template.spec.containers[0].image renders placeholder-ui, which is not mirrored",
    );
    expect(r.stderr).toContain("so it was undone (1 file written back)");
    expect(snapshot(dir)).toEqual(before);
  });

  it("refuses --dry-run, and a PATH without kubectl, with one sentence (exit 2)", async () => {
    const dir = tree({ "pod.yaml": deployment("nginx:1") });
    const dry = await runCli(["fix", "--render-check", "--dry-run", "."], dir, "", env);
    expect(dry.code).toBe(2);
    expect(dry.stderr).toMatch(/cannot be used with --dry-run/);
    const none = await runCli(["fix", "--render-check", "."], dir, "", { PATH: "" });
    expect(none.code).toBe(2);
    expect(none.stderr).toMatch(/--render-check needs kubectl on PATH/);
  });
});

describe.runIf(haveKubectl)("the Action's render-check input (transform mode, real engine)", () => {
  const cleanups: (() => void)[] = [];
  afterEach(() => {
    for (const c of cleanups.splice(0)) c();
  });
  const action = async (files: Record<string, string>) => {
    const fixture = createRepo(files);
    cleanups.push(fixture.cleanup);
    const rec = recordingIO({ mode: "transform", "render-check": "true" });
    const status = await run({
      io: rec.io,
      env: runnerEnv(fixture),
      cwd: fixture.work,
      scan: (o) => scan({ ...o, workers: 0 }),
      loadSettings,
      pullRequestApi: octokitPullRequestApi,
    });
    return { status, rec, fixture };
  };

  it("passes, and transforms, when every build renders its mirrors", async () => {
    const { status, rec, fixture } = await action({
      "app/deployment.yaml": deployment("ghcr.io/org/app:v1"),
      "app/kustomization.yaml":
        "resources: [deployment.yaml]\nimages:\n  - name: ghcr.io/org/app\n    newTag: v2\n",
    });
    expect(rec.failed).toBeUndefined();
    expect(status).toBe("ok");
    expect(rec.log.some((l) => l.startsWith("Render check: 1 rendering compared before and after"))).toBe(
      true,
    );
    expect(readFileSync(join(fixture.work, "app/kustomization.yaml"), "utf8")).toContain(
      "newName: ghcr.m.daocloud.io/org/app",
    );
  });

  it("fails and writes every file back when a build would change", async () => {
    const files = {
      "base/deployment.yaml": deployment("placeholder-ui"),
      "base/kustomization.yaml": "resources: [deployment.yaml]\n",
      "overlay/kustomization.yaml":
        "resources: [../base]\nimages:\n  - name: placeholder-ui\n    newName: quay.io/org/ui\n",
    };
    const { rec, fixture } = await action(files);
    expect(rec.failed).toMatch(
      /^The render check failed: kubectl kustomize base: .*placeholder-ui, which is not mirrored; the fix was undone \(1 file written back\)/,
    );
    for (const [file, text] of Object.entries(files))
      expect(readFileSync(join(fixture.work, file), "utf8")).toBe(text);
  });
});
