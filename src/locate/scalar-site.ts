import type { Alias, Scalar } from "yaml";
import { renderScalar, uneditableReason } from "../edit/render.js";
import type { ImageSite, RewritePlan, SiteSource, Span } from "./types.js";

export function spanOf(node: { range?: [number, number, number] | null }): Span {
  const r = node.range;
  return r ? { start: r[0], end: r[1] } : { start: 0, end: 0 };
}

/**
 * A site whose whole reference is one string scalar (`image: nginx:1.25`). Rewriting replaces the
 * scalar's text by the new reference in the same quoting style.
 */
export function scalarSite(
  text: string,
  node: Scalar,
  init: { source: SiteSource; field: string; optIn?: boolean; shape?: string; ref?: string },
): ImageSite {
  const span = spanOf(node);
  return {
    source: init.source,
    field: init.field,
    // A block scalar (`image: |`) carries a trailing newline; the reference is what is inside.
    ref: init.ref ?? (isBlock(node) ? String(node.value).trim() : String(node.value)),
    shape: init.shape,
    span,
    optIn: init.optIn,
    rewrite: (_to, toText) => replaceScalar(text, node, toText),
  };
}

/** Plan the replacement of a scalar's value by `value`, refusing what cannot be edited safely. */
export function replaceScalar(text: string, node: Scalar, value: string): RewritePlan {
  const span = spanOf(node);
  const source = text.slice(span.start, span.end);
  const reason = uneditableReason(node, source);
  if (reason) return { ok: false, reason, at: span };
  const rendered = renderScalar(node, source, value);
  if (rendered === null) return { ok: false, reason: "the value's quoting style cannot be kept", at: span };
  return { ok: true, edits: [{ start: span.start, end: span.end, text: rendered }], at: span };
}

/**
 * A reference written through an alias (`image: *img`): found and reported, never edited at the use
 * site (the anchor's value is edited where it is defined, if that is itself an image field).
 */
export function aliasSite(
  node: Alias,
  target: Scalar,
  init: { source: SiteSource; field: string },
): ImageSite {
  const span = spanOf(node);
  return {
    source: init.source,
    field: init.field,
    ref: String(target.value),
    span,
    follows: spanOf(target),
    rewrite: () => ({
      ok: false,
      reason: `the value is an alias (*${node.source}); change the anchored value &${node.source} instead`,
      at: span,
    }),
  };
}

/**
 * A scalar's value as the user spelled it: the source text for plain scalars (so `1.10` stays `1.10`
 * rather than the number 1.1), the string value for quoted ones; undefined for null or empty.
 */
export function spelledValue(text: string, node: Scalar): string | undefined {
  if (node.value === null || node.value === undefined || node.value === "") return undefined;
  if (node.type === "PLAIN") {
    const span = spanOf(node);
    return text.slice(span.start, span.end);
  }
  return String(node.value);
}

function isBlock(node: Scalar): boolean {
  return node.type === "BLOCK_LITERAL" || node.type === "BLOCK_FOLDED";
}
