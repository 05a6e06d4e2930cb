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
  | "not-canonical" // ErrNameNotCanonical (a bare 64-hex identifier)
  | "digest-invalid-format" // digest.ErrDigestInvalidFormat
  | "digest-invalid-length" // digest.ErrDigestInvalidLength
  | "digest-unsupported"; // digest.ErrDigestUnsupported

export interface ReferenceError {
  kind: ReferenceErrorKind;
  /** One sentence, for people. */
  message: string;
}

export type ParseResult = { ok: true; ref: ImageReference } | { ok: false; error: ReferenceError };
