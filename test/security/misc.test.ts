/**
 * Issue 13, the smaller holes, through the BUILT CLI and Action: a backslash in a file name, a CRLF
 * ResourceList, a .gitignore a pull request made uncompilable, a hostile lock file's content.
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
  runnerCommands,
  snapshot,
  unescapeData,
} from "./runner.js";

const ready = requirePrerequisite(bundlesBuilt, "dist/action.js and dist/cli.js (npm run build)");

const POD =
  "apiVersion: v1\nkind: Pod\nmetadata: { name: p }\nspec:\n  containers:\n    - name: a\n      image: nginx:1.25\n";

/** A billion-laughs document: 9^8 nodes once expanded. */
const BOMB = [
  "a: &a [x,x,x,x,x,x,x,x,x]",
  ..."bcdefgh".split("").map((n, i) => `${n}: &${n} [${Array(9).fill(`*${"abcdefgh"[i]}`).join(",")}]`),
  "",
].join("\n");

const fixtures: RepoFixture[] = [];
afterAll(() => {
  for (const f of fixtures) f.cleanup();
});

function repo(files: Record<string, string>): RepoFixture {
  const fixture = createRepo(files);
  fixtures.push(fixture);
  return fixture;
}

async function safely(fixture: RepoFixture, go: () => Promise<Run>): Promise<Run> {
  const before = snapshot(fixture.work);
  const run = await go();
  expect(run.timedOut).toBe(false);
  expect(run.exitCode).not.toBe(70);
  expect(leakedSecrets(run)).toEqual([]);
  expect(foreignCommands(run.stdout)).toEqual([]);
  expect(snapshot(fixture.work)).toEqual(before);
  return run;
}

describe.runIf(ready)("the smaller holes", () => {
  test("a backslash in a file name says so (before: 'a/b.yaml leads outside .')", async () => {
    const fixture = repo({ "ok.yaml": POD });
    writeFileSync(join(fixture.work, "a\\b.yaml"), POD);
    const message =
      "a\\b.yaml cannot be read: its name holds a backslash, which the file search takes for a folder separator (a/b.yaml); rename it without the backslash.";
    const cli = await safely(fixture, () => runCli(["check", "."], fixture.work));
    expect(cli.exitCode).toBe(1);
    expect(cli.stdout).toContain(`a\\b.yaml:1:1 error ${message}\n`);
    const action = await safely(fixture, () => runAction(fixture, { mode: "check" }));
    expect(action.exitCode).toBe(1);
    const errors = runnerCommands(action.stdout).filter((c) => c.name === "error" && c.properties !== "");
    expect(errors.map((c) => unescapeData(c.data))).toContain(message);
  });

  test("a CRLF ResourceList gets its results with CRLF too (before: 10 CRLF and 11 bare LF lines)", async () => {
    const fixture = repo({ "README.md": "# r\n" });
    const input = [
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
      "",
    ].join("\r\n");
    const run = await safely(fixture, () => runCli(["krm"], fixture.work, { stdin: input }));
    expect(run.exitCode).toBe(0);
    expect(run.stdout).toContain("\r\nresults:\r\n- message: ");
    expect(run.stdout.match(/\r\n/g)?.length).toBeGreaterThan(11);
    expect(run.stdout.replace(/\r\n/g, "")).not.toContain("\n");
    expect(run.stdout).toContain("image: docker.m.daocloud.io/library/nginx:1.25\r\n");
  });

  test("the JSON form of a CRLF ResourceList keeps CRLF", async () => {
    const fixture = repo({ "README.md": "# r\n" });
    const input =
      '{\r\n  "apiVersion": "config.kubernetes.io/v1",\r\n  "kind": "ResourceList",\r\n  "items": [\r\n    {"apiVersion": "v1", "kind": "Pod", "metadata": {"name": "p"}, "spec": {"containers": [{"name": "a", "image": "nginx:1.25"}]}}\r\n  ]\r\n}\r\n';
    const run = await safely(fixture, () => runCli(["krm"], fixture.work, { stdin: input }));
    expect(run.exitCode).toBe(0);
    expect(run.stdout).toContain('"results"');
    expect(run.stdout.replace(/\r\n/g, "")).not.toContain("\n");
  });

  test("a .gitignore pattern the pattern engine cannot compile is a problem, not exit 70", async () => {
    const fixture = repo({ "pod.yaml": POD, ".gitignore": `${"a".repeat(70_000)}\n` });
    const message =
      "The .gitignore rules of the folder scanned cannot be applied (a pattern is too long or invalid for the pattern engine); nothing in it is scanned. Shorten or fix the pattern.";
    const cli = await safely(fixture, () => runCli(["check", "."], fixture.work));
    expect(cli.exitCode).toBe(1);
    expect(cli.stdout).toContain(`.:1:1 error ${message}\n`);
    const action = await safely(fixture, () => runAction(fixture, { mode: "check" }));
    expect(action.exitCode).toBe(1);
    expect(action.stdout).not.toMatch(/Internal error/);
  });

  test.each([
    [
      "an alias bomb",
      BOMB,
      "mirrorize check: mirrorize.lock:2: the configuration uses aliases too many times (more than 10000 expansions, an alias bomb?); write the values out instead; fix it or run `mirrorize lock` to rewrite it.",
    ],
    [
      "nesting 100 deep",
      `images: ${"[".repeat(100)}${"]".repeat(100)}\n`,
      "mirrorize check: mirrorize.lock:1: the file nests collections deeper than 64 levels; a configuration needs only a few; fix it or run `mirrorize lock` to rewrite it.",
    ],
  ])("a lock file with %s is a config error", async (_name, lock, message) => {
    const fixture = repo({
      "pod.yaml": POD,
      ".mirrorize.yaml": "preset: daocloud\nverify: digest\n",
      "mirrorize.lock": lock,
    });
    const cli = await safely(fixture, () => runCli(["check", "."], fixture.work));
    expect(cli.exitCode).toBe(2);
    expect(cli.stderr).toBe(`${message}\n`);
    const action = await safely(fixture, () => runAction(fixture, { mode: "check" }));
    expect(failureMessages(action.stdout)).toEqual([message.replace(/^mirrorize check: /, "")]);
  });
});
