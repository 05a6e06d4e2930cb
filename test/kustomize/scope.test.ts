/**
 * kustomize `images:` in scope (issue 17): `fix` writes the mirror where the rendered image comes
 * from, and every kustomization renders the same images as before, each mirrored — checked with the
 * real `kubectl kustomize` before and after.
 */
import { execFileSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { scan } from "../../src/engine/index.js";
import { testSettings } from "../helpers/settings.js";
import { requirePrerequisite } from "../helpers/shared.js";
import { tempDir } from "../helpers/tree.js";
import { build, compareRenders, kustomizationDirs, which, writeTree } from "./render.js";

const kubectl = which("kubectl");
const haveKubectl = requirePrerequisite(kubectl !== undefined, "kubectl (for kubectl kustomize)");

const deployment = (image: string, name = "app") => `apiVersion: apps/v1
kind: Deployment
metadata:
  name: ${name}
spec:
  template:
    spec:
      containers:
        - name: ${name}
          image: ${image}
`;

interface Case {
  name: string;
  files: Record<string, string>;
  /** Files and what they must hold after fix (exact text). */
  expect?: Record<string, string>;
  /** Kustomization folders whose build may keep an image as it was (reported as a placeholder). */
  unmirrored?: Record<string, number>;
}

const CASES: Case[] = [
  {
    name: "tag override in the kustomization that lists the resource",
    files: {
      "app/deployment.yaml": deployment("ghcr.io/org/app"),
      "app/kustomization.yaml":
        "resources:\n  - deployment.yaml\nimages:\n  - name: ghcr.io/org/app\n    newTag: v1.10.0\n",
    },
    expect: {
      "app/deployment.yaml": deployment("ghcr.io/org/app"),
      "app/kustomization.yaml":
        "resources:\n  - deployment.yaml\nimages:\n  - name: ghcr.io/org/app\n    newName: ghcr.m.daocloud.io/org/app\n    newTag: v1.10.0\n",
    },
  },
  {
    name: "placeholder name with newName",
    files: {
      "ui/deployment.yaml": deployment("placeholder-ui"),
      "ui/kustomization.yaml":
        "resources: [deployment.yaml]\nimages:\n  - {name: placeholder-ui, newName: ghcr.io/org/ui, newTag: v0.3.8}\n",
    },
    expect: {
      "ui/deployment.yaml": deployment("placeholder-ui"),
      "ui/kustomization.yaml":
        "resources: [deployment.yaml]\nimages:\n  - {name: placeholder-ui, newName: ghcr.m.daocloud.io/org/ui, newTag: v0.3.8}\n",
    },
  },
  {
    name: "overlay chain: base without entries, overlays with newTag and digest",
    files: {
      "base/deployment.yaml": deployment("ghcr.io/org/app:v1"),
      "base/kustomization.yaml": "resources:\n  - deployment.yaml\n",
      "overlays/prod/kustomization.yaml":
        "resources:\n  - ../../base\nimages:\n  - name: ghcr.io/org/app\n    newTag: v2\n",
      "overlays/pinned/kustomization.yaml":
        "resources:\n  - ../prod\nimages:\n  - name: ghcr.io/org/app\n    digest: sha256:0123456789012345678901234567890123456789012345678901234567890123\n",
    },
    expect: {
      "base/deployment.yaml": deployment("ghcr.m.daocloud.io/org/app:v1"),
      "overlays/prod/kustomization.yaml":
        "resources:\n  - ../../base\nimages:\n  - name: ghcr.m.daocloud.io/org/app\n    newTag: v2\n",
    },
  },
  {
    name: "a base that renames, an overlay that matches the new name",
    files: {
      "base/deployment.yaml": deployment("placeholder-ui"),
      "base/kustomization.yaml":
        "resources: [deployment.yaml]\nimages:\n  - name: placeholder-ui\n    newName: ghcr.io/org/ui\n",
      "overlay/kustomization.yaml":
        "resources: [../base]\nimages:\n  - name: ghcr.io/org/ui\n    newTag: v9\n",
    },
    expect: {
      "base/deployment.yaml": deployment("placeholder-ui"),
      "base/kustomization.yaml":
        "resources: [deployment.yaml]\nimages:\n  - name: placeholder-ui\n    newName: ghcr.m.daocloud.io/org/ui\n",
      "overlay/kustomization.yaml":
        "resources: [../base]\nimages:\n  - name: ghcr.m.daocloud.io/org/ui\n    newTag: v9\n",
    },
  },
  {
    name: "components: a component renames before the kustomization's own entries",
    files: {
      "app/deployment.yaml": deployment("ghcr.io/org/app:v1"),
      "app/kustomization.yaml":
        "resources: [deployment.yaml]\ncomponents: [../comp]\nimages:\n  - name: ghcr.io/org/comp\n    newTag: v3\n",
      "comp/kustomization.yaml":
        "apiVersion: kustomize.config.k8s.io/v1alpha1\nkind: Component\nimages:\n  - name: ghcr.io/org/app\n    newName: ghcr.io/org/comp\n",
    },
    expect: { "app/deployment.yaml": deployment("ghcr.io/org/app:v1") },
  },
  {
    name: "placeholder in a base, renamed only by the overlay (the base alone keeps it)",
    files: {
      "base/deployment.yaml": deployment("placeholder-ui"),
      "base/kustomization.yaml": "resources: [deployment.yaml]\n",
      "overlay/kustomization.yaml":
        "resources: [../base]\nimages:\n  - name: placeholder-ui\n    newName: quay.io/org/ui\n    newTag: v1\n",
    },
    expect: {
      "base/deployment.yaml": deployment("placeholder-ui"),
      "overlay/kustomization.yaml":
        "resources: [../base]\nimages:\n  - name: placeholder-ui\n    newName: quay.m.daocloud.io/org/ui\n    newTag: v1\n",
    },
    unmirrored: { base: 1 },
  },
  {
    name: "a real image in a base that an overlay renames: mirrored in the base, the overlay's name follows",
    files: {
      "base/deployment.yaml": deployment("redis:7.2"),
      "base/kustomization.yaml": "resources: [deployment.yaml]\n",
      "overlay/kustomization.yaml":
        'resources: [../base]\nimages:\n  - name: redis\n    newName: docker.io/library/redis\n    newTag: "7.4"\n',
    },
    expect: {
      "base/deployment.yaml": deployment("docker.m.daocloud.io/library/redis:7.2"),
      "overlay/kustomization.yaml":
        'resources: [../base]\nimages:\n  - name: docker.m.daocloud.io/library/redis\n    newName: docker.m.daocloud.io/library/redis\n    newTag: "7.4"\n',
    },
  },
  {
    name: "images no entry matches are rewritten in the resource; entries matching nothing keep working",
    files: {
      "app/deployment.yaml": `${deployment("quay.io/org/a:1")}---\n${deployment("ghcr.io/org/b:2", "b")}`,
      "app/kustomization.yaml":
        'resources: [deployment.yaml]\nimages:\n  - name: ghcr.io/org/b\n    newTag: "3"\n  - name: unused\n    newTag: x\n',
    },
    expect: {
      "app/deployment.yaml": `${deployment("quay.m.daocloud.io/org/a:1")}---\n${deployment("ghcr.io/org/b:2", "b")}`,
    },
  },
];

describe.runIf(haveKubectl)("kustomize images in scope: kubectl kustomize before and after fix", () => {
  const cleanups: (() => void)[] = [];
  afterEach(() => {
    for (const c of cleanups.splice(0)) c();
  });
  for (const c of CASES) {
    it(c.name, async () => {
      const { dir, cleanup } = tempDir();
      cleanups.push(cleanup);
      writeTree(dir, c.files);
      const settings = testSettings();
      const dirs = kustomizationDirs(dir);
      const before = new Map(dirs.map((d) => [d, build(kubectl!, join(dir, d))]));
      const result = await scan({ cwd: dir, paths: ["."], settings, write: true, mode: "fix", workers: 0 });
      for (const [file, text] of Object.entries(c.expect ?? {})) {
        expect(readFileSync(join(dir, file), "utf8"), file).toBe(text);
      }
      for (const d of dirs) {
        const a = before.get(d)!;
        if (!a.ok) continue;
        const b = build(kubectl!, join(dir, d));
        expect(b.ok, `${d} builds after fix: ${b.ok ? "" : b.error}`).toBe(true);
        if (!b.ok) continue;
        const diff = compareRenders(a.text, b.text, settings);
        expect(diff.other, d).toEqual([]);
        expect(diff.wrong, d).toEqual([]);
        expect(diff.unmirrored.length, `${d}: ${diff.unmirrored.join("; ")}`).toBe(c.unmirrored?.[d] ?? 0);
      }
      expect(result.findings.filter((f) => f.severity === "error")).toEqual([]);
      // Idempotent, and a second fix says 0 rewritten.
      const second = await scan({ cwd: dir, paths: ["."], settings, write: true, mode: "fix", workers: 0 });
      expect(second.summary.rewrites).toBe(0);
      expect(second.files.filter((f) => f.changed).map((f) => f.file)).toEqual([]);
    });
  }
});

describe("kustomize scope when only changed files are scanned (--changed-since)", () => {
  it("an image the unchanged kustomization beside it overrides is still not rewritten on its own", async () => {
    const { dir, cleanup } = tempDir();
    try {
      writeTree(dir, {
        "app/deployment.yaml": deployment("ghcr.io/org/app:v1"),
        "app/kustomization.yaml":
          "resources: [deployment.yaml]\nimages:\n  - name: ghcr.io/org/app\n    newTag: v2\n",
      });
      const env = {
        ...process.env,
        GIT_AUTHOR_NAME: "t",
        GIT_AUTHOR_EMAIL: "t@example.com",
        GIT_COMMITTER_NAME: "t",
        GIT_COMMITTER_EMAIL: "t@example.com",
      };
      const git = (...args: string[]) =>
        execFileSync("git", args, { cwd: dir, env, encoding: "utf8" }).trim();
      git("init", "-q", "-b", "main");
      git("add", "-A");
      git("commit", "-qm", "base");
      const base = git("rev-parse", "HEAD");
      writeFileSync(join(dir, "app/deployment.yaml"), deployment("ghcr.io/org/app:v1.1"));
      const result = await scan({
        cwd: dir,
        paths: ["."],
        settings: testSettings(),
        write: false,
        mode: "check",
        workers: 0,
        select: { changedSince: base },
      });
      expect(result.files.map((f) => f.file)).toContain("app/deployment.yaml");
      expect(result.findings.filter((f) => f.file === "app/deployment.yaml").map((f) => f.kind)).toEqual([
        "overridden",
      ]);
    } finally {
      cleanup();
    }
  });
});
