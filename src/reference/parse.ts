/**
 * Parsing (reference.go and normalize.go of distribution/reference, v0.6.0+). Nothing here throws.
 */
import { DEFAULT_DIGEST_ALGORITHMS, validateDigest } from "./digest.js";
import {
  diagnoseFormat,
  digestReason,
  lowercaseSuggestion,
  lowerLikeGo,
  quote,
  referenceError,
  uppercaseReason,
} from "./errors.js";
import { format } from "./format.js";
import { isDigestSyntax, isIdentifier, isTag, matchName, matchReference, TAG_MAX_LENGTH } from "./grammar.js";
import { splitDomain } from "./normalize.js";
import type {
  ImageReference,
  ReferenceError as ImageReferenceError,
  ParseAnyResult,
  ParseOptions,
  ParseResult,
  ReferenceErrorKind,
} from "./types.js";

/**
 * Longest repository path (Go `RepositoryNameTotalLengthMax`). Since reference v0.6.0 it limits the
 * path only, not the domain, tag or digest (the vectors assert this).
 */
export const PATH_MAX_LENGTH = 255;

type Outcome = { ref: ImageReference } | { kind: ReferenceErrorKind; reason: string };

function fail(input: string, kind: ReferenceErrorKind, reason: string): ParseResult {
  return { ok: false, error: referenceError(kind, input, reason) };
}

function toResult(outcome: Outcome, input: string): ParseResult {
  return "ref" in outcome ? { ok: true, ref: outcome.ref } : fail(input, outcome.kind, outcome.reason);
}

function tooLongReason(length: number): string {
  return `its repository path is ${length} characters long, more than the ${PATH_MAX_LENGTH} allowed`;
}

/** Go `Parse`, reporting reasons about `original` (the text the user wrote). */
function parseOutcome(s: string, options: ParseOptions | undefined, original: string): Outcome {
  const match = matchReference(s);
  if (match === null) {
    if (s === "") return { kind: "empty", reason: "it is empty" };
    if (matchReference(lowerLikeGo(s)) !== null) {
      const suggestion = lowercaseSuggestion(original, (candidate) => matchReference(candidate) !== null);
      return { kind: "uppercase", reason: uppercaseReason(suggestion) };
    }
    return { kind: "invalid-format", reason: diagnoseFormat(original) };
  }
  // The name always matches here: the reference pattern contains the name pattern.
  const named = matchName(match.name) ?? { domain: "", path: match.name };
  if (named.path.length > PATH_MAX_LENGTH) {
    return { kind: "name-too-long", reason: tooLongReason(named.path.length) };
  }
  const ref: ImageReference = { domain: named.domain, path: named.path };
  if (match.tag !== "") ref.tag = match.tag;
  if (match.digest !== "") {
    const available = options?.digestAlgorithms ?? DEFAULT_DIGEST_ALGORITHMS;
    const problem = validateDigest(match.digest, available);
    if (problem) return { kind: problem.kind, reason: digestReason(problem, match.digest, available) };
    ref.digest = match.digest;
  }
  return { ref };
}

/**
 * Parses a reference exactly as written (Go `Parse`), with no Docker Hub normalisation. The first
 * component is the domain whenever it is a valid host and a `/` follows it, so `library/nginx` has
 * domain `library`; `nginx` and `foo_bar/x` have domain "". Checks, in Go's order: empty, grammar
 * (uppercase gets its own kind), path length ≤ 255, digest (go-digest: sha256, sha384, sha512 with
 * exactly their length of lowercase hex).
 */
export function parse(s: string, options?: ParseOptions): ParseResult {
  return toResult(parseOutcome(s, options, s), s);
}

/** Go `ParseNormalizedNamed` as an outcome, with messages about `s`. */
function parseNormalizedOutcome(s: string, options: ParseOptions | undefined): Outcome {
  // Deliberate: Go reports ErrReferenceInvalidFormat for "", "empty" says it better.
  if (s === "") return { kind: "empty", reason: "it is empty" };
  if (isIdentifier(s)) {
    return {
      kind: "not-canonical",
      reason: "a bare 64-character hexadecimal string is an image ID, not a repository name",
    };
  }
  const { domain, path: remainder } = splitDomain(s);
  const colon = remainder.indexOf(":");
  const remote = colon === -1 ? remainder : remainder.slice(0, colon);
  if (remote.toLowerCase() !== remote) {
    // Go refuses here with "repository name must be lowercase". When lowercasing the name would not
    // make a valid reference either (`${IMAGE}`, `{{ .Values.x }}`), the error Parse gives is more
    // useful (e.g. "invalid-format: a template expression"): same validity as Go, a better reason.
    const suggestion = lowercaseSuggestion(
      s,
      (candidate) => "ref" in parseNormalizedOutcome(candidate, options),
    );
    if (suggestion === undefined) {
      const outcome = parseOutcome(`${domain}/${remainder}`, options, s);
      if (!("ref" in outcome)) return outcome;
    }
    return { kind: "uppercase", reason: uppercaseReason(suggestion) };
  }
  const outcome = parseOutcome(`${domain}/${remainder}`, options, s);
  if ("ref" in outcome && outcome.ref.domain === "") {
    // Deliberate: a first component Docker takes as a registry but that is not a valid host (it has
    // "." and "_", like "foo_bar.com/app") passes Go's Parse as a domain-less path, so Go returns an
    // empty Domain(). We keep Go's validity but keep the domain Docker chose, which is also the host
    // containerd connects to: a normalised reference always has a domain.
    const ref = outcome.ref;
    return { ref: { ...ref, domain, path: ref.path.slice(domain.length + 1) } };
  }
  return outcome;
}

/**
 * Parses and normalises a reference the way Docker does (Go `ParseNormalizedNamed`): the domain
 * defaults to `docker.io` (aliases `index.docker.io`, `registry-1.docker.io` and
 * `registry.hub.docker.com` fold into it), a single-component Docker Hub path gets `library/`.
 * No `:latest` is added. A bare 64-hex string is refused (`not-canonical`); uppercase is allowed
 * only in a first component that is taken as a domain (`Foo/bar` has domain `Foo`).
 */
export function parseNormalized(s: string, options?: ParseOptions): ParseResult {
  return toResult(parseNormalizedOutcome(s, options), s);
}

/**
 * Go `ParseAnyReference`: a bare 64-hex string is the digest `sha256:<hex>`, a valid digest
 * (`sha256:<hex>`) is a digest, anything else goes through `parseNormalized`.
 */
export function parseAny(s: string, options?: ParseOptions): ParseAnyResult {
  if (isIdentifier(s)) return { ok: true, kind: "digest", digest: `sha256:${s}` };
  if (validateDigest(s, options?.digestAlgorithms ?? DEFAULT_DIGEST_ALGORITHMS) === undefined) {
    return { ok: true, kind: "digest", digest: s };
  }
  const result = parseNormalized(s, options);
  return result.ok ? { ok: true, kind: "named", ref: result.ref } : result;
}

/**
 * Go `ParseDockerRef`: `parseNormalized`, then `:latest` when there is neither tag nor digest, and
 * the tag dropped when there are both (the digest is what gets pulled).
 */
export function parseDockerRef(s: string, options?: ParseOptions): ParseResult {
  const result = parseNormalized(s, options);
  if (!result.ok) return result;
  const { domain, path, tag, digest } = result.ref;
  if (digest !== undefined) return { ok: true, ref: { domain, path, digest } };
  return { ok: true, ref: { domain, path, tag: tag ?? "latest" } };
}

/**
 * Go `ParseNamed`: like `parseNormalized`, but the input must already be in canonical form
 * (`docker.io/library/foo`, not `foo`), otherwise `not-canonical`.
 */
export function parseNamed(s: string, options?: ParseOptions): ParseResult {
  const result = parseNormalized(s, options);
  if (!result.ok) return result;
  const canonical = format(result.ref);
  if (canonical !== s) {
    return fail(s, "not-canonical", `it is not in canonical form; write ${quote(canonical)}`);
  }
  return result;
}

function componentError(
  kind: ReferenceErrorKind,
  what: string,
  input: string,
  reason: string,
): ImageReferenceError {
  return { kind, message: `${quote(input)} is not a valid ${what}: ${reason}` };
}

/**
 * Go `WithName`: a name (`[domain/]path`, no tag or digest, no normalisation) as a reference.
 */
export function withName(s: string): ParseResult {
  const named = matchName(s);
  if (named === null) {
    const reason =
      s === "" ? "it is empty" : "it must have the form [host[:port]/]path with a lowercase path";
    return { ok: false, error: componentError("invalid-format", "repository name", s, reason) };
  }
  if (named.path.length > PATH_MAX_LENGTH) {
    return {
      ok: false,
      error: componentError("name-too-long", "repository name", s, tooLongReason(named.path.length)),
    };
  }
  return { ok: true, ref: { domain: named.domain, path: named.path } };
}

/** Go `WithTag`: `ref` with its tag set (any digest is kept). */
export function withTag(ref: ImageReference, tag: string): ParseResult {
  if (!isTag(tag)) {
    const reason = `a tag must be 1 to ${TAG_MAX_LENGTH} letters, digits, "_", "." or "-", not starting with "." or "-"`;
    return { ok: false, error: componentError("tag-invalid-format", "tag", tag, reason) };
  }
  return { ok: true, ref: { ...ref, tag } };
}

/**
 * Go `WithDigest`: `ref` with its digest set (any tag is kept). Like Go, only the digest syntax is
 * checked (`algorithm:` and at least 32 hex), not the algorithm or the length.
 */
export function withDigest(ref: ImageReference, digest: string): ParseResult {
  if (!isDigestSyntax(digest)) {
    const reason = 'a digest must be an algorithm, ":" and at least 32 hexadecimal characters';
    return { ok: false, error: componentError("digest-invalid-format", "digest", digest, reason) };
  }
  return { ok: true, ref: { ...ref, digest } };
}
