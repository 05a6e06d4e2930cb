import type { Operand, Pipe, StringLit, TNode } from "./syntax.js";

/** The fallback helper for image maps given to a helper the tree does not define (builtin-helpers.ts). */
export const IMAGE_MAP_HELPER = "mirrorize.imageMap";

/** A map with a `repository` key in `v` or one level below it (the data of an image helper). */
function findImageMap(v: Val): MapVal | undefined {
  if (v.t !== "map") return undefined;
  if (v.get("repository") !== undefined) return v;
  for (const k of v.keys()) {
    const x = v.get(k);
    if (x?.t === "map" && x.get("repository") !== undefined) return x;
  }
  return undefined;
}

/**
 * A small evaluator for the part of Go templates (with Helm's and Sprig's common functions) that
 * image expressions use. Every character of a string result remembers where it came from: a string
 * literal of the template (which can be edited in place), a values key, the chart, fixed template
 * text, or something mirrorize cannot know (the cluster, the release, a file).
 */

export type Origin =
  /** Characters `[from, from + text.length)` of a string literal's value. */
  | { k: "lit"; lit: StringLit; from: number }
  /** `part`: a piece of the value only (cut by `trimSuffix` and the like). */
  | { k: "values"; path: string; part?: boolean }
  | { k: "chart"; key: string }
  | { k: "text" }
  | { k: "unknown"; why: string };

export interface Seg {
  text: string;
  origin: Origin;
  /**
   * For a value chosen by `default` / `coalesce`: every source it was chosen from, in order (values
   * keys and literals), so that the composition learned from it keeps the fallbacks.
   */
  alts?: PartSourceLike[];
}

/** A values key or a literal (the shape of src/locate/helm/learned.ts `PartSource`). */
export type PartSourceLike = { values: readonly string[] } | { literal: string };

/** The sources a value stands for (a values key, possibly unset; a literal; its own fallbacks). */
function sourcesOfVal(v: Val): PartSourceLike[] {
  if (v.t === "nil") return v.path ? [{ values: v.path.split(".") }] : [];
  if (v.t === "num" || v.t === "bool") return v.path ? [{ values: v.path.split(".") }] : [];
  if (v.t === "str" && v.segs.length === 0 && v.path) return [{ values: v.path.split(".") }];
  if (v.t !== "str" || v.segs.length !== 1) return [];
  const seg = v.segs[0]!;
  if (seg.alts) return seg.alts;
  if (seg.origin.k === "values") return [{ values: seg.origin.path.split(".") }];
  if (seg.origin.k === "lit" || seg.origin.k === "text" || seg.origin.k === "chart")
    return [{ literal: seg.text }];
  return [];
}

/** `chosen`, remembering the sources it was chosen from (for `default` and `coalesce`). */
function withAlts(chosen: Val, from: Val[]): Val {
  if (chosen.t !== "str" || chosen.segs.length !== 1) return chosen;
  const alts = from.flatMap(sourcesOfVal);
  return { t: "str", segs: [{ ...chosen.segs[0]!, alts }] };
}

export interface MapVal {
  t: "map";
  get(key: string): Val | undefined;
  keys(): string[];
  /** The values path of a map read from the values (`image`), for reporting. */
  path?: string;
}

export type Val =
  /** `path`: for an empty string read from the values, the key it was read from. */
  | { t: "str"; segs: Seg[]; path?: string }
  | MapVal
  | { t: "list"; items: Val[] }
  | { t: "num"; n: number; text: string; path?: string }
  | { t: "bool"; b: boolean; path?: string }
  /** Absent or null; `path` when it was read from the values. */
  | { t: "nil"; path?: string }
  | { t: "unknown"; why: string };

export const NIL: Val = { t: "nil" };

export function str(text: string, origin: Origin = { k: "text" }): Val {
  return { t: "str", segs: text === "" ? [] : [{ text, origin }] };
}

/** A string's text. */
export function textOf(v: Val): string {
  switch (v.t) {
    case "str":
      return v.segs.map((s) => s.text).join("");
    case "num":
      return v.text;
    case "bool":
      return String(v.b);
    case "nil":
      return "";
    case "unknown":
      return "";
    case "list":
      return `[${v.items.map(textOf).join(" ")}]`;
    default:
      return `map[${v
        .keys()
        .map((k) => `${k}:${textOf(v.get(k) ?? NIL)}`)
        .join(" ")}]`;
  }
}

/** The value as segments (numbers and booleans print as text of their origin). */
export function segsOf(v: Val): Seg[] {
  if (v.t === "str") return v.segs;
  if (v.t === "unknown") return [{ text: "", origin: { k: "unknown", why: v.why } }];
  const text = textOf(v);
  const path = v.t === "num" || v.t === "bool" ? v.path : undefined;
  return text === "" ? [] : [{ text, origin: path !== undefined ? { k: "values", path } : { k: "text" } }];
}

export function truthy(v: Val): boolean {
  switch (v.t) {
    case "str":
      return textOf(v) !== "";
    case "num":
      return v.n !== 0;
    case "bool":
      return v.b;
    case "list":
      return v.items.length > 0;
    case "map":
      return v.keys().length > 0;
    default:
      // Absent, or something mirrorize cannot know (taken as empty, so that defaults apply).
      return false;
  }
}

/** A JavaScript value (from the values file) as a template value; strings know their values path. */
export function fromJs(js: unknown, path: string | undefined, origin?: (path: string) => Origin): Val {
  if (js === null || js === undefined) return { t: "nil", ...(path !== undefined ? { path } : {}) };
  if (js === "" && path) return { t: "str", segs: [], path };
  if (typeof js === "string")
    return str(js, path !== undefined ? (origin?.(path) ?? { k: "values", path }) : { k: "text" });
  if (typeof js === "number") return { t: "num", n: js, text: String(js), ...(path ? { path } : {}) };
  if (typeof js === "boolean") return { t: "bool", b: js, ...(path ? { path } : {}) };
  if (Array.isArray(js))
    return { t: "list", items: js.map((x, i) => fromJs(x, path && `${path}[${i}]`, origin)) };
  if (typeof js === "object") {
    const obj = js as Record<string, unknown>;
    return {
      t: "map",
      ...(path !== undefined ? { path } : {}),
      get: (k) =>
        Object.hasOwn(obj, k)
          ? fromJs(obj[k], path === undefined ? undefined : join(path, k), origin)
          : undefined,
      keys: () => Object.keys(obj).sort(),
    };
  }
  return { t: "unknown", why: "a value of an unexpected type" };
}

function join(path: string, key: string): string {
  return path === "" ? key : `${path}.${key}`;
}

/** A map of fixed entries (the root `.`, `dict`). */
export function mapOf(entries: Record<string, Val>, path?: string): MapVal {
  return {
    t: "map",
    ...(path !== undefined ? { path } : {}),
    get: (k) => (Object.hasOwn(entries, k) ? entries[k] : undefined),
    keys: () => Object.keys(entries).sort(),
  };
}

/** Named templates and the texts their `text` nodes index. */
export interface Library {
  defines: ReadonlyMap<string, TNode[]>;
  /** Source name → text ("" is the file being located). */
  sources: ReadonlyMap<string, string>;
}

interface Scope {
  dot: Val;
  root: Val;
  vars: Map<string, Val>;
}

/** Thrown when evaluation goes past its budget (a runaway helper); caught by `evaluate`. */
class Budget extends Error {}

export interface Evaluation {
  value: Val;
  /** Values paths read while evaluating (for reports). */
  reads: Set<string>;
  /** Named templates used that no file of the chart (nor mirrorize) defines. */
  missing: Set<string>;
}

export class Evaluator {
  reads = new Set<string>();
  missing = new Set<string>();
  /** Set when a condition depended on something mirrorize cannot know (a branch was guessed). */
  uncertain = false;
  private steps = 0;
  private depth = 0;

  constructor(
    private readonly lib: Library,
    /** The quote of the YAML scalar the template text sits in (its text is edited inside it). */
    private readonly opts: { quoted?: string } = {},
  ) {}

  /** Run template nodes with `.` and `$` bound to `root`: what they print. Never throws. */
  render(nodes: readonly TNode[], root: Val): Val {
    return this.renderAt([], 0, nodes, root)[0]!;
  }

  /**
   * Run `nodes` (the text at `offset` of a file whose template is `body`) in each scope they are
   * rendered in: inside `with` the dot is its value, inside `range` each item in turn (up to 20), and
   * the variables set before them are set. Never throws.
   */
  renderAt(body: readonly TNode[], offset: number, nodes: readonly TNode[], root: Val): Val[] {
    try {
      const scopes = this.scopesAt(body, offset, { dot: root, root, vars: new Map() });
      return scopes.map((scope) => {
        const out: Seg[] = [];
        this.run(nodes, scope, out);
        return { t: "str", segs: merge(out) };
      });
    } catch (e) {
      if (!(e instanceof Budget)) throw e;
      return [{ t: "unknown", why: "a helper that does not finish" }];
    }
  }

  private scopesAt(nodes: readonly TNode[], offset: number, scope: Scope): Scope[] {
    for (const node of nodes) {
      if (node.k === "out") {
        if (node.action.start >= offset) break;
        if (node.pipe.decl) this.pipe(node.pipe, scope);
        continue;
      }
      if (node.k !== "if" && node.k !== "with" && node.k !== "range") continue;
      if (node.start > offset) break;
      if (offset >= node.end) continue;
      if (node.otherwiseStart !== undefined && offset >= node.otherwiseStart)
        return this.scopesAt(node.otherwise ?? [], offset, scope);
      if (node.k === "range") {
        const vars = new Map(scope.vars);
        const v = this.pipe({ cmds: node.pipe.cmds }, scope);
        const names = node.pipe.decl?.names ?? [];
        const items: [Val, Val][] =
          v.t === "list"
            ? v.items.map((x, i) => [{ t: "num", n: i, text: String(i) }, x])
            : v.t === "map"
              ? v.keys().map((k) => [str(k), v.get(k) ?? NIL])
              : [];
        if (items.length === 0) {
          const why = `an item of a range over ${v.t === "nil" && v.path ? `.Values.${v.path}, which is not set` : "a value mirrorize cannot list"}`;
          const item: Val = { t: "unknown", why };
          for (const n of names) vars.set(n, item);
          return this.scopesAt(node.body, offset, { ...scope, dot: item, vars });
        }
        return items.slice(0, 20).flatMap(([k, x]) => {
          const itemVars = new Map(vars);
          if (names.length === 1) itemVars.set(names[0]!, x);
          if (names.length === 2) {
            itemVars.set(names[0]!, k);
            itemVars.set(names[1]!, x);
          }
          return this.scopesAt(node.body, offset, { ...scope, dot: x, vars: itemVars });
        });
      }
      let i = node.branches.length - 1;
      while (i > 0 && node.branches[i]!.start > offset) i--;
      const branch = node.branches[i]!;
      if (node.k === "with") {
        const v = this.pipe(branch.cond, scope);
        return this.scopesAt(branch.body, offset, { ...scope, dot: v });
      }
      if (branch.cond.decl) this.pipe(branch.cond, scope);
      return this.scopesAt(branch.body, offset, scope);
    }
    return [scope];
  }

  /** Evaluate a pipeline with `dot` (and `$`) bound to `root`. Never throws. */
  static pipe(lib: Library, pipe: Pipe, root: Val, vars?: Map<string, Val>): Evaluation {
    const ev = new Evaluator(lib);
    let value: Val;
    try {
      value = ev.pipe(pipe, { dot: root, root, vars: new Map(vars) });
    } catch (e) {
      if (!(e instanceof Budget)) throw e;
      value = { t: "unknown", why: "a helper that does not finish" };
    }
    return { value, reads: ev.reads, missing: ev.missing };
  }

  private tick(): void {
    if (++this.steps > 20_000) throw new Budget();
  }

  /** Run template nodes, returning what they print. */
  run(nodes: readonly TNode[], scope: Scope, out: Seg[]): void {
    for (const node of nodes) {
      this.tick();
      switch (node.k) {
        case "text": {
          const src = this.lib.sources.get(node.source) ?? "";
          const text = src.slice(node.start, node.end);
          if (text === "") break;
          if (node.source === "" && this.depth === 0) {
            // Text of the image's own scalar: a literal that can be edited where it is written.
            const q = this.opts.quoted;
            const plain =
              q === '"' ? !/[\\"]/.test(text) : q === "'" ? !text.includes("'") : !/[#"'\\]/.test(text);
            const lit: StringLit = {
              k: "str",
              value: text,
              start: node.start,
              end: node.end,
              plain,
              source: "",
            };
            out.push({ text, origin: { k: "lit", lit, from: 0 } });
          } else out.push({ text, origin: { k: "text" } });
          break;
        }
        case "out": {
          const v = this.pipe(node.pipe, scope);
          if (!node.pipe.decl) out.push(...segsOf(v));
          break;
        }
        case "if":
        case "with": {
          let taken = false;
          for (const b of node.branches) {
            const v = this.pipe(b.cond, scope);
            if (isUnknown(v)) this.uncertain = true;
            if (truthy(v)) {
              this.run(b.body, node.k === "with" ? { ...scope, dot: v } : scope, out);
              taken = true;
              break;
            }
          }
          if (!taken && node.otherwise) this.run(node.otherwise, scope, out);
          break;
        }
        case "range": {
          const v = this.pipe({ cmds: node.pipe.cmds }, scope);
          const items: [Val, Val][] =
            v.t === "list"
              ? v.items.map((x, i) => [{ t: "num", n: i, text: String(i) }, x])
              : v.t === "map"
                ? v.keys().map((k) => [str(k), v.get(k) ?? NIL])
                : [];
          if (items.length === 0) {
            if (node.otherwise) this.run(node.otherwise, scope, out);
            break;
          }
          for (const [k, x] of items.slice(0, 100)) {
            const vars = new Map(scope.vars);
            const names = node.pipe.decl?.names ?? [];
            if (names.length === 1) vars.set(names[0]!, x);
            if (names.length === 2) {
              vars.set(names[0]!, k);
              vars.set(names[1]!, x);
            }
            this.run(node.body, { ...scope, dot: x, vars }, out);
          }
          break;
        }
        case "template": {
          const data = node.pipe ? this.pipe(node.pipe, scope) : NIL;
          out.push(...segsOf(this.include(node.name, data)));
          break;
        }
        case "unknown":
          out.push({ text: "", origin: { k: "unknown", why: "a template action mirrorize cannot read" } });
          break;
      }
    }
  }

  include(name: string, data: Val): Val {
    let nodes = this.lib.defines.get(name);
    if (!nodes) {
      this.missing.add(name);
      // A helper the tree does not hold, given an image map (`dict "registry" … "repository" …`, or a
      // map holding one): read as the common registry/repository:tag composition.
      const imageRoot = findImageMap(data);
      const fallback = this.lib.defines.get(IMAGE_MAP_HELPER);
      if (!imageRoot || !fallback || !/image/i.test(name))
        return { t: "unknown", why: `the named template "${name}", which is not defined in the chart` };
      nodes = fallback;
      const global = data.t === "map" ? data.get("global") : undefined;
      data = mapOf({ imageRoot, ...(global ? { global } : {}) });
    }
    if (this.depth >= 30) throw new Budget();
    this.depth++;
    try {
      const out: Seg[] = [];
      this.run(nodes, { dot: data, root: data, vars: new Map() }, out);
      return { t: "str", segs: merge(out) };
    } finally {
      this.depth--;
    }
  }

  pipe(pipe: Pipe, scope: Scope): Val {
    let prev: Val | undefined;
    for (const cmd of pipe.cmds) prev = this.command(cmd, scope, prev);
    const v = prev ?? NIL;
    if (pipe.decl) {
      const name = pipe.decl.names[pipe.decl.names.length - 1]!;
      scope.vars.set(name, v);
    }
    return v;
  }

  private command(cmd: readonly Operand[], scope: Scope, piped: Val | undefined): Val {
    this.tick();
    const [head, ...rest] = cmd;
    if (!head) return NIL;
    if (head.k === "ident") {
      const args = rest.map((o) => this.operand(o, scope));
      if (piped !== undefined) args.push(piped);
      return this.call(head.name, args);
    }
    if (rest.length > 0) return { t: "unknown", why: "a call of a value" };
    if (piped !== undefined) return { t: "unknown", why: "a value after a pipe" };
    return this.operand(head, scope);
  }

  private operand(o: Operand, scope: Scope): Val {
    switch (o.k) {
      case "str":
        return {
          t: "str",
          segs: o.value === "" ? [] : [{ text: o.value, origin: { k: "lit", lit: o, from: 0 } }],
        };
      case "num": {
        const n = Number(o.text);
        return { t: "num", n: Number.isNaN(n) ? 0 : n, text: o.text };
      }
      case "bool":
        return { t: "bool", b: o.value };
      case "nil":
        return NIL;
      case "ident":
        return this.call(o.name, []);
      case "field": {
        const base =
          o.base === "dot"
            ? scope.dot
            : o.base === "root"
              ? scope.root
              : (scope.vars.get(o.base.var) ?? { t: "unknown", why: `the template variable $${o.base.var}` });
        return this.fields(base, o.fields);
      }
      case "sub":
        return this.fields(this.pipe(o.pipe, { ...scope, vars: scope.vars }), o.fields);
    }
  }

  private fields(base: Val, names: readonly string[]): Val {
    let v = base;
    for (const name of names) {
      if (v.t === "map") {
        const next = v.get(name);
        if (next === undefined) {
          const path = v.path !== undefined ? join(v.path, name) : undefined;
          v = { t: "nil", ...(path ? { path } : {}) };
        } else v = next;
        if (v.t !== "map" && v.t !== "unknown") {
          const path = pathOf(v);
          if (path) this.reads.add(path);
        } else if (v.t === "map" && v.path) this.reads.add(v.path);
      } else if (v.t === "unknown") return v;
      else if (v.t === "nil" && v.path !== undefined) {
        // Below a value that is not set (`.Values` of a chart without values.yaml).
        v = { t: "nil", path: join(v.path, name) };
        this.reads.add(v.path!);
      } else v = { t: "nil" };
    }
    return v;
  }

  private call(name: string, args: Val[]): Val {
    const fn = Object.hasOwn(FUNCTIONS, name) ? FUNCTIONS[name] : undefined;
    if (fn) return fn(args, this);
    return { t: "unknown", why: `the function ${name}` };
  }
}

function pathOf(v: Val): string | undefined {
  if (v.t === "nil" || v.t === "num" || v.t === "bool") return v.path;
  if (v.t === "str") {
    const o = v.segs[0]?.origin;
    return o?.k === "values" ? o.path : v.path;
  }
  return undefined;
}

/** Adjacent segments of one literal or one values key joined (so a literal stays one run). */
export function merge(segs: readonly Seg[]): Seg[] {
  const out: Seg[] = [];
  for (const s of segs) {
    if (s.text === "" && s.origin.k !== "unknown") continue;
    const last = out[out.length - 1];
    if (last && sameRun(last, s)) {
      out[out.length - 1] = { text: last.text + s.text, origin: last.origin };
    } else out.push(s);
  }
  return out;
}

function sameRun(a: Seg, b: Seg): boolean {
  if (a.alts || b.alts) return false;
  const x = a.origin;
  const y = b.origin;
  if (x.k === "text" && y.k === "text") return true;
  if (x.k === "lit" && y.k === "lit") return x.lit === y.lit && x.from + a.text.length === y.from;
  return false;
}

function concat(...vals: Val[]): Val {
  return { t: "str", segs: merge(vals.flatMap(segsOf)) };
}

/** Slice a string value's segments at `[start, end)` of its text, keeping origins. */
export function sliceSegs(segs: readonly Seg[], start: number, end: number): Seg[] {
  const out: Seg[] = [];
  let at = 0;
  for (const s of segs) {
    const a = Math.max(start, at);
    const b = Math.min(end, at + s.text.length);
    if (a < b) {
      const origin = s.origin.k === "lit" ? { ...s.origin, from: s.origin.from + (a - at) } : s.origin;
      out.push({ ...s, text: s.text.slice(a - at, b - at), origin });
    } else if (s.text === "" && s.origin.k === "unknown" && at >= start && at <= end) out.push(s);
    at += s.text.length;
  }
  return out;
}

function strVal(v: Val): Extract<Val, { t: "str" }> {
  return v.t === "str" ? v : { t: "str", segs: segsOf(v) };
}

function bool(b: boolean): Val {
  return { t: "bool", b };
}

/** `[value is unknown]`: comparisons with it are unknown too. */
function isUnknown(v: Val | undefined): boolean {
  return v?.t === "unknown" || (v?.t === "str" && v.segs.some((s) => s.origin.k === "unknown"));
}

type Fn = (args: Val[], ev: Evaluator) => Val;

/** A condition that depends on something mirrorize cannot know. */
const UNKNOWN_COND: Val = { t: "unknown", why: "a condition on something only a live render knows" };

const unknown =
  (why: string): Fn =>
  () => ({ t: "unknown", why });

/** Functions image expressions use (Go template builtins, Sprig, Helm). Data: name → behaviour. */
const FUNCTIONS: Record<string, Fn> = {
  default: (a) => {
    const value = a.length > 1 ? a[a.length - 1]! : NIL;
    const fallback = a[0] ?? NIL;
    return withAlts(truthy(value) ? value : fallback, [value, fallback]);
  },
  empty: (a) => (isUnknown(a[0]) ? UNKNOWN_COND : bool(!truthy(a[0] ?? NIL))),
  coalesce: (a) => withAlts(a.find(truthy) ?? NIL, a),
  ternary: (a) => (truthy(a[2] ?? NIL) ? (a[0] ?? NIL) : (a[1] ?? NIL)),
  required: (a) => a[1] ?? NIL,
  quote: (a) => concat(...a),
  squote: (a) => concat(...a),
  toString: (a: Val[]) => strVal(a[0] ?? NIL),
  print: (a) => concat(...a),
  printf: (a) => printf(a),
  trimSuffix: (a) => {
    const [suffix, s] = [textOf(a[0] ?? NIL), strVal(a[1] ?? NIL)];
    const t = textOf(s);
    return suffix !== "" && t.endsWith(suffix)
      ? { t: "str", segs: sliceSegs(s.segs, 0, t.length - suffix.length) }
      : s;
  },
  trimPrefix: (a) => {
    const [prefix, s] = [textOf(a[0] ?? NIL), strVal(a[1] ?? NIL)];
    const t = textOf(s);
    return prefix !== "" && t.startsWith(prefix)
      ? { t: "str", segs: sliceSegs(s.segs, prefix.length, t.length) }
      : s;
  },
  trim: (a) => {
    const s = strVal(a[0] ?? NIL);
    const t = textOf(s);
    const start = t.length - t.trimStart().length;
    return { t: "str", segs: sliceSegs(s.segs, start, t.trimEnd().length) };
  },
  lower: (a) => str(textOf(a[0] ?? NIL).toLowerCase()),
  upper: (a) => str(textOf(a[0] ?? NIL).toUpperCase()),
  replace: (a) =>
    str(
      textOf(a[2] ?? NIL)
        .split(textOf(a[0] ?? NIL))
        .join(textOf(a[1] ?? NIL)),
    ),
  nindent: (a) => a[1] ?? NIL,
  indent: (a) => a[1] ?? NIL,
  include: (a, ev) => ev.include(textOf(a[0] ?? NIL), a[1] ?? NIL),
  dict: (a) => {
    const entries: Record<string, Val> = {};
    for (let i = 0; i + 1 < a.length; i += 2) entries[textOf(a[i]!)] = a[i + 1]!;
    return mapOf(entries);
  },
  list: (a) => ({ t: "list", items: a }),
  get: (a) => (a[0]?.t === "map" ? (a[0].get(textOf(a[1] ?? NIL)) ?? str("")) : str("")),
  hasKey: (a) => bool(a[0]?.t === "map" && a[0].get(textOf(a[1] ?? NIL)) !== undefined),
  index: (a) => {
    let v = a[0] ?? NIL;
    for (const k of a.slice(1)) {
      if (v.t === "map") v = v.get(textOf(k)) ?? NIL;
      else if (v.t === "list") v = v.items[Number(textOf(k))] ?? NIL;
      else return v.t === "unknown" ? v : NIL;
    }
    return v;
  },
  merge: (a) => mergeMaps(a),
  mergeOverwrite: (a) => mergeMaps([...a].reverse()),
  eq: (a) =>
    a.some(isUnknown) ? UNKNOWN_COND : bool(a.slice(1).some((b) => textOf(b) === textOf(a[0] ?? NIL))),
  ne: (a) => (a.some(isUnknown) ? UNKNOWN_COND : bool(textOf(a[0] ?? NIL) !== textOf(a[1] ?? NIL))),
  not: (a) => (isUnknown(a[0]) ? UNKNOWN_COND : bool(!truthy(a[0] ?? NIL))),
  and: (a) => (a.some(isUnknown) ? UNKNOWN_COND : (a.find((x) => !truthy(x)) ?? a[a.length - 1] ?? NIL)),
  or: (a) => (a.some(isUnknown) ? UNKNOWN_COND : (a.find(truthy) ?? a[a.length - 1] ?? NIL)),
  len: (a) => {
    const v = a[0] ?? NIL;
    const n = v.t === "list" ? v.items.length : v.t === "map" ? v.keys().length : textOf(v).length;
    return { t: "num", n, text: String(n) };
  },
  contains: (a) => bool(textOf(a[1] ?? NIL).includes(textOf(a[0] ?? NIL))),
  hasPrefix: (a) => bool(textOf(a[1] ?? NIL).startsWith(textOf(a[0] ?? NIL))),
  hasSuffix: (a) => bool(textOf(a[1] ?? NIL).endsWith(textOf(a[0] ?? NIL))),
  kindIs: (a) => {
    const kind = textOf(a[0] ?? NIL);
    const v = a[1] ?? NIL;
    const actual =
      v.t === "str"
        ? "string"
        : v.t === "map"
          ? "map"
          : v.t === "list"
            ? "slice"
            : v.t === "bool"
              ? "bool"
              : v.t === "num"
                ? "float64"
                : "invalid";
    return bool(kind === actual);
  },
  splitList: (a) => ({
    t: "list",
    items: textOf(a[1] ?? NIL)
      .split(textOf(a[0] ?? NIL))
      .map((s) => str(s)),
  }),
  first: (a) => (a[0]?.t === "list" ? (a[0].items[0] ?? NIL) : NIL),
  last: (a) => (a[0]?.t === "list" ? (a[0].items[a[0].items.length - 1] ?? NIL) : NIL),
  join: (a) =>
    str(a[1]?.t === "list" ? a[1].items.map(textOf).join(textOf(a[0] ?? NIL)) : textOf(a[1] ?? NIL)),
  toYaml: unknown("YAML rendered from a value"),
  toJson: unknown("JSON rendered from a value"),
  tpl: unknown("a value rendered as a template (tpl)"),
  lookup: unknown("a lookup in the live cluster"),
  semverCompare: unknown("the cluster's version"),
  fromYaml: unknown("YAML parsed at render time"),
  randAlphaNum: unknown("a random value"),
  now: unknown("the time of rendering"),
  uuidv4: unknown("a random value"),
};

function mergeMaps(maps: Val[]): Val {
  const ms = maps.filter((m): m is MapVal => m.t === "map");
  if (ms.length === 0) return maps[0] ?? NIL;
  return {
    t: "map",
    get: (k) => {
      for (const m of ms) {
        const v = m.get(k);
        if (v !== undefined && v.t !== "nil") return v;
      }
      return undefined;
    },
    keys: () => [...new Set(ms.flatMap((m) => m.keys()))].sort(),
  };
}

/** `printf` with `%s`, `%v`, `%d`, `%q` and `%%`: the format's characters keep their literal origin. */
function printf(a: Val[]): Val {
  const format = strVal(a[0] ?? NIL);
  const fmt = textOf(format);
  const out: Seg[] = [];
  let arg = 1;
  let last = 0;
  const literal = (from: number, to: number) => out.push(...sliceSegs(format.segs, from, to));
  for (let i = 0; i < fmt.length; i++) {
    if (fmt[i] !== "%") continue;
    literal(last, i);
    const verb = fmt[i + 1];
    if (verb === "%") out.push({ text: "%", origin: { k: "text" } });
    else {
      const v = a[arg++] ?? NIL;
      if (verb === "q")
        out.push({ text: '"', origin: { k: "text" } }, ...segsOf(v), { text: '"', origin: { k: "text" } });
      else out.push(...segsOf(v));
    }
    i++;
    last = i + 1;
  }
  literal(last, fmt.length);
  return { t: "str", segs: merge(out) };
}
