#!/usr/bin/env node
// `npm run bench`: mirrorize against the sed one-liner and kustomize's `images:` transformer on the
// synthetic repositories of ../shared/bench/gen-repo.mjs. Runs every tool on fresh copies, alternating
// A B A B after a warm-up, and prints and writes (bench/results.json) medians, the median of the
// pairwise ratios, peak RSS and the machine. It also checks that the work is real: after `fix` every
// `image:` line that sed rewrites holds sed's value, and `check` on the result exits 0.
//
//   node bench/run.mjs [--smoke] [--cli dist/cli.js] [--runs 5] [--scales 5,50,8,16] [--work DIR] [--keep]
//
// --work DIR: where the trees are generated and copied (kept afterwards); default a temporary folder,
// removed at the end unless --keep.
//
// --smoke: scale 5 only, one run of each, no kustomize (a test of this script for CI).
//
// --sync: also the sync section (bench/sync.mjs): `mirrorize sync` of --sync-images images (default 20)
// with --sync-layer-mib MiB layers (default 4) against `skopeo copy --all --preserve-digests`, cold and
// warm, between two local docker-registry instances. --sync-only: that section alone. Opt-in: it needs
// docker-registry and skopeo, and the default --smoke run in CI stays cheap.
//
// Issue-16 rows (also in --smoke, at small sizes): `grep -rc image:` as the floor of reading every byte
// (check/grep at scale 50), check on a 150-file tree (scale 1) against `node -e 0`, `--changed-since` on
// a 3-file change against a full check, `--shard I/4` against one run, and check on the platform-shaped
// tree of bench/gen-platform.mjs (operator bundles with multi-MB CRDs, long ConfigMaps, charts with
// templates) against grep.
import { spawn, spawnSync } from "node:child_process";
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { availableParallelism, cpus, loadavg, tmpdir } from "node:os";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseAllDocuments, parse as parseYaml, stringify } from "yaml";
import { benchSync, syncToolsAvailable } from "./sync.mjs";

const repo = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const options = parseOptions(process.argv.slice(2));
const shared = resolve(process.env.MIRRORIZE_SHARED ?? join(repo, "..", "shared"));
const benchShared = join(shared, "bench");
const genRepo = join(benchShared, "gen-repo.mjs");
const peers = join(benchShared, "peers.sh");
const config = join(benchShared, "bench.mirrorize.yaml");
for (const f of [genRepo, peers, config]) {
  if (!existsSync(f)) fail(`${f} is missing; set MIRRORIZE_SHARED to the shared study material.`);
}
const cli = resolve(options.cli);
if (!existsSync(cli)) fail(`${cli} does not exist; run \`npm run build\` first or pass --cli PATH.`);

const TIME = existsSync("/usr/bin/time") ? "/usr/bin/time" : undefined;
const hasKubectl = spawnSync("kubectl", ["version", "--client"], { stdio: "ignore" }).status === 0;
const work = options.work ? resolve(options.work) : mkdtempSync(join(tmpdir(), "mirrorize-bench-"));
mkdirSync(work, { recursive: true });

const results = {
  version: 1,
  date: new Date().toISOString(),
  machine: machine(),
  cli: relative(repo, cli) || cli,
  runs: options.runs,
  rssSource: TIME ? "/usr/bin/time -f %M" : "VmHWM polled from /proc",
  scales: {},
  startup: undefined,
  krm: undefined,
  checks: [],
  targets: [],
};

// ---------------------------------------------------------------------------------------------------

function parseOptions(argv) {
  const o = {
    smoke: false,
    cli: join(repo, "dist", "cli.js"),
    runs: 5,
    scales: [5, 50, 8, 16],
    keep: false,
    sync: false,
    syncOnly: false,
    syncImages: 20,
    syncLayerMiB: 4,
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = () => {
      if (argv[i + 1] === undefined) fail(`${a} needs a value.`);
      return argv[++i];
    };
    if (a === "--smoke") o.smoke = true;
    else if (a === "--cli") o.cli = value();
    else if (a === "--runs") o.runs = Number(value());
    else if (a === "--scales") o.scales = value().split(",").map(Number);
    else if (a === "--work") o.work = value();
    else if (a === "--keep") o.keep = true;
    else if (a === "--sync") o.sync = true;
    else if (a === "--sync-only") o.sync = o.syncOnly = true;
    else if (a === "--sync-images") o.syncImages = Number(value());
    else if (a === "--sync-layer-mib") o.syncLayerMiB = Number(value());
    else fail(`unknown option ${a}; see the header of bench/run.mjs.`);
  }
  if (o.smoke) {
    o.scales = [5];
    o.runs = 1;
  }
  if (!(o.runs >= 1)) fail("--runs must be a positive number.");
  return o;
}

function fail(message) {
  console.error(`bench: ${message}`);
  process.exit(2);
}

function machine() {
  const cpuInfo = existsSync("/proc/cpuinfo") ? readFileSync("/proc/cpuinfo", "utf8") : "";
  const model = /^model name\s*:\s*(.+)$/m.exec(cpuInfo)?.[1] ?? cpus()[0]?.model ?? "unknown";
  return {
    nproc: availableParallelism(),
    cpu: model.trim(),
    node: process.version,
    platform: `${process.platform}-${process.arch}`,
    loadavg: loadavg().map((l) => Number(l.toFixed(2))),
  };
}

/** Run a command; resolve with its wall time (s), exit code and peak RSS (MB). */
function timed(cmd, args, { cwd = work, stdin } = {}) {
  return new Promise((done, reject) => {
    const rssFile = TIME
      ? join(work, `rss-${process.pid}-${Math.random().toString(36).slice(2)}`)
      : undefined;
    const argv = TIME ? [TIME, "-f", "%M", "-o", rssFile, cmd, ...args] : [cmd, ...args];
    const started = process.hrtime.bigint();
    const child = spawn(argv[0], argv.slice(1), {
      cwd,
      stdio: [stdin ? "pipe" : "ignore", "ignore", "pipe"],
    });
    let stderr = "";
    child.stderr.on("data", (d) => {
      if (stderr.length < 4000) stderr += d;
    });
    let hwm = 0;
    const poll = TIME ? undefined : setInterval(() => (hwm = Math.max(hwm, vmHWM(child.pid))), 10);
    if (stdin) {
      child.stdin.on("error", () => {});
      child.stdin.end(stdin);
    }
    child.on("error", reject);
    child.on("close", (code) => {
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      if (poll) clearInterval(poll);
      let rssMB = hwm / 1024;
      if (rssFile) {
        const text = existsSync(rssFile) ? readFileSync(rssFile, "utf8") : "";
        rssMB = Number(/(\d+)\s*$/.exec(text.trim())?.[1] ?? 0) / 1024;
        rmSync(rssFile, { force: true });
      }
      done({ seconds, code, rssMB, stderr: stderr.trim() });
    });
  });
}

function vmHWM(pid) {
  try {
    return Number(/VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, "utf8"))?.[1] ?? 0);
  } catch {
    return 0;
  }
}

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

const round = (x, d = 3) => (x === undefined || Number.isNaN(x) ? undefined : Number(x.toFixed(d)));

function summarize(runs) {
  return {
    median: round(median(runs.map((r) => r.seconds))),
    runs: runs.map((r) => round(r.seconds)),
    rssMB: round(Math.max(...runs.map((r) => r.rssMB)), 1),
    exitCodes: [...new Set(runs.map((r) => r.code))],
  };
}

function generate(scale) {
  const dir = join(work, `tree-${scale}`);
  if (!existsSync(dir)) {
    const r = spawnSync(process.execPath, [genRepo, dir, String(scale)], { encoding: "utf8" });
    if (r.status !== 0) fail(`gen-repo.mjs failed at scale ${scale}: ${r.stderr}`);
  }
  const { files, bytes } = treeSize(dir);
  return { dir, files, bytes };
}

function treeSize(dir) {
  let files = 0;
  let bytes = 0;
  const visit = (d) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) visit(p);
      else {
        files++;
        bytes += statSync(p).size;
      }
    }
  };
  visit(dir);
  return { files, bytes };
}

let copies = 0;
/**
 * A fresh copy of a tree, flushed to disk: a timed run must not pay for writing back the copy's dirty
 * pages (this weighs on every tool that writes, sed as much as mirrorize).
 */
function freshCopy(src) {
  const dir = join(work, `copy-${++copies}`);
  cpSync(src, dir, { recursive: true });
  flush();
  return dir;
}

const hasSync = spawnSync("sync", [], { stdio: "ignore" }).status === 0;
function flush() {
  if (hasSync) spawnSync("sync", [], { stdio: "ignore" });
}

const mirrorize = (command, dir, ...extra) =>
  timed(process.execPath, [cli, command, "--config", config, ...extra, dir]);
const grep = (dir) => timed("grep", ["-rc", "image:", dir]);
const sed = (dir) => timed("sh", [peers, "sed", dir]);
const kustomize = (dir) => timed("sh", [peers, "kustomize", dir]);

/** fix and check vs sed (every scale but the kustomize ones), kustomize vs fix at scales 8 and 16. */
async function benchScale(scale) {
  const tree = generate(scale);
  const entry = { files: tree.files, megabytes: round(tree.bytes / 1e6, 2) };
  results.scales[scale] = entry;
  const withKustomize = !options.smoke && (scale === 8 || scale === 16);
  console.log(`\n== scale ${scale}: ${tree.files} files, ${entry.megabytes} MB`);
  if (withKustomize) {
    if (!hasKubectl) {
      entry.kustomize = { pending: "kubectl is not installed" };
      console.log("   kubectl is not installed: kustomize skipped");
      return;
    }
    // scale 16 takes minutes for kustomize (it grows quadratically): measured once.
    const runs = scale === 16 ? 1 : options.runs;
    const pairs = await alternate(runs, scale !== 16, {
      kustomize: () => kustomize(freshCopy(tree.dir)),
      fix: () => mirrorize("fix", freshCopy(tree.dir)),
    });
    entry.kustomize = summarize(pairs.kustomize);
    entry.fix = summarize(pairs.fix);
    entry.kustomizeOverFix = round(
      median(pairs.kustomize.map((k, i) => k.seconds / pairs.fix[i].seconds)),
      2,
    );
    return;
  }
  // Correctness first, on one pair of fresh copies: fix vs sed on image: lines, then check on the result.
  verifyWork(scale, tree.dir);
  const pairs = await alternate(options.runs, !options.smoke, {
    sed: () => sed(freshCopy(tree.dir)),
    fix: () => mirrorize("fix", freshCopy(tree.dir)),
    check: () => mirrorize("check", tree.dir), // check writes nothing: the pristine tree serves every run
    grep: () => grep(tree.dir),
  });
  entry.sed = summarize(pairs.sed);
  entry.fix = summarize(pairs.fix);
  entry.check = summarize(pairs.check);
  entry.grep = summarize(pairs.grep);
  entry.checkOverGrep = round(median(pairs.check.map((c, i) => c.seconds / pairs.grep[i].seconds)), 2);
  entry.fixOverSed = round(median(pairs.fix.map((f, i) => f.seconds / pairs.sed[i].seconds)), 2);
  entry.checkOverSed = round(median(pairs.check.map((c, i) => c.seconds / pairs.sed[i].seconds)), 2);
}

/**
 * Run each named command `runs` times after one warm-up of each, rotating their order every round so
 * that no tool always runs first (A B A B ...). Copies are made outside the timed region.
 */
async function alternate(runs, warmUp, commands) {
  const names = Object.keys(commands);
  const out = Object.fromEntries(names.map((n) => [n, []]));
  for (let round = warmUp ? -1 : 0; round < runs; round++) {
    const order = names.map((_, i) => names[(i + Math.max(round, 0)) % names.length]);
    for (const name of order) {
      const r = await commands[name]();
      cleanCopies();
      if (round < 0) continue;
      out[name].push(r);
      process.stdout.write(
        `   ${name.padEnd(9)} ${r.seconds.toFixed(3)} s  exit ${r.code}  ${r.rssMB.toFixed(0)} MB\n`,
      );
    }
  }
  return out;
}

function cleanCopies() {
  for (const name of readdirSync(work))
    if (name.startsWith("copy-")) rmSync(join(work, name), { recursive: true, force: true });
  flush();
}

/** After `fix`, every image: line sed rewrote has sed's value; `check` on the fixed tree exits 0. */
function verifyWork(scale, pristine) {
  const sedDir = freshCopy(pristine);
  const mzDir = freshCopy(pristine);
  const s = spawnSync("sh", [peers, "sed", sedDir], { stdio: "ignore" });
  const f = spawnSync(process.execPath, [cli, "fix", "--quiet", "--config", config, mzDir], {
    encoding: "utf8",
  });
  const cmp = compareImageLines(pristine, sedDir, mzDir);
  const c = spawnSync(process.execPath, [cli, "check", "--quiet", "--config", config, mzDir], {
    encoding: "utf8",
  });
  results.checks.push({
    name: `scale ${scale}: fix rewrites every image: line sed rewrites, to the same value`,
    ok: s.status === 0 && f.status === 0 && cmp.mismatched === 0 && cmp.sedRewritten > 0,
    detail: { ...cmp, sedExit: s.status, fixExit: f.status },
  });
  results.checks.push({
    name: `scale ${scale}: check on the fixed tree exits 0`,
    ok: c.status === 0,
    detail: { exit: c.status, summary: lastLine(c.stdout) },
  });
  for (const check of results.checks.slice(-2)) {
    console.log(`   ${check.ok ? "ok  " : "FAIL"} ${check.name}`);
    if (!check.ok) console.log(`        ${JSON.stringify(check.detail).slice(0, 600)}`);
  }
  cleanCopies();
}

function lastLine(s) {
  return (s ?? "").trim().split("\n").pop();
}

function compareImageLines(original, sedDir, mzDir) {
  const out = {
    files: 0,
    imageLines: 0,
    sedRewritten: 0,
    matched: 0,
    mismatched: 0,
    mismatchedByFile: {},
    mirrorizeOnly: 0,
    examples: [],
  };
  const miss = (file, example) => {
    out.mismatched++;
    const name = file.split("/").pop();
    const kind = /^values/.test(name)
      ? "helm values"
      : /^kustomization/.test(name)
        ? "kustomization"
        : "manifest";
    out.mismatchedByFile[kind] = (out.mismatchedByFile[kind] ?? 0) + 1;
    if (out.examples.length < 5) out.examples.push({ file, ...example });
  };
  const visit = (rel) => {
    for (const e of readdirSync(join(original, rel), { withFileTypes: true })) {
      const r = join(rel, e.name);
      if (e.isDirectory()) {
        visit(r);
        continue;
      }
      if (!/\.ya?ml$/.test(e.name)) continue;
      out.files++;
      const lines = (dir) =>
        readFileSync(join(dir, r), "utf8")
          .split("\n")
          .filter((l) => l.includes("image:"));
      const [a, b, c] = [lines(original), lines(sedDir), lines(mzDir)];
      if (a.length !== b.length || a.length !== c.length) {
        miss(r, { problem: "number of image: lines changed" });
        continue;
      }
      a.forEach((line, i) => {
        out.imageLines++;
        if (b[i] !== line) {
          out.sedRewritten++;
          if (c[i] === b[i]) out.matched++;
          else miss(r, { sed: b[i].trim(), mirrorize: c[i].trim() });
        } else if (c[i] !== line) out.mirrorizeOnly++;
      });
    }
  };
  visit("");
  return out;
}

/** `check` on a small tree (scale 1, ~150 files: a pre-commit hook, an editor) against `node -e 0`. */
async function benchSmallTree() {
  const tree = generate(1);
  console.log(`\n== small tree (scale 1: ${tree.files} files)`);
  const runs = options.smoke ? 1 : Math.max(10, options.runs);
  const pairs = await alternate(runs, !options.smoke, {
    node: () => timed(process.execPath, ["-e", "0"]),
    check: () => mirrorize("check", tree.dir),
  });
  return {
    files: tree.files,
    node: summarize(pairs.node),
    check: summarize(pairs.check),
    ratio: round(median(pairs.check.map((c, i) => c.seconds / pairs.node[i].seconds)), 2),
  };
}

/**
 * A pull request's gate: a git repository of the tree with three files changed (a manifest, a values
 * file, a kustomization), `check --changed-since HEAD` against a full `check` of the same tree.
 */
async function benchChangedSince(scale) {
  const tree = generate(scale);
  console.log(`\n== --changed-since on a 3-file change (scale ${scale})`);
  const dir = join(work, `git-${scale}`);
  if (!existsSync(dir)) {
    cpSync(tree.dir, dir, { recursive: true });
    const git = (...args) =>
      spawnSync("git", ["-c", "user.name=bench", "-c", "user.email=bench@example.com", ...args], {
        cwd: dir,
        stdio: "ignore",
      });
    git("init", "-q");
    git("add", "-A");
    git("commit", "-q", "-m", "tree");
  }
  const changed = pickChanged(dir);
  // A comment line changes each file for git without changing what it means.
  for (const f of changed)
    writeFileSync(join(dir, f), `${readFileSync(join(tree.dir, f), "utf8")}# changed\n`);
  // The bench config flattens k8s.gcr.io (as the aliyun mirror needs): a changed image that flattens
  // makes the files that could collide with it be planned too. The same change under host-only rules
  // shows the cost of the change alone.
  const hostOnly = join(work, "host-only.mirrorize.yaml");
  writeFileSync(hostOnly, readFileSync(config, "utf8").replace(/\n\s+strategy: flatten/g, ""));
  const runs = options.smoke ? 1 : options.runs;
  const check = (cfg, ...extra) => timed(process.execPath, [cli, "check", "--config", cfg, ...extra, dir]);
  const pairs = await alternate(runs, !options.smoke, {
    full: () => check(config),
    changed: () => check(config, "--changed-since", "HEAD"),
    "full host": () => check(hostOnly),
    "chg. host": () => check(hostOnly, "--changed-since", "HEAD"),
  });
  const scopeOf = (cfg) => {
    const r = spawnSync(
      process.execPath,
      [cli, "check", "--config", cfg, "--format", "json", "--changed-since", "HEAD", dir],
      {
        encoding: "utf8",
        maxBuffer: 1 << 28,
      },
    );
    return JSON.parse(r.stdout || "{}").scope;
  };
  const scope = scopeOf(config);
  const ratio = (a, b) => round(median(a.map((x, i) => x.seconds / b[i].seconds)), 2);
  return {
    changedFiles: changed,
    scanned: scope?.scanned,
    total: scope?.total,
    full: summarize(pairs.full),
    changed: summarize(pairs.changed),
    fullOverChanged: ratio(pairs.full, pairs.changed),
    hostOnly: {
      full: summarize(pairs["full host"]),
      changed: summarize(pairs["chg. host"]),
      fullOverChanged: ratio(pairs["full host"], pairs["chg. host"]),
    },
  };
}

/** One manifest, one values file and one kustomization of a generated tree (the first of each, by path). */
function pickChanged(dir) {
  const found = { manifest: undefined, values: undefined, kustomization: undefined };
  const visit = (rel) => {
    for (const e of readdirSync(join(dir, rel), { withFileTypes: true }).sort((a, b) =>
      a.name < b.name ? -1 : 1,
    )) {
      if (e.name === ".git") continue;
      const r = rel ? `${rel}/${e.name}` : e.name;
      if (e.isDirectory()) visit(r);
      else if (/^values.*\.ya?ml$/.test(e.name)) found.values ??= r;
      else if (/^kustomization\.ya?ml$/.test(e.name)) found.kustomization ??= r;
      else if (/\.ya?ml$/.test(e.name) && /image:/.test(readFileSync(join(dir, r), "utf8")))
        found.manifest ??= r;
    }
  };
  visit("");
  return Object.values(found).filter(Boolean);
}

/** `check --shard I/4` for each I against one full run of the same tree. */
async function benchShards(scale) {
  const tree = generate(scale);
  console.log(`\n== --shard I/4 against one run (scale ${scale})`);
  const runs = options.smoke ? 1 : options.runs;
  const commands = { full: () => mirrorize("check", tree.dir) };
  for (let i = 1; i <= 4; i++)
    commands[`shard ${i}/4`] = () => mirrorize("check", tree.dir, "--shard", `${i}/4`);
  const pairs = await alternate(runs, !options.smoke, commands);
  const shards = [1, 2, 3, 4].map((i) => summarize(pairs[`shard ${i}/4`]));
  const full = summarize(pairs.full);
  return {
    full,
    shards,
    slowestShardOverFull: round(Math.max(...shards.map((s) => s.median)) / full.median, 2),
  };
}

/** `check` on the platform-shaped tree of bench/gen-platform.mjs against the grep floor. */
async function benchPlatform(scale) {
  const dir = join(work, `platform-${scale}`);
  if (!existsSync(dir)) {
    const r = spawnSync(process.execPath, [join(repo, "bench", "gen-platform.mjs"), dir, String(scale)], {
      encoding: "utf8",
    });
    if (r.status !== 0) fail(`gen-platform.mjs failed: ${r.stderr}`);
  }
  const { files, bytes } = treeSize(dir);
  console.log(`\n== platform-shaped tree (scale ${scale}: ${files} files, ${round(bytes / 1e6, 2)} MB)`);
  const runs = options.smoke ? 1 : options.runs;
  const pairs = await alternate(runs, !options.smoke, {
    grep: () => grep(dir),
    check: () => mirrorize("check", dir),
  });
  return {
    files,
    megabytes: round(bytes / 1e6, 2),
    grep: summarize(pairs.grep),
    check: summarize(pairs.check),
    checkOverGrep: round(median(pairs.check.map((c, i) => c.seconds / pairs.grep[i].seconds)), 2),
  };
}

/** `mirrorize resolve nginx` against `node -e 0`, alternating, after a warm-up. */
async function benchStartup() {
  const runs = options.smoke ? 1 : Math.max(10, options.runs);
  console.log("\n== start-up");
  const pairs = await alternate(runs, !options.smoke, {
    node: () => timed(process.execPath, ["-e", "0"]),
    resolve: () => timed(process.execPath, [cli, "resolve", "nginx"]),
  });
  return {
    node: summarize(pairs.node),
    resolve: summarize(pairs.resolve),
    ratio: round(median(pairs.resolve.map((r, i) => r.seconds / pairs.node[i].seconds)), 2),
  };
}

/** `mirrorize krm` on a ResourceList of the manifests of one scale, against `fix` on the same manifests. */
async function benchKrm(scale) {
  console.log(`\n== KRM function (scale ${scale} manifests)`);
  const help = spawnSync(process.execPath, [cli, "--help"], { encoding: "utf8" });
  if (!/^\s+krm\s/m.test(help.stdout ?? "")) {
    console.log("   pending: this build of the CLI has no `krm` command yet");
    return { pending: "the CLI has no `krm` command yet" };
  }
  const tree = generate(scale);
  const manifests = join(work, `manifests-${scale}`);
  rmSync(manifests, { recursive: true, force: true });
  const items = [];
  const visit = (rel) => {
    for (const e of readdirSync(join(tree.dir, rel), { withFileTypes: true }).sort((x, y) =>
      x.name < y.name ? -1 : 1,
    )) {
      const r = join(rel, e.name);
      if (e.isDirectory()) visit(r);
      else if (/^m\d+\.yaml$/.test(e.name)) {
        const text = readFileSync(join(tree.dir, r), "utf8");
        mkdirSync(dirname(join(manifests, r)), { recursive: true });
        writeFileSync(join(manifests, r), text);
        for (const doc of parseAllDocuments(text)) items.push(doc.toJS());
      }
    }
  };
  visit("");
  const functionConfig = parseYaml(readFileSync(config, "utf8"));
  functionConfig.metadata = { name: "bench" };
  const list = stringify({
    apiVersion: "config.kubernetes.io/v1",
    kind: "ResourceList",
    items,
    functionConfig,
  });
  const manifestBytes = treeSize(manifests).bytes;
  const runs = options.smoke ? 1 : options.runs;
  const pairs = await alternate(runs, !options.smoke, {
    krm: () => timed(process.execPath, [cli, "krm"], { stdin: list }),
    fix: () => mirrorize("fix", freshCopy(manifests)),
  });
  rmSync(manifests, { recursive: true, force: true });
  const krm = summarize(pairs.krm);
  return {
    items: items.length,
    resourceListMB: round(list.length / 1e6, 2),
    manifestsMB: round(manifestBytes / 1e6, 2),
    krm,
    fix: summarize(pairs.fix),
    krmMBps: round(list.length / 1e6 / krm.median, 2),
    krmOverFix: round(median(pairs.krm.map((k, i) => k.seconds / pairs.fix[i].seconds)), 2),
    stderr: pairs.krm.find((r) => r.code !== 0)?.stderr?.slice(0, 500),
  };
}

function evaluateTargets() {
  const s = results.scales;
  const targets = [];
  const add = (name, value, limit, better = "lower") => {
    if (value === undefined) return targets.push({ name, value: null, limit, ok: null });
    targets.push({ name, value, limit, ok: better === "lower" ? value <= limit : value >= limit });
  };
  add("fix / sed at scale 50", s[50]?.fixOverSed, 2.5);
  add("check / sed at scale 50", s[50]?.checkOverSed, 2);
  if (s[5]?.fix && s[50]?.fix)
    add("fix wall(50) / wall(5)", round(s[50].fix.median / s[5].fix.median, 2), 12);
  if (s[5]?.check && s[50]?.check)
    add("check wall(50) / wall(5)", round(s[50].check.median / s[5].check.median, 2), 12);
  add("kustomize / fix at scale 8", s[8]?.kustomizeOverFix, 10, "higher");
  add("peak RSS of fix at scale 50 (MB)", s[50]?.fix?.rssMB, 300);
  add("peak RSS of check at scale 50 (MB)", s[50]?.check?.rssMB, 300);
  add("start-up: resolve nginx / node -e 0", results.startup?.ratio, 3);
  add("krm / fix on the same manifests", results.krm?.krmOverFix, 2);
  if (results.sync) {
    add("sync / skopeo copy, cold (empty mirror)", results.sync.coldRatio, 1.5);
    add("sync / skopeo copy, warm (everything present)", results.sync.warmRatio, 1.5);
  }
  // Issue 16.
  add("check / grep -rc image: at scale 50", s[50]?.checkOverGrep, 12);
  add("fix / sed at scale 50 (issue 16)", s[50]?.fixOverSed, 1.2);
  add("check on 150 files / node -e 0", results.smallTree?.ratio, 3);
  add("peak RSS of check at scale 50 (MB, issue 16)", s[50]?.check?.rssMB, 150);
  add("check / grep on the platform-shaped tree", results.platform?.checkOverGrep, 15);
  return targets;
}

function renderTable() {
  const m = results.machine;
  const lines = [
    `machine: ${m.nproc} CPUs (${m.cpu}), Node ${m.node}, load average ${m.loadavg.join(" ")}`,
    `cli: ${results.cli}; ${results.runs} run(s) each after a warm-up; peak RSS from ${results.rssSource}`,
    "",
  ];
  const rows = [["scale", "files", "MB", "tool", "median s", "× peer", "peak RSS MB", "exit"]];
  const row = (scale, e, tool, r, ratio) => {
    if (!r) return;
    if (r.pending) return rows.push([String(scale), "", "", tool, "pending", "", "", r.pending]);
    rows.push([
      String(scale),
      String(e.files),
      String(e.megabytes),
      tool,
      r.median.toFixed(3),
      ratio === undefined ? "" : ratio.toFixed(2),
      r.rssMB.toFixed(0),
      r.exitCodes.join(","),
    ]);
  };
  for (const [scale, e] of Object.entries(results.scales)) {
    row(scale, e, "sed", e.sed);
    row(scale, e, "mirrorize fix", e.fix, e.fixOverSed);
    row(scale, e, "mirrorize check", e.check, e.checkOverSed);
    row(scale, e, "kustomize", e.kustomize, e.kustomizeOverFix);
    row(scale, e, "grep -rc image:", e.grep);
    if (e.checkOverGrep !== undefined)
      rows.push([String(scale), "", "", "check / grep", "", e.checkOverGrep.toFixed(2), "", ""]);
  }
  lines.push(table(rows), "");
  const st = results.startup;
  if (st) {
    lines.push(
      `start-up: node -e 0 ${st.node.median.toFixed(3)} s, mirrorize resolve nginx ${st.resolve.median.toFixed(3)} s (× ${st.ratio})`,
    );
  }
  const sm = results.smallTree;
  if (sm)
    lines.push(
      `small tree (${sm.files} files): node -e 0 ${sm.node.median.toFixed(3)} s, check ${sm.check.median.toFixed(3)} s (× ${sm.ratio})`,
    );
  const cs = results.changedSince;
  if (cs)
    lines.push(
      `--changed-since (${cs.changedFiles.join(", ")} changed; ${cs.scanned} of ${cs.total} files scanned): bench config (flatten rules) full check ${cs.full.median.toFixed(3)} s, changed ${cs.changed.median.toFixed(3)} s (× ${cs.fullOverChanged}); host-only rules full ${cs.hostOnly.full.median.toFixed(3)} s, changed ${cs.hostOnly.changed.median.toFixed(3)} s (× ${cs.hostOnly.fullOverChanged})`,
    );
  const sh = results.shards;
  if (sh)
    lines.push(
      `shards: one run ${sh.full.median.toFixed(3)} s; shards 1..4 of 4 ${sh.shards.map((x) => x.median.toFixed(3)).join(" / ")} s (slowest / one run × ${sh.slowestShardOverFull})`,
    );
  const pf = results.platform;
  if (pf)
    lines.push(
      `platform-shaped tree (${pf.files} files, ${pf.megabytes} MB): grep ${pf.grep.median.toFixed(3)} s, check ${pf.check.median.toFixed(3)} s (× ${pf.checkOverGrep}), peak RSS ${pf.check.rssMB} MB`,
    );
  const k = results.krm;
  if (k?.pending) lines.push(`krm: pending (${k.pending})`);
  else if (k) {
    lines.push(
      `krm: ${k.items} items, ResourceList ${k.resourceListMB} MB: ${k.krm.median.toFixed(3)} s (${k.krmMBps} MB/s, exit ${k.krm.exitCodes}); fix on the same ${k.manifestsMB} MB of manifests ${k.fix.median.toFixed(3)} s; krm/fix × ${k.krmOverFix}`,
    );
  }
  const y = results.sync;
  if (y) {
    lines.push(
      `sync: ${y.images} images (~${y.approxMiB} MiB), ${y.runs} run(s): mirrorize cold ${y.mirrorize.cold.toFixed(3)} s / warm ${y.mirrorize.warm.toFixed(3)} s (peak RSS ${y.mirrorize.rssMB} MB); skopeo copy --all --preserve-digests cold ${y.skopeo.cold.toFixed(3)} s / warm ${y.skopeo.warm.toFixed(3)} s; ratio cold × ${y.coldRatio}, warm × ${y.warmRatio}; digests identical: ${y.identicalDigests}`,
    );
  }
  lines.push("", "checks:");
  for (const c of results.checks) lines.push(`  ${c.ok ? "ok  " : "FAIL"} ${c.name}`);
  lines.push("", "targets:");
  const trows = [["target", "value", "limit", "met"]];
  for (const t of results.targets) {
    trows.push([
      t.name,
      t.value === null ? "n/a" : String(t.value),
      String(t.limit),
      t.ok === null ? "n/a" : t.ok ? "yes" : "NO",
    ]);
  }
  lines.push(table(trows));
  return lines.join("\n");
}

function table(rows) {
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)));
  const fmt = (r) => `| ${r.map((c, i) => c.padEnd(widths[i])).join(" | ")} |`;
  return [
    fmt(rows[0]),
    `|${widths.map((w) => "-".repeat(w + 2)).join("|")}|`,
    ...rows.slice(1).map(fmt),
  ].join("\n");
}

await main();

async function main() {
  try {
    if (!options.syncOnly) {
      for (const scale of options.scales) await benchScale(scale);
      results.startup = await benchStartup();
      results.smallTree = await benchSmallTree();
      const big = options.scales.includes(50) ? 50 : options.scales[0];
      results.changedSince = await benchChangedSince(big);
      results.shards = await benchShards(big);
      results.platform = await benchPlatform(options.smoke ? 1 : 5);
      results.krm = await benchKrm(options.smoke ? 5 : 16);
    }
    if (options.sync) {
      if (!syncToolsAvailable())
        fail("--sync needs docker-registry and skopeo (apt-get install -y docker-registry skopeo).");
      results.sync = await benchSync({
        cli,
        work,
        images: options.syncImages,
        layerMiB: options.syncLayerMiB,
        runs: options.runs,
        timed,
      });
      results.checks.push({
        name: `sync: every digest at both mirrors equals upstream's (${results.sync.images} images)`,
        ok: results.sync.identicalDigests,
      });
    }
    results.targets = evaluateTargets();
    writeFileSync(join(repo, "bench", "results.json"), `${JSON.stringify(results, null, 2)}\n`);
    console.log(`\n${renderTable()}`);
    console.log(`\nwritten: bench/results.json`);
  } finally {
    // A --work folder is kept (its generated trees serve the next run); a temporary one is not.
    if (!options.keep && !options.work) rmSync(work, { recursive: true, force: true });
  }
  const failedChecks = results.checks.filter((c) => !c.ok);
  if (failedChecks.length > 0) {
    console.error(
      `\n${failedChecks.length} correctness check(s) failed; the timings above are not comparable.`,
    );
    process.exitCode = 1;
  }
}
