/**
 * The distribution/reference grammar (regexp.go, v0.6.0+) as hand-written scanners.
 *
 * Go's regexps are RE2 (linear time). A direct JavaScript port of patterns such as
 * `[a-z0-9]+(?:(?:[._]|__|[-]+)[a-z0-9]+)*` runs on a backtracking engine, so these scanners do the
 * same job in one left-to-right pass over the input, with no regular expression at all. Every
 * function here is linear in the length of its input.
 *
 * Where a Go regexp has capture groups, Go reports the leftmost-first (Perl) submatches; the
 * functions below return the same groups. The grammar:
 *
 *     reference        := name [ ":" tag ] [ "@" digest ]
 *     name             := [domain '/'] remote-name
 *     domain           := host [':' port-number]
 *     host             := domain-name | '[' [a-fA-F0-9:]+ ']'
 *     domain-name      := domain-component ['.' domain-component]*
 *     domain-component := /([a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])/
 *     port-number      := /[0-9]+/
 *     remote-name      := path-component ['/' path-component]*
 *     path-component   := /[a-z0-9]+/ [separator /[a-z0-9]+/]*
 *     separator        := /[._]|__|[-]+/
 *     tag              := /[\w][\w.-]{0,127}/
 *     digest           := /[A-Za-z][A-Za-z0-9]*([-_+.][A-Za-z][A-Za-z0-9]*)*:[0-9a-fA-F]{32,}/
 *     identifier       := /[a-f0-9]{64}/
 */

const SLASH = 47;
const COLON = 58;
const DOT = 46;
const DASH = 45;
const UNDERSCORE = 95;
const PLUS = 43;
const AT = 64;
const OPEN_BRACKET = 91;
const CLOSE_BRACKET = 93;

/** Longest tag: one leading word character and up to 127 more. */
export const TAG_MAX_LENGTH = 128;

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

function isLower(c: number): boolean {
  return c >= 97 && c <= 122;
}

function isUpper(c: number): boolean {
  return c >= 65 && c <= 90;
}

function isAlpha(c: number): boolean {
  return isLower(c) || isUpper(c);
}

function isLowerAlnum(c: number): boolean {
  return isLower(c) || isDigit(c);
}

function isAlnum(c: number): boolean {
  return isLower(c) || isUpper(c) || isDigit(c);
}

function isHex(c: number): boolean {
  return isDigit(c) || (c >= 97 && c <= 102) || (c >= 65 && c <= 70);
}

function isLowerHex(c: number): boolean {
  return isDigit(c) || (c >= 97 && c <= 102);
}

/** `\w` in RE2 and in JavaScript without the `u` flag: ASCII letters, digits and `_`. */
function isWord(c: number): boolean {
  return isAlnum(c) || c === UNDERSCORE;
}

/** Index of the first `code` in `s[start, end)`, or -1. */
function indexOfCode(s: string, code: number, start: number, end: number): number {
  for (let i = start; i < end; i++) {
    if (s.charCodeAt(i) === code) return i;
  }
  return -1;
}

/** `s[start, end)` is a path-component: lowercase alphanumeric runs joined by `.`, `_`, `__` or `-+`. */
function scanPathComponent(s: string, start: number, end: number): boolean {
  if (start >= end || !isLowerAlnum(s.charCodeAt(start))) return false;
  let i = start;
  for (;;) {
    while (i < end && isLowerAlnum(s.charCodeAt(i))) i++;
    if (i === end) return true;
    const c = s.charCodeAt(i);
    if (c === DOT) {
      i++;
    } else if (c === UNDERSCORE) {
      i++;
      if (i < end && s.charCodeAt(i) === UNDERSCORE) i++;
    } else if (c === DASH) {
      while (i < end && s.charCodeAt(i) === DASH) i++;
    } else {
      return false;
    }
    // A separator must be followed by an alphanumeric run.
    if (i === end || !isLowerAlnum(s.charCodeAt(i))) return false;
  }
}

/** `s[start, end)` is a remote-name: path-components joined by `/`. */
function scanRemoteName(s: string, start: number, end: number): boolean {
  let componentStart = start;
  for (;;) {
    const slash = indexOfCode(s, SLASH, componentStart, end);
    if (slash === -1) return scanPathComponent(s, componentStart, end);
    if (!scanPathComponent(s, componentStart, slash)) return false;
    componentStart = slash + 1;
  }
}

/**
 * Scans a domain-name from `start`: components of `[a-zA-Z0-9-]` (not starting or ending with `-`)
 * joined by `.`. Returns the index just after it, or -1. Stopping early never helps the callers,
 * because what may follow a domain-name (`:`, `/` or the end) is never a domain-name character.
 */
function scanDomainName(s: string, start: number, end: number): number {
  let i = start;
  for (;;) {
    const componentStart = i;
    while (i < end) {
      const c = s.charCodeAt(i);
      if (!isAlnum(c) && c !== DASH) break;
      i++;
    }
    if (i === componentStart || s.charCodeAt(componentStart) === DASH || s.charCodeAt(i - 1) === DASH) {
      return -1;
    }
    if (i < end && s.charCodeAt(i) === DOT) {
      i++;
      continue;
    }
    return i;
  }
}

/** `s[start, end)` is a domain: a host (domain-name or bracketed IPv6) with an optional `:port`. */
function scanDomainAndPort(s: string, start: number, end: number): boolean {
  if (start >= end) return false;
  let i = start;
  if (s.charCodeAt(i) === OPEN_BRACKET) {
    i++;
    const inner = i;
    while (i < end) {
      const c = s.charCodeAt(i);
      if (!isHex(c) && c !== COLON) break;
      i++;
    }
    if (i === inner || i >= end || s.charCodeAt(i) !== CLOSE_BRACKET) return false;
    i++;
  } else {
    i = scanDomainName(s, i, end);
    if (i < 0) return false;
  }
  if (i === end) return true;
  if (s.charCodeAt(i) !== COLON) return false;
  i++;
  if (i === end) return false;
  for (; i < end; i++) {
    if (!isDigit(s.charCodeAt(i))) return false;
  }
  return true;
}

/**
 * Matches a name in `s[start, end)`. Returns -1 when it is not a name; `start` when it has no
 * domain; otherwise the index of the `/` that ends the domain. Like Go's leftmost-first match of
 * `(?:(domain)/)?(remote-name)`, the domain is taken whenever the rest still matches.
 */
function scanName(s: string, start: number, end: number): number {
  const slash = indexOfCode(s, SLASH, start, end);
  if (slash !== -1 && scanDomainAndPort(s, start, slash) && scanRemoteName(s, slash + 1, end)) {
    return slash;
  }
  return scanRemoteName(s, start, end) ? start : -1;
}

/** `s[start, end)` is a tag: `[\w][\w.-]{0,127}`. */
function scanTag(s: string, start: number, end: number): boolean {
  const length = end - start;
  if (length < 1 || length > TAG_MAX_LENGTH || !isWord(s.charCodeAt(start))) return false;
  for (let i = start + 1; i < end; i++) {
    const c = s.charCodeAt(i);
    if (!isWord(c) && c !== DOT && c !== DASH) return false;
  }
  return true;
}

/** `s[start, end)` matches the reference grammar's digest pattern (syntax only, any algorithm). */
function scanDigest(s: string, start: number, end: number): boolean {
  let i = start;
  // Algorithm: components /[A-Za-z][A-Za-z0-9]*/ joined by one of - _ + .
  for (;;) {
    if (i >= end || !isAlpha(s.charCodeAt(i))) return false;
    i++;
    while (i < end && isAlnum(s.charCodeAt(i))) i++;
    if (i >= end) return false;
    const c = s.charCodeAt(i);
    if (c === COLON) break;
    if (c !== DASH && c !== UNDERSCORE && c !== PLUS && c !== DOT) return false;
    i++;
  }
  i++;
  const hexStart = i;
  while (i < end && isHex(s.charCodeAt(i))) i++;
  return i === end && end - hexStart >= 32;
}

/** Whether `s` is a domain with optional port (Go `^domainAndPort$`): `example.com`, `host:5000`, `[::1]:5000`. */
export function isDomain(s: string): boolean {
  return scanDomainAndPort(s, 0, s.length);
}

/** Whether `s` is a remote name (a repository path): `library/nginx`, `foo/bar-baz`. */
export function isPath(s: string): boolean {
  return scanRemoteName(s, 0, s.length);
}

/** Whether `s` is one path component (no `/`): `nginx`, `kube-proxy`, `foo__bar`. */
export function isPathComponent(s: string): boolean {
  return scanPathComponent(s, 0, s.length);
}

/** Whether `s` is a valid tag: `[\w][\w.-]{0,127}` (uppercase allowed). */
export function isTag(s: string): boolean {
  return scanTag(s, 0, s.length);
}

/** Whether `s` has the syntax of a digest (`algorithm:hex`, at least 32 hex); go-digest checks come later. */
export function isDigestSyntax(s: string): boolean {
  return scanDigest(s, 0, s.length);
}

/** Whether `s` is a 64-character lowercase hexadecimal image ID (Go `anchoredIdentifierRegexp`). */
export function isIdentifier(s: string): boolean {
  if (s.length !== 64) return false;
  for (let i = 0; i < 64; i++) {
    if (!isLowerHex(s.charCodeAt(i))) return false;
  }
  return true;
}

/** Capture groups of Go's `anchoredNameRegexp`: the domain ("" when absent) and the remote name. */
export interface NameMatch {
  domain: string;
  path: string;
}

/** Go `anchoredNameRegexp.FindStringSubmatch`: `null` when `s` is not a name. */
export function matchName(s: string): NameMatch | null {
  const split = scanName(s, 0, s.length);
  if (split < 0) return null;
  if (split === 0) return { domain: "", path: s };
  return { domain: s.slice(0, split), path: s.slice(split + 1) };
}

/** Capture groups of Go's `ReferenceRegexp`: name, tag and digest ("" when absent). */
export interface ReferenceMatch {
  name: string;
  tag: string;
  digest: string;
}

/**
 * Where the name of a reference-shaped string ends: before the first `@`, and before the last `:`
 * that follows the last `/` of what remains. Returns `[nameEnd, nameAndTagEnd]`. The split is
 * forced by the grammar (names have `:` only in a domain, which a `/` always follows; tags and
 * digests never contain `/` or `@`), so it is the only split that can match.
 */
export function splitReferenceParts(s: string): [nameEnd: number, nameAndTagEnd: number] {
  const at = indexOfCode(s, AT, 0, s.length);
  const nameAndTagEnd = at === -1 ? s.length : at;
  for (let i = nameAndTagEnd - 1; i >= 0; i--) {
    const c = s.charCodeAt(i);
    if (c === COLON) return [i, nameAndTagEnd];
    if (c === SLASH) break;
  }
  return [nameAndTagEnd, nameAndTagEnd];
}

/** Go `ReferenceRegexp.FindStringSubmatch` (anchored): `null` when `s` is not a reference. */
export function matchReference(s: string): ReferenceMatch | null {
  const [nameEnd, nameAndTagEnd] = splitReferenceParts(s);
  let digest = "";
  if (nameAndTagEnd < s.length) {
    if (!scanDigest(s, nameAndTagEnd + 1, s.length)) return null;
    digest = s.slice(nameAndTagEnd + 1);
  }
  let tag = "";
  if (nameEnd < nameAndTagEnd) {
    if (!scanTag(s, nameEnd + 1, nameAndTagEnd)) return null;
    tag = s.slice(nameEnd + 1, nameAndTagEnd);
  }
  if (scanName(s, 0, nameEnd) < 0) return null;
  return { name: s.slice(0, nameEnd), tag, digest };
}
