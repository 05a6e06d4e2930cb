#!/usr/bin/env node
// Real-world corpus check: runs the built CLI (`list --format json`) on every item of the shared
// corpus (../shared/corpus beside the repository, or MIRRORIZE_CORPUS) and compares what it finds
// with the hand-checked ground truth in each item's expected.json (format: corpus/INDEX.md).
// The corpus is read from there (each item copied to a temporary folder, never into the repository).
//
// Prints, per item and in total: expected, found, rewritten to the right target, missed, extra.
// Exits 1 when an expected reference in a supported location is missed or rewritten wrongly, or when
// a decoy or a commented-out example is touched. Misses in places mirrorize does not support are
// listed (with their shape), not hidden.
import { execFileSync } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const repo = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const corpus = resolve(process.env.MIRRORIZE_CORPUS ?? join(repo, "..", "shared", "corpus"));
const cli = resolve(process.env.MIRRORIZE_CLI ?? join(repo, "dist", "cli.js"));
const only = process.argv.slice(2).filter((a) => !a.startsWith("-"));
const verbose = process.argv.includes("--verbose");

if (!existsSync(corpus)) {
  const msg = `corpus not found at ${corpus} (set MIRRORIZE_CORPUS)`;
  if (process.env.CI) {
    console.error(`${msg}; CI must not skip the corpus check.`);
    process.exit(1);
  }
  console.log(`skipped: ${msg}`);
  process.exit(0);
}

/** Shapes mirrorize does not rewrite on purpose: they are listed as misses, not failures. */
const UNSUPPORTED = [
  [/configmap-block-scalar/i, "YAML text inside a ConfigMap value (not a Kubernetes image field)"],
  [/JSON-in-annotation/i, "JSON inside an annotation"],
  [/double-embedded/i, "a reference inside a block scalar inside another block scalar"],
  [/custom path/i, "needs a user field spec (`fields:` in .mirrorize.yaml)"],
  [/parameter value/i, "a Tekton parameter value (found only through its use site)"],
];

function unsupported(shape) {
  for (const [re, why] of UNSUPPORTED) if (re.test(shape ?? "")) return why;
  return undefined;
}

/** Compare references by their normalised name (docker.io/library/ for Hub short names). */
function normalize(ref) {
  if (!ref || /[{}$]|^ko:\/\//.test(ref)) return ref ?? "";
  let r = ref.replace(
    /^(?:index\.docker\.io|registry-1\.docker\.io|registry\.hub\.docker\.com)\//,
    "docker.io/",
  );
  const slash = r.indexOf("/");
  const first = slash < 0 ? "" : r.slice(0, slash);
  if (slash < 0) r = `docker.io/library/${r}`;
  else if (!(first.includes(".") || first.includes(":") || first === "localhost")) r = `docker.io/${r}`;
  if (/^docker\.io\/[^/]+$/.test(r.replace(/[:@].*$/, "")))
    r = r.replace(/^docker\.io\//, "docker.io/library/");
  return r;
}

function runCli(args, cwd) {
  try {
    return execFileSync(process.execPath, [cli, ...args], { cwd, encoding: "utf8", maxBuffer: 1 << 28 });
  } catch (e) {
    if (e.stdout) return e.stdout; // exit 1 = findings; the JSON is still on stdout
    throw e;
  }
}

const items = readdirSync(corpus, { withFileTypes: true })
  .filter((d) => d.isDirectory() && existsSync(join(corpus, d.name, "expected.json")))
  .map((d) => d.name)
  .filter((n) => only.length === 0 || only.includes(n))
  .sort();

const rows = [];
const failures = [];
const listed = [];
for (const item of items) {
  const expected = JSON.parse(readFileSync(join(corpus, item, "expected.json"), "utf8"));
  const tmp = mkdtempSync(join(tmpdir(), "mirrorize-corpus-"));
  try {
    cpSync(join(corpus, item), tmp, { recursive: true });
    rmSync(join(tmp, "expected.json"));
    const helm = Boolean(expected.chart);
    if (helm) {
      const c = expected.chart;
      writeFileSync(
        join(tmp, "Chart.yaml"),
        `apiVersion: v2\nname: ${c.name}\nversion: ${c.version}\nappVersion: "${c.appVersion ?? c.version}"\n`,
      );
    }
    const out = JSON.parse(runCli(["list", "--format", "json", "--preset", "daocloud", "."], tmp));
    const images = out.images.filter((i) => i.from !== "" || i.kind === "skipped");
    const problems = out.images.filter((i) => i.kind === "parse-error" || i.kind === "file-error");
    for (const p of problems) failures.push(`${item}: ${p.file}:${p.line} ${p.kind}: ${p.message}`);
    const refs = [...new Set(expected.images.map((i) => i.ref).filter((r) => r && !/[{}$]|^ko:/.test(r)))];
    const targets = new Map();
    if (refs.length > 0) {
      for (const r of JSON.parse(
        runCli(["resolve", "--format", "json", "--preset", "daocloud", ...refs], tmp),
      )) {
        targets.set(r.input, r);
      }
    }
    const used = new Set();
    let found = 0;
    let correct = 0;
    const missed = [];
    for (const img of expected.images) {
      // A finding points at the scalar that changes: the image's own parts, a global registry knob, or
      // the parts of the image map it inherits from (argo-cd's global.image).
      const inherited = expected.images.find((i) => i.path === img.inherits?.split(" ")[0]);
      const partLines = (parts) =>
        Object.values(parts ?? {})
          .map((p) => p?.line)
          .filter(Boolean);
      const lines = new Set([
        img.line,
        ...partLines(img.parts),
        ...(expected.globals ?? []).map((g) => g.line),
        ...partLines(inherited?.parts),
      ]);
      const want = normalize(img.ref);
      const hit = images.findIndex(
        (f, i) => !used.has(i) && lines.has(f.line) && (normalize(f.from) === want || f.from === img.ref),
      );
      const why = unsupported(img.shape);
      if (hit < 0) {
        missed.push({ line: img.line, ref: img.ref, shape: img.shape, why });
        if (!why) failures.push(`${item}: missed ${img.ref} at line ${img.line} (${img.shape})`);
        else listed.push(`${item}:${img.line} ${img.ref} — ${img.shape}: ${why}`);
        continue;
      }
      used.add(hit);
      found++;
      const f = images[hit];
      const r = targets.get(img.ref);
      if (r?.status === "rewrite") {
        if (f.to === r.output) correct++;
        else
          failures.push(
            `${item}: ${img.ref} at line ${img.line} would become ${f.to || "(nothing)"}, expected ${r.output}`,
          );
      } else if (!f.to) correct++;
      else
        failures.push(
          `${item}: ${img.ref} at line ${img.line} is rewritten to ${f.to} but resolves to ${r?.status}`,
        );
    }
    const extra = images.filter((_, i) => !used.has(i));
    const touched = [...(expected.decoys ?? []), ...(expected.commented_out_examples ?? [])].filter((d) =>
      images.some((f) => f.line === d.line && f.to),
    );
    for (const d of touched)
      failures.push(`${item}: decoy or commented-out example at line ${d.line} would be rewritten`);
    rows.push({
      item,
      kind: helm ? "helm" : "manifest",
      expected: expected.images.length,
      found,
      correct,
      missed,
      extra,
      touched: touched.length,
    });
    if (verbose) for (const e of extra) console.log(`  extra ${item}:${e.line} ${e.kind} ${e.from} ${e.to}`);
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

const pad = (s, n) => String(s).padEnd(n);
const num = (s, n) => String(s).padStart(n);
console.log(
  `${pad("item", 38)} ${pad("kind", 8)} ${num("expected", 8)} ${num("found", 6)} ${num("correct", 7)} ${num("missed", 6)} ${num("extra", 5)} ${num("decoys", 6)}`,
);
const total = { expected: 0, found: 0, correct: 0, missed: 0, extra: 0, touched: 0 };
for (const r of rows) {
  console.log(
    `${pad(r.item, 38)} ${pad(r.kind, 8)} ${num(r.expected, 8)} ${num(r.found, 6)} ${num(r.correct, 7)} ${num(r.missed.length, 6)} ${num(r.extra.length, 5)} ${num(r.touched, 6)}`,
  );
  total.expected += r.expected;
  total.found += r.found;
  total.correct += r.correct;
  total.missed += r.missed.length;
  total.extra += r.extra.length;
  total.touched += r.touched;
}
for (const kind of ["manifest", "helm"]) {
  const sub = rows.filter((r) => r.kind === kind);
  const s = (k) => sub.reduce((n, r) => n + (Array.isArray(r[k]) ? r[k].length : r[k]), 0);
  console.log(
    `${pad(`total ${kind} (${sub.length} items)`, 47)} ${num(s("expected"), 8)} ${num(s("found"), 6)} ${num(s("correct"), 7)} ${num(s("missed"), 6)} ${num(s("extra"), 5)} ${num(s("touched"), 6)}`,
  );
}
console.log(
  `${pad(`total (${rows.length} items)`, 47)} ${num(total.expected, 8)} ${num(total.found, 6)} ${num(total.correct, 7)} ${num(total.missed, 6)} ${num(total.extra, 5)} ${num(total.touched, 6)}`,
);
if (listed.length > 0) {
  console.log(`\nNot found, in places mirrorize does not rewrite (${listed.length}):`);
  for (const l of listed) console.log(`  ${l}`);
}
if (failures.length > 0) {
  console.log(`\nFailures (${failures.length}):`);
  for (const f of failures) console.log(`  ${f}`);
  process.exit(1);
}
console.log("\ncorpus: every expected reference in a supported location was found and resolved correctly.");
