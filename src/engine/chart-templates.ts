import { lstatSync, readdirSync } from "node:fs";
import { join, relative, sep } from "node:path";
import type { Settings } from "../config/types.js";
import type { CompiledSpec } from "../locate/field-specs.js";
import type { LearnedComposition } from "../locate/helm/learned.js";
import {
  type ChartTemplates,
  type ChartTexts,
  chartTemplates,
  fixedName,
  learnCompositions,
} from "../locate/template/index.js";
import { parseNormalized, name as refName } from "../reference/index.js";
import { needsWorker } from "./parse.js";
import { readTextSync } from "./read.js";

/** Helper files read per chart, at most (a chart has a handful). */
const MAX_HELPERS = 200;
const MAX_HELPER_SIZE = 1024 * 1024;

/** Charts read in this thread, by folder: their texts change rarely during a run (see `stamp`). */
const cache = new Map<string, { stamp: string; value: ChartTemplates }>();

/**
 * What the templates of the chart in `dir` are located with: its values.yaml, Chart.yaml and helper
 * files (`templates/**\/_*` and `*.tpl`, and those of subcharts unpacked under `charts/`). Only
 * regular files inside the chart are read, never through a symbolic link.
 */
export function readChartTemplates(
  dir: string,
  cwd: string,
  settings: Settings,
  specs: readonly CompiledSpec[],
): ChartTemplates {
  const stamp = ["values.yaml", "values.yml", "Chart.yaml"].map((n) => statStamp(join(dir, n))).join("|");
  const hit = cache.get(dir);
  if (hit && hit.stamp === stamp) return hit.value;
  const text = (name: string, max = settings.limits.maxFileSize) => {
    const path = join(dir, name);
    if (lstatSync(path, { throwIfNoEntry: false })?.isFile() !== true) return undefined;
    const r = readTextSync(path, name, max);
    return r.ok ? r.text : undefined;
  };
  const valuesName = text("values.yaml") !== undefined ? "values.yaml" : "values.yml";
  const texts: ChartTexts = { helpers: [] };
  const chartYaml = text("Chart.yaml") ?? text("Chart.yml");
  if (chartYaml !== undefined) texts.chartYaml = chartYaml;
  const valuesYaml = text(valuesName);
  if (valuesYaml !== undefined) {
    texts.valuesYaml = valuesYaml;
    texts.valuesFile = toPosix(relative(cwd, join(dir, valuesName)));
  }
  for (const rel of helperFiles(dir)) {
    const t = text(rel, MAX_HELPER_SIZE);
    if (t !== undefined) texts.helpers.push({ source: toPosix(rel), text: t });
  }
  if (cache.size > 100) cache.clear();
  const value = chartTemplates(texts, settings, specs);
  // What the templates teach the values locator is covered too (a key no shape names as an image).
  const learned = learnCompositions(readTemplates(dir, settings), value, specs);
  if (learned.length > 0) {
    const base = value.covered;
    const paths = learned.flatMap((l) => [
      l.image.join("."),
      ...[...l.name.flat(), ...(l.tag ?? [])].flatMap((p) => ("values" in p ? [p.values.join(".")] : [])),
    ]);
    value.covered = (path) => base(path) || paths.some((p) => p === path || path.startsWith(`${p}.`));
  }
  cache.set(dir, { stamp, value });
  return value;
}

/** The texts of a chart's template manifests that hold actions. */
function readTemplates(dir: string, settings: Settings): { source: string; text: string }[] {
  const templates: { source: string; text: string }[] = [];
  for (const rel of templateFiles(dir)) {
    const path = join(dir, rel);
    if (lstatSync(path, { throwIfNoEntry: false })?.isFile() !== true) continue;
    const r = readTextSync(path, rel, settings.limits.maxFileSize);
    if (r.ok && r.text.includes("{{")) templates.push({ source: toPosix(rel), text: r.text });
  }
  return templates;
}

/** Template files read per chart to learn compositions, at most. */
const MAX_TEMPLATES = 500;

const learnedCache = new Map<string, { stamp: string; value: LearnedComposition[] }>();

/**
 * The compositions a chart's templates give its values' images (src/locate/template/learn.ts), for
 * the Helm values locator's hook. `resolve` tells what a literal the template locator rewrites will
 * read after `fix`, so that the values file and the template agree in one run.
 */
export function readLearnedCompositions(
  dir: string,
  cwd: string,
  settings: Settings,
  specs: readonly CompiledSpec[],
  resolve: (ref: string) => { status: string; output?: string },
): LearnedComposition[] {
  const files = templateFiles(dir);
  if (files.length === 0) return [];
  const stamp = [...files, "values.yaml", "values.yml", "Chart.yaml"]
    .map((n) => statStamp(join(dir, n)))
    .join("|");
  const hit = learnedCache.get(dir);
  if (hit && hit.stamp === stamp) return hit.value;
  needsWorker(); // the templates are parsed with `yaml`
  const chart = readChartTemplates(dir, cwd, settings, specs);
  const value = learnCompositions(readTemplates(dir, settings), chart, specs, (rendered, name) => {
    const r = resolve(rendered);
    if (r.status !== "rewrite" || r.output === undefined) return undefined;
    const parsed = parseNormalized(r.output);
    return parsed.ok ? fixedName(name, refName(parsed.ref)) : undefined;
  });
  if (learnedCache.size > 100) learnedCache.clear();
  learnedCache.set(dir, { stamp, value });
  return value;
}

/** The manifests of a chart's `templates/` (YAML not named `_*`), relative to the chart. */
function templateFiles(dir: string): string[] {
  const out: string[] = [];
  const visit = (rel: string, depth: number) => {
    if (out.length >= MAX_TEMPLATES || depth > 6) return;
    let names: import("node:fs").Dirent[];
    try {
      names = readdirSync(join(dir, rel), { withFileTypes: true });
    } catch {
      return;
    }
    names.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const d of names) {
      const child = join(rel, d.name);
      if (d.isDirectory()) visit(child, depth + 1);
      else if (d.isFile() && !d.name.startsWith("_") && /\.(?:ya?ml|json)$/.test(d.name)) out.push(child);
    }
  };
  visit("templates", 0);
  return out;
}

function statStamp(path: string): string {
  const st = lstatSync(path, { throwIfNoEntry: false });
  return st ? `${st.mtimeMs}:${st.size}` : "-";
}

/** Helper files of a chart, relative to it: `templates/**` files named `_*` or `*.tpl`, also in `charts/*`. */
function helperFiles(dir: string): string[] {
  const out: string[] = [];
  const visit = (rel: string, depth: number) => {
    if (out.length >= MAX_HELPERS || depth > 6) return;
    let names: import("node:fs").Dirent[];
    try {
      names = readdirSync(join(dir, rel), { withFileTypes: true });
    } catch {
      return;
    }
    names.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const d of names) {
      const child = join(rel, d.name);
      if (d.isDirectory()) visit(child, depth + 1);
      else if (d.isFile() && (d.name.startsWith("_") || d.name.endsWith(".tpl"))) out.push(child);
    }
  };
  visit("templates", 0);
  let subcharts: import("node:fs").Dirent[] = [];
  try {
    subcharts = readdirSync(join(dir, "charts"), { withFileTypes: true });
  } catch {
    // no subcharts unpacked
  }
  for (const d of subcharts) if (d.isDirectory()) visit(join("charts", d.name, "templates"), 0);
  return out;
}

function toPosix(p: string): string {
  return sep === "/" ? p : p.split(sep).join("/");
}
