import { type Document, parseAllDocuments, type Scalar } from "yaml";
import type { Settings } from "../../config/types.js";
import type { Edit } from "../../edit/types.js";
import { checkTextLimits, noteStackExhausted } from "../../limits/index.js";
import { spanOf } from "../scalar-site.js";
import type { ChartSetting, ImageSite, RewritePlan, Span } from "../types.js";
import type { NodePath } from "../yaml-nodes.js";
import { eolAt } from "./edit.js";
import { locateValues } from "./values.js";

/**
 * Where the inner text of a string scalar sits in the file: each inner line starts at an outer
 * offset, and a character of an inner line is the same character of the outer line.
 */
interface TextMap {
  inner: string;
  /** For a quoted string: its quote (what an edit inside it must not hold, with line breaks). */
  quote?: "'" | '"';
  /** Inner offsets of line starts, ascending. */
  innerStarts: number[];
  /** Outer offsets of the same line starts. */
  outerStarts: number[];
  /** What a line break in inserted text becomes (the file's break plus the block's indentation). */
  newline: string;
}

/**
 * Image sites of Helm values held in a string (Argo CD `helm.values`, k3s `valuesContent`): the
 * inner YAML is parsed and located like a values file, and every span and edit is mapped back to
 * the file. A literal block scalar (`|`, `|-`, `|+`) and a one-line quoted string without escapes
 * map exactly and are edited in place, keeping the block's indentation and line breaks. Anything
 * else (a folded `>` block, escapes) is located and reported, and its rewrites are `unsafe-edit`.
 */
export function locateValuesText(
  text: string,
  node: Scalar,
  base: NodePath,
  settings: Settings,
): ImageSite[] {
  return locateInnerText(text, node, settings, "values are", (inner, doc) =>
    locateValues({ text: inner, doc, root: doc.contents, base, source: "embedded", settings }),
  );
}

/**
 * Image sites of YAML held in a string scalar, located by `locate` in each inner document, with spans
 * and edits mapped back to the file (see `locateValuesText`); `what` names the content in findings
 * ("values are", "patch is"). A text that does not parse has no sites.
 */
export function locateInnerText(
  text: string,
  node: Scalar,
  settings: Settings,
  what: string,
  locate: (inner: string, doc: Document.Parsed) => ImageSite[],
): ImageSite[] {
  if (typeof node.value !== "string") return [];
  const map = textMap(text, node);
  const inner = map?.inner ?? node.value;
  const sites: ImageSite[] = [];
  // The outer file's limits hold for the text inside it too: too deep, it is not parsed.
  if (checkTextLimits(inner, "", settings.limits)) return [];
  for (const doc of parseAllDocuments(inner, { prettyErrors: false })) {
    if (doc.errors.some((e) => e.code === "RESOURCE_EXHAUSTION")) noteStackExhausted();
    if (doc.errors.length > 0) return [];
    sites.push(...locate(inner, doc));
  }
  const outer = spanOf(node);
  if (map) return sites.map((s) => mapSite(s, map, outer));
  const [them, they] = what.endsWith(" are") ? ["them", "they"] : ["it", "it"];
  const reason =
    node.type === "BLOCK_FOLDED"
      ? `the ${what} a folded block scalar (>); write ${them} as a literal block (|) so ${they} can be edited`
      : `the ${what} a string with escapes or line breaks; write ${them} as a literal block (|) so ${they} can be edited`;
  return refuseSites(sites, text, inner, outer, reason);
}

/** The exact inner/outer correspondence of a literal block or a simple quoted string, if there is one. */
function textMap(text: string, node: Scalar): TextMap | undefined {
  const span = spanOf(node);
  const source = text.slice(span.start, span.end);
  if (node.type === "BLOCK_LITERAL") return literalMap(text, span, source, String(node.value));
  if (node.type === "QUOTE_DOUBLE" || node.type === "QUOTE_SINGLE") {
    const body = source.slice(1, -1);
    if (/[\r\n\\]/.test(body) || (node.type === "QUOTE_SINGLE" && body.includes("''"))) return undefined;
    if (body !== node.value) return undefined;
    const quote = node.type === "QUOTE_SINGLE" ? "'" : '"';
    return { inner: body, innerStarts: [0], outerStarts: [span.start + 1], newline: "", quote };
  }
  return undefined;
}

function literalMap(text: string, span: Span, source: string, value: string): TextMap | undefined {
  const headerEnd = source.indexOf("\n");
  if (headerEnd < 0) return undefined;
  const header = source
    .slice(0, headerEnd)
    .replace(/\s+#.*$/, "")
    .trim();
  const explicit = /^\|(?:[-+]?(\d)|(\d)[-+]?)/.exec(header);
  const body = source.slice(headerEnd + 1);
  const lines = body.split("\n");
  if (lines[lines.length - 1] === "") lines.pop();
  const bare = lines.map((l) => (l.endsWith("\r") ? l.slice(0, -1) : l));
  let indent: number;
  if (explicit) {
    const lineStart = text.lastIndexOf("\n", span.start - 1) + 1;
    const own = /^ */.exec(text.slice(lineStart, span.start))![0].length;
    indent = own + Number(explicit[1] ?? explicit[2]);
  } else {
    const first = bare.find((l) => l.trim() !== "");
    if (first === undefined) return undefined;
    indent = /^ */.exec(first)![0].length;
  }
  const innerLines: string[] = [];
  const innerStarts: number[] = [];
  const outerStarts: number[] = [];
  let outer = span.start + headerEnd + 1;
  let inner = 0;
  lines.forEach((raw, i) => {
    const line = bare[i]!;
    const cut = Math.min(indent, /^ */.exec(line)![0].length);
    innerStarts.push(inner);
    outerStarts.push(outer + cut);
    innerLines.push(line.slice(cut));
    inner += line.length - cut + 1;
    outer += raw.length + 1;
  });
  const innerText = innerLines.join("\n");
  if (innerText.replace(/\n+$/, "") !== value.replace(/\n+$/, "")) return undefined;
  return {
    inner: innerText,
    innerStarts,
    outerStarts,
    newline: `${eolAt(text, span.start)}${" ".repeat(indent)}`,
  };
}

function toOuter(map: TextMap, offset: number): number {
  let lo = 0;
  let hi = map.innerStarts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (map.innerStarts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return map.outerStarts[lo]! + (offset - map.innerStarts[lo]!);
}

function mapSpan(map: TextMap, span: Span): Span {
  return { start: toOuter(map, span.start), end: toOuter(map, span.end) };
}

function mapEdit(map: TextMap, edit: Edit): Edit | undefined {
  // Inside a quoted string: no line break, no closing quote (nor, in double quotes, an escape).
  const unsafe = map.quote === "'" ? /[\r\n']/ : /[\r\n"'\\]/;
  if (map.newline === "" && unsafe.test(edit.text)) return undefined;
  return {
    start: toOuter(map, edit.start),
    end: toOuter(map, edit.end),
    text: map.newline === "" ? edit.text : edit.text.replace(/\r?\n/g, map.newline),
  };
}

function mapSetting(map: TextMap, setting: ChartSetting): ChartSetting {
  const edits = setting.edits?.map((e) => mapEdit(map, e));
  const mapped: ChartSetting = { ...setting, span: mapSpan(map, setting.span) };
  if (edits?.every((e) => e !== undefined)) mapped.edits = edits as Edit[];
  else delete mapped.edits;
  return mapped;
}

function mapSite(site: ImageSite, map: TextMap, outer: Span): ImageSite {
  const mapped: ImageSite = {
    ...site,
    span: mapSpan(map, site.span),
    ...(site.follows ? { follows: mapSpan(map, site.follows) } : {}),
    ...(site.needs ? { needs: mapSetting(map, site.needs) } : {}),
    rewrite(to, toText): RewritePlan {
      const plan = site.rewrite(to, toText);
      mapped.note = site.note;
      if (!plan.ok) return { ...plan, at: mapSpan(map, plan.at) };
      const edits = plan.edits.map((e) => mapEdit(map, e));
      if (edits.some((e) => e === undefined)) {
        return { ok: false, reason: "the new value cannot be written inside the quoted string", at: outer };
      }
      return { ok: true, edits: edits as Edit[], at: mapSpan(map, plan.at) };
    },
  };
  return mapped;
}

/**
 * Sites whose text cannot be mapped exactly: each points at its value found in the outer source
 * (in order), and never edits.
 */
function refuseSites(
  sites: ImageSite[],
  text: string,
  inner: string,
  outer: Span,
  reason: string,
): ImageSite[] {
  const source = text.slice(outer.start, outer.end);
  let cursor = 0;
  return [...sites]
    .sort((a, b) => a.span.start - b.span.start)
    .map((site) => {
      const needle = inner.slice(site.span.start, site.span.end);
      const at = needle ? source.indexOf(needle, cursor) : -1;
      const span = at >= 0 ? { start: outer.start + at, end: outer.start + at + needle.length } : outer;
      if (at >= 0) cursor = at + needle.length;
      const refused: ImageSite = {
        source: site.source,
        field: site.field,
        ref: site.ref,
        shape: site.shape,
        span,
        rewrite: (): RewritePlan => ({ ok: false, reason, at: span }),
      };
      if (site.note) refused.note = site.note;
      return refused;
    });
}
