/**
 * Documents that cannot hold an image a locator reads (a CustomResourceDefinition, a ClusterRole:
 * see src/locate/imageless-kinds.ts) need not be parsed into nodes. `maskImageless` finds them from
 * their text alone — a document whose `apiVersion:` and `kind:` each stand exactly once at the start
 * of a line, with plain or quoted values — and blanks them: the document becomes the map `_: 0` (at
 * its `kind:` line) and comment lines (`#` and spaces), with every line break kept, so offsets, lines
 * and the number of documents do not change, the fast parser takes it, and the scanners that read it
 * line by line (the depth pre-scan, the fast parser's line table) pass each line at its first character.
 * MIRRORIZE_SKIP_IMAGELESS=0 turns it off (the equivalence tests compare both).
 */

const KIND = /^kind:[ \t]*(["']?)([A-Za-z][A-Za-z0-9]*)\1[ \t]*(?:#.*)?\r?$/;
const API_VERSION = /^apiVersion:[ \t]*(["']?)([a-z0-9][a-z0-9.-]*(?:\/[a-z0-9.-]+)?)\1[ \t]*(?:#.*)?\r?$/;

/**
 * One document to leave unparsed: its body runs from `start` (the line after its `---`, or the text's
 * start) to `end` (the next marker line, or the text's end), and its `kind:` line starts at `kindAt`.
 */
export type ImagelessRange = readonly [start: number, end: number, kindAt: number];

/** `text` with the documents `holdsImages` says no to blanked; the same string when there are none. */
export function maskImageless(
  text: string,
  holdsImages: (apiVersion: string, kind: string) => boolean,
): string {
  return blankImageless(text, imagelessRanges(text, holdsImages));
}

/**
 * The documents of `text` that `holdsImages` says no to, in order. The fast parser takes these ranges
 * and makes each such document the map `_: 0` without reading its lines (src/engine/fast-yaml.ts);
 * `blankImageless` makes the text that `yaml` reads the same way.
 */
export function imagelessRanges(
  text: string,
  holdsImages: (apiVersion: string, kind: string) => boolean,
): ImagelessRange[] {
  if (process.env.MIRRORIZE_SKIP_IMAGELESS === "0") return [];
  // Cheap refusal: most files are one document of a kind that holds images.
  if (!text.includes("kind:")) return [];
  const ranges: ImagelessRange[] = [];
  let kindAt = 0;
  let bodyStart = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let kinds = 0;
  let apis = 0;
  let kind = "";
  let api = "";
  let plain = true; // no directive, and no content on the `---` line that opened the document
  const close = (end: number) => {
    if (plain && kinds === 1 && apis === 1 && end - bodyStart >= 2 && !holdsImages(api, kind))
      ranges.push([bodyStart, end, kindAt]);
    kinds = 0;
    apis = 0;
    plain = true;
  };
  let start = bodyStart;
  while (start < text.length) {
    let end = text.indexOf("\n", start);
    if (end < 0) end = text.length;
    const c = text.charCodeAt(start);
    if ((c === 45 || c === 46) && isMarker(text, start, end, c)) {
      close(start);
      bodyStart = end + 1;
      // `--- # comment` opens a document as a bare `---` does; `--- value` puts content on the line.
      const rest = text.slice(start + 3, end).trim();
      plain = rest === "" || rest.startsWith("#");
    } else if (c === 107 /* k */ && text.startsWith("kind:", start)) {
      const m = KIND.exec(text.slice(start, end));
      kinds++;
      kindAt = start;
      if (m) kind = m[2]!;
      else plain = false;
    } else if (c === 97 /* a */ && text.startsWith("apiVersion:", start)) {
      const m = API_VERSION.exec(text.slice(start, end));
      apis++;
      if (m) api = m[2]!;
      else plain = false;
    } else if (c === 37 /* % */) plain = false;
    start = end + 1;
  }
  close(text.length);
  return ranges;
}

/** `text` with every range blanked: `_: 0` at its `kind:` line, comment lines around it. */
export function blankImageless(text: string, ranges: readonly ImagelessRange[]): string {
  if (ranges.length === 0) return text;
  let out = "";
  let at = 0;
  const blank = (from: number, to: number) => {
    // A comment for every line that starts here, spaces for the rest of a line begun before `from`
    // (the `kind:` line after its `_: 0`); every line break kept. One slice a line: a regex replace of
    // a 3 MB document costs ten times more.
    const parts: string[] = [];
    let lineStart = from === 0 || text.charCodeAt(from - 1) === 10;
    for (let i = from; i < to; ) {
      let nl = text.indexOf("\n", i);
      if (nl < 0 || nl >= to) nl = to;
      const n = nl - i;
      if (n > 0) parts.push(lineStart ? `#${spaces(n - 1)}` : spaces(n));
      i = nl + 1;
      lineStart = true;
      if (nl < to) parts.push("\n");
    }
    return parts.join("");
  };
  for (const [a, b, k] of ranges) {
    // `kind: X` is at least 7 characters: `_: 0` fits on its line.
    out += `${text.slice(at, a)}${blank(a, k)}_: 0${blank(k + 4, b)}`;
    at = b;
  }
  return out + text.slice(at);
}

/** Is the line at `start` a document marker (`---` or `...` followed by a blank or its end)? */
function isMarker(text: string, start: number, end: number, c: number): boolean {
  if (text.charCodeAt(start + 1) !== c || text.charCodeAt(start + 2) !== c) return false;
  if (start + 3 >= end) return true;
  const next = text.charCodeAt(start + 3);
  return next === 32 || next === 9 || next === 13;
}

const SPACES = " ".repeat(256);
function spaces(n: number): string {
  return n <= SPACES.length ? SPACES.slice(0, n) : " ".repeat(n);
}
