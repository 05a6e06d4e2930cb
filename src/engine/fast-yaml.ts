import { Document, type LineCounter, Pair, Scalar, YAMLMap, YAMLSeq } from "yaml";
import { noteStackExhausted } from "../limits/index.js";
import type { ImagelessRange } from "./imageless.js";

/**
 * A fast parser for the plain YAML most manifests are written in, producing the very `Document`s that
 * `yaml`'s `parseAllDocuments` would (same node classes, values, scalar types, ranges, source), several
 * times faster. It returns `undefined` for anything outside its subset and the caller then parses
 * with `yaml`: tabs, CR, BOM, control characters, directives, `...`, anchors, aliases, tags, block
 * scalars, escapes in double quotes, multi-line scalars and flow collections, quoted or complex keys,
 * explicit keys, empty documents, duplicate keys, comments it cannot place, and every error.
 *
 * `skips` are documents it need not read (src/engine/imageless.ts): each becomes the map `_: 0` at its
 * `kind:` line, as `yaml` reads the text `blankImageless` makes of them, without a look at its lines
 * but for their line starts.
 *
 * What it does not produce: comments (`comment`, `commentBefore`, `spaceBefore`) — the engine reads
 * comments from the text, never from nodes. A differential test (test/engine/fast-yaml.test.ts)
 * compares it with `yaml` on the corpus, the benchmark trees and generated documents.
 */
export function fastParseAllDocuments(
  text: string,
  lineCounter?: LineCounter,
  limits?: FastLimits,
  skips: readonly ImagelessRange[] = [],
): Document.Parsed[] | undefined {
  if (unsupportedChars(text, skips)) return undefined;
  try {
    const parser = new FastParser(
      text,
      limits?.maxDepth ?? Number.POSITIVE_INFINITY,
      limits?.maxDocuments,
      skips,
    );
    const docs = parser.documents();
    if (docs === undefined) return undefined;
    // The parser's line starts are the LineCounter's: 0 and the offset after every newline.
    if (lineCounter) for (const start of parser.lineStarts) lineCounter.lineStarts.push(start);
    return docs;
  } catch (e) {
    // BAIL, or a RangeError on absurdly deep nesting: yaml decides what to make of it (and this
    // thread is not trusted to parse again, see limits.ts).
    if (e instanceof RangeError && /call stack/i.test(e.message)) noteStackExhausted();
    return undefined;
  }
}

/**
 * Limits the fast parser holds a text to (limits.maxDepth, limits.maxDocuments): it gives up (returns
 * undefined) on a text that nests collections deeper, or holds more documents, so that the caller's
 * pre-scan (src/limits/) decides about it. A text it parses within them is known to be within them.
 */
export interface FastLimits {
  maxDepth: number;
  maxDocuments: number;
}

/** Characters that send the whole text to `yaml`: tab, CR, BOM, C0/C1 controls, odd line separators. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: they are what this finds
const UNSUPPORTED_CHARS = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u2029\ufeff\ufffe\uffff]/;

/** Does `text` hold such a character outside the documents it skips? */
function unsupportedChars(text: string, skips: readonly ImagelessRange[]): boolean {
  if (skips.length === 0) return UNSUPPORTED_CHARS.test(text);
  let at = 0;
  for (const [start, end] of skips) {
    if (start > at && UNSUPPORTED_CHARS.test(text.slice(at, start))) return true;
    at = end;
  }
  return at < text.length && UNSUPPORTED_CHARS.test(text.slice(at));
}

/** Thrown (never escapes) when the text leaves the supported subset. */
const BAIL: unknown = Object.freeze({ bail: true });
function bail(): never {
  throw BAIL;
}

const SPACE = 0x20;
const HASH = 0x23;
const DASH = 0x2d;
const COLON = 0x3a;
const COMMA = 0x2c;
const DQUOTE = 0x22;
const SQUOTE = 0x27;
const LBRACKET = 0x5b;
const RBRACKET = 0x5d;
const LBRACE = 0x7b;
const RBRACE = 0x7d;
const BACKSLASH = 0x5c;

/** Line kinds. */
const BLANK = 0;
const COMMENT = 1;
const CONTENT = 2;
const MARKER = 3;
/** A skipped document's body: one entry, at its `kind:` line (`ends` is that line's end). */
const SKIPPED = 4;

/** First characters of a plain scalar that make it something else, or that the fast path leaves to `yaml`. */
const NOT_PLAIN_START = new Set([..."-?:,[]{}#&*!|>'\"%@`"].map((c) => c.charCodeAt(0)));

/**
 * Nodes are built on prototypes that carry yaml's node-type symbol (and, for collections, the shared
 * schema) instead of through the constructors, which define that symbol on every instance with
 * `Object.defineProperty` — a third of the parse time. They are instances of yaml's classes, pass
 * `isScalar`/`isMap`/..., and behave the same for every read; only `Object.getPrototypeOf` tells them
 * apart.
 */
const NODE_TYPE = Symbol.for("yaml.node.type");
let protos:
  | { scalar: Scalar; map: YAMLMap; seq: YAMLSeq; pair: Pair; doc: Document.Parsed; template: Document }
  | undefined;
function prototypes() {
  if (!protos) {
    const template = new Document(undefined, { prettyErrors: false });
    const typed = <T>(base: T, type: string, extra: PropertyDescriptorMap = {}): T =>
      Object.create(base as object, { [NODE_TYPE]: { value: Symbol.for(type) }, ...extra });
    const schema = { schema: { value: template.schema, writable: true, configurable: true } };
    protos = {
      scalar: typed(Scalar.prototype, "yaml.scalar"),
      map: typed(YAMLMap.prototype, "yaml.map", schema),
      seq: typed(YAMLSeq.prototype, "yaml.seq", schema),
      pair: typed(Pair.prototype, "yaml.pair"),
      doc: typed(Document.prototype as Document.Parsed, "yaml.document"),
      template,
    };
  }
  return protos;
}

function newScalar(value: unknown): Scalar {
  const s = Object.create(prototypes().scalar) as Scalar;
  s.value = value;
  return s;
}

function newMap(): YAMLMap {
  const m = Object.create(prototypes().map) as YAMLMap;
  m.items = [];
  return m;
}

function newSeq(): YAMLSeq {
  const m = Object.create(prototypes().seq) as YAMLSeq;
  m.items = [];
  return m;
}

function newPair(key: Scalar, value: Scalar | YAMLMap | YAMLSeq): Pair {
  const p = Object.create(prototypes().pair) as Pair;
  p.key = key;
  p.value = value;
  return p;
}

/** Did the fast parser make `doc`? Its documents hold no anchors, aliases or tags (it leaves them to `yaml`). */
export function isFastDocument(doc: Document): boolean {
  return protos !== undefined && Object.getPrototypeOf(doc) === protos.doc;
}

/** A document as the composer makes it, sharing the options and schema of one template. */
function newDocument(docStart: boolean): Document.Parsed {
  const { doc: proto, template } = prototypes();
  const d = Object.create(proto) as Document.Parsed;
  d.commentBefore = null;
  d.comment = null;
  d.errors = [];
  d.warnings = [];
  (d as { options: unknown }).options = template.options;
  d.directives = template.directives!.clone();
  if (docStart) d.directives.docStart = true;
  (d as { schema: unknown }).schema = template.schema;
  return d;
}

type Tag = {
  default?: boolean | "key";
  test?: RegExp;
  format?: string;
  resolve: (value: string, onError: (message: string) => void, options: unknown) => unknown;
};

/** The core schema's scalar tags, taken from `yaml` itself so that values resolve exactly as it does. */
let schemaTags: { tags: Tag[]; str: Tag; options: unknown } | undefined;
function tags() {
  if (!schemaTags) {
    const { template } = prototypes();
    const schema = template.schema as unknown as { tags: Tag[] } & Record<symbol, Tag>;
    schemaTags = {
      tags: schema.tags.filter((t) => t.test !== undefined),
      str: schema[Symbol.for("yaml.scalar")]!,
      options: template.options,
    };
  }
  return schemaTags;
}

/** First characters of a plain scalar that may resolve to something other than a string. */
function mayNotBeString(c: number): boolean {
  // digits + - . ~ and the first letters of null, true, false (any case)
  return (
    (c >= 0x30 && c <= 0x39) ||
    c === 0x2b ||
    c === DASH ||
    c === 0x2e ||
    c === 0x7e ||
    c === 0x6e ||
    c === 0x4e ||
    c === 0x74 ||
    c === 0x54 ||
    c === 0x66 ||
    c === 0x46
  );
}

function plainScalar(value: string, atKey: boolean): Scalar {
  if (value.length > 0 && !mayNotBeString(value.charCodeAt(0))) return newScalar(value);
  const { tags: list, str, options } = tags();
  const tag =
    list.find((t) => (t.default === true || (atKey && t.default === "key")) && t.test!.test(value)) ?? str;
  const res = tag.resolve(value, bail, options);
  const scalar = res instanceof Scalar ? res : newScalar(res);
  if (tag.format) scalar.format = tag.format;
  return scalar;
}

/**
 * The keys of one map, to refuse duplicates (yaml reports them as errors: left to it). A list for the
 * few keys most maps have (a Set each would cost more than the whole map), a Set past that.
 */
class UniqueKeys {
  private readonly list: unknown[] = [];
  private set: Set<unknown> | undefined;

  /** Add a key's value; bails when the map has it already. */
  add(value: unknown): void {
    if (this.set) {
      if (this.set.has(value)) bail();
      this.set.add(value);
      return;
    }
    for (const v of this.list) if (v === value) bail();
    this.list.push(value);
    if (this.list.length > 16) this.set = new Set(this.list);
  }
}

class FastParser {
  /** Where each entry of the line table starts: every line's start when nothing is skipped. */
  private readonly starts: number[] = [];
  /** Where every line starts, when some are skipped (and so not in `starts`). */
  private readonly allStarts: number[] | undefined;
  /** Where every line starts (what a LineCounter records). */
  get lineStarts(): readonly number[] {
    return this.allStarts ?? this.starts;
  }
  private readonly ends: number[] = [];
  private readonly indents: number[] = [];
  private readonly kinds: number[] = [];
  /** Index of the first line after the current document. */
  private limit = 0;
  /** Collections open around the current node. */
  private depth = 0;

  constructor(
    private readonly text: string,
    private readonly maxDepth: number = Number.POSITIVE_INFINITY,
    private readonly maxDocuments: number = Number.POSITIVE_INFINITY,
    skips: readonly ImagelessRange[] = [],
  ) {
    let start = 0;
    const n = text.length;
    const all: number[] | undefined = skips.length > 0 ? [] : undefined;
    this.allStarts = all;
    let skip = 0;
    while (start <= n) {
      if (all !== undefined && skip < skips.length && skips[skip]![0] === start) {
        // A skipped body: one entry at its kind line, and the start of every line it holds.
        const [, bodyEnd, kindAt] = skips[skip++]!;
        let kindEnd = text.indexOf("\n", kindAt);
        if (kindEnd < 0) kindEnd = n;
        this.starts.push(kindAt);
        this.ends.push(kindEnd);
        this.indents.push(0);
        this.kinds.push(SKIPPED);
        all.push(start);
        for (let nl = text.indexOf("\n", start); nl >= 0 && nl < bodyEnd; nl = text.indexOf("\n", nl + 1)) {
          if (nl + 1 < bodyEnd || bodyEnd === n) all.push(nl + 1);
        }
        if (bodyEnd >= n) break;
        start = bodyEnd;
        continue;
      }
      let end = text.indexOf("\n", start);
      if (end < 0) end = n;
      let i = start;
      while (i < end && text.charCodeAt(i) === SPACE) i++;
      let kind: number;
      if (i === end) kind = BLANK;
      else if (text.charCodeAt(i) === HASH) kind = COMMENT;
      else if (
        i === start &&
        end - start >= 3 &&
        (text.startsWith("---", start) || text.startsWith("...", start))
      ) {
        if (end - start !== 3 || text.charCodeAt(start) !== DASH) bail();
        kind = MARKER;
      } else if (i === start && text.charCodeAt(start) === 0x25)
        bail(); // %directive
      else kind = CONTENT;
      this.starts.push(start);
      this.ends.push(end);
      this.indents.push(i - start);
      this.kinds.push(kind);
      all?.push(start);
      if (end === n) break;
      start = end + 1;
    }
  }

  /** Every document, or undefined (bail) for texts without content. */
  documents(): Document.Parsed[] | undefined {
    const docs: Document.Parsed[] = [];
    const lines = this.kinds.length;
    let line = 0;
    while (line < lines) {
      let marker: number | undefined;
      if (this.kinds[line] === MARKER) {
        marker = this.starts[line];
        line++;
      }
      if (this.kinds[line] === SKIPPED) {
        docs.push(this.skipped(line, marker));
        if (docs.length > this.maxDocuments) bail();
        line++;
        continue;
      }
      let end = line;
      while (end < lines && this.kinds[end] !== MARKER) end++;
      this.limit = end;
      const first = this.nextContent(line);
      if (first < 0) {
        // Nothing but comments and blank lines: an empty document (or an empty stream) is left to yaml.
        return undefined;
      }
      if (this.indents[first] !== 0) bail();
      const contents = this.blockNode(first, this.starts[first]!, -1);
      if (this.next < this.limit) bail();
      // Only blank lines and comments at column 0 may follow the content of a document.
      for (let l = this.after; l < end; l++) if (this.kinds[l] === COMMENT && this.indents[l] !== 0) bail();
      const docEnd = end < lines ? this.starts[end]! : this.text.length;
      const doc = newDocument(marker !== undefined);
      doc.contents = contents as Document.Parsed["contents"];
      const contentEnd = contents.range![2];
      doc.range = [marker ?? contents.range![0], contentEnd, this.endsEmpty ? contentEnd : docEnd];
      docs.push(doc);
      if (docs.length > this.maxDocuments) bail();
      line = end;
    }
    return docs.length > 0 ? docs : undefined;
  }

  /**
   * A skipped document (its one line-table entry is `line`, and a marker or the text's end follows):
   * the map `_: 0` at its `kind:` line, with the ranges `yaml` gives it in the blanked text.
   */
  private skipped(line: number, marker: number | undefined): Document.Parsed {
    if (this.maxDepth < 1) bail();
    const at = this.starts[line]!;
    const lineEnd = this.ends[line]!;
    const key = plainScalar("_", true);
    key.range = [at, at + 1, at + 1];
    key.source = "_";
    key.type = Scalar.PLAIN;
    const value = plainScalar("0", false);
    value.source = "0";
    value.type = Scalar.PLAIN;
    const nodeEnd = lineEnd < this.text.length ? lineEnd + 1 : lineEnd;
    value.range = [at + 3, at + 4, nodeEnd];
    const map = newMap();
    map.items.push(newPair(key, value));
    map.range = [at, nodeEnd, nodeEnd];
    const doc = newDocument(marker !== undefined);
    doc.contents = map as Document.Parsed["contents"];
    const docEnd = line + 1 < this.kinds.length ? this.starts[line + 1]! : this.text.length;
    doc.range = [marker ?? at, nodeEnd, docEnd];
    return doc;
  }

  /** After a node: the first content line that follows it (or `limit`). */
  private next = 0;
  /** After a node: the first line that follows it. */
  private after = 0;
  /** Did the last node end with an empty value (`key:` at the end)? Its document then ends there. */
  private endsEmpty = false;

  /**
   * The first content line at or after `line` within the document, checking that every comment line
   * on the way sits at the column of that content line (comments elsewhere change node ranges in ways
   * the fast path does not model); -1 when there is none.
   */
  private nextContent(line: number): number {
    let l = line;
    let comment = -1;
    while (l < this.limit && this.kinds[l] !== CONTENT) {
      if (this.kinds[l] === COMMENT && comment < 0) comment = this.indents[l]!;
      l++;
    }
    if (l >= this.limit) return -1;
    if (comment >= 0) {
      for (let k = line; k < l; k++)
        if (this.kinds[k] === COMMENT && this.indents[k] !== this.indents[l]) bail();
    }
    return l;
  }

  /** Is there a comment line among the blank and comment lines right above `line`? */
  private commentedAbove(line: number): boolean {
    for (let l = line - 1; l >= 0 && this.kinds[l] !== CONTENT && this.kinds[l] !== MARKER; l--) {
      if (this.kinds[l] === COMMENT) return true;
    }
    return false;
  }

  private commentsBetween(from: number, to: number): boolean {
    for (let l = from; l < to; l++) if (this.kinds[l] === COMMENT) return true;
    return false;
  }

  /** Record where the node that ended on `line` leaves off. */
  private finishLine(line: number): void {
    this.after = line + 1;
    const n = this.nextContent(line + 1);
    this.next = n < 0 ? this.limit : n;
  }

  /** A block node (map, sequence) whose first character is at `pos` on `line`, deeper than its parent. */
  private blockNode(line: number, pos: number, parentIndent: number): YAMLMap | YAMLSeq {
    const col = pos - this.starts[line]!;
    if (col <= parentIndent) bail();
    if (this.isSeqItem(pos, line)) return this.blockSeq(line, pos, col, false);
    return this.blockMap(line, pos, col);
  }

  private isSeqItem(pos: number, line: number): boolean {
    const t = this.text;
    return t.charCodeAt(pos) === DASH && (pos + 1 === this.ends[line] || t.charCodeAt(pos + 1) === SPACE);
  }

  /**
   * A block sequence at column `col`. `keyColumn`: it is the value of a map key at the same column
   * (`containers:` then `- name: x` below it), so a line at that column that is not an item ends it.
   */
  private blockSeq(line: number, pos: number, col: number, keyColumn: boolean): YAMLSeq {
    if (++this.depth > this.maxDepth) bail();
    const seq = newSeq();
    let end = pos;
    let l = line;
    let p = pos;
    for (;;) {
      const lineEnd = this.ends[l]!;
      let q = p + 1;
      while (q < lineEnd && this.text.charCodeAt(q) === SPACE) q++;
      let item: Scalar | YAMLMap | YAMLSeq;
      if (q === lineEnd || this.text.charCodeAt(q) === HASH) {
        item = this.nestedOrNull(l, q, col, false);
        // yaml stretches an empty item over the comment lines above it: left to yaml.
        if (item instanceof Scalar && this.commentedAbove(l)) bail();
      } else if (this.isSeqItem(q, l)) {
        bail(); // `- - x`
      } else if (this.entryColon(q, lineEnd) >= 0) {
        item = this.blockMap(l, q, q - this.starts[l]!);
      } else {
        item = this.inlineValue(l, q, col);
      }
      seq.items.push(item);
      end = item.range![2];
      const n = this.next;
      if (n >= this.limit || this.indents[n]! < col) break;
      if (this.indents[n] !== col) bail();
      p = this.starts[n]! + col;
      if (!this.isSeqItem(p, n)) {
        // The map the sequence belongs to goes on (comments before it would belong to the sequence).
        if (keyColumn && !this.commentsBetween(this.after, n)) break;
        bail();
      }
      l = n;
    }
    seq.range = [pos, end, end];
    this.depth--;
    return seq;
  }

  private blockMap(line: number, pos: number, col: number): YAMLMap {
    if (++this.depth > this.maxDepth) bail();
    const map = newMap();
    const keys = new UniqueKeys();
    let end = pos;
    let l = line;
    let p = pos;
    for (;;) {
      const lineEnd = this.ends[l]!;
      const colon = this.entryColon(p, lineEnd);
      if (colon < 0) bail();
      const keyText = this.text.slice(p, colon);
      if (colon - p > 1000 || this.text.charCodeAt(colon - 1) === SPACE) bail();
      const key = plainScalar(keyText, true);
      key.range = [p, colon, colon];
      key.source = keyText;
      key.type = Scalar.PLAIN;
      keys.add(key.value);
      let q = colon + 1;
      while (q < lineEnd && this.text.charCodeAt(q) === SPACE) q++;
      let value: Scalar | YAMLMap | YAMLSeq;
      if (q === lineEnd || this.text.charCodeAt(q) === HASH) {
        value = this.nestedOrNull(l, q, col, true);
      } else value = this.inlineValue(l, q, col);
      map.items.push(newPair(key, value));
      end = value.range![2];
      const n = this.next;
      if (n >= this.limit || this.indents[n]! < col) break;
      if (this.indents[n] !== col) bail();
      l = n;
      p = this.starts[n]! + col;
      if (this.isSeqItem(p, n)) bail(); // a sequence item where the next key should be
    }
    map.range = [pos, end, end];
    this.depth--;
    return map;
  }

  /**
   * The value of `key:` or `-` with nothing after it on its line but spaces and a comment (`at` is
   * where they end, or the comment starts): the block on the next lines (deeper, or a sequence at the
   * key's column), or an empty (null) scalar at `at`.
   */
  private nestedOrNull(line: number, at: number, col: number, inMap: boolean): Scalar | YAMLMap | YAMLSeq {
    const n = this.nextContent(line + 1);
    if (n >= 0) {
      const indent = this.indents[n]!;
      const p = this.starts[n]! + indent;
      if (indent > col) return this.blockNode(n, p, col);
      if (inMap && indent === col && this.isSeqItem(p, n)) return this.blockSeq(n, p, col, true);
    }
    // yaml stretches an empty value over a comment after it (on its line or below): left to yaml.
    if (at < this.ends[line]!) bail();
    this.finishLine(line);
    if (this.commentsBetween(line + 1, this.next)) bail();
    this.endsEmpty = true;
    const empty = plainScalar("", false);
    empty.range = [at, at, at];
    empty.source = "";
    empty.type = Scalar.PLAIN;
    return empty;
  }

  /**
   * Where the `:` of a block map entry starting at `pos` is (a plain key followed by `: ` or `:` at the
   * end of the line), or -1 when the line holds no entry. Quoted, flow and complex keys bail.
   */
  private entryColon(pos: number, lineEnd: number): number {
    const t = this.text;
    const c = t.charCodeAt(pos);
    if (c === DQUOTE || c === SQUOTE || c === LBRACKET || c === LBRACE) {
      // A quoted or flow scalar value, or a quoted/flow key (left to yaml): find out which.
      const close = c === DQUOTE || c === SQUOTE ? this.quoteEnd(pos, lineEnd) : -1;
      if (close >= 0) {
        let q = close + 1;
        while (q < lineEnd && t.charCodeAt(q) === SPACE) q++;
        if (t.charCodeAt(q) === COLON) bail();
      } else if (c === LBRACKET || c === LBRACE) {
        if (hasMapIndicator(t, pos, lineEnd)) bail();
      }
      return -1;
    }
    if (NOT_PLAIN_START.has(c)) {
      const next = t.charCodeAt(pos + 1);
      if (!((c === DASH || c === 0x3f || c === COLON) && pos + 1 < lineEnd && next !== SPACE)) {
        if (hasMapIndicator(t, pos, lineEnd)) bail();
        return -1;
      }
    }
    for (let i = pos; i < lineEnd; i++) {
      const ch = t.charCodeAt(i);
      if (ch === COLON) {
        if (i + 1 === lineEnd || t.charCodeAt(i + 1) === SPACE) return i;
      } else if (ch === HASH && t.charCodeAt(i - 1) === SPACE) return -1;
    }
    return -1;
  }

  /** A scalar or flow collection that starts at `pos` and ends on its line. */
  private inlineValue(line: number, pos: number, col: number): Scalar | YAMLMap | YAMLSeq {
    const t = this.text;
    const lineEnd = this.ends[line]!;
    const c = t.charCodeAt(pos);
    let node: Scalar | YAMLMap | YAMLSeq;
    let valueEnd: number;
    if (c === DQUOTE || c === SQUOTE) {
      const close = this.quoteEnd(pos, lineEnd);
      if (close < 0) bail();
      node = this.quoted(pos, close);
      valueEnd = close + 1;
    } else if (c === LBRACKET || c === LBRACE) {
      const flow = new FlowParser(t, pos, lineEnd, this.depth, this.maxDepth);
      node = flow.collection();
      valueEnd = flow.pos;
    } else {
      if (
        NOT_PLAIN_START.has(c) &&
        !((c === DASH || c === 0x3f || c === COLON) && isSafeAfterIndicator(t, pos + 1, lineEnd))
      )
        bail();
      valueEnd = pos;
      for (let i = pos; i < lineEnd; i++) {
        const ch = t.charCodeAt(i);
        if (ch === HASH && t.charCodeAt(i - 1) === SPACE) break;
        if (ch === COLON && (i + 1 === lineEnd || t.charCodeAt(i + 1) === SPACE)) bail();
        if (ch !== SPACE) valueEnd = i + 1;
      }
      const source = t.slice(pos, valueEnd);
      node = plainScalar(source, false);
      node.source = source;
      node.type = Scalar.PLAIN;
    }
    // After the value: spaces, an optional comment, the end of the line.
    let q = valueEnd;
    while (q < lineEnd && t.charCodeAt(q) === SPACE) q++;
    if (q < lineEnd) {
      if (t.charCodeAt(q) !== HASH || q === valueEnd) bail();
    }
    const nodeEnd = lineEnd < t.length ? lineEnd + 1 : lineEnd;
    node.range = [pos, valueEnd, nodeEnd];
    this.finishLine(line);
    this.endsEmpty = false;
    // A deeper line after a scalar would continue it (or be an error): left to yaml.
    if (this.next < this.limit && this.indents[this.next]! > col) bail();
    return node;
  }

  /** The index of the closing quote of the quoted scalar at `pos`, or -1 if it is not on this line. */
  private quoteEnd(pos: number, lineEnd: number): number {
    const t = this.text;
    const q = t.charCodeAt(pos);
    for (let i = pos + 1; i < lineEnd; i++) {
      const ch = t.charCodeAt(i);
      if (q === DQUOTE && ch === BACKSLASH) bail();
      if (ch === q) {
        if (q === SQUOTE && t.charCodeAt(i + 1) === SQUOTE) {
          i++;
          continue;
        }
        return i;
      }
    }
    return -1;
  }

  private quoted(pos: number, close: number): Scalar {
    const raw = this.text.slice(pos + 1, close);
    const single = this.text.charCodeAt(pos) === SQUOTE;
    const value = single ? raw.replaceAll("''", "'") : raw;
    const s = newScalar(value);
    s.source = value;
    s.type = single ? Scalar.QUOTE_SINGLE : Scalar.QUOTE_DOUBLE;
    return s;
  }
}

/** Is there a `: ` (or `:` at the end) in `text[pos, lineEnd)`, outside quotes and before a comment? */
function hasMapIndicator(text: string, pos: number, lineEnd: number): boolean {
  let quote = 0;
  for (let i = pos; i < lineEnd; i++) {
    const ch = text.charCodeAt(i);
    if (quote) {
      if (ch === quote) quote = 0;
      continue;
    }
    if (ch === DQUOTE || ch === SQUOTE) quote = ch;
    else if (ch === HASH && i > pos && text.charCodeAt(i - 1) === SPACE) return false;
    else if (ch === COLON && (i + 1 === lineEnd || text.charCodeAt(i + 1) === SPACE)) return true;
  }
  return false;
}

function isSafeAfterIndicator(text: string, at: number, lineEnd: number): boolean {
  if (at >= lineEnd) return false;
  const c = text.charCodeAt(at);
  return c !== SPACE && c !== COMMA && c !== LBRACKET && c !== RBRACKET && c !== LBRACE && c !== RBRACE;
}

/** A flow collection that opens and closes on one line: `[a, "b", {c: d}]`, `{a: b, c: [d]}`. */
class FlowParser {
  constructor(
    private readonly text: string,
    public pos: number,
    private readonly lineEnd: number,
    /** Collections open around this one, and how many may be. */
    private depth = 0,
    private readonly maxDepth = Number.POSITIVE_INFINITY,
  ) {}

  collection(): YAMLMap | YAMLSeq {
    if (++this.depth > this.maxDepth) bail();
    const t = this.text;
    const start = this.pos;
    const isMap = t.charCodeAt(start) === LBRACE;
    const close = isMap ? RBRACE : RBRACKET;
    const coll = isMap ? newMap() : newSeq();
    coll.flow = true;
    this.pos++;
    this.spaces();
    const keys = new UniqueKeys();
    while (t.charCodeAt(this.pos) !== close) {
      if (this.pos >= this.lineEnd) bail();
      if (isMap) {
        const key = this.item(true);
        if (t.charCodeAt(this.pos) !== COLON || t.charCodeAt(this.pos + 1) !== SPACE) bail();
        if (!(key instanceof Scalar)) bail();
        keys.add(key.value);
        this.pos += 2;
        this.spaces();
        const c = t.charCodeAt(this.pos);
        if (c === COMMA || c === close) bail(); // `{a: }`: left to yaml
        const value = this.item(false);
        (coll as YAMLMap).items.push(newPair(key, value));
      } else {
        (coll as YAMLSeq).items.push(this.item(false));
        if (t.charCodeAt(this.pos) === COLON) bail(); // a pair in a flow sequence
      }
      const c = t.charCodeAt(this.pos);
      if (c === COMMA) {
        this.pos++;
        this.spaces();
        if (t.charCodeAt(this.pos) === COMMA) bail();
      } else if (c !== close) bail();
    }
    this.pos++;
    coll.range = [start, this.pos, this.pos];
    this.depth--;
    return coll;
  }

  private spaces(): void {
    while (this.pos < this.lineEnd && this.text.charCodeAt(this.pos) === SPACE) this.pos++;
  }

  /** One flow item; leaves `pos` after it and the spaces that follow (which its range covers). */
  private item(atKey: boolean): Scalar | YAMLMap | YAMLSeq {
    const t = this.text;
    const start = this.pos;
    const c = t.charCodeAt(start);
    let node: Scalar | YAMLMap | YAMLSeq;
    let valueEnd: number;
    if (c === LBRACKET || c === LBRACE) {
      if (atKey) bail();
      node = this.collection();
      valueEnd = this.pos;
    } else if (c === DQUOTE || c === SQUOTE) {
      let close = -1;
      for (let i = start + 1; i < this.lineEnd; i++) {
        const ch = t.charCodeAt(i);
        if (c === DQUOTE && ch === BACKSLASH) bail();
        if (ch === c) {
          if (c === SQUOTE && t.charCodeAt(i + 1) === SQUOTE) {
            i++;
            continue;
          }
          close = i;
          break;
        }
      }
      if (close < 0) bail();
      const raw = t.slice(start + 1, close);
      const single = c === SQUOTE;
      const value = single ? raw.replaceAll("''", "'") : raw;
      const s = newScalar(value);
      s.source = value;
      s.type = single ? Scalar.QUOTE_SINGLE : Scalar.QUOTE_DOUBLE;
      node = s;
      valueEnd = close + 1;
      if (atKey) bail(); // quoted keys in flow maps: left to yaml
    } else {
      if (
        NOT_PLAIN_START.has(c) &&
        !((c === DASH || c === 0x3f || c === COLON) && isSafeAfterIndicator(t, start + 1, this.lineEnd))
      )
        bail();
      valueEnd = start;
      let i = start;
      for (; i < this.lineEnd; i++) {
        const ch = t.charCodeAt(i);
        if (ch === COMMA || ch === LBRACKET || ch === RBRACKET || ch === LBRACE || ch === RBRACE) break;
        if (ch === COLON) {
          const next = t.charCodeAt(i + 1);
          if (
            i + 1 >= this.lineEnd ||
            next === SPACE ||
            next === COMMA ||
            next === RBRACKET ||
            next === RBRACE
          )
            break;
        }
        if (ch === HASH && t.charCodeAt(i - 1) === SPACE) bail();
        if (ch !== SPACE) valueEnd = i + 1;
      }
      if (valueEnd === start) bail();
      const source = t.slice(start, valueEnd);
      node = plainScalar(source, atKey);
      node.source = source;
      node.type = Scalar.PLAIN;
    }
    this.pos = valueEnd;
    this.spaces();
    node.range = [start, valueEnd, this.pos];
    return node;
  }
}
