import { spawnSync } from "node:child_process";
import { chmodSync, chownSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { bundledCli } from "../helpers/cli.js";
import { tempDir } from "../helpers/tree.js";
import { canRunAs, removeBundleCopy, runGuarded } from "./guarded.js";

/**
 * Errors a user can cause (issue 9, item 5), through the built CLI: each prints one sentence on
 * stderr saying what is wrong and how to fix it, with no stack trace unless --debug, and exits 2
 * (usage or config) or 1 (a problem with the input, reported as a finding). An internal bug
 * (triggered on purpose with MIRRORIZE_TEST_INTERNAL_ERROR=1) prints the stack and exits 70.
 */
const GUARD_MS = 60_000;
const work = tempDir();
afterAll(() => {
  work.cleanup();
  removeBundleCopy();
});

const POD = "apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  containers:\n    - image: nginx:1.25\n";

interface ErrorCase {
  name: string;
  args: string[];
  /** Files of the folder the CLI runs in (a Pod is always there). */
  files?: Record<string, string>;
  code: number;
  /** What stderr must say (one sentence on one line, unless `stdout` carries the report). */
  stderr?: RegExp;
  /** What stdout must say (findings and resolutions are reported there). */
  stdout?: RegExp;
}

const CASES: ErrorCase[] = [
  { name: "an unknown command", args: ["nope"], code: 2, stderr: /unknown command 'nope'.*mirrorize --help/ },
  {
    name: "an unknown flag",
    args: ["check", "--bogus"],
    code: 2,
    stderr: /Unknown option '--bogus'.*--help/,
  },
  {
    name: "a flag without its value",
    args: ["check", "--format"],
    code: 2,
    stderr: /--format.*argument missing.*--help/,
  },
  {
    name: "a bad flag value",
    args: ["check", "--format", "xml", "."],
    code: 2,
    stderr: /--format must be one of text, json, sarif, github for check \(got "xml"\)/,
  },
  {
    name: "a bad --preset",
    args: ["check", "--preset", "nosuch", "."],
    code: 2,
    stderr: /nosuch.*(daocloud|presets)/,
  },
  {
    name: "a --config file that does not exist",
    args: ["check", "--config", "nosuch.yaml", "."],
    code: 2,
    stderr: /nosuch\.yaml does not exist; check the --config path/,
  },
  { name: "a --config that is a folder", args: ["check", "--config", "conf", "."], code: 2, stderr: /conf/ },
  {
    name: "a config file that is not YAML",
    args: ["check", "."],
    files: { ".mirrorize.yaml": "rules: [\n" },
    code: 2,
    stderr: /\.mirrorize\.yaml:\d+: the file is not valid YAML/,
  },
  {
    name: "an unknown key in the config",
    args: ["check", "."],
    files: { ".mirrorize.yaml": "rulez: []\n" },
    code: 2,
    stderr: /\.mirrorize\.yaml:1:.*rulez/,
  },
  {
    name: "a bad reference in a rule's mirror",
    args: ["check", "."],
    files: { ".mirrorize.yaml": 'rules:\n  - match: quay.io\n    mirror: "https://quay.example/x"\n' },
    code: 2,
    stderr: /\.mirrorize\.yaml:3: rules\[0\]\.mirror .*remove the URL scheme/,
  },
  {
    name: "a bad reference in a rule's match",
    args: ["check", "."],
    files: { ".mirrorize.yaml": "rules:\n  - match: quay.io/UPPER\n    mirror: m.example.com\n" },
    code: 2,
    stderr: /\.mirrorize\.yaml:2: rules\[0\]\.match .*lowercase/,
  },
  {
    name: "an unknown preset in the config",
    args: ["check", "."],
    files: { ".mirrorize.yaml": "preset: nosuch\n" },
    code: 2,
    stderr: /\.mirrorize\.yaml:1: preset must be one of .*daocloud.* \(got "nosuch"\)/,
  },
  {
    name: "a bad limit in the config",
    args: ["check", "."],
    files: { ".mirrorize.yaml": "limits:\n  maxDepth: 0\n" },
    code: 2,
    stderr: /\.mirrorize\.yaml:2: limits\.maxDepth/,
  },
  {
    // A config file from a pull request must not make mirrorize read (or `mirrorize lock` write) outside.
    name: "a lockFile outside the repository",
    args: ["check", "."],
    files: { ".mirrorize.yaml": "preset: daocloud\nverify: exists\nlockFile: ../../../../../etc/passwd\n" },
    code: 2,
    stderr: /lockFile \.\.\/\.\.\/\.\.\/\.\.\/\.\.\/etc\/passwd leads outside the folder of the config file/,
  },
  {
    name: "a path that does not exist",
    args: ["check", "nosuch-dir"],
    code: 1,
    stdout: /nosuch-dir does not exist or cannot be read; check the path/,
  },
  {
    name: "resolve without a reference",
    args: ["resolve"],
    code: 2,
    stderr: /resolve needs at least one image reference, e\.g\. `mirrorize resolve nginx:1\.25`/,
  },
  {
    name: "resolve with an invalid reference",
    args: ["resolve", "Not/Valid"],
    code: 1,
    stdout: /Not\/Valid +invalid .*lowercase/,
  },
  {
    name: "verify with a bad --level",
    args: ["verify", "--level", "nope", "."],
    code: 2,
    stderr: /--level must be one of/,
  },
];

function folder(name: string, files: Record<string, string> = {}): string {
  const dir = join(work.dir, name.replace(/[^a-z0-9]+/gi, "-"));
  mkdirSync(join(dir, "conf"), { recursive: true });
  writeFileSync(join(dir, "pod.yaml"), POD);
  for (const [file, text] of Object.entries(files)) writeFileSync(join(dir, file), text);
  return dir;
}

const STACK = /\n\s+at .+[(:]\d+/;

describe("errors a user can cause: one sentence, no stack trace, exit 2 (or 1 for input problems)", () => {
  it.each(CASES)(
    "$name",
    async (c) => {
      const run = await runGuarded(c.args, folder(c.name, c.files), { guardMs: GUARD_MS });
      expect(run.timedOut).toBe(false);
      expect(run.code, run.stderr).toBe(c.code);
      expect(run.stderr).not.toMatch(STACK);
      expect(run.stdout).not.toMatch(STACK);
      if (c.stderr) {
        expect(run.stderr).toMatch(c.stderr);
        const lines = run.stderr.trimEnd().split("\n");
        expect(lines, "one line").toHaveLength(1);
        expect(lines[0]).toMatch(new RegExp(`^mirrorize ${c.args[0]}: |^mirrorize: `));
        expect(lines[0]).toMatch(/[.)?]$/); // a sentence
      }
      if (c.stdout) expect(run.stdout).toMatch(c.stdout);
    },
    GUARD_MS,
  );

  it(
    "--debug adds the stack trace to a user error, which still exits 2",
    async () => {
      const dir = folder("debug", { ".mirrorize.yaml": "preset: nosuch\n" });
      const run = await runGuarded(["check", "--debug", "."], dir, { guardMs: GUARD_MS });
      expect(run.code).toBe(2);
      expect(run.stderr).toMatch(/^mirrorize check: .*preset must be one of/);
      expect(run.stderr).toMatch(STACK);
    },
    GUARD_MS,
  );

  it(
    "an unreadable config file (as an unprivileged user) says so and exits 2",
    async () => {
      const isRoot = process.getuid?.() === 0;
      if (isRoot && !canRunAs(65_534)) {
        console.warn("skipped: the tests run as root and nobody (uid 65534) cannot run node here");
        return;
      }
      const dir = folder("unreadable-config", { ".mirrorize.yaml": "preset: daocloud\n" });
      chmodSync(join(dir, ".mirrorize.yaml"), 0);
      if (isRoot) {
        chmodSync(work.dir, 0o755);
        chownSync(dir, 65_534, 65_534);
      }
      const run = await runGuarded(["check", "."], dir, {
        guardMs: GUARD_MS,
        ...(isRoot ? { uid: 65_534, gid: 65_534 } : {}),
      });
      expect(run.code).toBe(2);
      expect(run.stderr).toMatch(/\.mirrorize\.yaml/);
      expect(run.stderr).toMatch(/EACCES|permission/i);
      expect(run.stderr).not.toMatch(STACK);
    },
    GUARD_MS,
  );

  it(
    "output piped into a reader that stops early is not an error (no EPIPE stack trace)",
    async () => {
      const files: Record<string, string> = {};
      for (let i = 0; i < 400; i++) files[`p${i}.yaml`] = POD.replace("name: p", `name: p${i}`);
      const dir = folder("epipe", files);
      // As in a shell: `mirrorize list --format json . | head -c 10`; the pipe's status is mirrorize's.
      const script = `"$0" "$1" list --format json . 2>stderr.txt | head -c 10 >/dev/null; exit \${PIPESTATUS[0]}`;
      const piped = spawnSync("bash", ["-c", script, process.execPath, bundledCli], {
        cwd: dir,
        encoding: "utf8",
      });
      const result = { code: piped.status, stderr: readFileSync(join(dir, "stderr.txt"), "utf8") };
      // The run's own exit code, as when its output is read to the end.
      const whole = await runGuarded(["list", "--format", "json", "."], dir, { guardMs: GUARD_MS });
      expect(result.code).toBe(whole.code);
    },
    GUARD_MS,
  );
});

describe("an internal bug", () => {
  it.each([["check", "."], ["resolve", "nginx"], ["presets"]])(
    "prints the stack trace and exits 70 (MIRRORIZE_TEST_INTERNAL_ERROR=1): %s",
    async (...args) => {
      const run = await runGuarded(args, folder(`internal-${args[0]}`), {
        guardMs: GUARD_MS,
        env: { MIRRORIZE_TEST_INTERNAL_ERROR: "1" },
      });
      expect(run.code).toBe(70);
      expect(run.stderr).toMatch(
        new RegExp(`^mirrorize ${args[0]}: internal error — this is a bug, please report it`),
      );
      expect(run.stderr).toMatch(/MIRRORIZE_TEST_INTERNAL_ERROR/);
      expect(run.stderr).toMatch(STACK);
    },
    GUARD_MS,
  );
});
