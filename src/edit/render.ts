import { Scalar } from "yaml";

/** Characters a plain (unquoted) image reference may hold in block and flow context alike. */
const PLAIN_SAFE = /^(?:[A-Za-z0-9]|-[A-Za-z0-9-])[A-Za-z0-9._/:@+=-]*$/;
/** Plain scalars YAML would read as something other than a string (numbers, booleans, null). */
const NON_STRING_PLAIN = /^(?:[-+]?(?:\d[\d_]*)?\.?\d[\d_.eE+-]*|true|false|yes|no|on|off|null|~)$/i;

/**
 * Render `value` as the text of `node`'s replacement, in the node's own quoting style, or return
 * null when that cannot be done safely (block scalars, multi-line scalars).
 * `source` is the node's current text (`text.slice(range[0], range[1])`).
 */
export function renderScalar(node: Scalar, source: string, value: string): string | null {
  if (source.includes("\n") || source.includes("\r")) return null;
  switch (node.type) {
    case Scalar.QUOTE_DOUBLE:
      return JSON.stringify(value);
    case Scalar.QUOTE_SINGLE:
      return `'${value.replace(/'/g, "''")}'`;
    case Scalar.PLAIN:
      if (PLAIN_SAFE.test(value) && !NON_STRING_PLAIN.test(value)) return value;
      return JSON.stringify(value);
    default:
      return null;
  }
}

/** Why a scalar cannot be edited, for `unsafe-edit` findings; undefined when it can. */
export function uneditableReason(node: Scalar, source: string): string | undefined {
  if (node.type === Scalar.BLOCK_LITERAL || node.type === Scalar.BLOCK_FOLDED) {
    return "the value is a block scalar (| or >); edit it by hand or write it as a plain string";
  }
  if (source.includes("\n") || source.includes("\r")) {
    return "the value spans several lines; write it on one line so it can be edited safely";
  }
  return undefined;
}
