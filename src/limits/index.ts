/**
 * Limits for untrusted input, below every layer that parses it: the linear pre-scan of a text's
 * nesting, length and documents (`checkTextLimits`), alias bombs, and the note that a thread's parser
 * ran out of stack. The engine, the locators (YAML held in strings), the config loader and the KRM
 * function all call it; it imports nothing of theirs but the `Limits` type.
 */
import { type Document, isAlias, isCollection, isPair, isScalar, type Node } from "yaml";
import type { Limits } from "../config/types.js";

let stackExhausted = false;

/**
 * Note that parsing ran out of stack in this thread. V8 has been seen to abort the whole process with
 * an out-of-memory error in its RegExp compiler when a thread parses again after that (aesthetics.md
 * §5.3), so a pool worker that noted it is replaced before its next task.
 */
export function noteStackExhausted(): void {
  stackExhausted = true;
}

/** Did parsing run out of stack in this thread (see `noteStackExhausted`)? */
export function wasStackExhausted(): boolean {
  return stackExhausted;
}

/** Where a file goes over a limit, and what to tell its owner. */
export interface LimitProblem {
  /** Offset into the text (UTF-16 units) of the place that goes over the limit. */
  offset: number;
  message: string;
}

/**
 * Aliases may expand a document to at most this many nodes. Aliases are never expanded for editing,
 * but Kubernetes (go-yaml) and Helm expand them, and refuse a billion-laughs document: so do we.
 */
export const MAX_ALIAS_EXPANSION = 1_000_000;

enum Ch {
  Tab = 9,
  LF = 10,
  CR = 13,
  Space = 32,
  Bang = 33,
  DQuote = 34,
  Hash = 35,
  Percent = 37,
  Amp = 38,
  SQuote = 39,
  Star = 42,
  Comma = 44,
  Dash = 45,
  Dot = 46,
  Colon = 58,
  Gt = 62,
  Question = 63,
  LBracket = 91,
  Backslash = 92,
  RBracket = 93,
  LBrace = 123,
  Pipe = 124,
  RBrace = 125,
}

const isBlank = (c: number) =>
  c === Ch.Space || c === Ch.Tab || c === Ch.CR || c === Ch.LF || Number.isNaN(c);

/**
 * Check the limits that must hold before a text is given to the YAML parser: nesting depth
 * (`limits.maxDepth`) and number of documents (`limits.maxDocuments`). The parser recurses once per
 * level, and a deep enough input makes V8 abort the whole process with an out-of-memory error that no
 * worker thread contains (aesthetics.md §5.3); so depth is measured here, in one linear pass over the
 * text, without recursion.
 *
 * The measure never undercounts what the parser will nest: it follows flow brackets outside quoted
 * scalars and comments, and block collections by their columns (including compact `- - x` and
 * `? ? x` forms). Where the text is ambiguous it counts the deeper reading.
 */
export function checkTextLimits(
  text: string,
  file: string,
  limits: Pick<Limits, "maxDepth" | "maxDocuments">,
): LimitProblem | undefined {
  return new DepthScanner(text, file, limits).run();
}

class DepthScanner {
  /** Columns and kinds of the open block collections, innermost last. */
  private cols: number[] = [];
  private seqs: boolean[] = [];
  /** Open flow collections. */
  private flow = 0;
  /**
   * Per open flow collection: is it a sequence, and does it hold an open implicit pair (`[a: b]` is a
   * sequence of a one-pair map: one level more)?
   */
  private flowSeq: boolean[] = [];
  private flowPair: boolean[] = [];
  /** Per open flow collection: levels its current entry adds (implicit pairs, stray `- ` entries). */
  private flowExtra: number[] = [];
  /** The sum of `flowExtra`. */
  private pairs = 0;
  /** The quote of a quoted scalar that continues on the next line (0: none). */
  private quote = 0;
  /** In block context, a line indented no more than this cannot continue the quoted scalar. */
  private quoteParent = -1;
  /**
   * Brackets opened (and not closed) inside the current quoted scalar. They count towards the depth
   * while it lasts, so that a quote the parser does not see as one cannot hide nesting from the count.
   */
  private quoteDepth = 0;
  private quoteOver: number | undefined;
  /** Lines indented more than this are the content of a block scalar (undefined: not in one). */
  private blockScalar: number | undefined;
  /** A block plain scalar ends the last line: a line indented more than `plainParent` continues it. */
  private plain = false;
  private plainParent = -1;
  /** Inside flow collections, what the last line ended with (flow ignores line breaks). */
  private flowValueStart = true;
  private flowClosed = false;
  private documents = 0;
  private inDocument = false;

  constructor(
    private readonly text: string,
    private readonly file: string,
    private readonly limits: Pick<Limits, "maxDepth" | "maxDocuments">,
  ) {}

  run(): LimitProblem | undefined {
    const { text } = this;
    let start = 0;
    while (start < text.length) {
      let end = text.indexOf("\n", start);
      if (end < 0) end = text.length;
      const problem = this.line(start, end);
      if (problem) return problem;
      start = end + 1;
    }
    return undefined;
  }

  private line(start: number, end: number): LimitProblem | undefined {
    const { text } = this;
    // A BOM that starts the text is not content (elsewhere it is read as content: that counts more).
    if (start === 0 && text.charCodeAt(0) === 0xfeff) start++;
    const marker = this.documentMarker(start, end);
    if (marker !== undefined) {
      this.cols = [];
      this.seqs = [];
      this.flow = 0;
      this.flowSeq = [];
      this.flowPair = [];
      this.flowExtra = [];
      this.pairs = 0;
      this.quote = 0;
      this.quoteDepth = 0;
      this.blockScalar = undefined;
      this.plain = false;
      if (marker === Ch.Dot) {
        // `...` ends a document; with none open, it ends an empty one.
        const over = this.inDocument ? undefined : this.startDocument(start);
        this.inDocument = false;
        return over;
      }
      const over = this.startDocument(start);
      if (over) return over;
      return this.inline(start + 3, end, -1, true, false);
    }
    let indent = start;
    // The parser skips a BOM at the start of a line (as it does at the start of the text).
    if (text.charCodeAt(indent) === 0xfeff) indent++;
    while (indent < end && (text.charCodeAt(indent) === Ch.Space || text.charCodeAt(indent) === Ch.Tab))
      indent++;
    if (this.quote !== 0) {
      const blank = indent === end || text.charCodeAt(indent) === Ch.CR;
      let spaces = start;
      while (text.charCodeAt(spaces) === Ch.Space) spaces++;
      if (this.flow > 0 || blank || spaces - start > this.quoteParent)
        return this.inline(start, end, -1, false, false);
      // Not indented enough to continue the quoted scalar: read the line as structure.
      this.quote = 0;
      this.quoteDepth = 0;
    }
    const first = indent < end ? text.charCodeAt(indent) : Ch.LF;
    const empty = first === Ch.CR || first === Ch.LF;
    if (this.blockScalar !== undefined) {
      let spaces = start;
      while (text.charCodeAt(spaces) === Ch.Space) spaces++;
      if (empty || spaces - start > this.blockScalar) return undefined;
      this.blockScalar = undefined;
    }
    if (empty) return undefined;
    if (first === Ch.Hash) {
      // A comment ends a plain scalar (in flow, a node: what follows is another one).
      this.plain = false;
      if (!this.flowValueStart) this.flowClosed = true;
      return undefined;
    }
    if (!this.inDocument) {
      if (first === Ch.Percent && indent === start) return undefined; // a directive
      const over = this.startDocument(start);
      if (over) return over;
    }
    if (this.flow > 0) return this.inline(indent, end, -1, this.flowValueStart, this.flowClosed);
    // Only spaces indent (a tab is not indentation to the parser).
    let spaces = start;
    while (text.charCodeAt(spaces) === Ch.Space) spaces++;
    if (this.plain && spaces - start > this.plainParent) {
      // The continuation of a multi-line plain scalar: quotes and brackets are text there.
      return this.inline(indent, end, -1, false, false);
    }
    const over = this.blockLine(
      indent - start,
      first === Ch.Dash && isBlank(text.charCodeAt(indent + 1)),
      indent,
    );
    return over ?? this.inline(indent, end, indent, true, false);
  }

  /**
   * The block collection a line at `column` belongs to: close the deeper ones, and open one when the
   * line starts a new collection. A sequence may sit at the column of the map key that holds it, and a
   * key at that column ends the sequence.
   */
  private blockLine(column: number, seq: boolean, offset: number): LimitProblem | undefined {
    while (this.cols.length > 0 && this.cols.at(-1)! > column) this.pop();
    if (this.cols.length === 0 || this.cols.at(-1)! < column) return this.push(column, seq, offset);
    const topIsSeq = this.seqs.at(-1)!;
    if (seq && !topIsSeq) return this.push(column, true, offset);
    if (!seq && topIsSeq) {
      this.pop();
      if (this.cols.length === 0 || this.cols.at(-1)! < column) return this.push(column, false, offset);
    }
    return undefined;
  }

  /** `---` or `...` at the start of a line (followed by a blank or the end): its character. */
  private documentMarker(start: number, end: number): number | undefined {
    const { text } = this;
    const c = text.charCodeAt(start);
    if ((c !== Ch.Dash && c !== Ch.Dot) || start + 3 > end) return undefined;
    if (text.charCodeAt(start + 1) !== c || text.charCodeAt(start + 2) !== c) return undefined;
    return isBlank(text.charCodeAt(start + 3)) ? c : undefined;
  }

  private startDocument(offset: number): LimitProblem | undefined {
    this.inDocument = true;
    this.documents++;
    if (this.documents <= this.limits.maxDocuments) return undefined;
    return {
      offset,
      message: `${this.file} has more than ${this.limits.maxDocuments} YAML documents (limits.maxDocuments); it is not scanned. Split it, or raise limits.maxDocuments.`,
    };
  }

  private push(column: number, seq: boolean, offset: number): LimitProblem | undefined {
    this.cols.push(column);
    this.seqs.push(seq);
    return this.checkDepth(offset);
  }

  private pop(): void {
    this.cols.pop();
    this.seqs.pop();
  }

  private checkDepth(offset: number, extra = 0): LimitProblem | undefined {
    if (this.cols.length + this.flow + this.pairs + extra <= this.limits.maxDepth) return undefined;
    return {
      offset,
      message: `${this.file} nests collections deeper than ${this.limits.maxDepth} levels (limits.maxDepth); it is not scanned. Raise limits.maxDepth if it is really that deep.`,
    };
  }

  /**
   * Scan the rest of a line from `from`: quoted scalars, comments, flow brackets, and the block
   * indicators that open a collection within the line (`- `, `? `, `key: `). `lineFirst` is where the
   * line's first token starts (its collection is already counted).
   */
  private inline(
    from: number,
    end: number,
    lineFirst: number,
    valueStart: boolean,
    closed: boolean,
  ): LimitProblem | undefined {
    const problem = this.scanInline(from, end, lineFirst, valueStart, closed);
    if (problem) return problem;
    if (this.flow > 0) {
      this.plain = false;
      this.flowValueStart = this.lineValueStart;
      this.flowClosed = this.lineClosed;
    } else {
      this.plain =
        this.quote === 0 && this.blockScalar === undefined && !this.lineValueStart && !this.lineClosed;
      // A plain scalar that is the line's first token is a value, not a key: the collection counted for
      // the line is not its parent.
      this.plainParent = (this.linePlainFirst ? this.cols.at(-2) : this.cols.at(-1)) ?? -1;
    }
    return undefined;
  }

  /** How the last scanned line ended (see `inline`), and whether its last plain token came first. */
  private lineValueStart = true;
  private lineClosed = false;
  private linePlainFirst = false;

  /**
   * `inline` without the bookkeeping of how the line ends. `valueStart`: a value may start at `from`;
   * `closed`: the token before `from` was a quoted scalar or a closed flow collection (`"a":b` is a
   * pair in flow).
   */
  private scanInline(
    from: number,
    end: number,
    lineFirst: number,
    valueStart: boolean,
    closed: boolean,
  ): LimitProblem | undefined {
    const { text } = this;
    const lineStart = text.lastIndexOf("\n", from - 1) + 1;
    let j = from;
    /** Where the current plain token (a possible key) started. */
    let token = from;
    this.lineValueStart = false;
    this.lineClosed = true;
    if (this.quote !== 0) {
      j = this.skipQuote(j, end);
      if (this.quoteOver !== undefined) return this.checkDepth(this.quoteOver, this.quoteDepth);
      if (this.quote !== 0) return undefined;
      valueStart = false;
      closed = true;
    }
    while (j < end) {
      const c = text.charCodeAt(j);
      if (c === Ch.Space || c === Ch.Tab || c === Ch.CR) {
        j++;
        continue;
      }
      const prev = j > lineStart ? text.charCodeAt(j - 1) : Ch.Space;
      // A comment starts after a blank, and in flow also where a token may start (`{#` is one).
      if (
        c === Ch.Hash &&
        (prev === Ch.Space || prev === Ch.Tab || j === lineStart || (this.flow > 0 && (valueStart || closed)))
      ) {
        // A comment ends a plain scalar (in flow, a node: what follows is another one).
        this.lineValueStart = valueStart;
        this.lineClosed = !valueStart;
        return undefined;
      }
      const next = text.charCodeAt(j + 1);
      if (valueStart && (c === Ch.DQuote || c === Ch.SQuote)) {
        token = j;
        this.quote = c;
        this.quoteParent = (j === lineFirst ? this.cols.at(-2) : this.cols.at(-1)) ?? -1;
        j = this.skipQuote(j + 1, end);
        if (this.quoteOver !== undefined) return this.checkDepth(this.quoteOver, this.quoteDepth);
        if (this.quote !== 0) return undefined;
        valueStart = false;
        closed = true;
        continue;
      }
      if (valueStart && (c === Ch.Bang || c === Ch.Amp || c === Ch.Star)) {
        // A tag, an anchor or an alias: it ends at a blank or a flow indicator, in any context. After
        // a tag or an anchor the value is still to come; an alias is a node (in flow, one that a
        // following node pairs with), but in block context what follows is read as a value start.
        j++;
        while (j < end && !isBlank(text.charCodeAt(j)) && !isFlowIndicator(text.charCodeAt(j))) j++;
        if (c === Ch.Star && this.flow > 0) {
          valueStart = false;
          closed = true;
        }
        continue;
      }
      if (valueStart && this.flow === 0 && (c === Ch.RBracket || c === Ch.RBrace || c === Ch.Comma)) {
        // Flow indicators cannot start a plain scalar: the parser takes them as (stray) tokens.
        j++;
        continue;
      }
      if (this.flow > 0 && !valueStart && startsNode(c, closed)) {
        // A node right after another one in a flow sequence: the parser pairs them (`[a [b]]`).
        const over = this.openPair(j);
        if (over) return over;
        valueStart = true;
        closed = false;
      }
      if (valueStart && (c === Ch.DQuote || c === Ch.SQuote) && this.flow > 0) {
        token = j;
        this.quote = c;
        j = this.skipQuote(j + 1, end);
        if (this.quoteOver !== undefined) return this.checkDepth(this.quoteOver, this.quoteDepth);
        if (this.quote !== 0) return undefined;
        valueStart = false;
        closed = true;
        continue;
      }
      if (this.flow > 0) {
        if (c === Ch.LBracket || c === Ch.LBrace) {
          const over = this.openFlow(c, j);
          if (over) return over;
          valueStart = true;
          closed = false;
        } else if (c === Ch.RBracket || c === Ch.RBrace) {
          // A closer of the other kind does not close the collection (the parser reports it).
          if (this.flowSeq.at(-1) === (c === Ch.RBracket)) this.closeFlow();
          valueStart = false;
          closed = true;
          if (this.flow === 0) {
            j++;
            token = j;
            continue;
          }
        } else if (c === Ch.Comma) {
          this.endPair();
          valueStart = true;
          closed = false;
        } else if (
          (c === Ch.Colon && (isBlank(next) || isFlowIndicator(next) || closed)) ||
          (c === Ch.Question && isBlank(next))
        ) {
          const over = this.openPair(j);
          if (over) return over;
          valueStart = true;
          closed = false;
        } else if (c === Ch.Dash && isBlank(next) && (valueStart || closed)) {
          // Not YAML, but the parser still builds a block sequence here.
          const over = this.openExtra(j);
          if (over) return over;
        } else {
          valueStart = false;
          closed = false;
        }
        j++;
        continue;
      }
      // Block context.
      if ((c === Ch.Dash || c === Ch.Question) && isBlank(next) && valueStart) {
        if (j !== lineFirst) {
          const over = this.push(j - lineStart, c === Ch.Dash, j);
          if (over) return over;
        }
        j += 2;
        token = j;
        continue;
      }
      if (c === Ch.Colon && isBlank(next)) {
        // A key ends: the map that holds it starts at the key's column (`- key: v` opens one).
        const column = token - lineStart;
        if (column > (this.cols.at(-1) ?? -1)) {
          const over = this.push(column, false, token);
          if (over) return over;
        }
        valueStart = true;
        closed = false;
        j++;
        token = j;
        continue;
      }
      if (valueStart && (c === Ch.Pipe || c === Ch.Gt) && this.blockScalarHeader(j + 1, end)) {
        // A block scalar as the line's first token is the node itself, not a key of a map there.
        if (j === lineFirst) this.pop();
        this.blockScalar = this.cols.at(-1) ?? -1;
        return undefined;
      }
      if (valueStart && (c === Ch.LBracket || c === Ch.LBrace)) {
        const over = this.openFlow(c, j);
        if (over) return over;
        closed = false;
        j++;
        continue;
      }
      if (valueStart) {
        token = j;
        valueStart = false;
      }
      closed = false;
      j++;
    }
    this.lineValueStart = valueStart;
    this.lineClosed = closed;
    this.linePlainFirst = token === lineFirst;
    return undefined;
  }

  /** Is the rest of the line from `j` a valid block scalar header (indicators, then a comment)? */
  private blockScalarHeader(j: number, end: number): boolean {
    const { text } = this;
    while (j < end && /[0-9+-]/.test(text[j]!)) j++;
    if (j < end && !isBlank(text.charCodeAt(j))) return false;
    while (j < end && isBlank(text.charCodeAt(j))) j++;
    return j === end || text.charCodeAt(j) === Ch.Hash;
  }

  private openFlow(c: number, offset: number): LimitProblem | undefined {
    this.flow++;
    this.flowSeq.push(c === Ch.LBracket);
    this.flowPair.push(false);
    this.flowExtra.push(0);
    return this.checkDepth(offset);
  }

  private closeFlow(): void {
    if (this.flow === 0) return;
    this.endPair();
    this.flow--;
    this.flowSeq.pop();
    this.flowPair.pop();
    this.flowExtra.pop();
  }

  /**
   * A pair indicator (`:`, `? `, or a node right after another): in a flow sequence the first one of
   * an entry opens a one-pair map until the next `,` or `]`; in a flow map the first is the entry's
   * own. Every further one in the entry, and any after a stray `- `, nests one level more (`{a: b: c}`
   * is read as `{a: {b: c}}`).
   */
  private openPair(offset: number): LimitProblem | undefined {
    const top = this.flow - 1;
    if (this.flowExtra[top]! > 0 || this.flowPair[top]) return this.openExtra(offset);
    this.flowPair[top] = true;
    return this.flowSeq[top] ? this.openExtra(offset) : undefined;
  }

  /** One more level until the current flow entry ends. */
  private openExtra(offset: number): LimitProblem | undefined {
    this.flowExtra[this.flow - 1]!++;
    this.pairs++;
    return this.checkDepth(offset);
  }

  /** A flow entry ends (`,` or the closing bracket): the levels it opened close. */
  private endPair(): void {
    const top = this.flow - 1;
    if (top < 0) return;
    this.pairs -= this.flowExtra[top]!;
    this.flowExtra[top] = 0;
    this.flowPair[top] = false;
  }

  /**
   * Skip a quoted scalar's text from `j` to its closing quote (then `quote` is 0) or the line's end,
   * counting its brackets (`quoteOver` is set where they go over the limit).
   */
  private skipQuote(j: number, end: number): number {
    const { text } = this;
    const room = this.limits.maxDepth - (this.cols.length + this.flow + this.pairs);
    while (j < end) {
      const c = text.charCodeAt(j);
      if (this.quote === Ch.DQuote && c === Ch.Backslash) {
        j += 2;
        continue;
      }
      if (c === this.quote) {
        if (this.quote === Ch.SQuote && text.charCodeAt(j + 1) === Ch.SQuote) {
          j += 2;
          continue;
        }
        this.quote = 0;
        this.quoteDepth = 0;
        return j + 1;
      }
      if (c === Ch.LBracket || c === Ch.LBrace) {
        if (++this.quoteDepth > room) {
          this.quoteOver = j;
          return j;
        }
      } else if ((c === Ch.RBracket || c === Ch.RBrace) && this.quoteDepth > 0) this.quoteDepth--;
      j++;
    }
    return end;
  }
}

/**
 * In flow context, after a node (`closed`: a quoted scalar, an alias or a collection; else a plain
 * scalar, which only a collection or a quote can follow), does `c` start another one?
 */
function startsNode(c: number, closed: boolean): boolean {
  if (c === Ch.LBracket || c === Ch.LBrace) return true;
  if (!closed) return false;
  return !(c === Ch.Comma || c === Ch.RBracket || c === Ch.RBrace || c === Ch.Colon || c === Ch.Hash);
}

function isFlowIndicator(c: number): boolean {
  return c === Ch.Comma || c === Ch.LBracket || c === Ch.RBracket || c === Ch.LBrace || c === Ch.RBrace;
}

/**
 * The first alias of a parsed document (in document order) whose expansion, counted in nodes, goes
 * over `max`; or, when only their sum does, the document's first alias. Undefined when the document
 * stays within `max` once every alias is expanded (or has none). Linear in the document's size, and
 * without recursion.
 */
export function aliasBomb(doc: Document.Parsed, max = MAX_ALIAS_EXPANSION): Node | undefined {
  // Pre-order, in document order: an alias refers to the latest anchor of its name before it.
  const preorder: Node[] = [];
  const targets = new Map<Node, Node | undefined>();
  const anchors = new Map<string, Node>();
  const stack: unknown[] = [doc.contents];
  while (stack.length > 0) {
    const item = stack.pop();
    if (isPair(item)) {
      stack.push(item.value, item.key);
      continue;
    }
    if (!isNode(item)) continue;
    preorder.push(item);
    if (isAlias(item)) {
      targets.set(item, anchors.get(item.source));
      continue;
    }
    if (item.anchor) anchors.set(item.anchor, item);
    if (isCollection(item)) for (let i = item.items.length - 1; i >= 0; i--) stack.push(item.items[i]);
  }
  if (targets.size === 0) return undefined;
  // Sizes in post-order: a node's children, and every anchor before it, are sized before it (an alias
  // of one of its own ancestors, a cycle, counts as one node).
  const size = new Map<Node, number>();
  const work: [unknown, boolean][] = [[doc.contents, false]];
  while (work.length > 0) {
    const [item, expanded] = work.pop()!;
    if (isPair(item)) {
      work.push([item.value, false], [item.key, false]);
      continue;
    }
    if (!isNode(item)) continue;
    if (isCollection(item) && !expanded) {
      work.push([item, true]);
      for (let i = item.items.length - 1; i >= 0; i--) work.push([item.items[i], false]);
      continue;
    }
    let n = 1;
    if (isAlias(item)) {
      const target = targets.get(item);
      n = target ? (size.get(target) ?? 1) : 1;
    } else if (isCollection(item)) {
      for (const child of item.items) {
        n += isPair(child) ? sizeOf(child.key, size) + sizeOf(child.value, size) : sizeOf(child, size);
        if (n > max) break;
      }
    }
    size.set(item, Math.min(n, max + 1));
  }
  const first = preorder.find((n) => isAlias(n) && size.get(n)! > max);
  if (first) return first;
  return sizeOf(doc.contents, size) > max ? preorder.find((n) => isAlias(n)) : undefined;
}

function isNode(item: unknown): item is Node {
  return isCollection(item) || isScalar(item) || isAlias(item);
}

function sizeOf(item: unknown, size: Map<Node, number>): number {
  return isNode(item) ? (size.get(item) ?? 1) : 0;
}
