import type { CompiledSpec } from "../field-specs.js";
import type { LearnedComposition, PartSource } from "../helm/learned.js";
import type { ChartTemplates } from "./chart.js";
import type { Seg } from "./eval.js";
import { renderImages } from "./locate.js";

/**
 * Learn how a chart composes each image of its values from the template expressions that build it
 * (issue 17): which values keys, in which order, with which defaults and separators. The result is
 * the Helm locator's hook (src/locate/helm/learned.ts), which then decides over its shape tables.
 *
 * Each image field of each template is rendered with the chart's values (helpers, `with`, `range` and
 * variables followed); the characters of its name are split into segments at the `/` the template
 * writes, and each segment must come from one values key (with the keys and literals its `default`s
 * fall back to) or be fixed text. Images whose name does not come from the values are not learned
 * (the template locator handles their literals); names mirrorize cannot follow are left to the shapes.
 */
export function learnCompositions(
  templates: readonly { source: string; text: string }[],
  chart: ChartTemplates,
  specs: readonly CompiledSpec[],
  /** The name as it reads after `fix`, when the template locator rewrites a literal of it. */
  fixed?: (rendered: string, name: readonly Seg[]) => Seg[] | undefined,
): LearnedComposition[] {
  const out = new Map<string, LearnedComposition>();
  for (const t of templates) {
    for (const r of renderImages(t.text, chart, specs)) {
      const learned = learnOne(fixed?.(r.text, r.name) ?? r.name, r.rest, r.line, t.source);
      if (learned && !out.has(learned.image.join("."))) out.set(learned.image.join("."), learned);
    }
  }
  return [...out.values()];
}

const REPOSITORY_KEYS = new Set(["repository", "repo", "image", "name"]);

function sourceOf(seg: Seg): PartSource | undefined {
  if (seg.origin.k === "values") return { values: seg.origin.path.split(".") };
  if (seg.origin.k === "lit" || seg.origin.k === "text" || seg.origin.k === "chart")
    return { literal: seg.text };
  return undefined;
}

/** The sources of one part: the segment's own, then what its `default`s fall back to. */
function sourcesOf(segs: readonly Seg[]): PartSource[] | undefined {
  if (segs.some((s) => s.origin.k === "values" && s.origin.part)) return undefined;
  if (segs.length === 1 && segs[0]!.alts && segs[0]!.alts.length > 0) return [...segs[0]!.alts];
  const values = segs.filter((s) => s.origin.k === "values");
  if (values.length > 1) return undefined;
  if (values.length === 1) {
    const seg = values[0]!;
    if (segs.length !== 1) return undefined; // `{{ .Values.x }}-suffix` inside one segment: not learned
    const own = sourceOf(seg)!;
    const alts = (seg.alts ?? []).filter(
      (a) => !("values" in a && "values" in own && a.values.join(".") === own.values.join(".")),
    );
    return [own, ...alts];
  }
  if (segs.some((s) => s.origin.k === "unknown")) return undefined;
  return [{ literal: segs.map((s) => s.text).join("") }];
}

function learnOne(
  name: readonly Seg[],
  rest: readonly Seg[],
  line: number,
  source: string,
): LearnedComposition | undefined {
  // Segments of the name at the `/` the template writes (not those inside a value).
  const segments: Seg[][] = [[]];
  for (const s of name) {
    if (s.origin.k === "values" || s.origin.k === "unknown") {
      segments[segments.length - 1]!.push(s);
      continue;
    }
    const parts = s.text.split("/");
    parts.forEach((p, i) => {
      if (i > 0) segments.push([]);
      if (p !== "") segments[segments.length - 1]!.push({ ...s, text: p });
    });
  }
  const nonEmpty = segments.filter((s) => s.length > 0);
  if (!nonEmpty.some((s) => s.some((x) => x.origin.k === "values"))) return undefined;
  if (nonEmpty.some((s) => s.some((x) => x.origin.k === "unknown"))) return undefined;
  const parts = nonEmpty.map((s) => sourcesOf(s));
  if (parts.some((p) => p === undefined)) return undefined;
  // The image's own values path: the map holding the repository key, or the string itself.
  const last = [...nonEmpty].reverse().find((s) => s.some((x) => x.origin.k === "values"))!;
  const repo = last.find((x) => x.origin.k === "values")!;
  const path = (repo.origin as { path: string }).path.split(".");
  const image = path.length > 1 && REPOSITORY_KEYS.has(path[path.length - 1]!) ? path.slice(0, -1) : path;
  const learned: LearnedComposition = {
    image,
    name: parts as PartSource[][],
    origin: `${source}:${line}`,
  };
  // A value that holds a whole reference (`image: nginx:1.25`) keeps its own tag and digest.
  const first = rest[0];
  if (first && first.origin.k === "values" && first.origin.path === (repo.origin as { path: string }).path)
    return learned;
  // Tag and digest: what follows the name (`:tag`, `@digest`), each from one values key or fixed text.
  const restText = rest.map((s) => s.text).join("");
  const at = restText.indexOf("@");
  const tagSegs = sliceText(rest, restText.startsWith(":") ? 1 : 0, at < 0 ? restText.length : at);
  const digestSegs = at < 0 ? [] : sliceText(rest, at + 1, restText.length);
  const tag = tagSegs.length > 0 ? sourcesOf(tagSegs) : undefined;
  if (tag) learned.tag = tag;
  if (digestSegs.length > 0) {
    const digest = sourcesOf(digestSegs);
    if (digest) learned.digest = digest;
  }
  return learned;
}

function sliceText(segs: readonly Seg[], start: number, end: number): Seg[] {
  const out: Seg[] = [];
  let at = 0;
  for (const s of segs) {
    const a = Math.max(start, at);
    const b = Math.min(end, at + s.text.length);
    if (a < b) out.push({ ...s, text: s.text.slice(a - at, b - at) });
    at += s.text.length;
  }
  return out;
}
