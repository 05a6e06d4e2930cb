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
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const repo = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const corpus = resolve(process.env.MIRRORIZE_CORPUS ?? join(repo, "..", "shared", "corpus"));
const cli = resolve(process.env.MIRRORIZE_CLI ?? join(repo, "dist", "cli.js"));
const only = process.argv.slice(2).filter((a) => !a.startsWith("-"));
const verbose = process.argv.includes("--verbose");
/**
 * `--mode plain` (each item in a folder of its own, values beside a Chart.yaml), `--mode gitops`,
 * `--mode templates` (the helm-template-* items of ../shared/corpus-next in a chart's templates/), or all.
 */
const modeArg = process.argv.find((a) => a.startsWith("--mode="))?.slice("--mode=".length) ?? "all";
const modes = modeArg === "all" ? ["plain", "gitops", "templates"] : [modeArg];

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
for (const item of modes.includes("plain") ? items : []) {
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

// GitOps mode: every item laid out as GitOps repositories keep it, without a Chart.yaml. A values
// file is copied (byte for byte, so expected lines hold) into each layout below, all in one tree:
// alone in a folder, and named by an Argo CD Application, a Flux HelmRelease (through a kustomize
// configMapGenerator), a kustomize helmCharts entry and a helmfile, under names that are not values
// names (so only the naming file makes it values). Manifests and kustomizations go to a cluster
// folder. Each copy is judged on its own against the item's expected.json; any finding in the files
// that only name the values is extra.
const GITOPS_LAYOUTS = {
  alone: (item) => ({ values: `clusters/prod/${item}/values.yaml`, files: {} }),
  argocd: (item, c) => ({
    values: `apps/${item}/prod-settings.yaml`,
    files: {
      [`apps/${item}/application.yaml`]: [
        "apiVersion: argoproj.io/v1alpha1",
        "kind: Application",
        "metadata:",
        `  name: ${item}`,
        "  namespace: argocd",
        "spec:",
        "  project: default",
        "  sources:",
        "    - repoURL: https://charts.example.com",
        `      chart: ${c.name}`,
        `      targetRevision: ${c.version.split(" ")[0]}`,
        "      helm:",
        "        valueFiles:",
        `          - $values/apps/${item}/prod-settings.yaml`,
        "    - repoURL: https://git.example.com/platform/gitops.git",
        "      targetRevision: main",
        "      ref: values",
        "  destination:",
        "    server: https://kubernetes.default.svc",
        `    namespace: ${item}`,
        "",
      ].join("\n"),
    },
  }),
  flux: (item, c) => ({
    values: `flux/${item}/settings.yaml`,
    files: {
      [`flux/${item}/helmrelease.yaml`]: [
        "apiVersion: helm.toolkit.fluxcd.io/v2",
        "kind: HelmRelease",
        "metadata:",
        `  name: ${item}`,
        "spec:",
        "  interval: 10m",
        "  chart:",
        "    spec:",
        `      chart: ${c.name}`,
        `      version: "${c.version.split(" ")[0]}"`,
        "      sourceRef:",
        "        kind: HelmRepository",
        "        name: upstream",
        "  valuesFrom:",
        "    - kind: ConfigMap",
        `      name: ${item}-values`,
        "",
      ].join("\n"),
      [`flux/${item}/kustomization.yaml`]: [
        "apiVersion: kustomize.config.k8s.io/v1beta1",
        "kind: Kustomization",
        "resources:",
        "  - helmrelease.yaml",
        "configMapGenerator:",
        `  - name: ${item}-values`,
        "    files:",
        "      - values.yaml=settings.yaml",
        "",
      ].join("\n"),
    },
  }),
  helmCharts: (item, c) => ({
    values: `kustomize/${item}/chart-settings.yaml`,
    files: {
      [`kustomize/${item}/kustomization.yaml`]: [
        "apiVersion: kustomize.config.k8s.io/v1beta1",
        "kind: Kustomization",
        "helmCharts:",
        `  - name: ${c.name}`,
        "    repo: https://charts.example.com",
        `    version: ${c.version.split(" ")[0]}`,
        `    releaseName: ${item}`,
        "    valuesFile: chart-settings.yaml",
        "",
      ].join("\n"),
    },
  }),
  helmfile: (item, c) => ({
    values: `helmfile/${item}/env/prod.yaml`,
    files: {
      [`helmfile/${item}/helmfile.yaml`]: [
        "releases:",
        `  - name: ${item}`,
        `    chart: upstream/${c.name}`,
        `    version: ${c.version.split(" ")[0]}`,
        "    values:",
        "      - env/prod.yaml",
        "",
      ].join("\n"),
    },
  }),
};

const gitopsRows = [];
for (const item of modes.includes("gitops") ? items : []) {
  const expected = JSON.parse(readFileSync(join(corpus, item, "expected.json"), "utf8"));
  const tmp = mkdtempSync(join(tmpdir(), "mirrorize-corpus-gitops-"));
  try {
    const source = readFileSync(join(corpus, item, expected.file));
    const copies = []; // [layout, path]
    const namers = [];
    const put = (path, content) => {
      mkdirSync(dirname(join(tmp, path)), { recursive: true });
      writeFileSync(join(tmp, path), content);
    };
    if (expected.chart) {
      for (const [layout, make] of Object.entries(GITOPS_LAYOUTS)) {
        const { values, files } = make(item, expected.chart);
        put(values, source);
        copies.push([layout, values]);
        for (const [path, content] of Object.entries(files)) {
          put(path, content);
          namers.push(path);
        }
      }
    } else {
      const path = `clusters/prod/${item}/${expected.file}`;
      put(path, source);
      copies.push(["manifest", path]);
    }
    const out = JSON.parse(runCli(["list", "--format", "json", "--preset", "daocloud", "."], tmp));
    const all = out.images.filter((i) => i.from !== "" || i.kind === "skipped");
    for (const p of out.images.filter((i) => i.kind === "parse-error" || i.kind === "file-error"))
      failures.push(`gitops ${item}: ${p.file}:${p.line} ${p.kind}: ${p.message}`);
    const refs = [...new Set(expected.images.map((i) => i.ref).filter((r) => r && !/[{}$]|^ko:/.test(r)))];
    const targets = new Map();
    if (refs.length > 0)
      for (const r of JSON.parse(
        runCli(["resolve", "--format", "json", "--preset", "daocloud", ...refs], tmp),
      ))
        targets.set(r.input, r);
    for (const [layout, path] of copies) {
      const images = all.filter((f) => f.file === path);
      const used = new Set();
      const row = {
        item,
        layout,
        expected: expected.images.length,
        found: 0,
        correct: 0,
        missed: 0,
        extra: 0,
        touched: 0,
        unsupported: 0,
      };
      for (const img of expected.images) {
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
        if (hit < 0) {
          row.missed++;
          if (unsupported(img.shape)) row.unsupported++;
          else
            failures.push(
              `gitops ${item} (${layout}, ${path}): missed ${img.ref} at line ${img.line} (${img.shape})`,
            );
          continue;
        }
        used.add(hit);
        row.found++;
        const f = images[hit];
        const r = targets.get(img.ref);
        if (r?.status === "rewrite" ? f.to === r.output : !f.to) row.correct++;
        else
          failures.push(
            `gitops ${item} (${layout}): ${img.ref} at line ${img.line} would become ${f.to || "(nothing)"}, expected ${r?.status === "rewrite" ? r.output : r?.status}`,
          );
      }
      const extra = images.filter((_, i) => !used.has(i));
      row.extra = extra.length;
      for (const e of extra)
        failures.push(`gitops ${item} (${layout}): extra ${e.from} at ${path}:${e.line}`);
      const touched = [...(expected.decoys ?? []), ...(expected.commented_out_examples ?? [])].filter((d) =>
        images.some((f) => f.line === d.line && f.to),
      );
      row.touched = touched.length;
      for (const d of touched)
        failures.push(
          `gitops ${item} (${layout}): decoy or commented-out example at line ${d.line} would be rewritten`,
        );
      gitopsRows.push(row);
    }
    for (const f of all.filter((i) => namers.includes(i.file)))
      failures.push(`gitops ${item}: extra ${f.from} in ${f.file}:${f.line} (a file that only names values)`);
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}
if (gitopsRows.length > 0) {
  console.log(
    `\nGitOps layouts (no Chart.yaml): ${pad("layout", 12)} ${num("copies", 6)} ${num("expected", 8)} ${num("found", 6)} ${num("correct", 7)} ${num("missed", 6)} ${num("extra", 5)} ${num("decoys", 6)}  recall`,
  );
  const layouts = [...new Set(gitopsRows.map((r) => r.layout)), "total"];
  for (const layout of layouts) {
    const sub = gitopsRows.filter((r) => layout === "total" || r.layout === layout);
    const s = (k) => sub.reduce((n, r) => n + r[k], 0);
    const recall = s("expected") === 0 ? 1 : s("found") / s("expected");
    console.log(
      `${pad("", 31)} ${pad(layout, 12)} ${num(sub.length, 6)} ${num(s("expected"), 8)} ${num(s("found"), 6)} ${num(s("correct"), 7)} ${num(s("missed"), 6)} ${num(s("extra"), 5)} ${num(s("touched"), 6)}  ${recall.toFixed(3)}`,
    );
  }
  const t = (k) => gitopsRows.reduce((n, r) => n + r[k], 0);
  const recall = t("found") / t("expected");
  if (recall < 0.97) failures.push(`gitops: recall ${recall.toFixed(3)} is below 0.97`);
}
// Templates mode: every helm-template-* item of ../shared/corpus-next (real chart templates with
// ground truth) laid out in a chart's templates/ folder as in its repository, beside a Chart.yaml.
// Recall must be 1.00, with nothing extra, no decoy touched, and no parse or file error.
const corpusNext = resolve(process.env.MIRRORIZE_CORPUS_NEXT ?? join(corpus, "..", "corpus-next"));
const templateItems =
  modes.includes("templates") && existsSync(corpusNext)
    ? readdirSync(corpusNext)
        .filter((d) => d.startsWith("helm-template-") && existsSync(join(corpusNext, d, "expected.json")))
        .filter((n) => only.length === 0 || only.includes(n))
        .sort()
    : [];
if (modes.includes("templates") && !existsSync(corpusNext)) {
  if (process.env.CI) failures.push(`corpus-next not found at ${corpusNext} (set MIRRORIZE_CORPUS_NEXT)`);
  else console.log(`\nskipped templates mode: corpus-next not found at ${corpusNext}`);
}
const templateRows = [];
for (const item of templateItems) {
  const expected = JSON.parse(readFileSync(join(corpusNext, item, "expected.json"), "utf8"));
  const tmp = mkdtempSync(join(tmpdir(), "mirrorize-corpus-templates-"));
  try {
    const c = expected.chart;
    const within = expected.source.path.slice(expected.source.path.indexOf("templates/"));
    mkdirSync(dirname(join(tmp, "chart", within)), { recursive: true });
    writeFileSync(
      join(tmp, "chart", "Chart.yaml"),
      `apiVersion: v2\nname: ${c.name}\nversion: ${c.version}\nappVersion: "${c.appVersion ?? c.version}"\n`,
    );
    cpSync(join(corpusNext, item, expected.file), join(tmp, "chart", within));
    const path = `chart/${within}`;
    const out = JSON.parse(runCli(["list", "--format", "json", "--preset", "daocloud", "."], tmp));
    for (const p of out.images.filter((i) => i.kind === "parse-error" || i.kind === "file-error"))
      failures.push(`templates ${item}: ${p.file}:${p.line} ${p.kind}: ${p.message}`);
    const images = out.images.filter((i) => i.file === path && (i.from !== "" || i.kind === "skipped"));
    const refs = [...new Set(expected.images.map((i) => i.ref))];
    const targets = new Map();
    for (const r of JSON.parse(runCli(["resolve", "--format", "json", "--preset", "daocloud", ...refs], tmp)))
      targets.set(r.input, r);
    const used = new Set();
    const row = { item, expected: expected.images.length, found: 0, correct: 0, extra: 0, touched: 0 };
    for (const img of expected.images) {
      const lines = new Set([img.line, ...Object.values(img.parts ?? {}).map((p) => p.line)]);
      const want = normalize(img.ref);
      const hit = images.findIndex((f, i) => !used.has(i) && lines.has(f.line) && normalize(f.from) === want);
      if (hit < 0) {
        failures.push(`templates ${item}: missed ${img.ref} at line ${img.line} (${img.shape})`);
        continue;
      }
      used.add(hit);
      row.found++;
      const r = targets.get(img.ref);
      if (r?.status === "rewrite" ? images[hit].to === r.output : !images[hit].to) row.correct++;
      else
        failures.push(
          `templates ${item}: ${img.ref} at line ${img.line} would become ${images[hit].to || "(nothing)"}, expected ${r?.output ?? r?.status}`,
        );
    }
    const extra = images.filter((_, i) => !used.has(i));
    row.extra = extra.length;
    for (const e of extra) failures.push(`templates ${item}: extra ${e.kind} ${e.from} at ${path}:${e.line}`);
    const touched = (expected.decoys ?? []).filter((d) => images.some((f) => f.line === d.line && f.to));
    row.touched = touched.length;
    for (const d of touched) failures.push(`templates ${item}: decoy at line ${d.line} would be rewritten`);
    templateRows.push(row);
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}
if (templateRows.length > 0) {
  console.log(
    `\nChart templates (corpus-next): ${pad("item", 44)} ${num("expected", 8)} ${num("found", 6)} ${num("correct", 7)} ${num("extra", 5)} ${num("decoys", 6)}`,
  );
  for (const r of templateRows)
    console.log(
      `${pad("", 30)} ${pad(r.item, 44)} ${num(r.expected, 8)} ${num(r.found, 6)} ${num(r.correct, 7)} ${num(r.extra, 5)} ${num(r.touched, 6)}`,
    );
  const t = (k) => templateRows.reduce((n, r) => n + r[k], 0);
  const recall = t("expected") === 0 ? 1 : t("found") / t("expected");
  console.log(
    `${pad("", 30)} ${pad(`total (${templateRows.length} items)`, 44)} ${num(t("expected"), 8)} ${num(t("found"), 6)} ${num(t("correct"), 7)} ${num(t("extra"), 5)} ${num(t("touched"), 6)}  recall ${recall.toFixed(2)}`,
  );
  if (recall < 1) failures.push(`templates: recall ${recall.toFixed(2)} is below 1.00`);
}
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
