import { isAlias, isScalar, type Node, type Scalar, type YAMLMap } from "yaml";
import { renderScalar } from "../../edit/render.js";
import type { Edit } from "../../edit/types.js";
import { replaceScalar, spanOf } from "../scalar-site.js";
import type { RewritePlan } from "../types.js";

/**
 * Plan setting a scalar to `value`, keeping its quoting style. An empty null (`registry:` with
 * nothing after the colon) gets the value after a space; an alias cannot be edited here.
 */
export function setScalar(text: string, node: Node | undefined, value: string): RewritePlan {
  const at = node ? spanOf(node) : { start: 0, end: 0 };
  if (isAlias(node)) {
    return {
      ok: false,
      reason: `the value is an alias (*${node.source}); change the anchored value &${node.source} instead`,
      at,
    };
  }
  if (!isScalar(node)) return { ok: false, reason: "the value is not a plain scalar", at };
  if (at.start === at.end) {
    const rendered = renderScalar(node as Scalar, "", value);
    if (rendered === null) return { ok: false, reason: "the empty value cannot be filled safely", at };
    const lead = text[at.start - 1] === ":" ? " " : "";
    return { ok: true, edits: [{ start: at.start, end: at.end, text: `${lead}${rendered}` }], at };
  }
  return replaceScalar(text, node as Scalar, value);
}

/** The line break a file uses around `offset` (CRLF when the nearest line ends with one). */
export function eolAt(text: string, offset: number): string {
  const nl = text.indexOf("\n", offset);
  const prev = text.lastIndexOf("\n", Math.max(0, offset - 1));
  const at = nl >= 0 ? nl : prev;
  return at > 0 && text[at - 1] === "\r" ? "\r\n" : "\n";
}

/** The column (0-based) where a node starts on its line. */
function columnOf(text: string, offset: number): number {
  return offset - (text.lastIndexOf("\n", offset - 1) + 1);
}

/**
 * Add `key: value` pairs at the end of a map, byte-preserving: a new line with the map's own
 * indentation in block style, `, key: value` in flow style. `lines` is the nested block to add
 * relative to the map (`["security:", "  allowInsecureImages: true"]`); `flow` is the same content
 * in flow syntax (`security: {allowInsecureImages: true}`). Undefined when the map cannot take it.
 */
export function appendToMap(text: string, map: YAMLMap, lines: string[], flow: string): Edit | undefined {
  const range = map.range;
  if (!range) return undefined;
  if (map.flow) {
    const close = text.lastIndexOf("}", range[1] - 1);
    if (close < range[0]) return undefined;
    if (map.items.length === 0) return { start: range[0] + 1, end: close, text: ` ${flow} ` };
    const last = map.items[map.items.length - 1]!;
    const lastNode = (last.value ?? last.key) as Node | null;
    const end = lastNode?.range?.[1];
    if (end === undefined) return undefined;
    return { start: end, end, text: `, ${flow}` };
  }
  const first = map.items[0]?.key as Node | undefined;
  if (!first?.range) return undefined;
  const indent = " ".repeat(columnOf(text, first.range[0]));
  const at = range[1];
  const eol = eolAt(text, Math.max(0, at - 1));
  const body = lines.map((l) => `${indent}${l}`).join(eol);
  if (at > 0 && text[at - 1] === "\n") return { start: at, end: at, text: `${body}${eol}` };
  return { start: at, end: at, text: `${eol}${body}` };
}
