/**
 * End to end: the BUILT action (dist/action.js, or MIRRORIZE_ACTION_BUNDLE) runs as a child process with
 * the environment a runner gives it, the real engine, real git (origin is a bare repository) and the
 * OpenAPI-checked GitHub stand-in, on a copy of examples/demo.
 */
import { execFile } from "node:child_process";
import { cpSync, existsSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { join, resolve } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { repoRoot, requirePrerequisite } from "../helpers/shared.js";
import { createRepo, gitIn, type RepoFixture } from "./git-fixture.js";
import { startGitHubStub } from "./github-stub.js";
import { forkPullRequestPayload, OWNER, REPO, runnerEnv, TOKEN, webhookPayload } from "./harness.js";

const bundle = resolve(repoRoot, process.env.MIRRORIZE_ACTION_BUNDLE ?? "dist/action.js");
const demo = join(repoRoot, "examples", "demo");
const ready =
  requirePrerequisite(existsSync(bundle), `the action bundle ${bundle} (npm run build)`) &&
  requirePrerequisite(existsSync(demo), "examples/demo");

const cleanups: (() => unknown)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

/** A repository holding a copy of examples/demo, pushed to its bare origin. */
function demoRepo(): RepoFixture {
  const fixture = createRepo({ "README.md": "# demo\n" });
  cleanups.push(fixture.cleanup);
  cpSync(demo, fixture.work, { recursive: true });
  fixture.git(["add", "--all"]);
  fixture.git(["commit", "--quiet", "-m", "Add the demo manifests"]);
  fixture.git(["push", "--quiet", "origin", "main"]);
  return fixture;
}

interface BundleRun {
  exitCode: number;
  stdout: string;
  stderr: string;
  /** GITHUB_OUTPUT, parsed. */
  outputs: Record<string, string>;
  outputFile: string;
  summary: string;
}

/** Parse the `name<<delimiter` blocks `@actions/core` writes to GITHUB_OUTPUT. */
function parseOutputFile(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const pattern = /^([^\n<]+)<<(\S+)\n([\s\S]*?)\n?\2\n/gm;
  for (const m of text.matchAll(pattern)) outputs[m[1]!] = m[3]!;
  return outputs;
}

/** Run the bundle as the runner would, with `inputs` as INPUT_* variables. */
function runBundle(
  fixture: RepoFixture,
  inputs: Record<string, string>,
  options: Parameters<typeof runnerEnv>[1] = {},
): Promise<BundleRun> {
  const outputFile = join(fixture.root, `output-${cleanups.length}-${Date.now()}.txt`);
  const summaryFile = join(fixture.root, `summary-${cleanups.length}-${Date.now()}.md`);
  writeFileSync(outputFile, "");
  writeFileSync(summaryFile, "");
  const env: NodeJS.ProcessEnv = {
    ...runnerEnv(fixture, options),
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    RUNNER_DEBUG: "",
    ACTIONS_STEP_DEBUG: "",
  };
  for (const key of Object.keys(env)) if (key.startsWith("INPUT_")) delete env[key];
  for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name.toUpperCase()}`] = value;
  return new Promise((done) => {
    execFile(
      process.execPath,
      [bundle],
      { cwd: fixture.work, env, encoding: "utf8" },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === "number" ? error.code : -1) : 0;
        done({
          exitCode: code,
          stdout,
          stderr,
          outputs: parseOutputFile(readFileSync(outputFile, "utf8")),
          outputFile: readFileSync(outputFile, "utf8"),
          summary: readFileSync(summaryFile, "utf8"),
        });
      },
    );
  });
}

/** `::error file=…,line=…::message` workflow commands, decoded. */
function annotations(stdout: string, level: string) {
  const decode = (s: string) =>
    s.replace(/%2C/g, ",").replace(/%3A/g, ":").replace(/%0A/g, "\n").replace(/%25/g, "%");
  return [...stdout.matchAll(new RegExp(`^::${level} ([^:]*)::(.*)$`, "gm"))].map((m) => {
    const props = Object.fromEntries(
      m[1]!.split(",").map((kv) => {
        const eq = kv.indexOf("=");
        return [kv.slice(0, eq), decode(kv.slice(eq + 1))];
      }),
    );
    return { props, message: decode(m[2]!) };
  });
}

describe.runIf(ready)("dist/action.js", () => {
  it("check on examples/demo annotates exact positions, writes outputs, report and summary, and fails", async () => {
    const fixture = demoRepo();
    const run = await runBundle(fixture, { mode: "check" });
    expect(run.exitCode).toBe(1);
    const errors = annotations(run.stdout, "error").filter((a) => a.props.file);
    expect(errors.length).toBeGreaterThan(0);
    expect(errors.length).toBeLessThanOrEqual(10);
    const report = JSON.parse(readFileSync(run.outputs.report!, "utf8"));
    expect(report.version).toBe(1);
    for (const { props, message } of errors) {
      // the annotation covers the scalar it talks about: the reference (or, for a kustomization
      // `images:` entry, its name), without the quotes
      const line = readFileSync(join(fixture.work, props.file!), "utf8").split(/\r?\n/)[
        Number(props.line) - 1
      ]!;
      const covered = line.slice(Number(props.col) - 1, Number(props.endColumn) - 1);
      const finding = report.findings.find(
        (f: { file: string; line: number }) => f.file === props.file && f.line === Number(props.line),
      );
      expect(finding, `${props.file}:${props.line}`).toBeDefined();
      expect(message).toBe(finding.message);
      expect(props.title).toBe("mirrorize: Image not from a mirror");
      const unquoted = covered.replace(/^["']|["']$/g, "");
      expect(unquoted.length).toBeGreaterThan(0);
      expect(finding.from.startsWith(unquoted), `${unquoted} in ${finding.from}`).toBe(true);
    }
    const rewrites = report.findings.filter(
      (f: { kind: string; severity: string }) => f.kind === "rewrite" && f.severity === "error",
    );
    expect(run.outputs).toMatchObject({
      changed: "true",
      "rewrites-count": String(rewrites.length),
      "pull-request-operation": "none",
      "commit-sha": "",
    });
    expect(JSON.parse(run.outputs["changed-files"]!).length).toBeGreaterThan(0);
    expect(readFileSync(run.outputs.patch!, "utf8")).toMatch(/^\+\s+image: .*daocloud/m);
    expect(run.summary).toContain(`## mirrorize: ${rewrites.length} image references need a mirror`);
    expect(run.summary).toContain("### By source registry");
    expect(run.summary).toContain("<details><summary>Unified diff");
    expect(run.stdout).toMatch(/^::error::\d+ image references? needs? a mirror; see the annotations/m);
    expect(fixture.git(["status", "--porcelain"])).toBe("");
  });

  it("transform rewrites the demo in place; a second check is clean and a second transform changes nothing", async () => {
    const fixture = demoRepo();
    const transform = await runBundle(fixture, { mode: "transform" });
    expect(transform.exitCode, transform.stdout).toBe(0);
    expect(transform.outputs.changed).toBe("true");
    const changed = JSON.parse(transform.outputs["changed-files"]!) as string[];
    expect(fixture.git(["diff", "--name-only"]).split("\n")).toEqual(changed);
    const check = await runBundle(fixture, { mode: "check" });
    expect(check.exitCode, check.stdout).toBe(0);
    expect(check.outputs).toMatchObject({ changed: "false", "findings-count": "0" });
    const again = await runBundle(fixture, { mode: "transform" });
    expect(again.outputs.changed).toBe("false");
  });

  it("dry-run transform writes nothing and says what it would do", async () => {
    const fixture = demoRepo();
    const run = await runBundle(fixture, { mode: "transform", "dry-run": "true" });
    expect(run.exitCode).toBe(0);
    expect(run.stdout).toMatch(/^DRY RUN: would update \d+ files$/m);
    expect(run.outputs.changed).toBe("true");
    expect(fixture.git(["status", "--porcelain"])).toBe("");
  });

  it("commit pushes a fix-up commit to origin and leaves no token anywhere", async () => {
    const fixture = demoRepo();
    const run = await runBundle(fixture, { mode: "commit", token: TOKEN, "commit-message": "Mirror images" });
    expect(run.exitCode, run.stdout).toBe(0);
    const head = gitIn(fixture.origin, ["rev-parse", "main"]);
    expect(run.outputs["commit-sha"]).toBe(head);
    expect(gitIn(fixture.origin, ["log", "-1", "--format=%s|%cn", "main"])).toBe(
      "Mirror images|github-actions[bot]",
    );
    expect(run.stdout).toContain(`::add-mask::${TOKEN}`);
    const leaks = [
      readFileSync(join(fixture.work, ".git", "config"), "utf8"),
      run.stdout.replace(`::add-mask::${TOKEN}`, ""),
      run.stderr,
      run.outputFile,
      run.summary,
      readFileSync(run.outputs.report!, "utf8"),
    ];
    for (const text of leaks) expect(text).not.toContain(TOKEN);
    const second = await runBundle(fixture, { mode: "commit", token: TOKEN });
    expect(second.outputs).toMatchObject({ changed: "false", "commit-sha": "" });
    expect(gitIn(fixture.origin, ["rev-parse", "main"])).toBe(head);
  });

  it("commit on a fork pull request falls back to check with a notice", async () => {
    const fixture = demoRepo();
    const run = await runBundle(
      fixture,
      { mode: "commit", token: TOKEN },
      {
        event: { name: "pull_request", payload: forkPullRequestPayload() },
      },
    );
    expect(run.exitCode).toBe(1);
    expect(run.stdout).toMatch(/^::notice::Pull request #2 comes from the fork contributor\/Hello-World/m);
    expect(run.outputs["commit-sha"]).toBe("");
    gitIn(fixture.work, ["apply", "--check", run.outputs.patch!]);
  });

  it("pull-request creates the pull request, then reports none on a re-run", async () => {
    const fixture = demoRepo();
    const api = await startGitHubStub({ owner: OWNER, repo: REPO, originDir: fixture.origin, token: TOKEN });
    cleanups.push(() => api.close());
    const inputs = { mode: "pull-request", token: TOKEN, labels: "mirrors" };
    const event = { name: "push", payload: webhookPayload("push") };
    const first = await runBundle(fixture, inputs, { apiUrl: api.url, event });
    expect(first.exitCode, first.stdout).toBe(0);
    expect(first.outputs).toMatchObject({
      "pull-request-operation": "created",
      "pull-request-number": "1",
      "pull-request-branch": "mirrorize/main",
    });
    expect(gitIn(fixture.origin, ["rev-parse", "mirrorize/main^"])).toBe(
      gitIn(fixture.origin, ["rev-parse", "main"]),
    );
    const second = await runBundle(fixture, inputs, { apiUrl: api.url, event });
    expect(second.outputs["pull-request-operation"]).toBe("none");
    expect(api.writes().map((r) => r.operationId)).toEqual(["pulls/create", "issues/add-labels"]);
    expect(api.problems).toEqual([]);
    expect(readFileSync(join(fixture.work, ".git", "config"), "utf8")).not.toContain(TOKEN);
  });

  it("online verification never hands the action's token to a registry a config names", async () => {
    const authorizations: (string | undefined)[] = [];
    const registry = createServer((req, res) => {
      authorizations.push(req.headers.authorization);
      res.writeHead(404, { "content-type": "application/json" });
      res.end('{"errors":[{"code":"MANIFEST_UNKNOWN","message":"manifest unknown"}]}');
    });
    await new Promise<void>((done) => registry.listen(0, "127.0.0.1", done));
    cleanups.push(() => new Promise<void>((done) => registry.close(() => done())));
    const host = `127.0.0.1:${(registry.address() as AddressInfo).port}`;
    const fixture = createRepo({
      "deploy/web.yaml":
        "apiVersion: v1\nkind: Pod\nspec:\n  containers:\n    - name: web\n      image: nginx:1.25\n",
    });
    cleanups.push(fixture.cleanup);
    const config = (variable: string) =>
      [
        "apiVersion: mirrorize.dev/v1alpha1",
        "kind: MirrorizeConfig",
        "rules:",
        "  - match: docker.io",
        `    mirror: ${host}/hub`,
        "verify: exists",
        "registries:",
        "  credentials:",
        `    "${host}":`,
        `      tokenEnv: ${variable}`,
        "",
      ].join("\n");

    // a variable the workflow gives the step for the registry is used ...
    writeFileSync(join(fixture.work, ".mirrorize.yaml"), config("MIRRORIZE_MIRROR_TOKEN"));
    const allowed = await runBundle(
      fixture,
      { mode: "check" },
      { env: { MIRRORIZE_MIRROR_TOKEN: "registry-secret" } },
    );
    expect(allowed.exitCode).toBe(1);
    expect(authorizations).toContain("Bearer registry-secret");

    // ... the action's own token (INPUT_TOKEN) and the runner's tokens cannot even be named: a config
    // from a pull request may only read variables prefixed MIRRORIZE_.
    authorizations.length = 0;
    writeFileSync(join(fixture.work, ".mirrorize.yaml"), config("INPUT_TOKEN"));
    const refused = await runBundle(
      fixture,
      { mode: "check", token: TOKEN },
      { env: { GITHUB_TOKEN: TOKEN } },
    );
    expect(refused.exitCode).toBe(1);
    expect(refused.stdout).toMatch(/tokenEnv must name an environment variable that starts with MIRRORIZE_/);
    expect(authorizations).toEqual([]);
    expect(refused.stdout.replace(/^::add-mask::.*$/gm, "")).not.toContain(TOKEN);
  });

  it("a bad input value fails with one sentence, no stack", async () => {
    const fixture = demoRepo();
    const run = await runBundle(fixture, { mode: "fixx" });
    expect(run.exitCode).toBe(1);
    expect(run.stdout).toContain(
      "::error::Invalid 'mode' value 'fixx'. Expected one of: check, commit, pull-request, transform, merge, sync, export.",
    );
    expect(run.stdout).not.toMatch(/^\s+at /m);
    expect(run.outputs["pull-request-operation"]).toBe("none");
  });

  it("a config error names the file and fails without a stack", async () => {
    const fixture = demoRepo();
    writeFileSync(
      join(fixture.work, "bad.yaml"),
      "apiVersion: mirrorize.dev/v1alpha1\nkind: MirrorizeConfig\nrulez: []\n",
    );
    const run = await runBundle(fixture, { config: "bad.yaml" });
    expect(run.exitCode).toBe(1);
    expect(run.stdout).toMatch(/^::error::.*bad\.yaml.*$/m);
    expect(run.stdout).not.toMatch(/^\s+at /m);
    rmSync(join(fixture.work, "bad.yaml"));
  });
});
