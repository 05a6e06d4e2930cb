import type { Edit } from "../edit/types.js";
import type { RewritePlan, Span } from "./types.js";

/** A global ARG: its default (null when it has none) and where the default is written plainly. */
export interface Variable {
  value: string | null;
  span?: Span;
}

export type Variables = ReadonlyMap<string, Variable>;

/**
 * One piece of an operand after ARG expansion: its value, and where that value is written in the
 * file when it is written there as it is (a literal of the operand, or an ARG default). An
 * `unresolved` piece is a variable with no known value (kept as written).
 */
export interface Segment {
  value: string;
  span?: Span;
  unresolved?: boolean;
}

const NAME = /^[A-Za-z_][A-Za-z0-9_]*/;
const MAX_DEPTH = 8;

/**
 * Expand `$NAME`, `${NAME}`, `${NAME:-word}`, `${NAME-word}`, `${NAME:+word}` and `${NAME+word}`
 * (the forms BuildKit supports) in `raw`, written at `start` in the file, with `vars`. Undefined when
 * the text is malformed (an unclosed `${`). With `dollarEscape` (Compose), `$$` is a literal `$`.
 */
export function expandTemplate(
  raw: string,
  start: number,
  vars: Variables,
  depth = 0,
  dollarEscape = false,
): Segment[] | undefined {
  const out: Segment[] = [];
  let literal = 0;
  const flush = (end: number) => {
    if (end > literal)
      out.push({ value: raw.slice(literal, end), span: { start: start + literal, end: start + end } });
  };
  let i = 0;
  while (i < raw.length) {
    const c = raw[i];
    if (c === "\\" && raw[i + 1] === "$") {
      flush(i);
      out.push({ value: "$" });
      i += 2;
      literal = i;
      continue;
    }
    if (c !== "$") {
      i++;
      continue;
    }
    flush(i);
    if (dollarEscape && raw[i + 1] === "$") {
      out.push({ value: "$" }); // Compose: `$$` is a literal `$`
      i += 2;
      literal = i;
      continue;
    }
    if (raw[i + 1] === "{") {
      const close = matchingBrace(raw, i + 2);
      if (close < 0) return undefined;
      const body = raw.slice(i + 2, close);
      const name = NAME.exec(body)?.[0];
      if (!name) return undefined;
      const op = /^(:?[-+])/.exec(body.slice(name.length))?.[1];
      const word = op === undefined ? undefined : body.slice(name.length + op.length);
      if (op === undefined && body !== name) return undefined;
      const wordStart = start + i + 2 + name.length + (op?.length ?? 0);
      const variable = vars.get(name);
      const known = variable !== undefined && variable.value !== null;
      const whole = { value: raw.slice(i, close + 1), unresolved: true };
      if (op === undefined) out.push(...(known ? (expansionOf(variable, vars, depth) ?? [whole]) : [whole]));
      else if (op === ":-" || op === "-") {
        const set = known && (op === "-" || variable.value !== "");
        if (set) out.push(...(expansionOf(variable, vars, depth) ?? [whole]));
        else if (variable === undefined || variable.value !== null) {
          out.push(...(expandTemplate(word!, wordStart, vars, depth + 1, dollarEscape) ?? [whole]));
        } else out.push(whole); // declared without a default: the build decides
      } else {
        if (!known) out.push(whole);
        else if (op === ":+" && variable.value === "") out.push({ value: "" });
        else out.push(...(expandTemplate(word!, wordStart, vars, depth + 1, dollarEscape) ?? [whole]));
      }
      i = close + 1;
    } else {
      const name = NAME.exec(raw.slice(i + 1))?.[0];
      if (!name) {
        i++;
        continue; // a lone `$` is literal
      }
      const variable = vars.get(name);
      const whole = { value: raw.slice(i, i + 1 + name.length), unresolved: true };
      out.push(
        ...(variable && variable.value !== null ? (expansionOf(variable, vars, depth) ?? [whole]) : [whole]),
      );
      i += 1 + name.length;
    }
    literal = i;
  }
  flush(raw.length);
  return out;
}

/** The segments of a variable's value: itself, or its own expansion when it uses other ARGs. */
function expansionOf(variable: Variable, vars: Variables, depth: number): Segment[] | undefined {
  const value = variable.value!;
  if (!value.includes("$")) return [{ value, span: variable.span }];
  if (depth >= MAX_DEPTH) return undefined;
  if (variable.span) return expandTemplate(value, variable.span.start, vars, depth + 1);
  return expandTemplate(value, 0, vars, depth + 1)?.map((s) => ({
    value: s.value,
    unresolved: s.unresolved,
  }));
}

function matchingBrace(raw: string, from: number): number {
  let depth = 1;
  for (let i = from; i < raw.length; i++) {
    if (raw[i] === "{") depth++;
    else if (raw[i] === "}" && --depth === 0) return i;
  }
  return -1;
}

/**
 * The edits that make the segments compose `to`: the text that changes between the old and the new
 * reference must lie inside one segment whose source text is its value (the FROM's own literal text,
 * or an ARG default written plainly); otherwise the reference is reported, not edited.
 */
export function rewriteSegments(
  text: string,
  segments: readonly Segment[],
  from: string,
  to: string,
  at: Span,
): RewritePlan {
  if (segments.some((s) => s.unresolved)) {
    return { ok: false, reason: "the image is only known at build time (an ARG without a default)", at };
  }
  const only = segments.length === 1 ? segments[0]! : undefined;
  if (only?.span && text.slice(only.span.start, only.span.end) === only.value && only.value === from) {
    return { ok: true, edits: [{ start: only.span.start, end: only.span.end, text: to }], at: only.span };
  }
  let p = 0;
  while (p < from.length && p < to.length && from[p] === to[p]) p++;
  let s = 0;
  while (s < from.length - p && s < to.length - p && from[from.length - 1 - s] === to[to.length - 1 - s]) s++;
  const a = p;
  const b = from.length - s;
  const insert = to.slice(p, to.length - s);
  let offset = 0;
  const candidates: { seg: Segment; start: number }[] = [];
  for (const seg of segments) {
    const end = offset + seg.value.length;
    if (offset <= a && b <= end) candidates.push({ seg, start: offset });
    offset = end;
  }
  const editable = candidates.find(
    ({ seg }) => seg.span && text.slice(seg.span.start, seg.span.end) === seg.value,
  );
  if (!editable?.seg.span) {
    return {
      ok: false,
      reason:
        "the text that changes is not written in one place (it spans several ARGs, or an ARG default that is not plain text); edit the ARG or the FROM by hand",
      at,
    };
  }
  const base = editable.seg.span.start - editable.start;
  const edit: Edit = { start: base + a, end: base + b, text: insert };
  return { ok: true, edits: [edit], at: editable.seg.span };
}
