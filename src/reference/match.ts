/**
 * Go `FamiliarMatch` and the shell-pattern matcher it uses (Go `path.Match` semantics).
 */
import { familiarName, familiarString } from "./normalize.js";
import type { ImageReference } from "./types.js";

const STAR = 42; // *
const QUESTION = 63; // ?
const BACKSLASH = 92; // \
const OPEN_BRACKET = 91; // [
const CLOSE_BRACKET = 93; // ]
const CARET = 94; // ^
const DASH = 45; // -
const SLASH = 47; // /

/** Marks a syntactically invalid pattern inside the matcher. */
const BAD = -2;
/** Marks a chunk that does not match. */
const NO_MATCH = -1;

function codePoints(s: string): number[] {
  const out: number[] = [];
  for (const ch of s) out.push(ch.codePointAt(0) ?? 0);
  return out;
}

interface Chunk {
  star: boolean;
  start: number;
  end: number;
}

/** Splits off the next chunk: leading stars, then text up to the next `*` outside brackets. */
function scanChunk(p: number[], from: number): Chunk {
  let i = from;
  let star = false;
  while (i < p.length && p[i] === STAR) {
    i++;
    star = true;
  }
  const start = i;
  let inRange = false;
  for (; i < p.length; i++) {
    const c = p[i];
    if (c === BACKSLASH) {
      if (i + 1 < p.length) i++;
    } else if (c === OPEN_BRACKET) {
      inRange = true;
    } else if (c === CLOSE_BRACKET) {
      inRange = false;
    } else if (c === STAR && !inRange) {
      break;
    }
  }
  return { star, start, end: i };
}

/** Reads one possibly escaped character of a range; `next` is BAD for a malformed range. */
function readRangeChar(p: number[], i: number, end: number): { char: number; next: number } {
  if (i >= end || p[i] === DASH || p[i] === CLOSE_BRACKET) return { char: 0, next: BAD };
  let j = i;
  if (p[j] === BACKSLASH) {
    j++;
    if (j >= end) return { char: 0, next: BAD };
  }
  const char = p[j] ?? 0;
  j++;
  // A range must still be closed after this character.
  if (j >= end) return { char, next: BAD };
  return { char, next: j };
}

/**
 * Matches `p[start, end)` (no `*` outside brackets) at the start of `s[from...]`. Returns the index
 * in `s` after the match, NO_MATCH, or BAD when the chunk is malformed (checked even after a
 * mismatch, like Go).
 */
function matchChunk(p: number[], start: number, end: number, s: number[], from: number): number {
  let failed = false;
  let i = start;
  let n = from;
  while (i < end) {
    if (!failed && n >= s.length) failed = true;
    const c = p[i];
    if (c === OPEN_BRACKET) {
      let r = -1;
      if (!failed) r = s[n++] ?? -1;
      i++;
      let negated = false;
      if (i < end && p[i] === CARET) {
        negated = true;
        i++;
      }
      let matched = false;
      let ranges = 0;
      for (;;) {
        if (i < end && p[i] === CLOSE_BRACKET && ranges > 0) {
          i++;
          break;
        }
        const lo = readRangeChar(p, i, end);
        if (lo.next === BAD) return BAD;
        i = lo.next;
        let hi = lo.char;
        if (p[i] === DASH) {
          const upper = readRangeChar(p, i + 1, end);
          if (upper.next === BAD) return BAD;
          hi = upper.char;
          i = upper.next;
        }
        if (lo.char <= r && r <= hi) matched = true;
        ranges++;
      }
      if (matched === negated) failed = true;
    } else if (c === QUESTION) {
      if (!failed) {
        if (s[n] === SLASH) failed = true;
        n++;
      }
      i++;
    } else {
      if (c === BACKSLASH) {
        i++;
        if (i >= end) return BAD;
      }
      if (!failed) {
        if (p[i] !== s[n]) failed = true;
        n++;
      }
      i++;
    }
  }
  return failed ? NO_MATCH : n;
}

/** Checks the syntax of the chunks from `from` on (Go does this before answering "no match"). */
function restIsWellFormed(p: number[], from: number): boolean {
  let i = from;
  while (i < p.length) {
    const chunk = scanChunk(p, i);
    i = chunk.end;
    if (matchChunk(p, chunk.start, chunk.end, [], 0) === BAD) return false;
  }
  return true;
}

/**
 * Shell pattern match with Go `path.Match` semantics: `*` matches any run of non-`/` characters,
 * `?` one non-`/` character, `[...]` a class (`^` negates, `\` escapes). Returns `undefined` when
 * the pattern is malformed.
 */
export function pathMatch(pattern: string, name: string): boolean | undefined {
  const p = codePoints(pattern);
  const s = codePoints(name);
  let pi = 0;
  let ni = 0;
  chunks: while (pi < p.length) {
    const chunk = scanChunk(p, pi);
    pi = chunk.end;
    if (chunk.star && chunk.start === chunk.end) {
      // A trailing star matches the rest unless it contains a "/".
      return s.indexOf(SLASH, ni) < 0;
    }
    const here = matchChunk(p, chunk.start, chunk.end, s, ni);
    if (here >= 0 && (here === s.length || pi < p.length)) {
      ni = here;
      continue;
    }
    if (here === BAD) return undefined;
    if (chunk.star) {
      for (let i = ni; i < s.length && s[i] !== SLASH; i++) {
        const later = matchChunk(p, chunk.start, chunk.end, s, i + 1);
        if (later >= 0) {
          // The last chunk must use up the name.
          if (pi === p.length && later < s.length) continue;
          ni = later;
          continue chunks;
        }
        if (later === BAD) return undefined;
      }
    }
    return restIsWellFormed(p, pi) ? false : undefined;
  }
  return ni === s.length;
}

/** Result of `familiarMatch`: whether it matched, or why the pattern is unusable. */
export type FamiliarMatchResult = { ok: true; matched: boolean } | { ok: false; message: string };

/**
 * Go `FamiliarMatch`: matches `pattern` against `familiarString(ref)` and, failing that,
 * `familiarName(ref)` (so `foo/*` matches `foo/bar:tag`).
 */
export function familiarMatch(pattern: string, ref: ImageReference): FamiliarMatchResult {
  const full = pathMatch(pattern, familiarString(ref));
  if (full === undefined) {
    return {
      ok: false,
      message: `The pattern ${JSON.stringify(pattern)} is malformed; check its [...] ranges and "\\" escapes.`,
    };
  }
  return { ok: true, matched: full || pathMatch(pattern, familiarName(ref)) === true };
}
