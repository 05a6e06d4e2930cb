/**
 * Image reference model: a faithful port of distribution/reference.
 *
 * `domain` is "" when the raw reference had none (only possible from `parse`, never from
 * `parseNormalized`). `path` is the remote name (e.g. `library/nginx`). Tag and digest are kept
 * exactly as written.
 */
export interface ImageReference {
  domain: string;
  path: string;
  tag?: string;
  digest?: string;
}

export type ReferenceErrorKind =
  | "empty" // ErrNameEmpty
  | "name-too-long" // ErrNameTooLong
  | "invalid-format" // ErrReferenceInvalidFormat
  | "uppercase" // ErrNameContainsUppercase
  | "not-canonical" // ErrNameNotCanonical (a bare 64-hex identifier, or ParseNamed of a non-canonical name)
  | "tag-invalid-format" // ErrTagInvalidFormat (only from withTag)
  | "digest-invalid-format" // digest.ErrDigestInvalidFormat, or ErrDigestInvalidFormat from withDigest
  | "digest-invalid-length" // digest.ErrDigestInvalidLength
  | "digest-unsupported"; // digest.ErrDigestUnsupported

export interface ReferenceError {
  kind: ReferenceErrorKind;
  /** One sentence, for people. */
  message: string;
}

export type ParseResult = { ok: true; ref: ImageReference } | { ok: false; error: ReferenceError };

/**
 * Result of `parseAny` (Go `ParseAnyReference`): either a named reference, or a bare digest
 * (`sha256:<hex>`, or a 64-hex image ID, which is read as a sha256 digest).
 */
export type ParseAnyResult =
  | { ok: true; kind: "named"; ref: ImageReference }
  | { ok: true; kind: "digest"; digest: string }
  | { ok: false; error: ReferenceError };

/** Digest algorithms this port knows, with their hex length (go-digest: sha256, sha384, sha512). */
export type DigestAlgorithm = "sha256" | "sha384" | "sha512";

export interface ParseOptions {
  /**
   * The digest algorithms treated as available, like the hashes registered in a Go binary
   * (go-digest answers "unsupported" for an algorithm whose hash is not linked in).
   * Default: all of sha256, sha384 and sha512.
   */
  digestAlgorithms?: readonly DigestAlgorithm[];
}
