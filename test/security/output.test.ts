/**
 * Issue 13, hole 2 and its class: hostile file names and values reach the log, the annotations, the
 * job summary and the outputs of the BUILT Action, and the stdout/stderr of the BUILT CLI (which runs
 * in workflows too), and the runner executes no command of theirs; the summary holds no HTML, link,
 * code span or table breaker of theirs.
 */
import { rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { OUTPUT_NAMES } from "../../src/action/outputs.js";
import { createRepo, type RepoFixture } from "../action/git-fixture.js";
import { requirePrerequisite } from "../helpers/shared.js";
import {
  bundlesBuilt,
  foreignCommands,
  leakedSecrets,
  type Run,
  runAction,
  runCli,
  runnerCommands,
  snapshot,
  unescapeData,
} from "./runner.js";

const ready = requirePrerequisite(bundlesBuilt, "dist/action.js and dist/cli.js (npm run build)");

/** File names a pull request can add (git allows all of them), each holding an image to rewrite. */
const HOSTILE_NAMES = [
  "nl\n::add-mask::PWNED\n::set-output name=changed::PWNED\n::error::PWNED-nl.yaml",
  "%0A::error::PWNED-percent.yaml",
  "cr\r::warning::PWNED-cr.yaml",
  "::stop-commands::PWNEDTOKEN.yaml",
  "##[add-mask]PWNED-legacy.yaml",
  "<script>alert(1)<script>.yaml",
  "<img src=x onerror=alert(1)>.yaml",
  "`backticks` $(id).yaml",
  "a | b | c.yaml",
  "link [x](https%3A%2F%2Fevil.example) ![i](x).yaml",
  "bidi \u202eevil\u202c.yaml",
];

function pod(image: string): string {
  return [
    "apiVersion: v1",
    "kind: Pod",
    "metadata: { name: p }",
    "spec:",
    "  containers:",
    "    - name: a",
    `      image: ${image}`,
    "",
  ].join("\n");
}

let fixture: RepoFixture;
let before: Record<string, string>;

beforeAll(() => {
  fixture = createRepo({ "ok.yaml": pod("nginx:1.25") });
  for (const name of HOSTILE_NAMES) writeFileSync(join(fixture.work, name), pod("nginx:1.25"));
  // Hostile values: an invalid reference holding a newline and a command, a key with a table breaker.
  writeFileSync(join(fixture.work, "values.yaml"), pod('"bad\\n::error::PWNED-value|x<script>"'));
  before = snapshot(fixture.work);
});

afterAll(() => fixture?.cleanup());

/** Nothing of the repository became a command; no secret; no file changed; no hang, no bug. */
function expectSafe(run: Run): void {
  expect(run.timedOut).toBe(false);
  expect(run.exitCode).not.toBe(70);
  expect(foreignCommands(run.stdout)).toEqual([]);
  expect(leakedSecrets(run)).toEqual([]);
  expect(snapshot(fixture.work)).toEqual(before);
}

describe.runIf(ready)("hostile file names and values through every output channel", () => {
  test("the Action (check on a fork's pull request): log, annotations, summary, outputs", async () => {
    const run = await runAction(fixture, { mode: "check", "max-annotations": "10" });
    expectSafe(run);
    expect(run.exitCode).toBe(1);
    // Every hostile name was scanned and reported on its own line of the log, quoted when it needs it.
    const log = run.stdout;
    expect(log).toContain(
      'would update "nl\\n::add-mask::PWNED\\n::set-output name=changed::PWNED\\n::error::PWNED-nl.yaml" (1 rewrite)',
    );
    expect(log).toContain('would update "cr\\r::warning::PWNED-cr.yaml" (1 rewrite)');
    expect(log).toContain('would update "::stop-commands::PWNEDTOKEN.yaml" (1 rewrite)');
    expect(log).toContain('would update "##\\u005badd-mask]PWNED-legacy.yaml" (1 rewrite)');
    expect(log).toContain('would update "bidi \\u202eevil\\u202c.yaml" (1 rewrite)');
    expect(log).toContain("would update %0A::error::PWNED-percent.yaml (1 rewrite)");
    // Annotations: the runner's only errors are ours, each on its hostile file, none invented by a name.
    const errors = runnerCommands(log).filter((c) => c.name === "error" && c.properties !== "");
    const files = errors.map((c) => unescapeData(/(?:^|,)file=([^,]*)/.exec(c.properties)?.[1] ?? ""));
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) expect([...HOSTILE_NAMES, "ok.yaml", "values.yaml"]).toContain(file);
    for (const c of runnerCommands(log).filter((c) => c.name === "warning" || c.name === "error")) {
      expect(unescapeData(c.data)).not.toMatch(/^PWNED/);
    }
    // The summary: no HTML of the repository, no link or image of it, no row broken by a name.
    // (The unified diff is a fenced code block, longer fence than any backtick run inside: literal text.)
    const fence = /^(`{3,})diff$/m.exec(run.summary)?.[1] ?? "```";
    const outsideDiff = run.summary.replace(new RegExp(`^${fence}diff\\n[\\s\\S]*?^${fence}$`, "m"), "");
    expect(outsideDiff).not.toBe(run.summary);
    expect(outsideDiff).not.toMatch(/<script|<img|\]\(https%3A|!\[i\]\(x\)/);
    for (const line of run.summary.split("\n").filter((l) => l.startsWith("| ") && l.includes("nginx"))) {
      expect(line.replace(/\\\|/g, "").split("|")).toHaveLength(5); // location | from | to
    }
    expect(run.summary).not.toContain("\r");
    // Outputs: only ours; changed-files stays one JSON value.
    const names = [...run.outputFile.matchAll(/^([^\n<]+)<<(\S+)$/gm)].map((m) => m[1]);
    for (const name of names) expect(OUTPUT_NAMES).toContain(name);
    expect(names).not.toContain("PWNED");
  });

  test.each([
    [["check", "."]],
    [["check", "--format", "json", "."]],
    [["list", "."]],
    [["diff", "."]],
    [["fix", "--dry-run", "."]],
  ])("the CLI in a workflow: mirrorize %j", async (args) => {
    const run = await runCli(args, fixture.work);
    expectSafe(run);
    expect([0, 1]).toContain(run.exitCode);
    if (args.includes("json")) expect(() => JSON.parse(run.stdout)).not.toThrow();
    if (args[0] === "check" && !args.includes("json")) {
      expect(run.stdout).toContain(
        '"nl\\n::add-mask::PWNED\\n::set-output name=changed::PWNED\\n::error::PWNED-nl.yaml":7:14 error',
      );
      expect(run.stdout).toContain('"::stop-commands::PWNEDTOKEN.yaml":7:14 error');
    }
  });

  test("list --format csv: no cell a spreadsheet would run as a formula", async () => {
    writeFileSync(join(fixture.work, "=HYPERLINK(1).yaml"), pod("nginx:1.25"));
    try {
      const run = await runCli(["list", "--format", "csv", "."], fixture.work);
      expect(run.exitCode).toBe(0);
      expect(run.stdout).toContain("\n'=HYPERLINK(1).yaml,7,14,");
      for (const line of run.stdout.split("\n")) expect(line).not.toMatch(/^[=+@]|,[=+@]/);
    } finally {
      rmSync(join(fixture.work, "=HYPERLINK(1).yaml"));
    }
  });

  test("--format github writes our own workflow commands, with the names escaped as command data", async () => {
    const run = await runCli(["check", "--format", "github", "."], fixture.work);
    expectSafe(run);
    const errors = runnerCommands(run.stdout).filter((c) => c.name === "error");
    expect(errors.length).toBeGreaterThanOrEqual(HOSTILE_NAMES.length);
  });
});
