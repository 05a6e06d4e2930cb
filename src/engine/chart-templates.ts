import { lstatSync, readdirSync } from "node:fs";
import { join, relative, sep } from "node:path";
import type { Settings } from "../config/types.js";
import type { CompiledSpec } from "../locate/field-specs.js";
import { type ChartTemplates, type ChartTexts, chartTemplates } from "../locate/template/index.js";
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
  cache.set(dir, { stamp, value });
  return value;
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
