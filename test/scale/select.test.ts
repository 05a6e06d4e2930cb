/**
 * `--changed-since` and `--shard`: which files a partial scan takes, that the shards of a tree add up
 * to one full run (merged by `mirrorize merge`, collisions across shards included), and that a change
 * selects the files whose meaning it changes.
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { loadSettings } from "../../src/config/index.js";
import { parseShard, scan, shardOf } from "../../src/engine/index.js";
import { kustomizeContextEntries } from "../../src/engine/select.js";
import type { WalkEntry } from "../../src/engine/walk.js";
import { runCli } from "../helpers/cli.js";
import { repoRoot } from "../helpers/shared.js";
import { tempCopy, tempDir } from "../helpers/tree.js";

const cleanups: (() => void)[] = [];
afterEach(() => {
  for (const c of cleanups.splice(0)) c();
});

function tree(files: Record<string, string>): string {
  const { dir, cleanup } = tempDir();
  cleanups.push(cleanup);
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

function git(dir: string, ...args: string[]): string {
  return execFileSync("git", args, {
    cwd: dir,
    encoding: "utf8",
    env: {
      ...process.env,
      GIT_AUTHOR_NAME: "t",
      GIT_AUTHOR_EMAIL: "t@example.com",
      GIT_COMMITTER_NAME: "t",
      GIT_COMMITTER_EMAIL: "t@example.com",
    },
  });
}

function commitAll(dir: string, message = "base"): string {
  git(dir, "add", "-A");
  git(dir, "commit", "-q", "-m", message);
  return git(dir, "rev-parse", "HEAD").trim();
}

function repo(files: Record<string, string>): { dir: string; base: string } {
  const dir = tree(files);
  git(dir, "init", "-q", "-b", "main");
  return { dir, base: commitAll(dir) };
}

const pod = (image: string) =>
  `apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  containers:\n    - name: c\n      image: ${image}\n`;

/** The files a scan takes (every file it plans, with or without findings) and its scope. */
async function listed(dir: string, ...args: string[]): Promise<{ files: string[]; scope: unknown }> {
  const since = args[args.indexOf("--changed-since") + 1];
  const settings = await loadSettings({ cwd: dir, paths: ["."] });
  const result = await scan({
    cwd: dir,
    paths: ["."],
    settings,
    write: false,
    select: { changedSince: since },
  });
  return { files: result.files.map((f) => f.file).sort(), scope: result.scope };
}

describe("--shard I/N", () => {
  it.each([
    ["1/1", { index: 1, count: 1 }],
    ["2/4", { index: 2, count: 4 }],
    [" 4/4 ", { index: 4, count: 4 }],
  ])("parses %j", (text, want) => {
    expect(parseShard(text)).toEqual(want);
  });

  it.each(["0/4", "5/4", "1/0", "a/b", "1", "1/2/3", "-1/2", ""])("refuses %j", (text) => {
    expect(parseShard(text)).toMatch(/^expected I\/N with 1 ≤ I ≤ N, such as 2\/4 \(got /);
  });

  it("puts each file in one shard for good: adding files moves none, and shares are even", () => {
    const files = Array.from({ length: 4000 }, (_, i) => `apps/team-${i % 37}/svc-${i}/deployment.yaml`);
    const before = new Map(files.map((f) => [f, shardOf(f, 4)]));
    const more = [...files, ...Array.from({ length: 1000 }, (_, i) => `new/${i}.yaml`)];
    for (const f of files) expect(shardOf(f, 4)).toBe(before.get(f));
    const counts = [0, 0, 0, 0];
    for (const f of more) counts[shardOf(f, 4) - 1]!++;
    for (const n of counts) expect(Math.abs(n - more.length / 4)).toBeLessThan(more.length * 0.04);
  });

  it("shards of the demo and a generated tree add up to one full run, merged", async () => {
    const { dir, cleanup } = tempCopy(join(repoRoot, "examples", "demo"));
    cleanups.push(cleanup);
    for (let i = 0; i < 40; i++)
      writeFileSync(join(dir, `extra-${i}.yaml`), pod(`quay.io/team/app-${i}:1.${i}`));
    writeFileSync(join(dir, "broken.yaml"), "a: [\n");
    const full = await runCli(["check", "--format", "json"], dir);
    const out = tempDir();
    cleanups.push(out.cleanup);
    const reports: string[] = [];
    for (let i = 1; i <= 4; i++) {
      const r = await runCli(["check", "--format", "json", "--shard", `${i}/4`], dir);
      const file = join(out.dir, `shard-${i}.json`);
      writeFileSync(file, r.stdout);
      reports.push(file);
      const scope = (JSON.parse(r.stdout) as { scope: { shard: unknown; scanned: number; total: number } })
        .scope;
      expect(scope.shard).toEqual({ index: i, count: 4 });
      expect(scope.scanned).toBeGreaterThan(0);
      expect(scope.scanned).toBeLessThan(scope.total);
    }
    const merged = await runCli(["merge", "--format", "json", ...reports], dir);
    expect(merged.code).toBe(full.code);
    const a = JSON.parse(full.stdout) as { findings: unknown[]; summary: Record<string, number> };
    const b = JSON.parse(merged.stdout) as {
      findings: unknown[];
      summary: Record<string, number>;
      scope: unknown;
    };
    expect(b.findings).toEqual(a.findings);
    expect({ ...b.summary, elapsedMs: 0 }).toEqual({ ...a.summary, elapsedMs: 0 });
    expect(b.scope).toEqual({ total: a.summary.files, scanned: a.summary.files });
    // The text of a merge is the text of one run.
    const text = await runCli(["merge", ...reports], dir);
    expect(text.stdout).toMatch(new RegExp(`${a.summary.files} files scanned of ${a.summary.files}, `));
  });

  it("the merge decides a flatten collision between files of different shards", async () => {
    // Two different images that one flattening rule maps to one name, in files of different shards.
    const names = Array.from({ length: 50 }, (_, i) => `f${i}.yaml`);
    const first = names.find((n) => shardOf(n, 2) === 1)!;
    const second = names.find((n) => shardOf(n, 2) === 2)!;
    const dir = tree({
      ".mirrorize.yaml":
        "rules:\n  - match: quay.io\n    strategy: flatten\n    mirror: mirror.example.com/flat\n  - match: ghcr.io\n    strategy: flatten\n    mirror: mirror.example.com/flat\n",
      [first]: pod("quay.io/a/app:1"),
      [second]: pod("ghcr.io/b/app:1"),
    });
    const full = await runCli(["check", "--format", "json"], dir);
    const fullJson = JSON.parse(full.stdout) as { findings: { kind: string; message: string }[] };
    expect(fullJson.findings.map((f) => f.kind)).toEqual(["collision", "collision"]);
    const out = tempDir();
    cleanups.push(out.cleanup);
    const reports = [1, 2].map((i) => join(out.dir, `${i}.json`));
    for (const [i, file] of reports.entries()) {
      const r = await runCli(["check", "--format", "json", "--shard", `${i + 1}/2`], dir);
      // Each shard alone sees one image and no collision.
      expect((JSON.parse(r.stdout) as { findings: { kind: string }[] }).findings.map((f) => f.kind)).toEqual([
        "rewrite",
      ]);
      writeFileSync(file, r.stdout);
    }
    const merged = await runCli(["merge", "--format", "json", ...reports], dir);
    const mergedJson = JSON.parse(merged.stdout) as typeof fullJson & { summary: Record<string, number> };
    expect(mergedJson.findings).toEqual(fullJson.findings);
    expect(mergedJson.summary.rewrites).toBe(0);
    expect(mergedJson.summary.errors).toBe(2);
    expect(merged.code).toBe(1);
  });

  it("the SARIF of a shard has its own category", async () => {
    const dir = tree({ "a.yaml": pod("nginx:1") });
    const r = await runCli(["check", "--format", "sarif", "--shard", "1/1"], dir);
    const sarif = JSON.parse(r.stdout) as { runs: { automationDetails?: { id: string } }[] };
    expect(sarif.runs[0]!.automationDetails).toEqual({ id: "mirrorize/shard-1-of-1/" });
    const plain = JSON.parse((await runCli(["check", "--format", "sarif"], dir)).stdout) as typeof sarif;
    expect(plain.runs[0]!.automationDetails).toBeUndefined();
  });

  it.each([
    [["--shard", "5/4"], 'mirrorize check: --shard: expected I/N with 1 ≤ I ≤ N, such as 2/4 (got "5/4").'],
    [
      ["--changed-since", ""],
      "mirrorize check: --changed-since needs a git revision, such as origin/main or a commit SHA.",
    ],
  ])("refuses %j with one sentence and exit 2", async (args, message) => {
    const dir = tree({ "a.yaml": pod("nginx:1") });
    const r = await runCli(["check", ...args], dir);
    expect(r.code).toBe(2);
    expect(r.stderr.trim()).toBe(message);
  });
});

describe("mirrorize merge refuses what would hide files", () => {
  async function shardReports(count: number): Promise<{ dir: string; reports: string[] }> {
    const dir = tree(
      Object.fromEntries(Array.from({ length: 12 }, (_, i) => [`p${i}.yaml`, pod(`nginx:1.${i}`)])),
    );
    const out = tempDir();
    cleanups.push(out.cleanup);
    const reports: string[] = [];
    for (let i = 1; i <= count; i++) {
      const r = await runCli(["check", "--format", "json", "--shard", `${i}/${count}`], dir);
      const file = join(out.dir, `s${i}.json`);
      writeFileSync(file, r.stdout);
      reports.push(file);
    }
    return { dir, reports };
  }

  it("a missing shard", async () => {
    const { dir, reports } = await shardReports(3);
    const r = await runCli(["merge", reports[0]!, reports[2]!], dir);
    expect(r.code).toBe(2);
    expect(r.stderr.trim()).toBe(
      "mirrorize merge: shard 2/3 is missing, so files would go unchecked; pass the reports of all 3 shards.",
    );
  });

  it("a shard given twice, shards of different runs, a full report among shards, a file that is no report", async () => {
    const { dir, reports } = await shardReports(2);
    const twice = await runCli(["merge", reports[0]!, reports[0]!], dir);
    expect(twice.code).toBe(2);
    expect(twice.stderr).toMatch(/are both shard 1\/2; merge each shard once\.\n$/);
    const three = await shardReports(3);
    const mixed = await runCli(["merge", reports[0]!, three.reports[1]!], dir);
    expect(mixed.stderr).toMatch(/is shard 2\/3 but .* is one of 2; merge the shards of one run\.\n$/);
    const fullFile = join(dirname(reports[0]!), "full.json");
    writeFileSync(fullFile, (await runCli(["check", "--format", "json"], dir)).stdout);
    const withFull = await runCli(["merge", ...reports, fullFile], dir);
    expect(withFull.stderr).toMatch(
      /full\.json is not the report of a shard; merge only the reports of --shard runs\.\n$/,
    );
    const junk = join(dirname(reports[0]!), "junk.json");
    writeFileSync(junk, "{]");
    const bad = await runCli(["merge", junk], dir);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(
      /junk\.json is not a mirrorize JSON report \(not JSON\); pass the files written by --format json\.\n$/,
    );
  });
});

describe("--changed-since REF", () => {
  const kustomization = (body: string) =>
    `apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\n${body}`;

  it("takes the changed files, the kustomizations that reach them, and what a changed kustomization reaches", async () => {
    const { dir, base } = repo({
      "base/kustomization.yaml": kustomization("resources:\n  - web.yaml\n  - ../shared/db.yaml\n"),
      "base/web.yaml": pod("nginx:1.25"),
      "shared/db.yaml": pod("postgres:16"),
      "overlays/prod/kustomization.yaml": kustomization(
        "resources:\n  - ../../base\nimages:\n  - name: nginx\n    newTag: '1.26'\n",
      ),
      "other/kustomization.yaml": kustomization("resources:\n  - cache.yaml\n"),
      "other/cache.yaml": pod("redis:7"),
      "lonely.yaml": pod("busybox:1.36"),
    });
    // Nothing changed: nothing scanned.
    expect((await listed(dir, "--changed-since", base)).files).toEqual([]);
    // A resource of the base: it, the base kustomization and the overlay above it.
    writeFileSync(join(dir, "shared/db.yaml"), pod("postgres:17"));
    const one = await listed(dir, "--changed-since", base);
    expect(one.files).toEqual([
      "base/kustomization.yaml",
      "overlays/prod/kustomization.yaml",
      "shared/db.yaml",
    ]);
    expect(one.scope).toMatchObject({ total: 7, scanned: 3, changedSince: { ref: base, base, changed: 1 } });
    // A changed overlay gives every file it reaches (through the base) another meaning.
    git(dir, "checkout", "-q", "--", ".");
    writeFileSync(
      join(dir, "overlays/prod/kustomization.yaml"),
      kustomization("resources:\n  - ../../base\nimages:\n  - name: nginx\n    newTag: '1.27'\n"),
    );
    expect((await listed(dir, "--changed-since", base)).files).toEqual([
      "base/kustomization.yaml",
      "base/web.yaml",
      "overlays/prod/kustomization.yaml",
      "shared/db.yaml",
    ]);
    // An untracked file counts; so does a committed change (against the merge base).
    git(dir, "checkout", "-q", "--", ".");
    writeFileSync(join(dir, "new.yaml"), pod("alpine:3.20"));
    git(dir, "checkout", "-q", "-b", "feature");
    writeFileSync(join(dir, "lonely.yaml"), pod("busybox:1.37"));
    commitAll(dir, "change lonely");
    expect((await listed(dir, "--changed-since", "main")).files).toEqual(["lonely.yaml", "new.yaml"]);
  });

  it("asks git in the folder scanned, not the current one", async () => {
    const { dir, base } = repo({ "a.yaml": pod("nginx:1"), "b.yaml": pod("redis:7") });
    writeFileSync(join(dir, "b.yaml"), pod("redis:8"));
    const elsewhere = tree({});
    const r = await runCli(["check", "--format", "json", "--changed-since", base, dir], elsewhere);
    const json = JSON.parse(r.stdout) as {
      findings: { file: string }[];
      scope: { scanned: number; total: number };
    };
    expect(json.scope).toMatchObject({ scanned: 1, total: 2 });
    expect(json.findings.map((f) => f.file.split("/").pop())).toEqual(["b.yaml"]);
  });

  it("a kustomization it cannot read in this thread (anchors) is taken to reach everything", async () => {
    const { dir, base } = repo({
      "k/kustomization.yaml": kustomization("resources: &r\n  - ../far/web.yaml\nx: *r\n"),
      "k/sub/a.yaml": pod("nginx:1"),
      "far/web.yaml": pod("redis:7"),
      "other.yaml": pod("busybox:1"),
    });
    writeFileSync(join(dir, "k/sub/a.yaml"), pod("nginx:2"));
    expect((await listed(dir, "--changed-since", base)).files).toEqual([
      "k/kustomization.yaml",
      "k/sub/a.yaml",
    ]);
    git(dir, "checkout", "-q", "--", ".");
    writeFileSync(
      join(dir, "k/kustomization.yaml"),
      kustomization("resources: &r\n  - ../far/web.yaml\ny: *r\n"),
    );
    expect((await listed(dir, "--changed-since", base)).files).toEqual([
      "far/web.yaml",
      "k/kustomization.yaml",
      "k/sub/a.yaml",
      "other.yaml",
    ]);
  });

  it("compares with the merge base: what the base branch did since is not the pull request's", async () => {
    const { dir } = repo({ "a.yaml": pod("nginx:1"), "b.yaml": pod("redis:7") });
    git(dir, "checkout", "-q", "-b", "feature");
    writeFileSync(join(dir, "a.yaml"), pod("nginx:2"));
    commitAll(dir, "feature");
    git(dir, "checkout", "-q", "main");
    writeFileSync(join(dir, "b.yaml"), pod("redis:8"));
    commitAll(dir, "main moves on");
    git(dir, "checkout", "-q", "feature");
    expect((await listed(dir, "--changed-since", "main")).files).toEqual(["a.yaml"]);
  });

  it("a changed config or lock file scans everything, and says why", async () => {
    const { dir, base } = repo({
      ".mirrorize.yaml": "preset: daocloud\n",
      "a.yaml": pod("nginx:1"),
      "b.yaml": pod("redis:7"),
    });
    writeFileSync(join(dir, ".mirrorize.yaml"), "preset: daocloud-prefix\n");
    const r = await listed(dir, "--changed-since", base);
    expect(r.files).toEqual([".mirrorize.yaml", "a.yaml", "b.yaml"]);
    expect(r.scope).toMatchObject({
      changedSince: { everything: ".mirrorize.yaml changed, so every file is scanned" },
    });
    git(dir, "checkout", "-q", "--", ".");
    writeFileSync(join(dir, "mirrorize.lock"), "version: 1\nimages: {}\n");
    expect((await listed(dir, "--changed-since", base)).files).toEqual([
      ".mirrorize.yaml",
      "a.yaml",
      "b.yaml",
    ]);
    const text = await runCli(["check", "--changed-since", base], dir);
    expect(text.stdout).toMatch(/3 files scanned of 3 \(mirrorize\.lock changed, so every file is scanned\)/);
  });

  it("a changed file of a chart takes the whole chart; a changed Application takes the values files it names", async () => {
    const { dir, base } = repo({
      "charts/web/Chart.yaml": "apiVersion: v2\nname: web\nversion: 1.0.0\n",
      "charts/web/values.yaml": "image:\n  repository: nginx\n  tag: '1.25'\n",
      "apps/web.yaml":
        "apiVersion: argoproj.io/v1alpha1\nkind: Application\nmetadata:\n  name: web\nspec:\n  source:\n    path: charts/web\n    helm:\n      valueFiles:\n        - values.yaml\n",
      "x.yaml": pod("redis:7"),
    });
    writeFileSync(join(dir, "charts/web/Chart.yaml"), "apiVersion: v2\nname: web\nversion: 1.0.1\n");
    // Chart.yaml itself is scanned too (for its artifacthub.io/images annotation).
    expect((await listed(dir, "--changed-since", base)).files).toEqual([
      "charts/web/Chart.yaml",
      "charts/web/values.yaml",
    ]);
    git(dir, "checkout", "-q", "--", ".");
    writeFileSync(
      join(dir, "apps/web.yaml"),
      "apiVersion: argoproj.io/v1alpha1\nkind: Application\nmetadata:\n  name: web2\nspec:\n  source:\n    path: charts/web\n    helm:\n      valueFiles:\n        - values.yaml\n",
    );
    expect((await listed(dir, "--changed-since", base)).files).toEqual([
      "apps/web.yaml",
      "charts/web/values.yaml",
    ]);
  });

  it("a changed file that only an unchanged Application or a Flux HelmRelease names is read as Helm values", async () => {
    const { dir, base } = repo({
      "apps/web.yaml":
        "apiVersion: argoproj.io/v1alpha1\nkind: Application\nmetadata:\n  name: web\nspec:\n  sources:\n    - repoURL: https://charts.example.com\n      chart: web\n      helm:\n        valueFiles:\n          - $values/env/prod-settings.yaml\n    - repoURL: https://git.example.com/repo.git\n      ref: values\n",
      "env/prod-settings.yaml": "image:\n  repository: quay.io/org/web\n  tag: '1.0'\n",
      "flux/kustomization.yaml":
        "apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\nresources:\n  - release.yaml\nconfigMapGenerator:\n  - name: api-values\n    files:\n      - values.yaml=api-settings.yaml\n",
      "flux/release.yaml":
        "apiVersion: helm.toolkit.fluxcd.io/v2\nkind: HelmRelease\nmetadata:\n  name: api\nspec:\n  chart:\n    spec:\n      chart: api\n  valuesFrom:\n    - kind: ConfigMap\n      name: api-values\n",
      "flux/api-settings.yaml": "image:\n  repository: quay.io/org/api\n  tag: '2.0'\n",
      "other.yaml": pod("busybox:1"),
    });
    const helmFindings = async () => {
      const r = await runCli(["check", "--format", "json", "--changed-since", base], dir);
      const json = JSON.parse(r.stdout) as { findings: { file: string; source?: string; kind: string }[] };
      return json.findings.filter((f) => f.kind === "rewrite").map((f) => `${f.file} ${f.source}`);
    };
    writeFileSync(
      join(dir, "env/prod-settings.yaml"),
      "image:\n  repository: quay.io/org/web\n  tag: '1.1'\n",
    );
    expect(await helmFindings()).toEqual(["env/prod-settings.yaml helm"]);
    git(dir, "checkout", "-q", "--", ".");
    writeFileSync(
      join(dir, "flux/api-settings.yaml"),
      "image:\n  repository: quay.io/org/api\n  tag: '2.1'\n",
    );
    expect(await helmFindings()).toEqual(["flux/api-settings.yaml helm"]);
  });

  it("a changed image that collides with an unchanged one is still a collision", async () => {
    const { dir, base } = repo({
      ".mirrorize.yaml":
        "rules:\n  - match: quay.io\n    strategy: flatten\n    mirror: mirror.example.com/flat\n  - match: ghcr.io\n    strategy: flatten\n    mirror: mirror.example.com/flat\n",
      "a.yaml": pod("quay.io/a/app:1"),
      "b.yaml": pod("busybox:1"),
    });
    writeFileSync(join(dir, "b.yaml"), pod("ghcr.io/b/app:1"));
    const r = await runCli(["check", "--format", "json", "--changed-since", base], dir);
    const json = JSON.parse(r.stdout) as { findings: { file: string; kind: string; message: string }[] };
    expect(json.findings).toEqual([
      expect.objectContaining({
        file: "b.yaml",
        kind: "collision",
        message:
          "ghcr.io/b/app:1 and quay.io/a/app would both become mirror.example.com/flat/app; not rewritten. Add a more specific rule for one of them.",
      }),
    ]);
  });

  it("refuses an unknown revision and a folder outside git, with one sentence and exit 2", async () => {
    const { dir } = repo({ "a.yaml": pod("nginx:1") });
    const r = await runCli(["check", "--changed-since", "no-such-branch"], dir);
    expect(r.code).toBe(2);
    expect(r.stderr.trim()).toBe(
      "mirrorize check: --changed-since no-such-branch is not a commit of this repository; fetch it first (git fetch origin no-such-branch) or name another revision.",
    );
    const dash = await runCli(["check", "--changed-since", "--output=x"], dir);
    expect(dash.code).toBe(2);
    const plain = tree({ "a.yaml": pod("nginx:1") });
    const outside = await runCli(["check", "--changed-since", "HEAD"], plain);
    expect(outside.code).toBe(2);
    expect(outside.stderr).toMatch(/--changed-since needs a git checkout/);
  });
});

describe("kustomize context of a partial scan", () => {
  it("reads the kustomizations that reach the scanned files and what they reach, not the others", () => {
    const k = (body: string) => `apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\n${body}`;
    const dir = tree({
      "base/kustomization.yaml": k("resources:\n  - web.yaml\n  - ../shared/db.yaml\n"),
      "base/web.yaml": pod("nginx:1"),
      "shared/db.yaml": pod("postgres:16"),
      "overlay/kustomization.yaml": k("resources:\n  - ../base\nimages:\n  - name: nginx\n    newTag: '2'\n"),
      "other/kustomization.yaml": k("resources:\n  - x.yaml\n"),
      "other/x.yaml": pod("redis:7"),
    });
    const entry = (file: string): WalkEntry => ({
      path: join(dir, file),
      file,
      role: file.endsWith("kustomization.yaml") ? "kustomization" : "manifest",
    });
    const files = [
      "base/kustomization.yaml",
      "base/web.yaml",
      "shared/db.yaml",
      "overlay/kustomization.yaml",
      "other/kustomization.yaml",
      "other/x.yaml",
    ];
    const scanned = [entry("shared/db.yaml")];
    const rest = files.filter((f) => f !== "shared/db.yaml").map(entry);
    expect(kustomizeContextEntries(rest, scanned, 1 << 20).map((e) => e.file)).toEqual([
      "base/kustomization.yaml",
      "base/web.yaml",
      "overlay/kustomization.yaml",
    ]);
  });
});
