import { type Document, isMap, LineCounter, parseAllDocuments, type YAMLMap } from "yaml";
import type { Edit } from "../../edit/types.js";
import { parseNormalized, name as refName } from "../../reference/index.js";
import type { ImageReference } from "../../reference/types.js";
import type { CompiledSpec } from "../field-specs.js";
import { locateObject } from "../kubernetes.js";
import type { ImageSite, RewritePlan, Span } from "../types.js";
import { type Action, type ActionScan, maskActions, scanActions } from "./actions.js";
import { BUILTIN_HELPERS } from "./builtin-helpers.js";
import type { ChartTemplates } from "./chart.js";
import { Evaluator, type Library, mapOf, merge, NIL, type Seg, sliceSegs, str, type Val } from "./eval.js";
import { parseTemplate, type TNode } from "./syntax.js";

/** What locating a template file needs. */
export interface TemplateContext {
  text: string;
  specs: readonly CompiledSpec[];
  /** Filled with the text's line starts (the masked text has the same). */
  lineCounter?: LineCounter;
  /** The chart the template belongs to (its values, helpers, Chart.yaml), when there is one. */
  chart?: ChartTemplates;
}

export interface TemplateLocation {
  sites: ImageSite[];
  /** Number of YAML documents of the masked text (the edited text must mask into as many). */
  documents: number;
  /** The masked text's documents with YAML errors (the edited text must not have more). */
  errors: number;
}

/** The text with its Go template actions masked (same length, same lines). */
export function maskTemplate(text: string): { masked: string; scan: ActionScan } {
  const scan = scanActions(text);
  return { masked: maskActions(text, scan), scan };
}

/** Parse the masked text of a template tolerantly: duplicate keys (from if/else branches) are allowed. */
export function parseMasked(masked: string, lineCounter?: LineCounter): Document.Parsed[] {
  const docs = parseAllDocuments(masked, { uniqueKeys: false, prettyErrors: false, lineCounter });
  return Array.isArray(docs) ? docs : [];
}

/**
 * Image sites of a Go template file (a chart's `templates/*.yaml`, a `*.gotmpl`, a file rendered by
 * `tpl`): the actions are masked, the rest is read as YAML with the same field specs as manifests.
 * A literal image is rewritten in place; an image an expression composes is followed through the
 * chart's values and helpers: its literal parts (a `default "…"`, a `dict "registry" "…"`) are
 * rewritten in place, and one that comes from a value mirrorize does not see as an image is reported.
 */
export function locateTemplate(ctx: TemplateContext): TemplateLocation {
  const sites: ImageSite[] = [];
  const read = readTemplate(ctx.text, ctx.specs, ctx.chart, ctx.lineCounter);
  for (const { site, over } of read.fields) {
    if (over.length === 0) sites.push(site);
    else sites.push(...templatedSites(site, renderField(site, over, read, ctx.chart), ctx));
  }
  return { sites: dedupe(sites), documents: read.documents, errors: read.errors };
}

/** A template file read: its image fields (with the actions inside each) and its named templates. */
interface ReadTemplate {
  text: string;
  fields: { site: ImageSite; over: Action[] }[];
  body: readonly TNode[];
  lib: Library;
  documents: number;
  errors: number;
}

function readTemplate(
  text: string,
  specs: readonly CompiledSpec[],
  chart: ChartTemplates | undefined,
  lineCounter?: LineCounter,
): ReadTemplate {
  const { masked, scan } = maskTemplate(text);
  const docs = parseMasked(masked, lineCounter ?? new LineCounter());
  const template = parseTemplate(text, "", scan);
  const lib = library(template.defines, text, chart);
  const fields: ReadTemplate["fields"] = [];
  let errors = 0;
  for (const doc of docs) {
    if (doc.errors.length > 0) errors++;
    if (!isMap(doc.contents)) continue;
    for (const site of locateObject(doc.contents as YAMLMap, { text: masked, doc, specs })) {
      const over = scan.actions.filter((a) => a.start < site.span.end && a.end > site.span.start);
      const unclosed = scan.unclosed !== undefined && scan.unclosed < site.span.end;
      // Args and env values with actions in them are not followed (they are report-only anyway).
      if ((over.length > 0 && site.optIn) || unclosed) continue;
      fields.push({ site, over });
    }
  }
  return { text, fields, body: template.body, lib, documents: docs.length, errors };
}

/** What an image field renders with the chart's values, and with none set (the literal defaults). */
interface FieldRendering {
  actuals: Rendering[];
  empties: Rendering[];
}

function renderField(
  site: ImageSite,
  over: Action[],
  read: ReadTemplate,
  chart: ChartTemplates | undefined,
): FieldRendering {
  const { text } = read;
  let { start, end } = site.span;
  const q = text[start];
  if ((q === '"' || q === "'") && text[end - 1] === q && end - start >= 2) {
    start++;
    end--;
  }
  const nodes = parseTemplate(text, "", { actions: over.filter((a) => a.start >= start && a.end <= end) }, [
    start,
    end,
  ]).body;
  const quoted = q === '"' || q === "'";
  const render = (values: Val): Rendering[] => {
    const root = rootOf(values, chart);
    const ev = new Evaluator(read.lib, quoted ? { quoted: q } : {});
    return ev
      .renderAt(read.body, start, nodes, root)
      .map((value) => ({ ...split(value, ev.reads, ev.missing), uncertain: ev.uncertain }));
  };
  const unset: Val = { t: "nil", path: "" };
  return { actuals: render(chart?.values ?? unset), empties: render(unset) };
}

/** Every image field with actions of a template, rendered with the chart's values (for learning). */
export function renderImages(
  text: string,
  chart: ChartTemplates,
  specs: readonly CompiledSpec[],
): { text: string; name: Seg[]; rest: Seg[]; line: number }[] {
  const read = readTemplate(text, specs, chart);
  const out: { text: string; name: Seg[]; rest: Seg[]; line: number }[] = [];
  for (const { site, over } of read.fields) {
    if (over.length === 0) continue;
    const line = text.slice(0, site.span.start).split("\n").length;
    for (const r of renderField(site, over, read, chart).actuals) {
      if (!r.unknown && !r.uncertain) out.push({ text: r.text, name: r.name, rest: r.rest, line });
    }
  }
  return out;
}

function dedupe(sites: ImageSite[]): ImageSite[] {
  const seen = new Set<string>();
  return sites.filter((s) => {
    const key = `${s.span.start}:${s.span.end}:${s.ref}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** The named templates an expression may include: the file's own, the chart's helpers, mirrorize's. */
function library(own: Map<string, TNode[]>, text: string, chart: ChartTemplates | undefined): Library {
  const defines = new Map<string, TNode[]>();
  const sources = new Map<string, string>([["", text]]);
  for (const [name, helperText] of BUILTIN_HELPERS) {
    sources.set(name, helperText);
    for (const [k, v] of parseTemplate(helperText, name).defines) defines.set(k, v);
  }
  for (const h of chart?.helpers ?? []) {
    sources.set(h.source, h.text);
    for (const [k, v] of h.defines) defines.set(k, v);
  }
  for (const [k, v] of own) defines.set(k, v);
  return { defines, sources };
}

/** The root `.` of a chart's templates: `.Values`, `.Chart`, and what only a live render knows. */
function rootOf(values: Val, chart: ChartTemplates | undefined): Val {
  const c = chart?.chart ?? {};
  const unknown = (why: string): Val => ({ t: "unknown", why });
  return mapOf({
    Values: values,
    Chart: mapOf({
      AppVersion: c.appVersion !== undefined ? str(c.appVersion, { k: "chart", key: "appVersion" }) : NIL,
      Version: c.version !== undefined ? str(c.version, { k: "chart", key: "version" }) : NIL,
      Name: c.name !== undefined ? str(c.name, { k: "chart", key: "name" }) : NIL,
    }),
    Release: unknown("the release (name, namespace)"),
    Capabilities: unknown("the cluster's capabilities"),
    Files: unknown("a file of the chart"),
    Template: unknown("the template's own name"),
  });
}

/** What an expression renders for an image, split into the name and the rest. */
interface Rendering {
  text: string;
  /** Segments of the name part (before `:tag` / `@digest`), and of what follows it. */
  name: Seg[];
  rest: Seg[];
  nameText: string;
  /** Why the name cannot be known (an origin mirrorize cannot follow). */
  unknown?: string;
  /** Values keys the name is read from. */
  valuesPaths: string[];
  reads: Set<string>;
  missing: Set<string>;
  /** A branch was taken on a condition mirrorize cannot know (not learned from). */
  uncertain?: boolean;
}

/**
 * The sites of an image field whose value holds template actions: what it renders with the chart's
 * values, and what it renders when no value is set (the literal defaults).
 */
function templatedSites(site: ImageSite, r: FieldRendering, ctx: TemplateContext): ImageSite[] {
  const out: ImageSite[] = [];
  r.actuals.forEach((actual, i) => {
    out.push(...sitesOf(site, actual, r.empties[i] ?? r.empties[0]!, ctx.text, ctx));
  });
  return out;
}

function sitesOf(
  site: ImageSite,
  actual: Rendering,
  empty: Rendering,
  text: string,
  ctx: TemplateContext,
): ImageSite[] {
  const out: ImageSite[] = [];
  const expr = text.slice(site.span.start, site.span.end);
  const base = { source: "kubernetes" as const, field: site.field };
  const literal = (r: Rendering, note?: string) => {
    const parsed = parseNormalized(r.text);
    if (!parsed.ok || r.unknown || r.valuesPaths.length > 0 || r.nameText === "") return false;
    const at = spanOfRuns(r.name) ?? site.span;
    out.push({
      ...base,
      ref: r.text,
      span: at,
      shape: "helm-template",
      ...(note ? { note } : {}),
      rewrite: (to: ImageReference): RewritePlan => rewriteLiterals(r.name, refName(to), at),
    });
    return true;
  };
  const missingNote = (r: Rendering) =>
    r.missing.size > 0
      ? `the chart's helper ${[...r.missing].map((m) => `"${m}"`).join(", ")} is not in the tree; read as registry/repository:tag`
      : undefined;
  const tookLiteral = literal(actual, missingNote(actual));
  if (!tookLiteral) {
    const report = (why: string) =>
      out.push({
        ...base,
        ref: expr,
        span: site.span,
        shape: "helm-template",
        unknown: why,
        rewrite: () => ({ ok: false, reason: why, at: site.span }),
      });
    if (actual.unknown) {
      report(`the image is built from ${actual.unknown}; mirrorize cannot tell what it renders`);
    } else if (
      actual.valuesPaths.length > 0 &&
      ownsRegistry(actual.name) &&
      parseNormalized(actual.text).ok
    ) {
      // The template writes the registry (`"quay.io/{{ .Values.image.repository }}"`): it is
      // rewritten here; the values keep their parts (the composition learned tells the values file).
      const at = spanOfRuns(actual.name) ?? site.span;
      out.push({
        ...base,
        ref: actual.text,
        span: at,
        shape: "helm-template",
        note: `the registry is written in the template; ${actual.valuesPaths.map((p) => `.Values.${p}`).join(", ")} stay as they are`,
        rewrite: (to: ImageReference): RewritePlan => rewriteLiterals(actual.name, refName(to), at),
      });
    } else if (actual.valuesPaths.length > 0) {
      const uncovered = actual.valuesPaths.filter((p) => !ctx.chart?.covered(p));
      if (uncovered.length > 0) report(notCovered(uncovered, ctx.chart));
    } else if (!parseNormalized(actual.text).ok) {
      const reads = [...actual.reads].filter((p) => !ctx.chart?.covered(p));
      if (actual.text === "" && reads.length > 0) report(notSet(reads, ctx.chart));
      else if (actual.text !== "")
        report(`it renders ${JSON.stringify(actual.text)}, which is not an image reference`);
      else report("it renders nothing mirrorize can read");
    }
  }
  // The literal the chart falls back to when the value is not set (`default "…"`): kept mirrored too.
  const fallbackNote = "the chart's default, used when the value is not set";
  if (spanKey(empty.name) !== spanKey(actual.name) || !tookLiteral) literal(empty, fallbackNote);
  return out;
}

function spanKey(segs: readonly Seg[]): string {
  return segs.map((s) => (s.origin.k === "lit" ? `${s.origin.lit.start + s.origin.from}` : "-")).join(",");
}

function notCovered(paths: string[], chart: ChartTemplates | undefined): string {
  const keys = paths.map((p) => `.Values.${p}`).join(" and ");
  const where = chart?.valuesFile ? ` in ${chart.valuesFile}` : "";
  return `the image comes from ${keys}, which mirrorize does not read as an image${where}; describe it with a \`helm.images\` entry in the config, or mirror it where it is set`;
}

function notSet(paths: string[], chart: ChartTemplates | undefined): string {
  const keys = paths.map((p) => `.Values.${p}`).join(", ");
  const where = chart?.valuesFile ? chart.valuesFile : "the chart's values";
  return `the image comes from ${keys}, which ${where} does not set; make sure the value given at install time names a mirror`;
}

/** Split a rendered value at the end of its name (`:tag`, `@digest`). */
function split(value: Val, reads: Set<string>, missing: Set<string>): Rendering {
  const segs = merge(value.t === "str" ? value.segs : []);
  const full = segs.map((s) => s.text).join("");
  // Surrounding whitespace is not part of the value (YAML drops it from a plain scalar).
  const lead = full.length - full.trimStart().length;
  const trimmed = full.trim();
  const at = trimmed.indexOf("@");
  const beforeDigest = at < 0 ? trimmed : trimmed.slice(0, at);
  const colon = beforeDigest.lastIndexOf(":");
  const nameEnd = colon > beforeDigest.lastIndexOf("/") ? colon : beforeDigest.length;
  const name = sliceSegs(segs, lead, lead + nameEnd);
  const rest = sliceSegs(segs, lead + nameEnd, lead + trimmed.length);
  let unknown: string | undefined;
  const valuesPaths: string[] = [];
  for (const s of name) {
    if (s.origin.k === "unknown") unknown ??= s.origin.why;
    if (s.origin.k === "values" && !valuesPaths.includes(s.origin.path)) valuesPaths.push(s.origin.path);
  }
  if (value.t === "unknown") unknown = value.why;
  return {
    text: trimmed,
    name,
    rest,
    nameText: trimmed.slice(0, nameEnd),
    ...(unknown ? { unknown } : {}),
    valuesPaths,
    reads,
    missing,
  };
}

/** The file span of the first literal run of a name (where findings point). */
function spanOfRuns(name: readonly Seg[]): Span | undefined {
  for (const s of name) {
    if (s.origin.k === "lit" && s.origin.lit.source === "") {
      const start = s.origin.lit.start + s.origin.from;
      return { start, end: start + s.text.length };
    }
  }
  return undefined;
}

/** The name starts with a literal of this file that holds a registry host (`quay.io/`, `"docker.io"`). */
function ownsRegistry(name: readonly Seg[]): boolean {
  const first = name[0];
  if (first?.origin.k !== "lit" || first.origin.lit.source !== "" || !first.origin.lit.plain) return false;
  const host = first.text.split("/")[0]!;
  return (
    (host.includes(".") || host.includes(":") || host === "localhost") &&
    name.some((s) => s.origin.k === "values")
  );
}

/**
 * The name as it will read after `fix` when the template writes its registry (see `ownsRegistry`):
 * the literal runs rewritten towards `target`; undefined when nothing in this file changes.
 */
export function fixedName(name: readonly Seg[], target: string): Seg[] | undefined {
  if (!ownsRegistry(name)) return undefined;
  const plan = rewriteLiterals(name, target, { start: 0, end: 0 });
  if (!plan.ok || plan.edits.length === 0) return undefined;
  return name.map((s) => {
    if (s.origin.k !== "lit") return s;
    const start = s.origin.lit.start + s.origin.from;
    const edit = plan.edits.find((e) => e.start === start && e.end === start + s.text.length);
    return edit ? { ...s, text: edit.text } : s;
  });
}

interface Run {
  text: string;
  /** File span when the run is a literal of this file that can be edited in place. */
  span?: Span;
}

/**
 * Edits of the literals of a name so that it renders `target`: the runs at the end that already read
 * as the target's end stay, and one literal run takes what is left (the registry, usually).
 */
export function rewriteLiterals(name: readonly Seg[], target: string, at: Span): RewritePlan {
  const runs: Run[] = name.map((s) => {
    if (s.origin.k === "lit" && s.origin.lit.source === "" && s.origin.lit.plain) {
      const start = s.origin.lit.start + s.origin.from;
      return { text: s.text, span: { start, end: start + s.text.length } };
    }
    return { text: s.text };
  });
  let rest = target;
  let n = runs.length;
  // Keep the longest tail of runs the target ends with, as long as a literal run is left before it.
  while (n > 1 && rest.endsWith(runs[n - 1]!.text) && runs.slice(0, n - 1).some((r) => r.span)) {
    rest = rest.slice(0, rest.length - runs[n - 1]!.text.length);
    n--;
  }
  for (const tries of [n, runs.length]) {
    const want = tries === n ? rest : target;
    const head = runs.slice(0, tries);
    for (let e = 0; e < head.length; e++) {
      const run = head[e]!;
      if (!run.span) continue;
      const before = head
        .slice(0, e)
        .map((r) => r.text)
        .join("");
      const after = head
        .slice(e + 1)
        .map((r) => r.text)
        .join("");
      if (!want.startsWith(before) || !want.endsWith(after) || want.length <= before.length + after.length)
        continue;
      const value = want.slice(before.length, want.length - after.length);
      const edits: Edit[] =
        value === run.text ? [] : [{ start: run.span.start, end: run.span.end, text: value }];
      return { ok: true, edits, at: run.span };
    }
  }
  const literalCount = runs.filter((r) => r.span).length;
  const elsewhere = name.find((s) => s.origin.k === "lit" && s.origin.lit.source !== "");
  const source = elsewhere?.origin.k === "lit" ? elsewhere.origin.lit.source : undefined;
  return {
    ok: false,
    reason:
      literalCount === 0
        ? source
          ? `the name is spelled in the chart's ${source}; change it there`
          : "no literal of the template spells the name"
        : `no change of the template's literal${literalCount > 1 ? "s" : ""} renders ${target}`,
    at,
  };
}
