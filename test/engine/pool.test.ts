import { execFileSync } from "node:child_process";
import { cpSync, existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { rolldown } from "rolldown";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { settingsFromText } from "../../src/config/index.js";
import type { Settings } from "../../src/config/types.js";
import { type ScanResult, scan } from "../../src/engine/index.js";
import { testSettings } from "../helpers/settings.js";
import { repoRoot, requirePrerequisite, sharedPath } from "../helpers/shared.js";
import { snapshot, tempCopy, tempDir } from "../helpers/tree.js";

/**
 * The engine gives the same ScanResult (findings, changed files, texts) and writes the same bytes
 * whether it plans every file in this thread, in a pool of worker threads, or shares the files between
 * both (the default), and whether it parses
 * with the fast YAML parser or with `yaml` alone (MIRRORIZE_YAML_PARSER=yaml); and a file that kills
 * or hangs its worker gets a file-error finding while every other file is processed normally.
 *
 * Workers run a real bundle of the CLI entry (src/cli/main.ts), built here with rolldown, so the test
 * also covers the entry's hand-over to the worker loop.
 */
const corpus = sharedPath("corpus");
const genRepo = sharedPath("bench", "gen-repo.mjs");
const benchConfig = sharedPath("bench", "bench.mirrorize.yaml");
const build = tempDir();
const trees = tempDir();
let workerEntry: string;

beforeAll(async () => {
  workerEntry = join(build.dir, "cli.js");
  const bundle = await rolldown({
    input: join(repoRoot, "src/cli/main.ts"),
    platform: "node",
    logLevel: "silent",
  });
  await bundle.write({ file: workerEntry, format: "esm", codeSplitting: false });
  await bundle.close();
});
afterAll(() => {
  build.cleanup();
  trees.cleanup();
});

/** The corpus as one tree: every item's files, with a Chart.yaml beside Helm values files. */
function corpusTree(): string {
  const dir = join(trees.dir, "corpus");
  for (const item of readdirSync(corpus!)) {
    const src = join(corpus!, item);
    if (!existsSync(join(src, "expected.json"))) continue;
    const expected = JSON.parse(readFileSync(join(src, "expected.json"), "utf8"));
    cpSync(src, join(dir, item), { recursive: true, filter: (p) => !p.endsWith("expected.json") });
    if (expected.chart) {
      const chart = `apiVersion: v2\nname: ${expected.chart.name}\nversion: 0.0.0\n`;
      writeFileSync(join(dir, item, "Chart.yaml"), chart);
    }
  }
  return dir;
}

/** The synthetic repository of the benchmark at scale 1 (150 files). */
function syntheticTree(): string {
  const dir = join(trees.dir, "synthetic");
  execFileSync(process.execPath, [genRepo!, dir, "1"], { stdio: "ignore" });
  return dir;
}

/** A result without what legitimately differs between two runs (the elapsed time). */
function comparable(result: ScanResult) {
  return { ...result, summary: { ...result.summary, elapsedMs: 0 } };
}

/** Scan fresh copies of `tree` in each way, and with `yaml` only; their results and trees. */
async function bothWays(tree: string, settings: Settings, command: "check" | "fix" | "diff") {
  const run = async (workers: number | undefined) => {
    const copy = tempCopy(tree);
    try {
      const result = await scan({
        cwd: copy.dir,
        paths: ["."],
        settings,
        write: command === "fix",
        mode: command === "check" ? "check" : "fix",
        keepText: command !== "check",
        workers,
        workerEntry,
      });
      return { result: comparable(result), files: snapshot(copy.dir) };
    } finally {
      copy.cleanup();
    }
  };
  const saved = process.env.MIRRORIZE_YAML_PARSER;
  process.env.MIRRORIZE_YAML_PARSER = "yaml";
  let yamlOnly: Awaited<ReturnType<typeof run>>;
  try {
    yamlOnly = await run(0);
  } finally {
    if (saved === undefined) delete process.env.MIRRORIZE_YAML_PARSER;
    else process.env.MIRRORIZE_YAML_PARSER = saved;
  }
  // undefined: this thread plans what the fast parser takes, a worker the rest (Helm values, yaml).
  return { single: await run(0), pooled: await run(2), shared: await run(undefined), yamlOnly };
}

const cases: { name: string; available: () => boolean; tree: () => string; settings: () => Settings }[] = [
  {
    name: "the real-world corpus",
    available: () => requirePrerequisite(corpus !== undefined, "../shared/corpus"),
    tree: corpusTree,
    settings: () => testSettings(),
  },
  {
    name: "the synthetic benchmark tree (scale 1)",
    available: () =>
      requirePrerequisite(genRepo !== undefined && benchConfig !== undefined, "../shared/bench/gen-repo.mjs"),
    tree: syntheticTree,
    settings: () => settingsFromText(readFileSync(benchConfig!, "utf8"), "bench.mirrorize.yaml"),
  },
];

describe.each(cases)("single-thread and pooled scans agree on $name", (c) => {
  let tree: string | undefined;
  let settings: Settings;
  beforeAll(() => {
    if (!c.available()) return;
    tree = c.tree();
    settings = c.settings();
  });

  it.each(["check", "fix"] as const)("%s", async (command) => {
    if (!tree) return;
    const { single, pooled, shared, yamlOnly } = await bothWays(tree, settings, command);
    expect(single.result.files.length).toBeGreaterThan(0);
    expect(single.result.summary.references).toBeGreaterThan(0);
    if (command !== "check") expect(single.result.summary.filesChanged).toBeGreaterThan(0);
    for (const other of [pooled, shared, yamlOnly]) {
      expect(other.result).toEqual(single.result);
      expect([...other.files.keys()].sort()).toEqual([...single.files.keys()].sort());
      for (const [file, bytes] of single.files) expect(other.files.get(file)!.equals(bytes), file).toBe(true);
    }
  });
});

describe("a file that kills or hangs its worker", () => {
  const marker = "mirrorize-pool-test";
  const deployment = (image: string, note = "") =>
    `${note}apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  containers:\n  - name: c\n    image: ${image}\n`;
  let dir: ReturnType<typeof tempDir>;
  const saved = process.env.MIRRORIZE_TEST_CRASH_MARKER;

  beforeAll(() => {
    dir = tempDir();
    writeFileSync(join(dir.dir, "a.yaml"), deployment("quay.io/a/b:1"));
    writeFileSync(join(dir.dir, "crash.yaml"), deployment("quay.io/c/d:1", `# ${marker}:exit\n`));
    writeFileSync(join(dir.dir, "m.yaml"), deployment("quay.io/e/f:1"));
    writeFileSync(join(dir.dir, "hang.yaml"), deployment("quay.io/g/h:1", `# ${marker}:hang\n`));
    writeFileSync(join(dir.dir, "z.yaml"), deployment("k8s.gcr.io/pause:3.2"));
    process.env.MIRRORIZE_TEST_CRASH_MARKER = marker;
  });
  afterAll(() => {
    if (saved === undefined) delete process.env.MIRRORIZE_TEST_CRASH_MARKER;
    else process.env.MIRRORIZE_TEST_CRASH_MARKER = saved;
    dir.cleanup();
  });

  it("gets one file-error finding; the worker is replaced and every other file is fixed", async () => {
    const settings = testSettings();
    settings.limits = { ...settings.limits, timePerFile: 3000 };
    const result = await scan({
      cwd: dir.dir,
      paths: ["."],
      settings,
      write: true,
      mode: "fix",
      workers: 1,
      workerEntry,
    });
    const byFile = new Map(result.files.map((f) => [f.file, f]));
    expect([...byFile.keys()].sort()).toEqual(["a.yaml", "crash.yaml", "hang.yaml", "m.yaml", "z.yaml"]);

    const crashed = byFile.get("crash.yaml")!;
    expect(crashed.findings.map((f) => f.kind)).toEqual(["file-error"]);
    expect(crashed.findings[0]!.message).toMatch(
      /^crash\.yaml could not be scanned: the YAML parser stopped/,
    );
    const hung = byFile.get("hang.yaml")!;
    expect(hung.findings.map((f) => f.kind)).toEqual(["file-error"]);
    expect(hung.findings[0]!.message).toMatch(/^hang\.yaml took longer than 3000 ms .*limits\.timePerFile/);
    expect(readFileSync(join(dir.dir, "crash.yaml"), "utf8")).toBe(
      deployment("quay.io/c/d:1", `# ${marker}:exit\n`),
    );

    for (const file of ["a.yaml", "m.yaml", "z.yaml"]) {
      expect(byFile.get(file)!.changed, file).toBe(true);
      expect(byFile.get(file)!.findings.map((f) => f.kind)).toEqual(["rewrite"]);
    }
    expect(readFileSync(join(dir.dir, "z.yaml"), "utf8")).toMatch(
      /image: \S+\.daocloud\.io\/\S*pause:3\.2\n/,
    );
    expect(result.summary.errors).toBe(2);
  });
});
