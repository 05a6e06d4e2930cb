import { spawnSync } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { VERSION } from "../../src/cli/version.js";
import { runBundled, runCli } from "../helpers/cli.js";
import { repoRoot } from "../helpers/shared.js";
import { snapshot, tempCopy, tempDir } from "../helpers/tree.js";

const demo = join(repoRoot, "examples/demo");
const cleanups: (() => void)[] = [];
afterEach(() => {
  while (cleanups.length) cleanups.pop()!();
});
function copyDemo(): string {
  const t = tempCopy(demo);
  cleanups.push(t.cleanup);
  return t.dir;
}

describe("cli basics", () => {
  it("prints the version and help", async () => {
    expect((await runCli(["--version"], repoRoot)).stdout.trim()).toBe(VERSION);
    const pkg = JSON.parse(readFileSync(join(repoRoot, "package.json"), "utf8"));
    expect(VERSION).toBe(pkg.version);
    const help = await runCli(["--help"], repoRoot);
    expect(help.code).toBe(0);
    for (const c of ["check", "fix", "diff", "list", "resolve", "presets"]) expect(help.stdout).toContain(c);
    const checkHelp = await runCli(["check", "--help"], repoRoot);
    expect(checkHelp.code).toBe(0);
    expect(checkHelp.stdout).toContain("--format");
  });

  it.each([
    [["nope"], /unknown command 'nope'/],
    [["check", "--bogus"], /Unknown option '--bogus'/],
    [
      ["check", "--format", "xml", "."],
      /--format must be one of text, json, sarif, github for check \(got "xml"\)/,
    ],
    [["check", "--preset", "nosuch", "."], /nosuch/],
  ])("usage errors exit 2 with one sentence: %j", async (args, message) => {
    const r = await runCli(args, demo);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stderr).not.toMatch(/\n\s+at /); // no stack trace
  });

  it("a bad config file exits 2 naming the file, line and key", async () => {
    const dir = copyDemo();
    writeFileSync(
      join(dir, ".mirrorize.yaml"),
      "rules:\n  - match: quay.io\n    mirror: quay.example.com\n    strategy: flaten\n",
    );
    const r = await runCli(["check", "."], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/\.mirrorize\.yaml:4/);
    expect(r.stderr).toMatch(/strategy/);
  });
});

describe("check / fix / diff / list on examples/demo", () => {
  it("check exits 1 with file:line:col findings, and 0 after fix", async () => {
    const dir = copyDemo();
    const check = await runCli(["check", "."], dir);
    expect(check.code).toBe(1);
    expect(check.stdout).toContain(
      "apps/web/kustomization.yaml:6:11 error nginx:1.25.4 is not pulled through a mirror; use docker.m.daocloud.io/library/nginx:1.25.4.",
    );
    // The deployment's nginx:1.25.3 is set by that images entry: the mirror goes there, not here.
    expect(check.stdout).not.toContain("apps/web/deployment.yaml:24:");
    expect(check.stdout).toMatch(
      /7 files scanned, 11 references found, 9 to rewrite, 0 problems \(\d+\.\d\ds\)\n$/,
    );
    const fix = await runCli(["fix", "."], dir);
    expect(fix.code).toBe(0);
    const after = snapshot(dir);
    expect((await runCli(["check", "."], dir)).code).toBe(0);
    await runCli(["fix", "."], dir);
    expect(snapshot(dir)).toEqual(after); // idempotent
  });

  it("diff prints a patch that git apply turns into what fix writes", async () => {
    const dir = copyDemo();
    const fixed = copyDemo();
    const diff = await runCli(["diff", "."], dir);
    expect(diff.code).toBe(0);
    expect(diff.stdout).toMatch(/^--- a\/apps\//m);
    expect(diff.stderr).toMatch(/to rewrite/);
    const before = snapshot(dir);
    await runCli(["fix", "."], fixed);
    const patch = join(dir, "..", `${Date.now()}.patch`);
    writeFileSync(patch, diff.stdout);
    const applied = spawnSync("git", ["apply", "-p1", patch], { cwd: dir, encoding: "utf8" });
    expect(applied.stderr).toBe("");
    expect(snapshot(dir)).toEqual(snapshot(fixed));
    expect(snapshot(dir)).not.toEqual(before);
  });

  it("check --format json follows the report contract", async () => {
    const r = await runCli(["check", "--format", "json", "."], demo);
    const report = JSON.parse(r.stdout);
    expect(report.version).toBe(1);
    expect(Object.keys(report.summary).sort()).toEqual(
      [
        "elapsedMs",
        "errors",
        "files",
        "filesChanged",
        "ignored",
        "problems",
        "references",
        "rewrites",
        "warnings",
      ].sort(),
    );
    const f = report.findings.find((x: { from?: string }) => x.from === "registry.k8s.io/etcd:3.5.10-0");
    expect(f).toMatchObject({
      file: "platform/cronjob.yaml",
      line: 15,
      column: 22,
      endLine: 15,
      endColumn: 51,
      field: "spec.jobTemplate.spec.template.spec.containers[0].image",
      kind: "rewrite",
      severity: "error",
      to: "k8s.m.daocloud.io/etcd:3.5.10-0",
    });
  });

  it("check --format github prints workflow commands", async () => {
    const r = await runCli(["check", "--format", "github", "."], demo);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(
      "::error file=platform/cronjob.yaml,line=15,col=22,endLine=15,endColumn=51,title=mirrorize%3A rewrite::registry.k8s.io/etcd:3.5.10-0 is not pulled through a mirror",
    );
  });

  it("list prints every reference with its resolution as json and csv", async () => {
    const json = JSON.parse((await runCli(["list", "--format", "json", "."], demo)).stdout);
    const own = json.images.find((i: { from: string }) => i.from.startsWith("registry.example.com:5000"));
    expect(own).toMatchObject({ kind: "no-rule", to: "" });
    const csv = (await runCli(["list", "--format", "csv", "."], demo)).stdout.split("\n");
    expect(csv[0]).toBe("file,line,column,field,kind,from,to,rule");
    expect(csv).toContain(
      "platform/cronjob.yaml,18,22,spec.jobTemplate.spec.template.spec.containers[1].image,no-rule,registry.example.com:5000/platform/defrag-notifier:2.3.1,,",
    );
  });
});

describe("bad input never stops the other files", () => {
  it("reports each bad file once and still fixes the good ones", async () => {
    const { dir, cleanup } = tempDir();
    cleanups.push(cleanup);
    const good =
      "apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  containers:\n    - {name: a, image: nginx:1.25}\n";
    const files: Record<string, string | Buffer> = {
      "good.yaml": good,
      "broken.yaml": `${good}  bad: [\n`,
      "dupkeys.yaml": good.replace("kind: Pod\n", "kind: Pod\nkind: Pod\n"),
      "tabs.yaml": good.replace("    - {name", "\t- {name"),
      "binary.yaml": Buffer.from([0x61, 0x3a, 0x00, 0x01, 0x02, 0x69, 0x6d, 0x61, 0x67, 0x65]),
      "latin1.yaml": Buffer.concat([Buffer.from("image: caf"), Buffer.from([0xe9]), Buffer.from("\n")]),
      "empty.yaml": "",
    };
    for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
    mkdirSync(join(dir, "x.yaml"));
    const before = snapshot(dir);
    const r = await runCli(["fix", "--format", "json", "."], dir);
    expect(r.code).toBe(1);
    const report = JSON.parse(r.stdout);
    const byFile = (f: string) => report.findings.filter((x: { file: string }) => x.file === f);
    expect(byFile("broken.yaml").map((x: { kind: string }) => x.kind)).toContain("parse-error");
    expect(byFile("dupkeys.yaml")[0]).toMatchObject({ kind: "parse-error", line: 3 });
    expect(byFile("tabs.yaml").map((x: { kind: string }) => x.kind)).toContain("parse-error");
    expect(byFile("binary.yaml")[0]).toMatchObject({
      kind: "file-error",
      message: expect.stringMatching(/NUL bytes/),
    });
    expect(byFile("latin1.yaml")[0]).toMatchObject({
      kind: "file-error",
      message: expect.stringMatching(/not valid UTF-8/),
    });
    expect(byFile("empty.yaml")).toEqual([]);
    const after = snapshot(dir);
    for (const name of Object.keys(files)) {
      if (name === "good.yaml")
        expect(after.get(name)!.toString()).toContain("docker.m.daocloud.io/library/nginx:1.25");
      else expect(after.get(name)).toEqual(before.get(name)); // untouched, byte for byte
    }
    expect([...after.keys()].sort()).toEqual([...before.keys()].sort()); // no temp files left
  });
});

describe("the bundle", () => {
  it("dist/cli.js runs the demo check with plain node", () => {
    const r = runBundled(["check", "examples/demo"], repoRoot);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(
      "examples/demo/platform/cronjob.yaml:15:22 error registry.k8s.io/etcd:3.5.10-0",
    );
  });
});
