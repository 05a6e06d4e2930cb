import { type Action, type ActionScan, scanActions } from "./actions.js";

/**
 * The subset of Go's text/template syntax that image expressions and chart helpers use, parsed
 * tolerantly: an action that does not parse becomes an `unknown` node, never an error.
 */

/** A string literal of the template, with the span of its content in the file (to edit it). */
export interface StringLit {
  k: "str";
  value: string;
  /** Offsets of the literal's content (inside the quotes) in the file. */
  start: number;
  end: number;
  /** True when the content in the file is exactly `value` (no escapes): it can be edited in place. */
  plain: boolean;
  /** Which text the offsets index: "" for the file being located, a name for a helper file. */
  source: string;
}

export type Operand =
  | StringLit
  | { k: "num"; text: string }
  | { k: "bool"; value: boolean }
  | { k: "nil" }
  /** A function name (`default`, `printf`, `include`, ...). */
  | { k: "ident"; name: string }
  /** `.A.B` (from dot), `$.A.B` (from the root), `$x.A` (from a variable); `fields` may be empty. */
  | { k: "field"; base: "dot" | "root" | { var: string }; fields: string[] }
  /** `(pipeline).A.B` */
  | { k: "sub"; pipe: Pipe; fields: string[] };

export interface Pipe {
  /** `$x := …` / `$x = …` / `range $i, $v := …`. */
  decl?: { names: string[]; assign: boolean };
  cmds: Operand[][];
}

export type TNode =
  /** Literal text of the template: `[start, end)` of `source` ("" for the file being located). */
  | { k: "text"; start: number; end: number; source: string }
  | { k: "out"; pipe: Pipe; action: Action }
  /** `start` of a branch: just past its opening action; `end`: the offset of `{{ end }}`. */
  | {
      k: "if" | "with";
      branches: { cond: Pipe; body: TNode[]; start: number }[];
      otherwise?: TNode[];
      otherwiseStart?: number;
      start: number;
      end: number;
    }
  | {
      k: "range";
      pipe: Pipe;
      body: TNode[];
      otherwise?: TNode[];
      otherwiseStart?: number;
      start: number;
      end: number;
    }
  | { k: "template"; name: string; pipe?: Pipe }
  /** An action mirrorize cannot read. */
  | { k: "unknown"; action: Action };

export interface Template {
  body: TNode[];
  /** Named templates (`define` and `block`). */
  defines: Map<string, TNode[]>;
}

type Tok =
  | { t: "str"; lit: StringLit }
  | { t: "num"; text: string }
  | { t: "word"; text: string }
  | { t: "field"; names: string[] }
  | { t: "var"; name: string; fields: string[] }
  | { t: "dot" }
  | { t: "(" }
  | { t: ")" }
  | { t: "|" }
  | { t: "," }
  | { t: ":=" }
  | { t: "=" }
  | { t: "fields"; names: string[] };

const IDENT = /[A-Za-z_][A-Za-z0-9_]*/y;

function lex(src: string, base: number, source: string): Tok[] | undefined {
  const toks: Tok[] = [];
  let i = 0;
  const fieldChain = (): string[] => {
    const names: string[] = [];
    while (src[i] === "." && /[A-Za-z_]/.test(src[i + 1] ?? "")) {
      IDENT.lastIndex = i + 1;
      const m = IDENT.exec(src)!;
      names.push(m[0]);
      i = IDENT.lastIndex;
    }
    return names;
  };
  while (i < src.length) {
    const c = src[i]!;
    if (/\s/.test(c)) {
      i++;
      continue;
    }
    if (c === '"') {
      let j = i + 1;
      let value = "";
      let plain = true;
      while (j < src.length && src[j] !== '"') {
        if (src[j] === "\\") {
          plain = false;
          const n = src[j + 1];
          value += n === "n" ? "\n" : n === "t" ? "\t" : (n ?? "");
          j += 2;
        } else value += src[j++];
      }
      if (j >= src.length) return undefined;
      toks.push({ t: "str", lit: { k: "str", value, start: base + i + 1, end: base + j, plain, source } });
      i = j + 1;
      continue;
    }
    if (c === "`") {
      const j = src.indexOf("`", i + 1);
      if (j < 0) return undefined;
      const value = src.slice(i + 1, j);
      toks.push({
        t: "str",
        lit: { k: "str", value, start: base + i + 1, end: base + j, plain: true, source },
      });
      i = j + 1;
      continue;
    }
    if (c === "'") {
      const j = src.indexOf("'", i + 1);
      if (j < 0) return undefined;
      toks.push({ t: "num", text: String(src.codePointAt(i + 1) ?? 0) });
      i = j + 1;
      continue;
    }
    if (c === "(" || c === ")" || c === "|" || c === ",") {
      toks.push({ t: c });
      i++;
      continue;
    }
    if (c === ":" && src[i + 1] === "=") {
      toks.push({ t: ":=" });
      i += 2;
      continue;
    }
    if (c === "=") {
      toks.push({ t: "=" });
      i++;
      continue;
    }
    if (c === "$") {
      IDENT.lastIndex = i + 1;
      const m = IDENT.exec(src);
      const name = m && m.index === i + 1 ? m[0] : "";
      i += 1 + name.length;
      toks.push({ t: "var", name, fields: fieldChain() });
      continue;
    }
    if (c === ".") {
      if (/[A-Za-z_]/.test(src[i + 1] ?? "")) {
        // `(…).A` chains onto the closing parenthesis.
        const chained = src[i - 1] === ")";
        const names = fieldChain();
        toks.push(chained ? { t: "fields", names } : { t: "field", names });
        continue;
      }
      toks.push({ t: "dot" });
      i++;
      continue;
    }
    if (/[0-9+-]/.test(c)) {
      const m = /[+-]?[0-9][0-9a-fA-FxX._eE+-]*/y;
      m.lastIndex = i;
      const r = m.exec(src);
      if (!r) return undefined;
      toks.push({ t: "num", text: r[0] });
      i = m.lastIndex;
      continue;
    }
    IDENT.lastIndex = i;
    const m = IDENT.exec(src);
    if (m && m.index === i) {
      toks.push({ t: "word", text: m[0] });
      i = IDENT.lastIndex;
      continue;
    }
    return undefined;
  }
  return toks;
}

class PipeParser {
  private i = 0;
  constructor(private readonly toks: Tok[]) {}

  done(): boolean {
    return this.i >= this.toks.length;
  }

  peek(): Tok | undefined {
    return this.toks[this.i];
  }

  pipe(allowDecl = true): Pipe | undefined {
    const pipe: Pipe = { cmds: [] };
    if (allowDecl) {
      // `$x :=` / `$x =` / `$i, $v :=`
      const save = this.i;
      const names: string[] = [];
      while (this.toks[this.i]?.t === "var") {
        const v = this.toks[this.i] as Extract<Tok, { t: "var" }>;
        if (v.fields.length > 0) break;
        names.push(v.name);
        this.i++;
        if (this.toks[this.i]?.t === ",") this.i++;
        else break;
      }
      const op = this.toks[this.i]?.t;
      if (names.length > 0 && (op === ":=" || op === "=")) {
        this.i++;
        pipe.decl = { names, assign: op === "=" };
      } else this.i = save;
    }
    let cmd: Operand[] = [];
    while (!this.done()) {
      const tok = this.peek()!;
      if (tok.t === ")") break;
      if (tok.t === "|") {
        if (cmd.length === 0) return undefined;
        pipe.cmds.push(cmd);
        cmd = [];
        this.i++;
        continue;
      }
      const operand = this.operand();
      if (!operand) return undefined;
      cmd.push(operand);
    }
    if (cmd.length === 0) return pipe.cmds.length === 0 && pipe.decl === undefined ? pipe : undefined;
    pipe.cmds.push(cmd);
    return pipe;
  }

  private operand(): Operand | undefined {
    const tok = this.toks[this.i++];
    if (!tok) return undefined;
    switch (tok.t) {
      case "str":
        return tok.lit;
      case "num":
        return { k: "num", text: tok.text };
      case "word":
        if (tok.text === "true" || tok.text === "false") return { k: "bool", value: tok.text === "true" };
        if (tok.text === "nil") return { k: "nil" };
        return { k: "ident", name: tok.text };
      case "field":
        return { k: "field", base: "dot", fields: tok.names };
      case "dot":
        return { k: "field", base: "dot", fields: [] };
      case "var":
        return { k: "field", base: tok.name === "" ? "root" : { var: tok.name }, fields: tok.fields };
      case "(": {
        const pipe = this.pipe(false);
        if (!pipe || this.toks[this.i]?.t !== ")") return undefined;
        this.i++;
        const next = this.toks[this.i];
        const fields = next?.t === "fields" ? next.names : [];
        if (next?.t === "fields") this.i++;
        return { k: "sub", pipe, fields };
      }
      default:
        return undefined;
    }
  }
}

/** Parse an action's text as a pipeline (undefined when it is not one mirrorize reads). */
export function parsePipe(src: string, base: number, source = ""): Pipe | undefined {
  const toks = lex(src, base, source);
  if (!toks) return undefined;
  const p = new PipeParser(toks);
  const pipe = p.pipe();
  return pipe && p.done() ? pipe : undefined;
}

const KEYWORD = /^\s*(if|else|end|range|with|define|block|template|break|continue)\b/;

/** Parse a template text: its body and its named templates. Never throws. */
export function parseTemplate(
  text: string,
  source = "",
  scan: ActionScan = scanActions(text),
  region?: readonly [number, number],
): Template {
  const offset = 0;
  const defines = new Map<string, TNode[]>();
  type Frame = {
    kind: "root" | "if" | "with" | "range" | "define";
    nodes: TNode[];
    node?: TNode;
    name?: string;
  };
  const stack: Frame[] = [{ kind: "root", nodes: [] }];
  const top = () => stack[stack.length - 1]!;
  let pos = region?.[0] ?? 0;
  const textUntil = (end: number) => {
    if (end > pos) top().nodes.push({ k: "text", start: offset + pos, end: offset + end, source });
  };
  const limit = region?.[1] ?? scan.unclosed ?? text.length;
  for (const action of scan.actions) {
    // `{{- ` and ` -}}` trim the whitespace next to the action.
    let before = action.start;
    if (action.trimLeft) while (before > pos && /\s/.test(text[before - 1]!)) before--;
    textUntil(before);
    pos = action.end;
    if (action.trimRight) while (pos < limit && /\s/.test(text[pos]!)) pos++;
    if (action.comment) continue;
    const base = offset + action.innerStart;
    const kw = KEYWORD.exec(action.inner);
    const rest = kw ? action.inner.slice(kw[0].length) : action.inner;
    const restBase = base + (kw ? kw[0].length : 0);
    const frame = top();
    switch (kw?.[1]) {
      case undefined: {
        const pipe = parsePipe(action.inner, base, source);
        frame.nodes.push(pipe ? { k: "out", pipe, action } : { k: "unknown", action });
        break;
      }
      case "if":
      case "with":
      case "range": {
        const pipe = parsePipe(rest, restBase, source);
        if (!pipe) {
          frame.nodes.push({ k: "unknown", action });
          stack.push({ kind: kw[1] as "if", nodes: [] }); // its body is read, its condition is not
          break;
        }
        const open = { start: action.end, end: limit };
        const node: TNode =
          kw[1] === "range"
            ? { k: "range", pipe, body: [], ...open }
            : { k: kw[1] as "if" | "with", branches: [{ cond: pipe, body: [], start: action.end }], ...open };
        frame.nodes.push(node);
        stack.push({
          kind: kw[1] as "if",
          nodes: node.k === "range" ? node.body : node.branches[0]!.body,
          node,
        });
        break;
      }
      case "else": {
        if (stack.length < 2) break;
        const node = frame.node;
        const chained = /^\s*(if|with)\b/.exec(rest);
        if (node && (node.k === "if" || node.k === "with") && chained) {
          const pipe = parsePipe(rest.slice(chained[0].length), restBase + chained[0].length, source);
          const body: TNode[] = [];
          node.branches.push({
            cond: pipe ?? { cmds: [[{ k: "bool", value: false }]] },
            body,
            start: action.end,
          });
          frame.nodes = body;
        } else if (node && (node.k === "if" || node.k === "with" || node.k === "range")) {
          node.otherwise = [];
          node.otherwiseStart = action.end;
          frame.nodes = node.otherwise;
        } else frame.nodes = [];
        break;
      }
      case "end": {
        if (stack.length < 2) break;
        const done = stack.pop()!;
        if (done.kind === "define" && done.name !== undefined) defines.set(done.name, done.nodes);
        if (done.node && "end" in done.node) done.node.end = action.start;
        break;
      }
      case "define":
      case "block": {
        const pipe = parsePipe(rest, restBase, source);
        const first = pipe?.cmds[0]?.[0];
        const name = first?.k === "str" ? first.value : undefined;
        if (kw[1] === "block" && name !== undefined)
          frame.nodes.push({
            k: "template",
            name,
            pipe: { cmds: pipe!.cmds[0]!.length > 1 ? [pipe!.cmds[0]!.slice(1)] : [] },
          });
        stack.push({ kind: "define", nodes: [], name });
        break;
      }
      case "template": {
        const pipe = parsePipe(rest, restBase, source);
        const cmd = pipe?.cmds[0];
        const first = cmd?.[0];
        if (first?.k === "str") {
          const arg = cmd!.length > 1 ? { cmds: [cmd!.slice(1), ...pipe!.cmds.slice(1)] } : undefined;
          frame.nodes.push({ k: "template", name: first.value, ...(arg ? { pipe: arg } : {}) });
        } else frame.nodes.push({ k: "unknown", action });
        break;
      }
      default:
        // break / continue: nothing an image expression needs.
        break;
    }
  }
  textUntil(limit);
  while (stack.length > 1) {
    const done = stack.pop()!;
    if (done.kind === "define" && done.name !== undefined) defines.set(done.name, done.nodes);
  }
  return { body: stack[0]!.nodes, defines };
}
