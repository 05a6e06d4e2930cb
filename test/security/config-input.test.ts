/**
 * Issue 13, hole 3 and its class: any configuration a user or a pull request writes ends in a config
 * error (exit 2 for the CLI, a failed step for the Action, an `error` result for KRM), never exit 70:
 * alias bombs, deep nesting, huge scalars and huge globs, in every config channel — the config file,
 * `--config`, the Action's inputs, a KRM functionConfig (MirrorizeConfig and ConfigMap forms) and the
 * exec-plugin config. Through the BUILT Action and CLI, with the secrets and no-change checks.
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, test } from "vitest";
import { createRepo, type RepoFixture } from "../action/git-fixture.js";
import { requirePrerequisite } from "../helpers/shared.js";
import {
  bundlesBuilt,
  failureMessages,
  foreignCommands,
  leakedSecrets,
  type Run,
  runAction,
  runCli,
  snapshot,
} from "./runner.js";

const ready = requirePrerequisite(bundlesBuilt, "dist/action.js and dist/cli.js (npm run build)");

const POD =
  "apiVersion: v1\nkind: Pod\nmetadata: { name: p }\nspec:\n  containers:\n    - name: a\n      image: nginx:1.25\n";
const PRESETS = "aliyun, daocloud, daocloud-prefix, seed-2020";

/** A billion-laughs document: 9^8 nodes once expanded. */
function aliasBomb(indent = ""): string {
  let text = `${indent}a: &a [x,x,x,x,x,x,x,x,x]\n`;
  let prev = "a";
  for (const n of "bcdefgh") {
    text += `${indent}${n}: &${n} [${Array(9).fill(`*${prev}`).join(",")}]\n`;
    prev = n;
  }
  return text;
}

/** 111 uses of one anchor in a real config: fine (yaml's default cap made it exit 70). */
function manyAliases(indent = ""): string {
  let text = `${indent}rules:\n`;
  for (let i = 0; i < 111; i++) {
    text += `${indent}  - match: r${i}.example.com\n${indent}    mirror: ${i === 0 ? "&m mirror.example.com" : "*m"}\n`;
  }
  return text;
}

const HUGE = "x".repeat(900_000);

/** Config texts and the message each ends in (`L` is the label, `:line` included where the file has lines). */
const CASES: { name: string; text: string; message: (label: string) => string | undefined }[] = [
  {
    name: "an alias bomb",
    text: aliasBomb(),
    message: (l) =>
      `${l}:2: the configuration uses aliases too many times (more than 10000 expansions, an alias bomb?); write the values out instead.`,
  },
  { name: "111 aliases of one anchor (accepted)", text: manyAliases(), message: () => undefined },
  {
    name: "flow nesting 100 deep",
    text: `rules: ${"[".repeat(100)}${"]".repeat(100)}\n`,
    message: (l) =>
      `${l}:1: the file nests collections deeper than 64 levels; a configuration needs only a few.`,
  },
  {
    name: "block nesting 1000 deep",
    text: Array.from({ length: 1000 }, (_, i) => `${" ".repeat(i)}a:\n`).join(""),
    message: (l) =>
      `${l}:65: the file nests collections deeper than 64 levels; a configuration needs only a few.`,
  },
  {
    name: "a 900,000-character scalar",
    text: `preset: ${HUGE}\n`,
    message: (l) =>
      `${l}:1: preset must be one of ${PRESETS} (got "${"x".repeat(40)}…" (900000 characters)).`,
  },
  {
    name: "a 300,000-character unknown key",
    text: `rules:\n  - {match: docker.io, mirror: m.example.com, ${"y".repeat(300_000)}: 1}\n`,
    message: (l) =>
      `${l}:2: rules[0]["${"y".repeat(40)}…" (300000 characters)] is not a known key; allowed keys: match, mirror, strategy, note.`,
  },
  {
    name: "a 70,000-character glob",
    text: `files:\n  exclude: ["${"a".repeat(70_000)}"]\n`,
    message: (l) =>
      `${l}:2: files.exclude[0] must be at most 1024 characters long (got "${"a".repeat(40)}…" (70000 characters)).`,
  },
  {
    name: "a 2 MiB config",
    text: `preset: daocloud\n# ${"y".repeat(2 * 1024 * 1024)}\n`,
    message: (l) => `The config file ${l} is 2.0 MiB, over the 1.0 MiB size limit; it is not read.`,
  },
];

const fixtures: RepoFixture[] = [];
afterAll(() => {
  for (const f of fixtures) f.cleanup();
});

function repo(files: Record<string, string>): RepoFixture {
  const fixture = createRepo({ "pod.yaml": POD, ...files });
  fixtures.push(fixture);
  return fixture;
}

async function safely(fixture: RepoFixture, go: () => Promise<Run>): Promise<Run> {
  const before = snapshot(fixture.work);
  const run = await go();
  expect(run.timedOut).toBe(false);
  expect(run.exitCode).not.toBe(70);
  // No stack outside the debug log (`::debug::` lines are hidden unless step debugging is on).
  const shown = (run.stdout + run.stderr).split("\n").filter((l) => !l.startsWith("::debug::"));
  expect(shown.filter((l) => /internal error|Internal error|^ {4}at /.test(l))).toEqual([]);
  expect(leakedSecrets(run)).toEqual([]);
  expect(foreignCommands(run.stdout)).toEqual([]);
  expect(snapshot(fixture.work)).toEqual(before);
  return run;
}

describe.runIf(ready)("hostile configuration in every channel is a config error", () => {
  describe.each(CASES)("$name", ({ text, message }) => {
    test("in .mirrorize.yaml: the CLI exits 2 with one line, the Action fails with it", async () => {
      const fixture = repo({ ".mirrorize.yaml": text });
      const expected = message(".mirrorize.yaml");
      const cli = await safely(fixture, () => runCli(["check", "."], fixture.work));
      const action = await safely(fixture, () => runAction(fixture, { mode: "check" }));
      if (expected === undefined) {
        // Read and valid: its own 111 rules (no preset) do not cover the Pod's nginx.
        expect(cli.exitCode).toBe(0);
        expect(cli.stdout).toMatch(/1 reference found, 0 to rewrite, 0 problems/);
        expect(action.exitCode).toBe(0);
        expect(failureMessages(action.stdout)).toEqual([]);
        return;
      }
      expect(cli.exitCode).toBe(2);
      expect(cli.stderr).toBe(`mirrorize check: ${expected}\n`);
      expect(action.exitCode).toBe(1);
      expect(failureMessages(action.stdout)).toEqual([expected]);
    });

    test("with --config and the Action's config input", async () => {
      const fixture = repo({ "ci/mirrorize.yaml": text });
      const expected = message("ci/mirrorize.yaml");
      const cli = await safely(fixture, () =>
        runCli(["check", "--config", "ci/mirrorize.yaml", "."], fixture.work),
      );
      const action = await safely(fixture, () =>
        runAction(fixture, { mode: "check", config: "ci/mirrorize.yaml" }),
      );
      if (expected === undefined) {
        expect([cli.exitCode, action.exitCode]).toEqual([0, 0]);
        return;
      }
      expect(cli.exitCode).toBe(2);
      expect(cli.stderr).toBe(`mirrorize check: ${expected}\n`);
      expect(failureMessages(action.stdout)).toEqual([expected]);
    });
  });

  test.each([
    [
      { preset: "x".repeat(100_000) },
      `the 'preset' input: unknown preset "${"x".repeat(40)}…" (100000 characters); known presets: ${PRESETS}.`,
    ],
    [
      { exclude: "a".repeat(70_000) },
      `Invalid 'exclude' value "${"a".repeat(100)}…" (70000 characters). Expected paths or globs of at most 1024 characters.`,
    ],
    [
      { paths: "::error::PWNED\n../outside" },
      `Invalid 'paths' value '../outside'. Expected a path inside the workspace (relative to the repository root).`,
    ],
    [
      { "fail-on": "x\n::add-mask::PWNED" },
      `Invalid 'fail-on' value "x\\n::add-mask::PWNED". Expected one of: error, warning, never.`,
    ],
  ])("hostile Action inputs %#: one sentence, a short escaped excerpt", async (inputs, expected) => {
    const fixture = repo({});
    const run = await safely(fixture, () => runAction(fixture, { mode: "check", ...inputs }));
    expect(run.exitCode).toBe(1);
    expect(failureMessages(run.stdout)).toEqual([expected]);
  });
});

const LIST_HEAD = [
  "apiVersion: config.kubernetes.io/v1",
  "kind: ResourceList",
  "items:",
  "- apiVersion: v1",
  "  kind: Pod",
  "  metadata: {name: p}",
  "  spec:",
  "    containers:",
  "    - name: a",
  "      image: nginx:1.25",
  "functionConfig:",
  "  apiVersion: mirrorize.dev/v1alpha1",
  "  kind: MirrorizeConfig",
  "  metadata: {name: m}",
  "",
].join("\n");

/** The first result of a ResourceList answer (message and severity), as written. */
function firstResult(stdout: string): { message: string; severity: string } | undefined {
  const m = /^results:\n- message: (.*)\n {2}severity: (\w+)/m.exec(stdout);
  if (!m) return undefined;
  const raw = m[1]!;
  const message = raw.startsWith('"')
    ? JSON.parse(raw)
    : raw.startsWith("'")
      ? raw.slice(1, -1).replace(/''/g, "'")
      : raw;
  return { message, severity: m[2]! };
}

describe.runIf(ready)("hostile KRM functionConfig is an error result", () => {
  test.each([
    [
      "an alias bomb",
      LIST_HEAD + aliasBomb("  "),
      "functionConfig:16: the configuration uses aliases too many times (more than 10000 expansions, an alias bomb?); write the values out instead.",
    ],
    [
      "a 900,000-character scalar",
      `${LIST_HEAD}  preset: ${HUGE}\n`,
      `functionConfig: preset must be one of ${PRESETS} (got "${"x".repeat(40)}…" (900000 characters)).`,
    ],
    [
      "nesting 100 deep in a ConfigMap's data.rules",
      `apiVersion: config.kubernetes.io/v1\nkind: ResourceList\nitems: []\nfunctionConfig:\n  apiVersion: v1\n  kind: ConfigMap\n  metadata: {name: m}\n  data:\n    rules: |\n      ${"[".repeat(100)}${"]".repeat(100)}\n`,
      "functionConfig data.rules nests collections deeper than 64 levels; a configuration needs only a few.",
    ],
    [
      "an alias bomb in a ConfigMap's data.rules",
      `apiVersion: config.kubernetes.io/v1\nkind: ResourceList\nitems: []\nfunctionConfig:\n  apiVersion: v1\n  kind: ConfigMap\n  metadata: {name: m}\n  data:\n    rules: |\n${aliasBomb("      ")}`,
      "functionConfig data.rules: the configuration uses aliases too many times (more than 10000 expansions, an alias bomb?); write the values out instead.",
    ],
  ])("%s", async (_name, input, message) => {
    const fixture = repo({});
    const run = await safely(fixture, () => runCli(["krm"], fixture.work, { stdin: input }));
    expect(run.exitCode).toBe(1);
    expect(firstResult(run.stdout)).toEqual({ message, severity: "error" });
    expect(run.stderr).toContain(message);
  });

  test("111 aliases of one anchor in a functionConfig are fine (before: exit 70)", async () => {
    const fixture = repo({});
    const run = await safely(fixture, () =>
      runCli(["krm"], fixture.work, { stdin: LIST_HEAD + manyAliases("  ") }),
    );
    expect(run.exitCode).toBe(0);
  });

  test("an alias bomb in the exec-plugin config is one line, exit 1", async () => {
    const fixture = repo({});
    writeFileSync(
      join(fixture.root, "plugin.yaml"),
      `apiVersion: mirrorize.dev/v1alpha1\nkind: MirrorizeConfig\n${aliasBomb()}`,
    );
    const run = await safely(fixture, () =>
      runCli(["krm", join(fixture.root, "plugin.yaml")], fixture.work, { stdin: POD }),
    );
    expect(run.exitCode).toBe(1);
    expect(run.stderr).toBe(
      "mirrorize krm: error: the plugin config: the configuration uses aliases too many times (more than 10000 expansions, an alias bomb?); write the values out instead; check the file listed under transformers:.\n",
    );
  });
});
