/**
 * Error values and one-sentence messages for references that do not parse.
 */
import type { DigestProblem } from "./digest.js";
import {
  isDigestSyntax,
  isDomain,
  isPathComponent,
  isTag,
  splitReferenceParts,
  TAG_MAX_LENGTH,
} from "./grammar.js";
import type { ReferenceError as ImageReferenceError, ReferenceErrorKind } from "./types.js";

/** Longest input quoted in full in a message; longer inputs are shortened with an ellipsis. */
const QUOTE_MAX = 120;

/** The input as a quoted string for a message (escaped, shortened when very long). */
export function quote(s: string): string {
  if (s.length <= QUOTE_MAX) return JSON.stringify(s);
  return `${JSON.stringify(s.slice(0, QUOTE_MAX - 20))}…(${s.length} characters)`;
}

/** Builds the error: `"<input>" is not a valid image reference: <reason>` (one sentence). */
export function referenceError(kind: ReferenceErrorKind, input: string, reason: string): ImageReferenceError {
  return { kind, message: `${quote(input)} is not a valid image reference: ${reason}` };
}

const PATH_RULE = 'lowercase letters and digits, separated by ".", "_", "__" or "-"';

/** The reason for a digest that go-digest refuses. */
export function digestReason(problem: DigestProblem, digest: string, available: readonly string[]): string {
  switch (problem.kind) {
    case "digest-invalid-length":
      return `the ${problem.algorithm} digest must have ${problem.expectedLength} hexadecimal characters, not ${problem.actualLength}`;
    case "digest-unsupported":
      return `the digest algorithm ${quote(problem.algorithm)} is not supported (use ${available.join(", ")})`;
    default:
      return `the digest ${quote(digest)} must be an algorithm, ":" and lowercase hexadecimal characters`;
  }
}

/**
 * Go's `strings.ToLower`, as far as it matters here: JavaScript lowercases U+0130 (İ) to two code
 * units ("i" + U+0307) where Go's simple case mapping gives "i".
 */
export function lowerLikeGo(s: string): string {
  return s.replaceAll("\u0130", "i").toLowerCase();
}

/**
 * The same reference with its name (not its tag or digest) lowercased, when that is valid by
 * `isValid`; otherwise undefined.
 */
export function lowercaseSuggestion(
  input: string,
  isValid: (candidate: string) => boolean,
): string | undefined {
  const [nameEnd] = splitReferenceParts(input);
  const candidate = lowerLikeGo(input.slice(0, nameEnd)) + input.slice(nameEnd);
  return candidate !== input && isValid(candidate) ? candidate : undefined;
}

/** The reason for an uppercase name, with the lowercase spelling when there is one. */
export function uppercaseReason(suggestion: string | undefined): string {
  const hint = suggestion === undefined ? "" : ` (did you mean ${quote(suggestion)}?)`;
  return `repository names must be lowercase${hint}`;
}

const TEMPLATE_MARKERS = ["{{", "}}", "${", "$(", "<", ">", "%{"];

function hasWhitespace(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0xfeff) return true;
  }
  return false;
}

/** Why a name (the part before tag and digest) does not match, or undefined when nothing specific is found. */
function diagnoseName(name: string): string | undefined {
  if (name === "") return "the repository name before the tag or digest is empty";
  const components = name.split("/");
  const firstSlash = name.indexOf("/");
  const first = components[0] ?? "";
  const hostLike = firstSlash !== -1 && /[.:[\]]/.test(first);
  if (hostLike && !isDomain(first)) {
    return `the registry ${quote(first)} is not a valid host[:port]`;
  }
  const pathComponents = hostLike ? components.slice(1) : components;
  for (const component of pathComponents) {
    if (component === "") return 'it has an empty path component (a "//", or a "/" at the start or end)';
    if (!isPathComponent(component)) {
      return `the path component ${quote(component)} must be ${PATH_RULE}`;
    }
  }
  return undefined;
}

/**
 * A specific reason why `s` does not match the reference grammar (for `invalid-format`), as a
 * clause to follow "is not a valid image reference: ".
 */
export function diagnoseFormat(s: string): string {
  if (TEMPLATE_MARKERS.some((marker) => s.includes(marker))) {
    return "it is a template expression or placeholder, not a literal image reference";
  }
  if (hasWhitespace(s)) return "it contains whitespace";
  const scheme = s.indexOf("://");
  if (scheme !== -1) return `remove the URL scheme ${quote(s.slice(0, scheme + 3))}; a reference has none`;
  const at = s.indexOf("@");
  if (at !== -1 && s.indexOf("@", at + 1) !== -1) return 'it contains more than one "@"';
  const [nameEnd, nameAndTagEnd] = splitReferenceParts(s);
  const beforeDigest = s.slice(0, nameAndTagEnd);
  if (beforeDigest.startsWith("[") && !beforeDigest.includes("/")) {
    return 'it names only a registry host; add a repository path, like "[::1]:5000/app"';
  }
  const afterLastSlash = beforeDigest.slice(beforeDigest.lastIndexOf("/") + 1);
  if (afterLastSlash.indexOf(":") !== afterLastSlash.lastIndexOf(":")) {
    return 'it has more than one ":" after the last "/"; only the tag follows a ":" there';
  }
  if (nameAndTagEnd < s.length) {
    const digest = s.slice(nameAndTagEnd + 1);
    if (!isDigestSyntax(digest)) {
      return `the digest ${quote(digest)} must be an algorithm, ":" and at least 32 hexadecimal characters, like "sha256:<64 hex>"`;
    }
  }
  if (nameEnd < nameAndTagEnd) {
    const tag = s.slice(nameEnd + 1, nameAndTagEnd);
    if (tag === "") return 'the tag after ":" is empty';
    if (!isTag(tag)) {
      return `the tag ${quote(tag)} must be 1 to ${TAG_MAX_LENGTH} letters, digits, "_", "." or "-", not starting with "." or "-"`;
    }
  }
  return (
    diagnoseName(s.slice(0, nameEnd)) ??
    "it does not have the form [host[:port]/]path[:tag][@digest] with a lowercase path"
  );
}
