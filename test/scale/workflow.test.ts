/**
 * The sharded workflow of the README, run locally with the BUILT action (dist/action.js) the way a
 * runner runs it: one process per matrix shard with its `with:` inputs as INPUT_* variables, the
 * artifact hand-over (upload the `report` output, download every `mirrorize-shard-*` artifact into
 * `shards/<name>/`), then the merge job. Its verdict must be exactly that of one full `check`.
 */
import { execFile } from "node:child_process";
import { copyFileSync, cpSync, existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { basename, join, resolve } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { createRepo, type RepoFixture } from "../action/git-fixture.js";
import { runnerEnv, webhookPayload } from "../action/harness.js";
import { repoRoot, requirePrerequisite } from "../helpers/shared.js";

const bundle = resolve(repoRoot, process.env.MIRRORIZE_ACTION_BUNDLE ?? "dist/action.js");
const ready = requirePrerequisite(existsSync(bundle), `the action bundle ${bundle} (npm run build)`);

const cleanups: (() => void)[] = [];
afterEach(() => {
  for (const c of cleanups.splice(0)) c();
});

interface Step {
  uses?: string;
  id?: string;
  with?: Record<string, string | number | boolean>;
}
interface Workflow {
  jobs: Record<string, { strategy?: { matrix: { shard: number[] } }; steps: Step[] }>;
}

/** The workflow between the `sharded-workflow` markers of the README. */
function readmeWorkflow(): Workflow {
  const readme = readFileSync(join(repoRoot, "README.md"), "utf8");
  const m = /<!-- sharded-workflow -->\n```yaml\n([\s\S]*?)```\n<!-- \/sharded-workflow -->/.exec(readme);
  if (!m) throw new Error("README.md has no sharded-workflow block");
  return parse(m[1]!) as Workflow;
}

interface Run {
  exitCode: number;
  stdout: string;
  outputs: Record<string, string>;
  summary: string;
}

let runs = 0;
/** Run the action bundle as a runner does, with `inputs` as INPUT_* variables. */
function runAction(
  fixture: RepoFixture,
  inputs: Record<string, string>,
  options: Parameters<typeof runnerEnv>[1] = {},
): Promise<Run> {
  const n = runs++;
  const outputFile = join(fixture.root, `output-${n}.txt`);
  const summaryFile = join(fixture.root, `summary-${n}.md`);
  writeFileSync(outputFile, "");
  writeFileSync(summaryFile, "");
  const env: NodeJS.ProcessEnv = {
    ...runnerEnv(fixture, options),
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
  };
  for (const key of Object.keys(env)) if (key.startsWith("INPUT_")) delete env[key];
  for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name.toUpperCase()}`] = value;
  return new Promise((done) => {
    execFile(process.execPath, [bundle], { cwd: fixture.work, env, encoding: "utf8" }, (error, stdout) => {
      const outputs: Record<string, string> = {};
      for (const m of readFileSync(outputFile, "utf8").matchAll(/^([^\n<]+)<<(\S+)\n([\s\S]*?)\n?\2\n/gm))
        outputs[m[1]!] = m[3]!;
      done({
        exitCode: error ? (typeof error.code === "number" ? error.code : -1) : 0,
        stdout,
        outputs,
        summary: readFileSync(summaryFile, "utf8"),
      });
    });
  });
}

/** A step's `with:` as action inputs, `${{ matrix.shard }}` substituted. */
function inputsOf(step: Step, shard?: number): Record<string, string> {
  return Object.fromEntries(
    Object.entries(step.with ?? {}).map(([k, v]) => [
      k,
      String(v).replace(/\$\{\{\s*matrix\.shard\s*\}\}/g, String(shard)),
    ]),
  );
}

const errorsOf = (stdout: string) =>
  [...stdout.matchAll(/^::error (file=[^:]*)::(.*)$/gm)].map((m) => `${m[1]} ${m[2]}`).sort();

describe.runIf(ready)("the README's sharded workflow, run locally", () => {
  function demoRepo(): RepoFixture {
    const fixture = createRepo({ "README.md": "# demo\n" });
    cleanups.push(fixture.cleanup);
    cpSync(join(repoRoot, "examples", "demo"), fixture.work, { recursive: true });
    for (let i = 0; i < 24; i++)
      writeFileSync(
        join(fixture.work, `svc-${i}.yaml`),
        `apiVersion: v1\nkind: Pod\nmetadata:\n  name: p${i}\nspec:\n  containers:\n    - name: c\n      image: quay.io/team/svc-${i}:1.0\n`,
      );
    fixture.git(["add", "--all"]);
    fixture.git(["commit", "--quiet", "-m", "demo"]);
    return fixture;
  }

  /** Run the shard jobs and hand their reports over as artifacts; the merge job's run. */
  async function runWorkflow(fixture: RepoFixture, drop?: number): Promise<{ merge: Run; shards: Run[] }> {
    const wf = readmeWorkflow();
    const shardJob = wf.jobs.shard!;
    const action = shardJob.steps.find((s) => s.uses?.startsWith("mirrorize/"))!;
    const upload = shardJob.steps.find((s) => s.uses?.startsWith("actions/upload-artifact"))!;
    const mergeJob = wf.jobs.merge!;
    const download = mergeJob.steps.find((s) => s.uses?.startsWith("actions/download-artifact"))!;
    const mergeStep = mergeJob.steps.find((s) => s.uses?.startsWith("mirrorize/"))!;
    const shards: Run[] = [];
    const artifacts = join(fixture.root, "artifacts");
    for (const shard of shardJob.strategy!.matrix.shard) {
      const run = await runAction(fixture, inputsOf(action, shard));
      shards.push(run);
      if (shard === drop) continue; // that job died before its upload
      // actions/upload-artifact: `path: ${{ steps.<id>.outputs.report }}`, one file at the artifact's root.
      expect(String(upload.with!.path)).toBe(`\${{ steps.${action.id}.outputs.report }}`);
      const name = inputsOf(upload, shard).name!;
      mkdirSync(join(artifacts, name), { recursive: true });
      copyFileSync(run.outputs.report!, join(artifacts, name, basename(run.outputs.report!)));
    }
    // actions/download-artifact with `pattern`: each artifact in its own folder under `path`.
    const into = join(fixture.work, String(download.with!.path));
    const pattern = new RegExp(`^${String(download.with!.pattern).replace("*", ".*")}$`);
    for (const name of shards.map((_, i) => inputsOf(upload, i + 1).name!))
      if (pattern.test(name) && existsSync(join(artifacts, name)))
        cpSync(join(artifacts, name), join(into, name), { recursive: true });
    const merge = await runAction(fixture, inputsOf(mergeStep));
    return { merge, shards };
  }

  it("the merge job reports and fails exactly as one full check does", async () => {
    const fixture = demoRepo();
    const full = await runAction(fixture, { mode: "check" });
    expect(full.exitCode).toBe(1);
    const { merge, shards } = await runWorkflow(fixture);
    for (const s of shards) {
      // The shards are quiet and green: the merge job is the gate.
      expect(s.exitCode).toBe(0);
      expect(errorsOf(s.stdout)).toEqual([]);
      expect(s.summary).toBe("");
    }
    const scanned = shards.map(
      (s) => JSON.parse(readFileSync(s.outputs.report!, "utf8")).scope.scanned as number,
    );
    expect(scanned.every((n) => n > 0)).toBe(true);
    expect(merge.exitCode).toBe(1);
    const fullReport = JSON.parse(readFileSync(full.outputs.report!, "utf8"));
    const mergedReport = JSON.parse(readFileSync(merge.outputs.report!, "utf8"));
    expect(mergedReport.findings).toEqual(fullReport.findings);
    expect(scanned.reduce((a, b) => a + b, 0)).toBe(fullReport.summary.files);
    expect(merge.outputs["findings-count"]).toBe(full.outputs["findings-count"]);
    expect(merge.outputs["rewrites-count"]).toBe(full.outputs["rewrites-count"]);
    // GitHub shows at most 10 annotations per level: both show the same first ten.
    expect(errorsOf(merge.stdout)).toEqual(errorsOf(full.stdout));
    expect(merge.summary).toMatch(/Merged the reports of 4 shards\./);
    expect(merge.summary).toContain(
      `## mirrorize: ${fullReport.summary.rewrites} image references need a mirror`,
    );
  });

  it("a shard whose report never arrived fails the merge, naming it", async () => {
    const fixture = demoRepo();
    const { merge } = await runWorkflow(fixture, 3);
    expect(merge.exitCode).toBe(1);
    expect(merge.stdout).toContain(
      "::error::Cannot merge the reports: shard 3/4 is missing, so files would go unchecked; pass the reports of all 4 shards.",
    );
  });
});

describe.runIf(ready)("changed-since: auto on a pull request", () => {
  const pod = (image: string) =>
    `apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  containers:\n    - name: c\n      image: ${image}\n`;

  /** origin/main with three files; a pull request branch changing one; a depth-1 checkout of it. */
  function pullRequest(): { fixture: RepoFixture; shallow: RepoFixture; baseSha: string } {
    const fixture = createRepo({
      "a.yaml": pod("nginx:1.25"),
      "b.yaml": pod("redis:7"),
      "c.yaml": pod("busybox:1"),
    });
    cleanups.push(fixture.cleanup);
    const baseSha = fixture.git(["rev-parse", "HEAD"]);
    fixture.git(["checkout", "--quiet", "-b", "feature"]);
    fixture.write({ "b.yaml": pod("redis:7.2") });
    fixture.git(["commit", "--quiet", "-am", "bump redis"]);
    fixture.git(["push", "--quiet", "origin", "feature"]);
    const work = join(fixture.root, "shallow");
    fixture.git(
      ["clone", "--quiet", "--depth=1", "--branch", "feature", `file://${fixture.origin}`, work],
      fixture.root,
    );
    expect(fixture.git(["rev-parse", "--is-shallow-repository"], work)).toBe("true");
    return { fixture, shallow: { ...fixture, work }, baseSha };
  }

  function event(baseSha: string) {
    const payload = webhookPayload("pull_request", "opened") as { pull_request: { base: { sha: string } } };
    payload.pull_request.base.sha = baseSha;
    return { name: "pull_request", payload: payload as unknown as Record<string, unknown> };
  }

  it("scans what the pull request changed, fetching the base commit into a shallow checkout", async () => {
    const { shallow, baseSha } = pullRequest();
    const run = await runAction(shallow, { mode: "check" }, { event: event(baseSha) });
    expect(run.exitCode).toBe(1);
    const report = JSON.parse(readFileSync(run.outputs.report!, "utf8"));
    expect(report.findings.map((f: { file: string }) => f.file)).toEqual(["b.yaml"]);
    expect(report.scope).toMatchObject({ total: 3, scanned: 1, changedSince: { ref: baseSha, changed: 1 } });
    expect(run.summary).toContain(`Scanned 1 of 3 files: those changed since \`${baseSha.slice(0, 12)}\``);
    expect(run.stdout).toMatch(/Scanned 1 file of 3 \(changed since [0-9a-f]{12}\)/);
    // changed-since: off, and push events, scan everything.
    const off = await runAction(
      shallow,
      { mode: "check", "changed-since": "off" },
      { event: event(baseSha) },
    );
    expect(JSON.parse(readFileSync(off.outputs.report!, "utf8")).summary.files).toBe(3);
    const push = await runAction(shallow, { mode: "check" });
    expect(JSON.parse(readFileSync(push.outputs.report!, "utf8")).scope).toBeUndefined();
  });

  it("without the base commit it says so and scans every file", async () => {
    const { shallow } = pullRequest();
    const unknown = "0123456789abcdef0123456789abcdef01234567";
    const run = await runAction(shallow, { mode: "check" }, { event: event(unknown) });
    expect(run.stdout).toContain(
      "::notice::The pull request's base commit 0123456789ab could not be fetched, so every file is scanned; check out with 'fetch-depth: 0' or set 'changed-since: off' to silence this.",
    );
    const report = JSON.parse(readFileSync(run.outputs.report!, "utf8"));
    expect(report.summary.files).toBe(3);
    expect(report.scope).toBeUndefined();
  });

  it.each([
    [{ shard: "0/4" }, "Invalid 'shard' value '0/4'. Expected I/N with 1 ≤ I ≤ N, such as 2/4."],
    [
      { "changed-since": "--output=/x" },
      "Invalid 'changed-since' value '--output=/x'. Expected auto, off, or a git revision (a branch, tag or commit SHA).",
    ],
    [
      { mode: "merge" },
      "The 'reports' input is empty; merge mode needs the shards' JSON reports, e.g. 'reports: shards/*.json'.",
    ],
    [
      { mode: "merge", reports: "../x/*.json" },
      "Invalid 'reports' value '../x/*.json'. Expected a path inside the workspace (relative to the repository root).",
    ],
    [
      { mode: "merge", reports: "none/*.json" },
      "No file matches the 'reports' input (none/*.json); download the shards' reports first.",
    ],
  ])("refuses %j with one sentence", async (inputs, message) => {
    const { shallow } = pullRequest();
    const run = await runAction(shallow, { mode: "check", ...inputs });
    expect(run.exitCode).toBe(1);
    expect(run.stdout).toContain(`::error::${message}`);
  });
});
