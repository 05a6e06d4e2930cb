/**
 * A small, independent evaluator of the Go template subset chart image expressions use, for tests:
 * `.Values`/`.Chart` lookups, `$` and variables (`:=`, `=`), `if`/`else`/`with`/`end`, `define` and
 * `include`/`template`, `default`, `printf` (%s %v), `trimSuffix`, `trimPrefix`, `toString`,
 * `quote`, `dict`, `not`, `|`, `{{-`/`-}}`. It renders text: what Helm would render, for what the
 * fixtures use. It shares no code with src/locate/template (it is the oracle the locator is tested
 * against).
 */

type V = unknown;

interface Scope {
  dot: V;
  root: V;
  vars: Map<string, V>;
}

type Node =
  | { k: "text"; text: string }
  | { k: "expr"; src: string }
  | { k: "if" | "with"; branches: { cond: string; body: Node[] }[]; otherwise: Node[] }
  | { k: "define"; name: string; body: Node[] };

/** Split a template into text and actions, applying `{{-` and `-}}` trimming. */
function tokens(src: string): ({ text: string } | { action: string })[] {
  const out: ({ text: string } | { action: string })[] = [];
  let i = 0;
  let trimNext = false;
  while (i < src.length) {
    const open = src.indexOf("{{", i);
    let text = open < 0 ? src.slice(i) : src.slice(i, open);
    if (trimNext) text = text.replace(/^\s+/, "");
    if (open < 0) {
      out.push({ text });
      break;
    }
    let j = open + 2;
    const trimLeft = src[j] === "-" && src[j + 1] === " ";
    if (trimLeft) text = text.replace(/\s+$/, "");
    out.push({ text });
    // Find the closing braces outside strings.
    let k = j;
    while (k < src.length && !(src[k] === "}" && src[k + 1] === "}")) {
      if (src[k] === '"') {
        k++;
        while (k < src.length && src[k] !== '"') k += src[k] === "\\" ? 2 : 1;
      }
      k++;
    }
    let inner = src.slice(trimLeft ? j + 1 : j, k);
    trimNext = inner.endsWith(" -");
    if (trimNext) inner = inner.slice(0, -2);
    out.push({ action: inner.trim() });
    i = k + 2;
    j = 0;
  }
  return out;
}

function parse(src: string): { body: Node[]; defines: Map<string, Node[]> } {
  const defines = new Map<string, Node[]>();
  const root: Node[] = [];
  const stack: { nodes: Node[]; node?: Node }[] = [{ nodes: root }];
  for (const t of tokens(src)) {
    const top = stack[stack.length - 1]!;
    if ("text" in t) {
      if (t.text) top.nodes.push({ k: "text", text: t.text });
      continue;
    }
    const a = t.action;
    if (a.startsWith("/*")) continue;
    const m = /^(if|with|else|end|define)\b\s*(.*)$/s.exec(a);
    if (!m) {
      top.nodes.push({ k: "expr", src: a });
    } else if (m[1] === "if" || m[1] === "with") {
      const node: Node = { k: m[1], branches: [{ cond: m[2]!, body: [] }], otherwise: [] };
      top.nodes.push(node);
      stack.push({ nodes: node.branches[0]!.body, node });
    } else if (m[1] === "else") {
      const node = top.node as Extract<Node, { branches: unknown }>;
      const chained = /^if\s+(.*)$/s.exec(m[2]!);
      if (chained) {
        const body: Node[] = [];
        node.branches.push({ cond: chained[1]!, body });
        top.nodes = body;
      } else top.nodes = node.otherwise;
    } else if (m[1] === "define") {
      const node: Node = { k: "define", name: JSON.parse(m[2]!), body: [] };
      stack.push({ nodes: node.body, node });
    } else {
      const done = stack.pop()!;
      if (done.node?.k === "define") defines.set(done.node.name, done.node.body);
    }
  }
  return { body: root, defines };
}

function truthy(v: V): boolean {
  if (v === null || v === undefined || v === false || v === "" || v === 0) return false;
  if (Array.isArray(v)) return v.length > 0;
  if (typeof v === "object") return Object.keys(v as object).length > 0;
  return true;
}

function str(v: V): string {
  return v === null || v === undefined ? "" : String(v);
}

/** Split an expression into words, keeping strings and parenthesised groups whole. */
function words(src: string): string[] {
  const out: string[] = [];
  let i = 0;
  while (i < src.length) {
    if (/\s/.test(src[i]!)) {
      i++;
      continue;
    }
    let j = i;
    if (src[i] === '"') {
      j++;
      while (src[j] !== '"') j += src[j] === "\\" ? 2 : 1;
      j++;
    } else if (src[i] === "(") {
      let depth = 0;
      do {
        if (src[j] === '"') {
          j++;
          while (src[j] !== '"') j += src[j] === "\\" ? 2 : 1;
        }
        if (src[j] === "(") depth++;
        if (src[j] === ")") depth--;
        j++;
      } while (depth > 0);
    } else if (src[i] === "|") j++;
    else while (j < src.length && !/[\s|()]/.test(src[j]!)) j++;
    out.push(src.slice(i, j));
    i = j;
  }
  return out;
}

class Oracle {
  constructor(private readonly defines: Map<string, Node[]>) {}

  run(nodes: Node[], scope: Scope): string {
    let out = "";
    for (const n of nodes) {
      if (n.k === "text") out += n.text;
      else if (n.k === "expr") {
        const decl = /^\$(\w+)\s*(:?=)\s*(.*)$/s.exec(n.src);
        if (decl) scope.vars.set(decl[1]!, this.pipe(decl[3]!, scope));
        else out += str(this.pipe(n.src, scope));
      } else if (n.k === "if" || n.k === "with") {
        const b = n.branches.find((x) => truthy(this.pipe(x.cond, scope)));
        if (b) out += this.run(b.body, n.k === "with" ? { ...scope, dot: this.pipe(b.cond, scope) } : scope);
        else out += this.run(n.otherwise, scope);
      }
    }
    return out;
  }

  pipe(src: string, scope: Scope): V {
    const cmds: string[][] = [[]];
    for (const w of words(src)) {
      if (w === "|") cmds.push([]);
      else cmds[cmds.length - 1]!.push(w);
    }
    let prev: V | typeof NONE = NONE;
    for (const cmd of cmds) {
      const [head, ...rest] = cmd;
      if (/^[a-zA-Z]\w*$/.test(head!) && !["true", "false", "nil"].includes(head!)) {
        const args = rest.map((w) => this.word(w, scope));
        if (prev !== NONE) args.push(prev);
        prev = this.call(head!, args);
      } else prev = this.word(head!, scope);
    }
    return prev === NONE ? undefined : prev;
  }

  private word(w: string, scope: Scope): V {
    if (w.startsWith('"')) return JSON.parse(w);
    if (w.startsWith("(")) return this.pipe(w.slice(1, -1), scope);
    if (w === "true" || w === "false") return w === "true";
    if (w === "nil") return undefined;
    if (/^-?\d/.test(w)) return Number(w);
    let base: V;
    let path: string;
    if (w.startsWith("$")) {
      const m = /^\$(\w*)(.*)$/.exec(w)!;
      base = m[1] === "" ? scope.root : scope.vars.get(m[1]!);
      path = m[2]!;
    } else {
      base = scope.dot;
      path = w === "." ? "" : w;
    }
    for (const key of path.split(".").filter(Boolean)) {
      base = base && typeof base === "object" ? (base as Record<string, V>)[key] : undefined;
    }
    return base;
  }

  private call(name: string, a: V[]): V {
    switch (name) {
      case "default":
        return truthy(a[a.length - 1]) && a.length > 1 ? a[a.length - 1] : a[0];
      case "printf": {
        let i = 1;
        return str(a[0]).replace(/%[sv%]/g, (m) => (m === "%%" ? "%" : str(a[i++])));
      }
      case "trimSuffix":
        return str(a[1]).endsWith(str(a[0])) ? str(a[1]).slice(0, -str(a[0]).length || undefined) : str(a[1]);
      case "trimPrefix":
        return str(a[1]).startsWith(str(a[0])) ? str(a[1]).slice(str(a[0]).length) : str(a[1]);
      case "toString":
        return str(a[0]);
      case "quote":
        return `"${str(a[0])}"`;
      case "not":
        return !truthy(a[0]);
      case "dict": {
        const d: Record<string, V> = {};
        for (let i = 0; i + 1 < a.length; i += 2) d[str(a[i])] = a[i + 1];
        return d;
      }
      case "include": {
        const body = this.defines.get(str(a[0]));
        if (!body) throw new Error(`no template named ${str(a[0])}`);
        return this.run(body, { dot: a[1], root: a[1], vars: new Map() });
      }
      default:
        throw new Error(`the test evaluator has no function ${name}`);
    }
  }
}

const NONE = Symbol("none");

/**
 * Render `expression` (an image field's value as written in a template, quotes included) with a
 * chart's values, Chart.yaml fields and helper texts: what Helm puts in the manifest.
 */
export function renderImage(
  expression: string,
  values: unknown,
  chart: Record<string, unknown>,
  helpers: readonly string[] = [],
  preamble = "",
): string {
  const defines = new Map<string, Node[]>();
  for (const h of helpers) for (const [k, v] of parse(h).defines) defines.set(k, v);
  const own = parse(preamble + expression);
  const root = { Values: values ?? {}, Chart: chart };
  const text = new Oracle(defines).run(own.body, { dot: root, root, vars: new Map() }).trim();
  return /^(["']).*\1$/.test(text) ? text.slice(1, -1) : text;
}
