import { type Document, isAlias, isMap, isScalar, isSeq, type Node, type Scalar, type YAMLMap } from "yaml";
import { applyEdits } from "../edit/apply.js";
import { expandTemplate, rewriteSegments } from "./interpolation.js";
import { replaceScalar, spanOf } from "./scalar-site.js";
import type { ImageSite, SiteSource } from "./types.js";
import { pairOf } from "./yaml-nodes.js";

/**
 * A site whose reference is a string scalar that may hold `${VAR:-default}` / `${VAR-default}`
 * interpolation (Compose) or a fixed prefix (`docker://` of a workflow step). The reference is the
 * value with each default taken; a rewrite edits the text that changes (inside the default, or the
 * literal part) and keeps the rest, in the scalar's own quoting style. A variable with no default
 * leaves the reference as written, which the resolver reports as not known until run time.
 */
export function interpolatedSite(
  text: string,
  node: Scalar,
  init: {
    source: SiteSource;
    field: string;
    shape?: string;
    prefix?: string;
    dollarEscape?: boolean;
    optIn?: boolean;
  },
): ImageSite | undefined {
  if (typeof node.value !== "string") return undefined;
  const prefix = init.prefix ?? "";
  const value = node.value;
  if (!value.startsWith(prefix)) return undefined;
  const body = value.slice(prefix.length);
  if (body.trim() === "") return undefined;
  const span = spanOf(node);
  const interpolated = body.includes("$") && !body.includes("${{");
  const segments = interpolated ? expandTemplate(body, 0, new Map(), 0, init.dollarEscape) : undefined;
  const ref = segments ? segments.map((s) => s.value).join("") : body;
  return {
    source: init.source,
    field: init.field,
    ref,
    shape: init.shape,
    span,
    optIn: init.optIn,
    note:
      segments && segments.length > 1 && segments.every((s) => !s.unresolved)
        ? "the default of a variable"
        : undefined,
    rewrite: (_to, toText) => {
      if (!segments) return replaceScalar(text, node, prefix + toText);
      const planned = rewriteSegments(body, segments, ref, toText, span);
      if (!planned.ok) return { ...planned, at: span };
      const edited = prefix + applyEdits(body, planned.edits);
      // A plain `${VAR:-default}` stays plain: only the text inside it changes.
      if (node.type === "PLAIN" && text.slice(span.start, span.end) === value && plainSafe(edited)) {
        const base = span.start + prefix.length;
        const edits = planned.edits.map((e) => ({ start: base + e.start, end: base + e.end, text: e.text }));
        return { ok: true, edits, at: span };
      }
      return replaceScalar(text, node, edited);
    },
  };
}

/** Can `value` be written as a plain scalar in block context and read back as the same string? */
function plainSafe(value: string): boolean {
  return (
    value === value.trim() &&
    value !== "" &&
    !/^[-?:,[\]{}#&*!|>'"%@`]/.test(value) &&
    !/: | #|[\r\n\t]|:$/.test(value)
  );
}

/**
 * The value of `key` in `map`, following YAML merge keys (`<<: *defaults`, `<<: [*a, *b]`, the
 * map's own keys first) and aliases, as Compose reads them; undefined when absent.
 */
export function lookupMerged(map: YAMLMap, key: string, doc: Document, depth = 0): Node | undefined {
  const own = pairOf(map, key);
  if (own) return deref(own.value as Node | null, doc);
  if (depth > 16) return undefined;
  const merge = pairOf(map, "<<");
  if (!merge) return undefined;
  const sources = isSeq(merge.value) ? merge.value.items : [merge.value];
  for (const s of sources) {
    const target = deref(s as Node | null, doc);
    if (isMap(target)) {
      const found = lookupMerged(target as YAMLMap, key, doc, depth + 1);
      if (found !== undefined) return found;
    }
  }
  return undefined;
}

/** A node, or the node an alias names. */
export function deref(node: Node | null | undefined, doc: Document): Node | undefined {
  if (!node) return undefined;
  if (isAlias(node)) {
    const target = node.resolve(doc);
    return (target ?? undefined) as Node | undefined;
  }
  return node;
}

export function isStringNode(node: Node | undefined): node is Scalar<string> {
  return isScalar(node) && typeof node.value === "string";
}
