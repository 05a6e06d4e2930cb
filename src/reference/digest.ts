/**
 * Digest validation with go-digest v1.0.0 semantics (`digest.Parse` / `Digest.Validate`).
 */
import type { DigestAlgorithm, ReferenceErrorKind } from "./types.js";

/** Hex length of each known algorithm's encoded digest. */
export const DIGEST_HEX_LENGTHS: Readonly<Record<DigestAlgorithm, number>> = {
  sha256: 64,
  sha384: 96,
  sha512: 128,
};

/** The algorithms available when no option narrows them. */
export const DEFAULT_DIGEST_ALGORITHMS: readonly DigestAlgorithm[] = ["sha256", "sha384", "sha512"];

/** Why a digest is refused, with what a message needs. */
export interface DigestProblem {
  kind: Extract<ReferenceErrorKind, "digest-invalid-format" | "digest-invalid-length" | "digest-unsupported">;
  algorithm: string;
  /** Hex length the algorithm needs (for `digest-invalid-length`). */
  expectedLength?: number;
  /** Hex length found. */
  actualLength: number;
}

function isLowerAlnum(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 48 && c <= 57);
}

/** go-digest `DigestRegexpAnchored`: `^[a-z0-9]+(?:[.+_-][a-z0-9]+)*:[a-zA-Z0-9=_-]+$`. */
function matchesGenericDigest(s: string): boolean {
  let i = 0;
  const end = s.length;
  for (;;) {
    const start = i;
    while (i < end && isLowerAlnum(s.charCodeAt(i))) i++;
    if (i === start || i >= end) return false;
    const c = s.charCodeAt(i);
    if (c === 58) break;
    if (c !== 46 && c !== 43 && c !== 95 && c !== 45) return false;
    i++;
  }
  i++;
  if (i >= end) return false;
  for (; i < end; i++) {
    const c = s.charCodeAt(i);
    const ok = (c >= 65 && c <= 90) || isLowerAlnum(c) || c === 61 || c === 95 || c === 45;
    if (!ok) return false;
  }
  return true;
}

function isAvailable(algorithm: string, available: readonly DigestAlgorithm[]): algorithm is DigestAlgorithm {
  return (available as readonly string[]).includes(algorithm);
}

/**
 * Validates a digest like go-digest's `Digest.Validate`. Returns `undefined` when it is valid.
 * `available` plays the part of the hashes registered in a Go binary.
 */
export function validateDigest(
  digest: string,
  available: readonly DigestAlgorithm[] = DEFAULT_DIGEST_ALGORITHMS,
): DigestProblem | undefined {
  const colon = digest.indexOf(":");
  const algorithm = colon > 0 ? digest.slice(0, colon) : "";
  const encoded = colon >= 0 ? digest.slice(colon + 1) : "";
  if (colon <= 0 || encoded.length === 0) {
    return { kind: "digest-invalid-format", algorithm, actualLength: encoded.length };
  }
  if (!isAvailable(algorithm, available)) {
    const kind = matchesGenericDigest(digest) ? "digest-unsupported" : "digest-invalid-format";
    return { kind, algorithm, actualLength: encoded.length };
  }
  const expectedLength = DIGEST_HEX_LENGTHS[algorithm];
  if (encoded.length !== expectedLength) {
    return { kind: "digest-invalid-length", algorithm, expectedLength, actualLength: encoded.length };
  }
  for (let i = 0; i < encoded.length; i++) {
    const c = encoded.charCodeAt(i);
    if (!((c >= 48 && c <= 57) || (c >= 97 && c <= 102))) {
      return { kind: "digest-invalid-format", algorithm, expectedLength, actualLength: encoded.length };
    }
  }
  return undefined;
}
