/**
 * Go template actions (`{{ … }}`) in a text: where each one is, and the text with every action masked
 * so that what is left can be read as YAML with the same lines and columns.
 */

/** One action `{{ … }}` of a template text. */
export interface Action {
  /** Offset of `{{` and just past `}}`. */
  start: number;
  end: number;
  /** The text between the delimiters and their trim markers (`{{- ` … ` -}}`). */
  inner: string;
  /** Offset of `inner` in the text. */
  innerStart: number;
  /** `{{- ` and ` -}}`: whitespace before / after the action is trimmed when rendered. */
  trimLeft: boolean;
  trimRight: boolean;
  /** A comment `{{/* … *\/}}`. */
  comment: boolean;
}

/** A text split into literal text and actions; `unclosed` is set when the last `{{` never closes. */
export interface ActionScan {
  actions: Action[];
  unclosed?: number;
}

/**
 * Find every action. Strings (`"…"`, raw `` `…` ``, `'c'`) inside an action may hold `}}`; comments
 * `/* … *\/` may span lines. An action that is never closed runs to the end of the text.
 */
export function scanActions(text: string): ActionScan {
  const actions: Action[] = [];
  let at = text.indexOf("{{");
  while (at >= 0) {
    const start = at;
    let i = at + 2;
    const trimLeft = text[i] === "-" && /\s/.test(text[i + 1] ?? "");
    if (trimLeft) i += 2;
    while (/[ \t\r\n]/.test(text[i] ?? "")) i++;
    const innerStartRaw = trimLeft ? start + 3 : start + 2;
    if (text.startsWith("/*", i)) {
      const close = text.indexOf("*/", i + 2);
      const endDelim = close < 0 ? -1 : text.indexOf("}}", close + 2);
      if (endDelim < 0) return { actions, unclosed: start };
      const trimRight = text[endDelim - 1] === "-" && /\s/.test(text[endDelim - 2] ?? "");
      actions.push({
        start,
        end: endDelim + 2,
        inner: text.slice(innerStartRaw, trimRight ? endDelim - 2 : endDelim),
        innerStart: innerStartRaw,
        trimLeft,
        trimRight,
        comment: true,
      });
      at = text.indexOf("{{", endDelim + 2);
      continue;
    }
    let end = -1;
    while (i < text.length) {
      const c = text[i];
      if (c === '"' || c === "'") {
        i++;
        while (i < text.length && text[i] !== c && text[i] !== "\n") i += text[i] === "\\" ? 2 : 1;
        i++;
      } else if (c === "`") {
        const close = text.indexOf("`", i + 1);
        i = close < 0 ? text.length : close + 1;
      } else if (c === "}" && text[i + 1] === "}") {
        end = i;
        break;
      } else i++;
    }
    if (end < 0) return { actions, unclosed: start };
    const trimRight = text[end - 1] === "-" && /\s/.test(text[end - 2] ?? "");
    const innerEnd = trimRight ? end - 2 : end;
    actions.push({
      start,
      end: end + 2,
      inner: text.slice(innerStartRaw, innerEnd),
      innerStart: innerStartRaw,
      trimLeft,
      trimRight,
      comment: false,
    });
    at = text.indexOf("{{", end + 2);
  }
  return { actions };
}

/** The character that stands for an action's text inside a line that holds YAML too. */
const FILLER = "x";

/**
 * The text with every action masked, offsets kept: a line that holds nothing but actions (and
 * whitespace) becomes blank; an action inside a line of YAML becomes `xxx…` (a plain word, so that
 * `image: {{ .Values.image }}` stays a key with a value), its later lines blank. Line breaks stay.
 * An unclosed action masks the rest of the text.
 */
export function maskActions(text: string, scan: ActionScan): string {
  const spans = scan.actions.map((a) => [a.start, a.end] as const);
  if (scan.unclosed !== undefined) spans.push([scan.unclosed, text.length]);
  if (spans.length === 0) return text;
  const inside = new Uint8Array(text.length);
  for (const [s, e] of spans) inside.fill(1, s, e);
  const out = text.split("");
  const lineHasYaml = new Map<number, boolean>();
  for (const [s, e] of spans) {
    const lineStart = text.lastIndexOf("\n", s - 1) + 1;
    const nl = text.indexOf("\n", s);
    const lineEnd = nl < 0 ? text.length : nl;
    let yaml = lineHasYaml.get(lineStart);
    if (yaml === undefined) {
      yaml = false;
      for (let i = lineStart; i < lineEnd; i++) {
        if (inside[i] === 0 && !/\s/.test(text[i]!)) {
          yaml = true;
          break;
        }
      }
      lineHasYaml.set(lineStart, yaml);
    }
    for (let i = s; i < e; i++) {
      const c = text[i]!;
      if (c === "\n" || c === "\r") continue;
      out[i] = yaml && i < lineEnd ? FILLER : " ";
    }
  }
  return out.join("");
}

/** The actions overlapping `[start, end)` (actions sorted by offset). */
export function actionsIn(actions: readonly Action[], start: number, end: number): Action[] {
  return actions.filter((a) => a.start < end && a.end > start);
}
