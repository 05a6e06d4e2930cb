/**
 * Public types of the registry client and of online verification.
 */

/** How far online verification goes. `off` never touches the network. */
export type VerifyLevel = "off" | "exists" | "digest";

/**
 * The verdict on one mirror candidate.
 * - `ok`: the mirror serves the image (and, for `digest`, the very same bytes as upstream).
 * - `converted`: the mirror re-packed the image (another manifest digest) with the same per-platform
 *   content (equal config digests, which cover the layer diffIDs); a warning.
 * - `missing`: the manifest (or the config blob of a platform) is not there, or a blob is refused (403).
 * - `denied`: the registry refused us (401 after authenticating, 403 on the manifest).
 * - `rate-limited`: 429 beyond the retries (or with a Retry-After longer than we wait).
 * - `mismatch`: the mirror serves different content (an error: possibly tampered).
 * - `unreachable`: network error, timeout, deadline, 5xx beyond the retries, or no upstream digest.
 */
export type VerifyStatus =
  | "ok"
  | "converted"
  | "missing"
  | "denied"
  | "rate-limited"
  | "mismatch"
  | "unreachable";

/** The `ratelimit-*` headers of a response (Docker Hub style: `100;w=21600`). */
export interface RateLimit {
  limit?: number;
  remaining?: number;
  /** Window of `limit`/`remaining`, in seconds (`w=`). */
  windowSeconds?: number;
  /** `docker-ratelimit-source`: the address or account the limit applies to. */
  source?: string;
}

/** One candidate's verification result. */
export interface VerifyOutcome {
  status: VerifyStatus;
  /** One sentence: what happened, where, and what to do about it. */
  reason: string;
  /** sha256 of the manifest bytes the mirror served, computed by us. */
  digest?: string;
  /** The digest the content must have: the reference's own, the lock file's, or upstream's. */
  upstreamDigest?: string;
  /** Where `upstreamDigest` came from. */
  upstreamDigestSource?: "reference" | "lock" | "upstream";
  /** Media type of the mirror's manifest. */
  mediaType?: string;
  /** Rate-limit headers the mirror (or upstream) sent, when it sent any. */
  rateLimit?: RateLimit;
}

/** A verification outcome tagged with the candidate it is about. */
export interface CandidateOutcome extends VerifyOutcome {
  candidate: string;
}

/** Why a registry request did not give what was asked for. */
export type FailureStatus = Exclude<VerifyStatus, "ok" | "converted">;

export interface RegistryFailure {
  status: FailureStatus;
  /** One sentence for people. */
  reason: string;
  /** HTTP status of the last response, when there was one. */
  httpStatus?: number;
  /** Registry error code (`MANIFEST_UNKNOWN`, `DENIED`, `TOOMANYREQUESTS`...), when the body said. */
  code?: string;
  rateLimit?: RateLimit;
}

export type RegistryResult<T> =
  | { ok: true; value: T; rateLimit?: RateLimit }
  | ({ ok: false } & RegistryFailure);

/** A manifest as served: the exact bytes, and the digest we computed over them. */
export interface FetchedManifest {
  bytes: Uint8Array;
  /** `sha256:` of `bytes`, computed here. */
  digest: string;
  /** The `Docker-Content-Digest` header, as sent (informational; never trusted for a mirror). */
  headerDigest?: string;
  mediaType: string;
}

/** What a HEAD of a manifest tells (no body). */
export interface ManifestHead {
  /** `Docker-Content-Digest` (or the digest we computed, when a cached GET answered). */
  digest?: string;
  mediaType?: string;
  size?: number;
}

/** What a HEAD of a blob tells. */
export interface BlobHead {
  size?: number;
}

/** Counters of one client, for reports and tests. */
export interface ClientStats {
  /** HTTP requests sent (token requests and retries included). */
  requests: number;
  /** Requests per `host[:port]`. */
  byHost: Record<string, number>;
  /** Last rate-limit headers seen per registry host. */
  rateLimits: Record<string, RateLimit>;
}
