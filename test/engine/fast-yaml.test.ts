import { execFileSync } from "node:child_process";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import { isDocument, LineCounter, parseAllDocuments } from "yaml";
import { fastParseAllDocuments } from "../../src/engine/fast-yaml.js";
import { blankImageless, imagelessRanges } from "../../src/engine/imageless.js";
import { checkTextLimits } from "../../src/limits/index.js";
import { compileSpecs } from "../../src/locate/field-specs.js";
import { mayHoldImages } from "../../src/locate/imageless-kinds.js";
import { requirePrerequisite, sharedPath } from "../helpers/shared.js";
import { tempDir } from "../helpers/tree.js";

/**
 * The fast parser is a drop-in for `yaml`'s parseAllDocuments on the subset it accepts: whenever it
 * returns documents, they equal yaml's in every property but comments (node classes, values, scalar
 * types, source, format, ranges, document ranges and markers) and the line starts are the same; and
 * it never accepts a text yaml reports an error or a warning for.
 */

const NODE_TYPE = Symbol.for("yaml.node.type");

/** Properties the fast parser does not produce (comments), or that are not data (options, schema). */
const NOT_COMPARED = new Set(["comment", "commentBefore", "spaceBefore", "options", "schema", "directives"]);

/** The first difference between two parse results, as a path and both values; undefined if equal. */
function difference(a: unknown, b: unknown, path = "$"): string | undefined {
  if (a === b) return undefined;
  if (typeof a !== typeof b) return `${path}: ${typeof a} vs ${typeof b}`;
  if (typeof a === "number" && Number.isNaN(a) && Number.isNaN(b)) return undefined;
  if (a === null || b === null || typeof a !== "object") {
    return `${path}: ${JSON.stringify(a)} vs ${JSON.stringify(b)}`;
  }
  // The fast parser's nodes are instances of yaml's classes on prototypes that carry the node type.
  if ((a as { constructor: unknown }).constructor !== (b as { constructor: unknown }).constructor)
    return `${path}: different classes`;
  if ((a as Record<symbol, unknown>)[NODE_TYPE] !== (b as Record<symbol, unknown>)[NODE_TYPE])
    return `${path}: different node types`;
  if (isDocument(a) && isDocument(b) && a.directives?.docStart !== b.directives?.docStart) {
    return `${path}.directives.docStart: ${a.directives?.docStart} vs ${b.directives?.docStart}`;
  }
  const x = a as Record<string, unknown>;
  const y = b as Record<string, unknown>;
  const keys = (o: Record<string, unknown>) =>
    Object.keys(o)
      .filter((k) => !NOT_COMPARED.has(k) && o[k] !== undefined)
      .sort();
  const kx = keys(x);
  const ky = keys(y);
  if (kx.join() !== ky.join()) return `${path}: properties ${kx} vs ${ky}`;
  for (const k of kx) {
    const d = difference(x[k], y[k], `${path}.${k}`);
    if (d) return d;
  }
  return undefined;
}

/** Parse with both; `accepted` when the fast parser took the text, `diff` when the results differ. */
function compare(text: string): { accepted: boolean; diff?: string } {
  const fastLines = new LineCounter();
  const fast = fastParseAllDocuments(text, fastLines);
  if (!fast) return { accepted: false };
  const lines = new LineCounter();
  const docs = [...parseAllDocuments(text, { lineCounter: lines, prettyErrors: false })];
  const problems = docs.flatMap((d) => [...d.errors, ...d.warnings]).map((e) => e.code);
  if (problems.length > 0) return { accepted: true, diff: `yaml reports ${problems.join(", ")}` };
  return {
    accepted: true,
    diff:
      difference(docs, fast) ??
      difference(lines.lineStarts, fastLines.lineStarts) ??
      difference(JSON.stringify(docs.map((d) => d.toJS())), JSON.stringify(fast.map((d) => d.toJS()))),
  };
}

function yamlFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...yamlFiles(p));
    else if (/\.(ya?ml|json)$/.test(name)) out.push(p);
  }
  return out;
}

const cases: [string, string][] = [
  ["scalar value", "a: 1\n"],
  ["no final newline", "a: 1"],
  ["trailing blank and comment lines", "a: 1\n\n# c\n\n"],
  ["leading comments", "\n# h\n\na: 1\n"],
  ["two documents", "a: 1\n---\nb: 2\n"],
  ["a leading marker", "---\na: 1\n"],
  ["a comment before a marker", "a: 1\n# c\n---\nb: 2"],
  ["a comment at the column of the next key", "a:\n  b: 1\n  # c\n  d: 2\n"],
  ["a comment at the end of a nested map", "a:\n  b: 1\n  # c\nd: 2\n"],
  ["a comment at column 0 between keys", "a:\n  b: 1\n# c\nd: 2\n"],
  ["a deeper comment after a scalar", "a:\n  b: 1\n    # c\nd: 2\n"],
  ["a sequence at the key's column", "a:\n- 1\n- 2\nb: 3\n"],
  ["a comment after a sequence at the key's column", "k:\n  a:\n  - x: 1\n  # c\n  b: 2\n"],
  ["empty values", "a:\nb: 1\nc: \nd:  # c\ne:\n"],
  ["a comment after a key", "a: # c\n  b: 1\n"],
  ["compact maps in a sequence", "- a: 1\n  b: 2\n- c\n-   d: 1\n    e: 2\n-\n  f: 1\n- \n"],
  ["flow collections", 'a: [x , y ,]\nb: {c: d , e: "f"}  # z\nc: []\nd: {}\ne: [[1], {g: [h]}]\n'],
  ["quoted scalars", "k: \"x\"  # c\nl: 'y''z'\nm: ''\nn: \"\"\n"],
  [
    "values of every core type",
    "a: 1\nb: 1.10\nc: 0x1F\nd: 0o17\ne: true\nf: False\ng: null\nh: ~\ni: .inf\nj: -1e3\nk: .NaN\n",
  ],
  ["keys of every core type", "1: a\ntrue: b\nnull: c\n1.5: d\n"],
  ["plain scalars with indicators inside", "a: b#c\nd: --v=2\ne: x,y]\nf: http://x:80/y\ng: -x\n"],
  ["duplicate keys", "a: 1\na: 2\n"],
  ["a tab", "a:\t1\n"],
  ["CRLF", "a: 1\r\nb: 2\r\n"],
  ["an anchor and an alias", "a: &x 1\nb: *x\n"],
  ["a block scalar", "a: |\n  x\n"],
  ["a multi-line plain scalar", "a: b\n  c\n"],
  ["a nested map in a compact map", "a: b: c\n"],
  ["an empty document", "a: 1\n---\n"],
  ["only comments", "# a\n"],
  ["a quoted key", '"a": 1\n'],
  ["escapes", 'a: "x\\ny"\n'],
];

describe("the fast YAML parser agrees with yaml", () => {
  it.each(cases)("%s", (_name, text) => {
    const r = compare(text);
    expect(r.diff).toBeUndefined();
  });

  it("on every file of the corpus it accepts", () => {
    const corpus = sharedPath("corpus");
    if (!requirePrerequisite(corpus !== undefined, "../shared/corpus")) return;
    let accepted = 0;
    for (const file of yamlFiles(corpus!)) {
      const r = compare(readFileSync(file, "utf8"));
      expect(r.diff, file).toBeUndefined();
      if (r.accepted) accepted++;
    }
    expect(accepted).toBeGreaterThan(5);
  });

  const synthetic = tempDir();
  afterAll(() => synthetic.cleanup());
  it("on every file of the synthetic benchmark tree (all accepted)", () => {
    const genRepo = sharedPath("bench", "gen-repo.mjs");
    if (!requirePrerequisite(genRepo !== undefined, "../shared/bench/gen-repo.mjs")) return;
    execFileSync(process.execPath, [genRepo!, synthetic.dir, "1"], { stdio: "ignore" });
    const files = yamlFiles(synthetic.dir);
    expect(files.length).toBeGreaterThan(100);
    for (const file of files) expect(compare(readFileSync(file, "utf8")), file).toEqual({ accepted: true });
  });

  it.each([
    ["with odd scalars and keys", true, 0.1],
    ["in the style of manifests", false, 0.3],
  ])(
    "on generated documents %s (flow and block, quotes, comments, blank lines, markers)",
    (_, odd, least) => {
      let runs = 0;
      let accepted = 0;
      fc.assert(
        fc.property(yamlText(odd as boolean), (text) => {
          runs++;
          const r = compare(text);
          if (r.accepted) accepted++;
          return r.diff === undefined;
        }),
        { seed: 8, numRuns: 3000 },
      );
      console.log(`fast-yaml property: ${runs} generated texts, ${accepted} accepted and identical to yaml`);
      expect(accepted).toBeGreaterThan(runs * (least as number));
    },
  );
});

// ---------------------------------------------------------------------------------------------------
// A generator of YAML-like texts: mostly valid block YAML in the styles manifests use, with enough
// oddities (bad indentation, stray comments, indicators, tabs) that the fast parser must refuse some.

type Tree = { scalar: string } | { map: [string, Tree][] } | { seq: Tree[] } | { flow: FlowTree };
type FlowTree = { fscalar: string } | { fseq: FlowTree[] } | { fmap: [string, FlowTree][] };

const oddPlain = fc.constantFrom(
  "nginx",
  "nginx:1.25",
  "quay.io/x/y:v1",
  "1",
  "1.10",
  "0x1F",
  "0o17",
  "true",
  "False",
  "null",
  "~",
  ".inf",
  "-1",
  "+2",
  "1e3",
  "hello world",
  "a#b",
  "--v=2",
  "-x",
  ":x",
  "?x",
  "x,y",
  "é中",
  "x]",
  "k:v",
  "a: b",
  "&a x",
  "*a",
  "!t x",
  "|",
  "%x",
  "@x",
  "-",
  "- x",
  "x #y",
  "'q'",
  '"dq"',
  "'it''s'",
  '"a\\tb"',
  "'",
  "''",
  '""',
  "[x]",
  "{x: y}",
  "",
);
const oddKey = fc.constantFrom(
  "a",
  "b",
  "name",
  "image",
  "1",
  "true",
  "null",
  "a b",
  "-k",
  "x.y",
  "on",
  "<<",
  '"q"',
  "[a]",
  "? a",
  "a:",
  "ká",
  "a#b",
);
/** Scalars and keys of the kind manifests hold, so that most texts built from them are accepted. */
const nicePlain = fc.constantFrom(
  "nginx",
  "quay.io/x/y:v1",
  "1",
  "1.10",
  "true",
  "null",
  "a b",
  "--v=2",
  "'q'",
  '"d"',
  "",
);
const niceKey = fc.constantFrom("a", "b", "name", "image", "1", "true", "x.y", "a b");
const oddFlowScalar = fc.constantFrom(
  "a",
  "1",
  "b c",
  "'q'",
  '"d"',
  "x:y",
  "-1",
  "true",
  "",
  ",",
  "{",
  "a: b",
);
const niceFlowScalar = fc.constantFrom("a", "1", "b c", "'q'", '"d"', "x:y", "-1", "true");

const flowTreeOf = (flowScalar: fc.Arbitrary<string>): fc.Arbitrary<FlowTree> =>
  fc.letrec<{ node: FlowTree }>((tie) => ({
    node: fc.oneof(
      { depthSize: "small", withCrossShrink: true },
      flowScalar.map((s) => ({ fscalar: s })),
      fc.array(tie("node"), { maxLength: 3 }).map((xs) => ({ fseq: xs })),
      fc
        .array(fc.tuple(fc.constantFrom("a", "b", "1", "k"), tie("node")), { maxLength: 3 })
        .map((xs) => ({ fmap: xs })),
    ),
  })).node;

const treeOf = (
  plain: fc.Arbitrary<string>,
  key: fc.Arbitrary<string>,
  flowTree: fc.Arbitrary<FlowTree>,
): fc.Arbitrary<Tree> =>
  fc.letrec<{ node: Tree }>((tie) => ({
    node: fc.oneof(
      { depthSize: "small", withCrossShrink: true },
      plain.map((s) => ({ scalar: s })),
      fc.array(fc.tuple(key, tie("node")), { minLength: 1, maxLength: 4 }).map((xs) => ({ map: xs })),
      fc.array(tie("node"), { minLength: 1, maxLength: 4 }).map((xs) => ({ seq: xs })),
      flowTree.map((f) => ({ flow: f })),
    ),
  })).node;

/** Formatting choices, drawn once per text and consumed as the tree is rendered. */
type Choices = { next(): number };

function renderFlow(f: FlowTree, c: Choices): string {
  const sp = () => [" ", "", "  "][c.next() % 3]!;
  if ("fscalar" in f) return f.fscalar;
  if ("fseq" in f) {
    const trailing = c.next() % 4 === 0 && f.fseq.length > 0 ? "," : "";
    return `[${sp()}${f.fseq.map((x) => renderFlow(x, c)).join(`${sp()},${sp()}`)}${trailing}]`;
  }
  return `{${f.fmap.map(([k, v]) => `${k}:${c.next() % 5 === 0 ? "" : " "}${renderFlow(v, c)}`).join(`, `)}${sp()}}`;
}

function inline(t: Tree, c: Choices): string | undefined {
  if ("scalar" in t) return t.scalar;
  if ("flow" in t) return renderFlow(t.flow, c);
  return undefined;
}

function comment(c: Choices): string {
  const r = c.next() % 8;
  return r === 0 ? " # c" : r === 1 ? "   #x" : r === 2 ? "  " : "";
}

function render(t: Tree, indent: number, c: Choices, out: string[]): void {
  const pad = " ".repeat(indent);
  if ("map" in t) {
    for (const [k, v] of t.map) {
      const text = inline(v, c);
      if (text !== undefined) {
        out.push(`${pad}${k}:${text === "" ? "" : " "}${text}${comment(c)}`);
        continue;
      }
      out.push(`${pad}${k}:${comment(c)}`);
      const sameColumn = "seq" in v && c.next() % 2 === 0;
      render(v, sameColumn ? indent : indent + 1 + (c.next() % 4), c, out);
    }
  } else if ("seq" in t) {
    for (const item of t.seq) {
      const text = inline(item, c);
      if (text !== undefined) {
        out.push(`${pad}-${text === "" ? "" : " "}${text}${comment(c)}`);
      } else if ("map" in item && c.next() % 3 !== 0) {
        const gap = 1 + (c.next() % 3);
        const lines: string[] = [];
        render(item, indent + 1 + gap, c, lines);
        lines[0] = `${pad}-${" ".repeat(gap)}${lines[0]!.trimStart()}`;
        out.push(...lines);
      } else {
        out.push(`${pad}-${comment(c)}`);
        render(item, indent + 1 + (c.next() % 3), c, out);
      }
    }
  } else {
    out.push(`${pad}${inline(t, c)}`);
  }
}

/** Sprinkle blank lines, comment lines (at any column, or the next line's) and trailing spaces. */
function decorate(lines: string[], c: Choices): string[] {
  const out: string[] = [];
  for (const line of lines) {
    const r = c.next() % 12;
    if (r === 0) out.push("");
    else if (r === 1) out.push(`${" ".repeat(c.next() % 7)}# note`);
    else if (r === 2) out.push(`${" ".repeat(line.length - line.trimStart().length)}# about the next line`);
    out.push(c.next() % 15 === 0 ? `${line} ` : line);
  }
  return out;
}

function yamlText(odd: boolean): fc.Arbitrary<string> {
  const tree = odd
    ? treeOf(oddPlain, oddKey, flowTreeOf(oddFlowScalar))
    : treeOf(nicePlain, niceKey, flowTreeOf(niceFlowScalar));
  return fc
    .tuple(
      fc.array(tree, { minLength: 1, maxLength: 3 }),
      fc.array(fc.nat(), { minLength: 64, maxLength: 64 }),
      fc.boolean(),
      fc.boolean(),
    )
    .map(([docs, numbers, leadingMarker, finalNewline]) => {
      let i = 0;
      const c: Choices = { next: () => numbers[i++ % numbers.length]! + i };
      const texts = docs.map((d) => {
        const lines: string[] = [];
        render("scalar" in d || "flow" in d ? { map: [["k", d]] } : d, 0, c, lines);
        return decorate(lines, c).join("\n");
      });
      const text = (leadingMarker ? "---\n" : "") + texts.join("\n---\n");
      return finalNewline ? `${text}\n` : text;
    });
}

describe("the fast parser holds a text to limits.maxDepth and limits.maxDocuments", () => {
  // A text it takes within the limits needs no pre-scan (src/engine/plan.ts); past them it gives up,
  // and the pre-scan (which never counts less) refuses the text with its message.
  const nested = (depth: number) =>
    `${Array.from({ length: depth }, (_, i) => `${"  ".repeat(i)}k${i}:`).join("\n")} x\n`;
  it.each([
    ["block maps", nested(5), 5],
    ["a block sequence of maps", "a:\n  - b:\n      - c: [1, {d: [e]}]\n", 8],
    ["a one-line flow collection", "a: [[[[1]]]]\n", 5],
  ])("%s: taken at its depth, refused one below", (_, text, depth) => {
    const limits = (maxDepth: number) => ({ maxDepth, maxDocuments: 10 });
    expect(fastParseAllDocuments(text as string, undefined, limits(depth as number))).toBeDefined();
    expect(fastParseAllDocuments(text as string, undefined, limits((depth as number) - 1))).toBeUndefined();
    expect(checkTextLimits(text as string, "f", limits((depth as number) - 1))).toBeDefined();
  });

  it("documents: taken at the limit, refused past it", () => {
    const text = "a: 1\n---\nb: 2\n---\nc: 3\n";
    expect(fastParseAllDocuments(text, undefined, { maxDepth: 9, maxDocuments: 3 })).toHaveLength(3);
    expect(fastParseAllDocuments(text, undefined, { maxDepth: 9, maxDocuments: 2 })).toBeUndefined();
    expect(checkTextLimits(text, "f", { maxDepth: 9, maxDocuments: 2 })).toBeDefined();
  });
});

describe("documents the fast parser skips (src/engine/imageless.ts)", () => {
  // A skipped document is the map `_: 0` at its kind line, exactly as `yaml` reads the blanked text:
  // same nodes, ranges, document ranges and markers, and every line start, for any mix of documents.
  const crd = (eol: string) =>
    ["apiVersion: apiextensions.k8s.io/v1", "kind: CustomResourceDefinition  # the schema", "spec:"]
      .concat(["  versions:", "  - name: v1", "    schema: {openAPIV3Schema: {type: object}}"])
      .join(eol);
  const parts = fc.constantFrom(
    crd("\n"),
    `# before\n${crd("\n")}\n\n# after`,
    "kind: ClusterRole\napiVersion: rbac.authorization.k8s.io/v1\nrules:\n- verbs: ['*']\t# a tab",
    `apiVersion: v1\nkind: Service\nspec:\n  ports:\n  - port: 80\r\n  - port: 81`,
    "apiVersion: apps/v1\nkind: Deployment\nspec:\n  template:\n    spec:\n      containers:\n      - image: nginx:1",
    "apiVersion: v1\nkind: ConfigMap\ndata:\n  a: b",
    "kind: Service\napiVersion: v1\nmetadata: {name: last}",
  );
  const holds = (api: string, kind: string) => mayHoldImages(api, kind, compileSpecs([]));
  const stream = fc
    .tuple(
      fc.array(parts, { minLength: 1, maxLength: 5 }),
      fc.constantFrom("---", "--- # next"),
      fc.boolean(),
      fc.boolean(),
    )
    .map(([docs, marker, leading, finalNewline]) => {
      const text = (leading ? `${marker}\n` : "") + docs.join(`\n${marker}\n`);
      return finalNewline ? `${text}\n` : text;
    });

  it("agrees with yaml on the blanked text", () => {
    let skipped = 0;
    fc.assert(
      fc.property(stream, (text) => {
        const ranges = imagelessRanges(text, holds);
        const blanked = blankImageless(text, ranges);
        const fastLines = new LineCounter();
        const fast = fastParseAllDocuments(text, fastLines, undefined, ranges);
        // The same answer as on the blanked text: taken or not.
        expect(fast === undefined).toBe(fastParseAllDocuments(blanked) === undefined);
        if (!fast) return;
        skipped += ranges.length;
        const lines = new LineCounter();
        const docs = [...parseAllDocuments(blanked, { lineCounter: lines, prettyErrors: false })];
        expect(docs.flatMap((d) => d.errors)).toEqual([]);
        expect(difference(docs, fast) ?? difference(lines.lineStarts, fastLines.lineStarts)).toBeUndefined();
      }),
      { numRuns: 400, seed: 16 },
    );
    expect(skipped).toBeGreaterThan(100);
  });

  it("a character it leaves to yaml inside a skipped document does not send the text to yaml", () => {
    const text = `${crd("\r\n")}\n---\napiVersion: v1\nkind: Pod\nspec: {containers: [{image: a}]}\n`;
    const ranges = imagelessRanges(text, holds);
    expect(ranges).toHaveLength(1);
    expect(fastParseAllDocuments(text, undefined, undefined, ranges)).toHaveLength(2);
    expect(fastParseAllDocuments(`${text}a: "\t"\n`, undefined, undefined, ranges)).toBeUndefined();
  });
});
