#!/usr/bin/env node
// Corpus check of the sources beyond Kubernetes YAML (issue 18): runs the built CLI
// (`list --format json --preset daocloud`) on the Dockerfile, Compose, workflow and kubeadm items of
// ../shared/corpus-next (or MIRRORIZE_CORPUS_NEXT), each copied to a temporary folder under the name
// the tool classifies it by (workflows under .github/workflows/), never into the repository, and
// compares the findings with each item's expected.json (format: corpus-next/INDEX.md).
//
// An expected image is found when a finding is on its line (or on the line of the ARG default it is
// composed from) with the same reference; an image written through a YAML alias is found at its
// anchor; an expression the file cannot resolve (`$VAR`, `${{ … }}`, a Jinja expression) is found
// when it is reported as written. Exits 1 on a miss, a wrong target, an extra finding, a decoy
// touched, or a parse/file error; then `fix` must change only the lines of rewrite findings, and a
// second `fix` nothing. The helm-template-* items are checked with the chart templates.
import { execFileSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const repo = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const corpus = resolve(process.env.MIRRORIZE_CORPUS_NEXT ?? join(repo, "..", "shared", "corpus-next"));
const cli = resolve(process.env.MIRRORIZE_CLI ?? join(repo, "dist", "cli.js"));
const only = process.argv.slice(2).filter((a) => !a.startsWith("-"));
const verbose = process.argv.includes("--verbose");

/** The item kinds this check covers, and where each file goes in the scanned folder. */
const KINDS = [
  { prefix: "dockerfile-", kind: "dockerfile", place: (file) => file },
  { prefix: "compose-", kind: "compose", place: (file) => file },
  { prefix: "workflow-", kind: "workflow", place: (file) => `.github/workflows/${file}` },
  { prefix: "kubeadm-", kind: "kubeadm", place: (file) => file },
];

/** The component a kubeadm repository knob is resolved with (src/locate/kubeadm.ts). */
const KUBEADM_PROBES = {
  imageRepository: "kube-apiserver",
  "dns.imageRepository": "coredns",
  "etcd.local.imageRepository": "etcd",
};

if (!existsSync(corpus)) {
  const msg = `corpus-next not found at ${corpus} (set MIRRORIZE_CORPUS_NEXT)`;
  if (process.env.CI) {
    console.error(`${msg}; CI must not skip the corpus check.`);
    process.exit(1);
  }
  console.log(`skipped: ${msg}`);
  process.exit(0);
}

function normalize(ref) {
  if (!ref || /[{}$]/.test(ref)) return ref ?? "";
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

const literal = (ref) => Boolean(ref) && !/[{}$]/.test(ref);
const unquote = (v) => (typeof v === "string" && /^(["']).*\1$/s.test(v) ? v.slice(1, -1) : v);

function runCli(args, cwd) {
  try {
    return execFileSync(process.execPath, [cli, ...args], { cwd, encoding: "utf8", maxBuffer: 1 << 28 });
  } catch (e) {
    if (e.stdout) return e.stdout;
    throw e;
  }
}

const items = readdirSync(corpus, { withFileTypes: true })
  .filter((d) => d.isDirectory() && existsSync(join(corpus, d.name, "expected.json")))
  .map((d) => d.name)
  .filter((n) => KINDS.some((k) => n.startsWith(k.prefix)))
  .filter((n) => only.length === 0 || only.includes(n))
  .sort();

const rows = [];
const failures = [];
for (const item of items) {
  const { kind, place } = KINDS.find((k) => item.startsWith(k.prefix));
  const expected = JSON.parse(readFileSync(join(corpus, item, "expected.json"), "utf8"));
  const tmp = mkdtempSync(join(tmpdir(), "mirrorize-corpus-next-"));
  try {
    const target = join(tmp, place(expected.file));
    mkdirSync(dirname(target), { recursive: true });
    cpSync(join(corpus, item, expected.file), target);
    const out = JSON.parse(runCli(["list", "--format", "json", "--preset", "daocloud", "."], tmp));
    for (const p of out.images.filter((i) => i.kind === "parse-error" || i.kind === "file-error"))
      failures.push(`${item}: ${p.file}:${p.line} ${p.kind}: ${p.message}`);
    const images = out.images.filter(
      (i) => i.from !== "" && i.kind !== "parse-error" && i.kind !== "file-error",
    );
    // What each literal reference should become: an image, or (kubeadm) a repository prefix.
    const probe = (img) => (kind === "kubeadm" ? KUBEADM_PROBES[img.path] : undefined);
    const inputs = new Map();
    // A template expression (Jinja, `${{ }}`) is reported as written, whatever it renders to.
    const expression = (img) => typeof img.value === "string" && img.value.includes("{{");
    for (const img of expected.images) {
      if (!literal(img.ref) || expression(img)) continue;
      inputs.set(img, probe(img) ? `${img.ref}/${probe(img)}` : img.ref);
    }
    const targets = new Map();
    const unique = [...new Set(inputs.values())];
    if (unique.length > 0) {
      for (const r of JSON.parse(
        runCli(["resolve", "--format", "json", "--preset", "daocloud", ...unique], tmp),
      ))
        targets.set(r.input, r);
    }
    const want = (img) => {
      const r = targets.get(inputs.get(img));
      if (r?.status !== "rewrite") return { status: r?.status ?? "not-a-literal" };
      const p = probe(img);
      return { status: "rewrite", output: p ? r.output.replace(new RegExp(`/${p}$`), "") : r.output };
    };
    const used = new Set();
    let found = 0;
    let correct = 0;
    const missed = [];
    // Alias uses last: they are found where their anchor is.
    const ordered = [...expected.images].sort(
      (a, b) => Number(Boolean(a.alias_of)) - Number(Boolean(b.alias_of)),
    );
    for (const img of ordered) {
      const lines = new Set(
        img.alias_of
          ? [img.alias_of.line]
          : [img.line, img.arg?.line, ...(img.args ?? []).map((a) => a.line)].filter(Boolean),
      );
      const same = (f) =>
        f.from === img.ref ||
        (literal(img.ref) && normalize(f.from) === normalize(img.ref)) ||
        ((!literal(img.ref) || expression(img)) && f.from === unquote(img.value));
      const hit = images.findIndex((f, i) => (img.alias_of || !used.has(i)) && lines.has(f.line) && same(f));
      if (hit < 0) {
        missed.push(img);
        failures.push(`${item}: missed ${img.ref} at line ${img.line} (${img.shape})`);
        continue;
      }
      if (!img.alias_of) used.add(hit);
      found++;
      const f = images[hit];
      const w = want(img);
      if (w.status === "rewrite" ? f.to === w.output : !f.to) correct++;
      else
        failures.push(
          `${item}: ${img.ref} at line ${img.line} would become ${f.to || "(nothing)"}, expected ${w.output ?? `no rewrite (${w.status})`}`,
        );
    }
    const extra = images.filter((_, i) => !used.has(i));
    for (const e of extra) failures.push(`${item}: extra finding at line ${e.line}: ${e.kind} ${e.from}`);
    const touched = (expected.decoys ?? []).filter((d) => images.some((f) => f.line === d.line && f.to));
    for (const d of touched) failures.push(`${item}: decoy at line ${d.line} would be rewritten`);
    // fix: only the lines of rewrite findings change (every other byte kept), and a second fix changes nothing.
    const before = readFileSync(target, "utf8");
    runCli(["fix", "--preset", "daocloud", "."], tmp);
    const after = readFileSync(target, "utf8");
    const rewritten = new Set(images.filter((f) => f.to && f.kind === "rewrite").map((f) => f.line));
    const a = before.split("\n");
    const b = after.split("\n");
    if (a.length !== b.length)
      failures.push(`${item}: fix changed the number of lines (${a.length} -> ${b.length})`);
    else
      a.forEach((line, i) => {
        if (line !== b[i] && !rewritten.has(i + 1))
          failures.push(`${item}: fix changed line ${i + 1}, which has no rewrite`);
      });
    runCli(["fix", "--preset", "daocloud", "."], tmp);
    if (readFileSync(target, "utf8") !== after) failures.push(`${item}: a second fix changed the file again`);
    const changedLines = a.filter((line, i) => line !== b[i]).length;
    rows.push({
      item,
      kind,
      expected: expected.images.length,
      found,
      correct,
      missed,
      extra,
      touched: touched.length,
      changedLines,
    });
    if (verbose) for (const e of extra) console.log(`  extra ${item}:${e.line} ${e.kind} ${e.from} ${e.to}`);
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

const pad = (s, n) => String(s).padEnd(n);
const num = (s, n) => String(s).padStart(n);
console.log(
  `${pad("item", 38)} ${pad("kind", 10)} ${num("expected", 8)} ${num("found", 6)} ${num("correct", 7)} ${num("missed", 6)} ${num("extra", 5)} ${num("decoys", 6)} ${num("fixed lines", 11)}`,
);
const total = { expected: 0, found: 0, correct: 0, missed: 0, extra: 0, touched: 0 };
for (const r of rows) {
  console.log(
    `${pad(r.item, 38)} ${pad(r.kind, 10)} ${num(r.expected, 8)} ${num(r.found, 6)} ${num(r.correct, 7)} ${num(r.missed.length, 6)} ${num(r.extra.length, 5)} ${num(r.touched, 6)} ${num(r.changedLines, 11)}`,
  );
  total.expected += r.expected;
  total.found += r.found;
  total.correct += r.correct;
  total.missed += r.missed.length;
  total.extra += r.extra.length;
  total.touched += r.touched;
}
const recall = total.expected === 0 ? 1 : total.found / total.expected;
console.log(
  `${pad(`total (${rows.length} items)`, 49)} ${num(total.expected, 8)} ${num(total.found, 6)} ${num(total.correct, 7)} ${num(total.missed, 6)} ${num(total.extra, 5)} ${num(total.touched, 6)}   recall ${recall.toFixed(2)}`,
);
if (failures.length > 0) {
  console.log(`\nFailures (${failures.length}):`);
  for (const f of failures) console.log(`  ${f}`);
  process.exit(1);
}
console.log(
  "\ncorpus-next sources: every expected reference was found and resolved correctly, nothing extra.",
);
