import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isCollection, isPair, parseAllDocuments, stringify } from "yaml";
import { aliasBomb, checkTextLimits, MAX_ALIAS_EXPANSION } from "../../src/limits/index.js";

/**
 * The depth pre-scan (src/limits/index.ts) must never count less nesting than the YAML parser builds:
 * an undercount would let a deep input reach the parser, whose recursion can abort the process. It may
 * count more where the text is ambiguous, but not much more on ordinary YAML.
 */
const SEED = 20_260_409;
const runs = (n: number) => ({ seed: SEED, numRuns: n });
let cases = 0;

/** The deepest nesting of collections the parser builds in any document of `text` (aliases not followed). */
function parsedDepth(text: string): number {
  let max = 0;
  for (const doc of parseAllDocuments(text, { prettyErrors: false }) as ReturnType<typeof parseAllDocuments> &
    unknown[]) {
    const stack: [unknown, number][] = [[doc.contents, 0]];
    while (stack.length > 0) {
      const [item, depth] = stack.pop()!;
      if (isPair(item)) {
        stack.push([item.key, depth], [item.value, depth]);
      } else if (isCollection(item)) {
        max = Math.max(max, depth + 1);
        for (const child of item.items) stack.push([child, depth + 1]);
      }
    }
  }
  return max;
}

/** The depth the pre-scan measures: the smallest maxDepth it accepts. */
function scannedDepth(text: string): number {
  let lo = 0;
  let hi = 1;
  while (checkTextLimits(text, "f.yaml", { maxDepth: hi, maxDocuments: 1e9 })) hi *= 2;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (checkTextLimits(text, "f.yaml", { maxDepth: mid, maxDocuments: 1e9 })) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

const documentCount = (text: string) => (parseAllDocuments(text) as unknown[]).length;

describe("the depth pre-scan", () => {
  it.each([
    ["a: 1\n", 1],
    ["a:\n  b:\n    c: 1\n", 3],
    ["a:\n- b\n- c: [1, {d: 2}]\n", 5],
    ["- - - x\n", 3],
    ["? ? a\n", 2],
    ["a: |\n  [[[[\n  {{{{\nb: 1\n", 1],
    ["a: \"x\\\" \"\nb: 'y''z'\n", 1],
    // Brackets inside quotes count while the quote lasts (a quote the parser does not see cannot hide them).
    ['a: "[["\n', 1, 3],
    ["a: [1, 2] # [[[[\n", 2],
    ['{"a":{"b":["c",{"d":1}]}}\n', 4],
    ["- a: x\n  b:\n  - c\n", 3],
    ["--- |\n  [[[[\n--- [1, [2]]\n", 2],
  ] as [string, number, number?][])("%j: at least %i levels, and close to it", (text, depth, most) => {
    cases++;
    expect(parsedDepth(text)).toBe(depth);
    const scanned = scannedDepth(text);
    expect(scanned).toBeGreaterThanOrEqual(depth);
    expect(scanned).toBeLessThanOrEqual(most ?? depth + 2);
  });

  it("counts at least the parser's depth on YAML written by the yaml library (block and flow)", () => {
    const value = fc.letrec((tie) => ({
      node: fc.oneof(
        { depthSize: "small", withCrossShrink: true },
        // Strings without brackets: brackets in quoted strings are counted while they last (see above).
        fc.oneof(
          fc.string().map((x) => x.replace(/[[\]{}]/g, "")),
          fc.integer(),
          fc.boolean(),
          fc.constant(null),
        ),
        fc.array(tie("node"), { maxLength: 4 }),
        fc.dictionary(fc.string({ maxLength: 6 }), tie("node"), { maxKeys: 4 }),
      ),
    })).node;
    const style = fc.record({
      collectionStyle: fc.constantFrom("any", "block", "flow"),
      defaultStringType: fc.constantFrom(
        "PLAIN",
        "QUOTE_DOUBLE",
        "QUOTE_SINGLE",
        "BLOCK_LITERAL",
        "BLOCK_FOLDED",
      ),
      indent: fc.integer({ min: 1, max: 4 }),
      indentSeq: fc.boolean(),
    });
    fc.assert(
      fc.property(value, style, (v, options) => {
        cases++;
        const text = stringify(v, options as unknown as Parameters<typeof stringify>[1]);
        const depth = parsedDepth(text);
        const scanned = scannedDepth(text);
        expect(scanned).toBeGreaterThanOrEqual(depth);
        // Ordinary YAML is not refused for depth it does not have.
        expect(scanned).toBeLessThanOrEqual(2 * depth + 2);
      }),
      runs(3000),
    );
  });

  // On text that is not YAML, the parser's error recovery sometimes nests more than the text says
  // (`]: ? x\n[` is three levels to it, and `: ? x\n\\` repeated nests once per line where the scan
  // sees two levels). That is why the pre-scan is not the only guard: a pool worker whose parse ran
  // out of stack is replaced before it parses again (test/adversarial: "malformed nesting").
  const piece = fc.constantFrom(
    "[",
    "]",
    "{",
    "}",
    ",",
    ":",
    ": ",
    "- ",
    "? ",
    "#",
    " #",
    "'",
    '"',
    "\\",
    "|",
    ">",
    "|-",
    "&a ",
    "*a",
    "!t ",
    "\n",
    "\n  ",
    "\n    ",
    "\r\n",
    "\t",
    " ",
    "a",
    "key",
    "---\n",
    "...\n",
    "\uFEFF",
    "%YAML 1.2\n",
  );
  it("never counts less than the parser's depth (but for one level of error recovery) on text made of YAML's indicators", () => {
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 60 }), (pieces) => {
        cases++;
        const text = pieces.join("");
        expect(scannedDepth(text)).toBeGreaterThanOrEqual(parsedDepth(text) - 1);
      }),
      runs(20_000),
    );
  });

  it("counts documents as the parser does on well-formed streams, and never fewer", () => {
    const doc = fc.constantFrom("a: 1\n", "- x\n", "", "# c\n", "'q'\n", "|\n  ---x\n", "[1,\n 2]\n");
    const sep = fc.constantFrom("---\n", "--- ", "...\n---\n", "...\n");
    fc.assert(
      fc.property(fc.array(fc.tuple(sep, doc), { maxLength: 12 }), doc, (parts, head) => {
        cases++;
        const text = head + parts.map(([s, d]) => s + d).join("");
        const n = documentCount(text);
        if (n > 0)
          expect(checkTextLimits(text, "f.yaml", { maxDepth: 1e9, maxDocuments: n - 1 })).toBeDefined();
        expect(checkTextLimits(text, "f.yaml", { maxDepth: 1e9, maxDocuments: n + 1 })).toBeUndefined();
      }),
      runs(3000),
    );
  });

  it("is linear: 10^5 nested brackets, a 4 MB staircase, 20,000 documents", () => {
    cases += 3;
    expect(
      checkTextLimits(`x: ${"[".repeat(1e5)}`, "f.yaml", { maxDepth: 256, maxDocuments: 10 })?.offset,
    ).toBe(3 + 255);
    const stair = Array.from({ length: 2800 }, (_, i) => `${" ".repeat(i)}k:`).join("\n");
    expect(checkTextLimits(stair, "f.yaml", { maxDepth: 256, maxDocuments: 10 })?.message).toMatch(
      /deeper than 256/,
    );
    const stream = "a: 1\n---\n".repeat(20_000);
    expect(checkTextLimits(stream, "f.yaml", { maxDepth: 256, maxDocuments: 10_000 })?.message).toMatch(
      /more than 10000 YAML documents/,
    );
  });
});

describe("the alias bomb check", () => {
  const laughs = (levels: number) => {
    const lines = ['a0: &a0 ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
    for (let i = 1; i <= levels; i++)
      lines.push(
        `a${i}: &a${i} [${Array(9)
          .fill(`*a${i - 1}`)
          .join(",")}]`,
      );
    return `${lines.join("\n")}\n`;
  };
  const first = (text: string) => parseAllDocuments(text)[0] as Parameters<typeof aliasBomb>[0];

  it("finds the billion laughs at the first alias that expands too far, and lets small ones be", () => {
    cases += 3;
    const bomb = first(laughs(9));
    const at = aliasBomb(bomb);
    expect(at?.range?.[0]).toBe(laughs(9).indexOf("*a6"));
    expect(aliasBomb(first(laughs(5)))).toBeUndefined(); // 9^5 = 59,049 nodes
    expect(aliasBomb(first("base: &b {x: 1}\nitems:\n  - <<: *b\n  - <<: *b\n"))).toBeUndefined();
    expect(MAX_ALIAS_EXPANSION).toBeGreaterThan(9 ** 6);
  });

  it("survives cycles, unknown anchors and aliases as keys", () => {
    cases++;
    for (const text of ["a: &x [*x, *x]\n", "a: *nope\n", "? *k\n: v\nk: &k 1\n", "&r {a: *r}\n"]) {
      expect(aliasBomb(first(text))).toBeUndefined();
    }
  });
});

describe("cases run", () => {
  it("prints the number of cases", () => {
    console.log(`limits pre-scan properties: ${cases} cases run (seed ${SEED})`);
    expect(cases).toBeGreaterThan(20_000);
  });
});
