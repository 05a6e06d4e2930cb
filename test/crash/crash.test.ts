import { spawn, spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import {
  chmodSync,
  cpSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { killGroup, runGuarded } from "../adversarial/guarded.js";
import { bundledCli } from "../helpers/cli.js";
import { requirePrerequisite } from "../helpers/shared.js";
import { tempDir } from "../helpers/tree.js";

/**
 * Crash-safe writes (issue 9, item 2): `mirrorize fix` is killed with SIGKILL at random moments (a
 * seeded RNG, delays spread over the duration of one uninterrupted run) on a generated tree of 1,000
 * files. After each kill every file is byte-identical to its original or to its fixed version (and
 * keeps its mode), and no temp file is left in the tree. The tree is restored from a copy of the
 * originals between kills.
 */
const FILES = 1000;
const KILLS = 50;
const SEED = 0x6d69_7272;
/** A hang fails the test; not a timing assertion. */
const GUARD_MS = 120_000;

/** mulberry32: a small seeded RNG, so a failing kill schedule can be replayed. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const IMAGES = [
  "nginx:1.25",
  "registry.k8s.io/pause:3.9",
  "quay.io/prometheus/node-exporter:v1.8.0",
  "ghcr.io/example/app@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef",
  "docker.m.daocloud.io/library/redis:7.2", // already mirrored: never changes
  "gcr.io/distroless/static:nonroot",
];
const MODES = [0o644, 0o600, 0o664, 0o755];

/** One generated file: a Deployment, a multi-document Pod list, a kustomization, or Helm values. */
function generateFile(i: number, next: () => number): { path: string; text: string; mode: number } {
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(next() * xs.length)]!;
  const dir = `team-${i % 17}/app-${i % 59}`;
  const mode = pick(MODES);
  switch (i % 4) {
    case 0: {
      const containers = Array.from({ length: 1 + (i % 3) }, (_, k) =>
        [
          `        - name: c${k}`,
          `          image: ${pick(IMAGES)}`,
          "          ports: [{containerPort: 8080}]",
        ].join("\n"),
      ).join("\n");
      const text = [
        "# generated",
        "apiVersion: apps/v1",
        "kind: Deployment",
        `metadata: {name: app-${i}, labels: {app: a${i}}}`,
        "spec:",
        "  replicas: 2",
        "  template:",
        "    spec:",
        "      containers:",
        containers,
        "",
      ].join("\n");
      return { path: `${dir}/deploy-${i}.yaml`, text, mode };
    }
    case 1: {
      const docs = Array.from(
        { length: 2 + (i % 4) },
        (_, k) =>
          `apiVersion: v1\nkind: Pod\nmetadata:\n  name: p${i}-${k}\nspec:\n  containers:\n    - name: main\n      image: "${pick(IMAGES)}"  # pinned\n`,
      );
      return {
        path: `${dir}/pods-${i}.yaml`,
        text: docs.join("---\n").replace(/\n/g, i % 8 === 1 ? "\r\n" : "\n"),
        mode,
      };
    }
    case 2:
      return {
        path: `${dir}/overlay-${i}/kustomization.yaml`,
        text: `resources: [../base]\nimages:\n  - name: ${pick(["nginx", "redis", "quay.io/coreos/etcd"])}\n    newTag: v${i}\n`,
        mode,
      };
    default:
      return {
        path: `${dir}/chart-${i}/values.yaml`,
        text: `replicaCount: 1\nimage:\n  repository: ${pick(["bitnami/redis", "quay.io/jetstack/cert-manager-controller", "registry.k8s.io/ingress-nginx/controller"])}\n  tag: "${i}.0"\n`,
        mode,
      };
  }
}

interface FileState {
  hash: string;
  mode: number;
}

const sha = (b: Buffer | string) => createHash("sha256").update(b).digest("hex");

/** Every entry below `dir`: regular files by path with hash and mode; anything else is listed too. */
function state(dir: string): { files: Map<string, FileState>; names: string[] } {
  const files = new Map<string, FileState>();
  const names: string[] = [];
  const visit = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      names.push(relative(dir, p));
      if (e.isDirectory()) visit(p);
      else if (e.isFile())
        files.set(relative(dir, p), { hash: sha(readFileSync(p)), mode: statSync(p).mode & 0o7777 });
    }
  };
  visit(dir);
  return { files, names };
}

const work = tempDir();
const originals = join(work.dir, "originals");
const tree = join(work.dir, "tree");
let original: Map<string, FileState>;
let fixed: Map<string, FileState>;
/** Wall time of one uninterrupted `fix` of the tree (ms): the kill delays are spread over it. */
let duration = 0;

/** Copy the originals over the tree: all of it, or only the files that differ from them. */
function restore(differing?: Iterable<string>): void {
  if (!differing) {
    rmSync(tree, { recursive: true, force: true });
    cpSync(originals, tree, { recursive: true });
    return;
  }
  for (const file of differing) {
    cpSync(join(originals, file), join(tree, file));
    chmodSync(join(tree, file), original.get(file)!.mode);
  }
}

beforeAll(async () => {
  const next = rng(SEED);
  for (let i = 0; i < FILES; i++) {
    const f = generateFile(i, next);
    mkdirSync(join(originals, f.path, ".."), { recursive: true });
    writeFileSync(join(originals, f.path), f.text);
    chmodSync(join(originals, f.path), f.mode);
  }
  original = state(originals).files;
  expect(original.size).toBe(FILES);
  // The fixed version: one uninterrupted run on a copy.
  restore();
  const started = performance.now();
  const run = await runGuarded(["fix", "--quiet", "."], tree, { guardMs: GUARD_MS });
  duration = performance.now() - started;
  expect(run.timedOut).toBe(false);
  expect(run.code, run.stderr).toBe(0);
  fixed = state(tree).files;
  const changed = [...fixed].filter(([f, s]) => s.hash !== original.get(f)!.hash).length;
  expect(changed).toBeGreaterThan(FILES / 2);
  console.log(
    `crash test: ${FILES} files, ${changed} changed by fix, one run takes ${Math.round(duration)} ms`,
  );
}, GUARD_MS * 2);

/** PIDs of the runs killed: their temp folders (in the OS temp folder, never in the tree) are removed. */
const killedPids: number[] = [];

afterAll(() => {
  work.cleanup();
  for (const base of [tmpdir(), "/dev/shm"]) {
    for (const name of existsSync(base) ? readdirSync(base) : []) {
      const m = /^mirrorize-write-(\d+)-/.exec(name);
      if (m && killedPids.includes(Number(m[1]))) rmSync(join(base, name), { recursive: true, force: true });
    }
  }
});

/** Start `fix`, SIGKILL it after `delayMs` (or let it finish first); how it ended. */
function killAfter(
  delayMs: number,
  env: NodeJS.ProcessEnv = {},
): Promise<{ killed: boolean; code: number | null }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [bundledCli, "fix", "--quiet", "."], {
      cwd: tree,
      stdio: "ignore",
      detached: true,
      env: { ...process.env, NO_COLOR: "1", ...env },
    });
    let killed = false;
    const timer = setTimeout(() => {
      killed = true;
      killGroup(child.pid);
      if (child.pid) killedPids.push(child.pid);
    }, delayMs);
    const guard = setTimeout(() => killGroup(child.pid), GUARD_MS);
    child.on("error", reject);
    child.on("close", (code) => {
      clearTimeout(timer);
      clearTimeout(guard);
      resolve({ killed, code });
    });
  });
}

describe("SIGKILL during mirrorize fix", () => {
  it(
    `leaves every file original or fixed, and no temp file, after ${KILLS} kills at random moments`,
    async () => {
      const next = rng(SEED ^ 0x5eed);
      const outcomes = { beforeAnyWrite: 0, midWrite: 0, complete: 0, finishedFirst: 0 };
      let differing: string[] | undefined;
      for (let k = 0; k < KILLS; k++) {
        restore(differing);
        const delay = Math.round(next() * duration);
        const { killed } = await killAfter(delay);
        const now = state(tree);
        const where = `kill ${k + 1} after ${delay} ms`;
        expect(
          now.names.filter((n) => /mirrorize-.*\.tmp$|\.tmp$/.test(n)),
          where,
        ).toEqual([]);
        expect([...now.files.keys()].sort(), where).toEqual([...original.keys()].sort());
        let changed = 0;
        differing = [];
        for (const [file, s] of now.files) {
          const before = original.get(file)!;
          const after = fixed.get(file)!;
          if (s.hash !== before.hash) {
            changed++;
            differing.push(file);
            expect(s.hash, `${where}: ${file} is neither its original nor its fixed version`).toBe(
              after.hash,
            );
          }
          expect(s.mode, `${where}: ${file} mode`).toBe(before.mode);
        }
        const total = [...fixed].filter(([f, s]) => s.hash !== original.get(f)!.hash).length;
        if (!killed) outcomes.finishedFirst++;
        else if (changed === 0) outcomes.beforeAnyWrite++;
        else if (changed < total) outcomes.midWrite++;
        else outcomes.complete++;
      }
      console.log(
        `crash test: ${KILLS} kills (seed ${SEED}): ${outcomes.beforeAnyWrite} before any write, ${outcomes.midWrite} in the middle of writing, ${outcomes.complete} after the last write, ${outcomes.finishedFirst} runs finished before the kill`,
      );
      // The schedule must have caught runs in the middle of writing, or the test proves little.
      expect(outcomes.midWrite).toBeGreaterThan(0);
    },
    KILLS * GUARD_MS,
  );

  it(
    "a run after a kill finishes the job: the tree ends up exactly as one uninterrupted run leaves it",
    async () => {
      restore();
      await killAfter(Math.round(duration * 0.7));
      const run = await runGuarded(["fix", "--quiet", "."], tree, { guardMs: GUARD_MS });
      expect(run.code, run.stderr).toBe(0);
      expect(state(tree).files).toEqual(fixed);
    },
    GUARD_MS * 2,
  );

  it(
    "writes beside the targets when the temp folder is on another device, and a later run removes what a killed one left",
    async () => {
      // /dev/shm is a tmpfs: another device than the tree's, so a rename from there is impossible.
      const other = "/dev/shm";
      const usable = existsSync(other) && statSync(other).dev !== statSync(work.dir).dev;
      if (!requirePrerequisite(usable, "a temp folder on another device than the tree (/dev/shm)")) return;
      restore();
      const env = { TMPDIR: other };
      await killAfter(Math.round(duration * 0.7), env);
      // A temp file of a run that is gone, beside a file the next run rewrites.
      const gone = spawnSync(process.execPath, ["-e", "0"]).pid;
      const target = [...fixed].find(([f, st]) => st.hash !== original.get(f)!.hash)![0];
      const stale = join(tree, target, "..", `.${target.split("/").pop()}.mirrorize-${gone}-0badc0de.tmp`);
      writeFileSync(stale, "half a file");
      const run = await runGuarded(["fix", "--quiet", "."], tree, { guardMs: GUARD_MS, env });
      expect(run.code, run.stderr).toBe(0);
      const now = state(tree);
      expect(now.names.filter((n) => n.endsWith(".tmp"))).toEqual([]);
      expect(now.files).toEqual(fixed);
    },
    GUARD_MS * 2,
  );
});
