/**
 * Online verification of mirror candidates.
 *
 * - `exists`: the mirror serves the manifest, and the config blob of one platform (linux/amd64
 *   preferred) is reachable; a 403 on that blob (an allowlist mirror) counts as missing.
 * - `digest`: on top of `exists`, the mirror's manifest bytes, hashed here, equal the upstream digest
 *   (the reference's own digest, else the lock file's, else a HEAD on upstream). A different digest
 *   whose per-platform configs are equal (a re-packed copy) is `converted`; anything else `mismatch`.
 */

import type { RegistryClient } from "./client.js";
import { type Lock, lookupLock } from "./lock.js";
import {
  type Descriptor,
  digestAlgorithm,
  digestOf,
  isDigest,
  isRunnableEntry,
  type ParsedManifest,
  parseManifest,
  pickPlatformEntry,
  platformKey,
} from "./manifest.js";
import { type ImageTarget, imageTarget, type RepositoryTarget } from "./target.js";
import type {
  CandidateOutcome,
  FailureStatus,
  FetchedManifest,
  RateLimit,
  VerifyLevel,
  VerifyOutcome,
  VerifyStatus,
} from "./types.js";

export interface VerifyOptions {
  /** Recorded upstream digests (`mirrorize.lock`): used instead of asking upstream. */
  lock?: Lock;
  /** The upstream digest when the caller already knows it. */
  upstreamDigest?: string;
  /** Platform whose config blob `exists` checks in an index (default `linux/amd64`). */
  platform?: string;
  /** Whether a `converted` candidate may be chosen (default true; it stays a warning). */
  acceptConverted?: boolean;
}

export interface CandidatesResult {
  /** The first candidate that passed, as given. */
  chosen?: string;
  /** The chosen candidate's outcome. */
  outcome?: CandidateOutcome;
  /** One outcome per candidate tried, in order (candidates after the chosen one are not tried). */
  outcomes: CandidateOutcome[];
  /** Digest to pin the chosen candidate to, when it is known (see `pinDigestOf`). */
  pinDigest?: string;
}

const ADVICE: Record<FailureStatus, string> = {
  missing: "sync the image to this mirror or use another mirror",
  denied: "check the credentials for this registry (docker login) or whether the mirror allows this image",
  "rate-limited": "try again later, or authenticate to get a higher limit",
  mismatch: "do not use this mirror for this image: it serves different content",
  unreachable: "check the network, the proxy and the timeouts",
};

/** Whether an outcome lets the candidate be used (`converted` passes, as a warning). */
export function passes(status: VerifyStatus, acceptConverted = true): boolean {
  return status === "ok" || (status === "converted" && acceptConverted);
}

/**
 * The digest a chosen candidate can be pinned to: the upstream digest when the mirror serves the
 * very same manifest, the mirror's own (verified) digest when it serves a converted copy.
 */
export function pinDigestOf(outcome: VerifyOutcome): string | undefined {
  if (outcome.status === "ok" && outcome.upstreamDigest && outcome.digest === outcome.upstreamDigest) {
    return outcome.upstreamDigest;
  }
  if (outcome.status === "converted") return outcome.digest;
  return undefined;
}

/**
 * `mirror/repo:tag` + `sha256:…` → `mirror/repo:tag@sha256:…`, keeping the reference as written.
 * A reference already pinned to the same digest is returned unchanged; to another digest, it throws.
 */
export function pinReference(mirrorRef: string, digest: string): string {
  if (!isDigest(digest)) {
    throw new Error(`Cannot pin ${mirrorRef}: "${digest}" is not a sha256/sha512 digest.`);
  }
  const parsed = imageTarget(mirrorRef);
  if (!parsed.ok) throw new Error(`Cannot pin: ${parsed.reason}.`);
  if (parsed.target.digest) {
    if (parsed.target.digest === digest) return mirrorRef;
    throw new Error(`Cannot pin ${mirrorRef} to ${digest}: it is already pinned to another digest.`);
  }
  return `${mirrorRef}@${digest}`;
}

function failed(
  candidate: string,
  status: FailureStatus,
  reason: string,
  extra: Partial<VerifyOutcome> = {},
): VerifyOutcome {
  return { ...extra, status, reason: `${candidate}: ${reason}; ${ADVICE[status]}.` };
}

function repositoryOf(target: ImageTarget): RepositoryTarget {
  return { registry: target.registry, repository: target.repository };
}

type Step<T> = { ok: true; value: T } | { ok: false; outcome: VerifyOutcome };

/** The config descriptor `exists` checks: the image's own, or that of one platform of an index. */
async function configToCheck(
  mirror: ImageTarget,
  parsed: ParsedManifest,
  client: RegistryClient,
  platform: string,
): Promise<{ ok: true; config: Descriptor } | { ok: false; status: FailureStatus; reason: string }> {
  if (parsed.kind === "unknown") {
    return {
      ok: false,
      status: "missing",
      reason: `the mirror's manifest cannot be used: ${parsed.problem}`,
    };
  }
  if (parsed.kind === "image") return { ok: true, config: parsed.config };
  const entry = pickPlatformEntry(parsed.manifests, platform);
  if (!entry) {
    return { ok: false, status: "missing", reason: "the mirror's index lists no runnable platform" };
  }
  const label = entry.platform ? platformKey(entry.platform) : entry.digest;
  const child = await client.getManifest(repositoryOf(mirror), entry.digest);
  if (!child.ok) {
    return { ok: false, status: child.status, reason: `the ${label} manifest failed: ${child.reason}` };
  }
  const childParsed = parseManifest(child.value.bytes, child.value.mediaType);
  if (childParsed.kind !== "image") {
    return {
      ok: false,
      status: "missing",
      reason: `the ${label} entry of the index is not an image manifest`,
    };
  }
  return { ok: true, config: childParsed.config };
}

/** `exists`: the manifest, then the config blob of one platform. */
async function checkExists(
  candidate: string,
  mirror: ImageTarget,
  client: RegistryClient,
  platform: string,
): Promise<Step<{ manifest: FetchedManifest; rateLimit?: RateLimit }>> {
  const fetched = await client.getManifest(repositoryOf(mirror), mirror.reference);
  if (!fetched.ok) {
    const extra = fetched.rateLimit ? { rateLimit: fetched.rateLimit } : {};
    return { ok: false, outcome: failed(candidate, fetched.status, fetched.reason, extra) };
  }
  const manifest = fetched.value;
  const known = { digest: manifest.digest, mediaType: manifest.mediaType };
  const config = await configToCheck(
    mirror,
    parseManifest(manifest.bytes, manifest.mediaType),
    client,
    platform,
  );
  if (!config.ok) return { ok: false, outcome: failed(candidate, config.status, config.reason, known) };
  const blob = await client.headBlob(repositoryOf(mirror), config.config.digest);
  if (!blob.ok) {
    // Allowlist mirrors serve any manifest but refuse the blobs of images they do not carry.
    const refused = blob.httpStatus === 403;
    const status: FailureStatus = refused ? "missing" : blob.status;
    const why = refused
      ? `the config blob is refused (403), as allowlist mirrors do for images they do not serve: ${blob.reason}`
      : `the config blob failed: ${blob.reason}`;
    return { ok: false, outcome: failed(candidate, status, why, known) };
  }
  const rateLimit = blob.rateLimit ?? fetched.rateLimit;
  return { ok: true, value: rateLimit ? { manifest, rateLimit } : { manifest } };
}

interface UpstreamDigest {
  digest: string;
  from: "reference" | "lock" | "upstream";
}

/** The digest the mirror must serve: the reference's own, the caller's, the lock's, else upstream's (HEAD). */
async function upstreamDigestOf(
  source: ImageTarget,
  client: RegistryClient,
  options: VerifyOptions,
): Promise<Step<UpstreamDigest>> {
  if (source.digest) return { ok: true, value: { digest: source.digest, from: "reference" } };
  if (options.upstreamDigest) {
    return { ok: true, value: { digest: options.upstreamDigest, from: "upstream" } };
  }
  const locked = options.lock ? lookupLock(options.lock, source.display) : undefined;
  if (locked) return { ok: true, value: { digest: locked.digest, from: "lock" } };
  const resolved = await resolveDigest(source.display, client);
  if (resolved.ok) return { ok: true, value: { digest: resolved.digest, from: "upstream" } };
  const status: FailureStatus = resolved.status === "rate-limited" ? "rate-limited" : "unreachable";
  return {
    ok: false,
    outcome: {
      status,
      reason:
        `the upstream digest of ${source.display} is unknown (${resolved.reason}), so the mirror cannot be verified; ` +
        "run `mirrorize lock` where upstream is reachable to record it.",
      rateLimit: resolved.rateLimit,
    },
  };
}

/**
 * The current digest of `ref` on its own registry (trusted side): a HEAD, which Docker Hub does not
 * count as a pull, falling back to hashing a GET when no `Docker-Content-Digest` comes back. A
 * reference with a digest answers with it, without a request. This is what `mirrorize lock` records.
 */
export async function resolveDigest(
  ref: string,
  client: RegistryClient,
): Promise<
  { ok: true; digest: string } | { ok: false; status: FailureStatus; reason: string; rateLimit?: RateLimit }
> {
  const parsed = imageTarget(ref);
  if (!parsed.ok) return { ok: false, status: "missing", reason: parsed.reason };
  const target = parsed.target;
  if (target.digest) return { ok: true, digest: target.digest };
  const head = await client.headManifest(repositoryOf(target), target.reference);
  if (head.ok && head.value.digest && isDigest(head.value.digest)) {
    return { ok: true, digest: head.value.digest };
  }
  const headUnsupported = !head.ok && (head.httpStatus === 405 || head.httpStatus === 400);
  if (!head.ok && !headUnsupported) {
    return { ok: false, status: head.status, reason: head.reason, rateLimit: head.rateLimit };
  }
  // No usable Docker-Content-Digest, or no HEAD support: hash the bytes of a GET ourselves.
  const fetched = await client.getManifest(repositoryOf(target), target.reference);
  if (fetched.ok) return { ok: true, digest: fetched.value.digest };
  return { ok: false, status: fetched.status, reason: fetched.reason, rateLimit: fetched.rateLimit };
}

/** Config digest per platform (`*` for a single image manifest). */
async function platformConfigs(
  repository: RepositoryTarget,
  parsed: ParsedManifest,
  client: RegistryClient,
): Promise<Step<Map<string, string>>> {
  const configs = new Map<string, string>();
  if (parsed.kind === "image") {
    configs.set("*", parsed.config.digest);
    return { ok: true, value: configs };
  }
  if (parsed.kind !== "index") return { ok: false, outcome: { status: "mismatch", reason: parsed.problem } };
  for (const entry of parsed.manifests.filter(isRunnableEntry)) {
    const child = await client.getManifest(repository, entry.digest);
    if (!child.ok) return { ok: false, outcome: { status: child.status, reason: child.reason } };
    const childParsed = parseManifest(child.value.bytes, child.value.mediaType);
    if (childParsed.kind !== "image") {
      return {
        ok: false,
        outcome: { status: "mismatch", reason: `index entry ${entry.digest} is not an image manifest` },
      };
    }
    let key = entry.platform ? platformKey(entry.platform) : entry.digest;
    while (configs.has(key)) key = `${key}+`;
    configs.set(key, childParsed.config.digest);
  }
  return { ok: true, value: configs };
}

/** Compares per-platform configs; returns undefined when equal, else what differs. */
function compareConfigs(upstream: Map<string, string>, mirror: Map<string, string>): string | undefined {
  if (upstream.size === 1 && mirror.size === 1) {
    const [[upKey, upConfig]] = [...upstream] as [[string, string]];
    const [[mirrorKey, mirrorConfig]] = [...mirror] as [[string, string]];
    if (upKey !== "*" && mirrorKey !== "*" && upKey !== mirrorKey) {
      return `upstream is ${upKey}, the mirror ${mirrorKey}`;
    }
    return upConfig === mirrorConfig
      ? undefined
      : `the image config differs (${mirrorConfig} instead of ${upConfig})`;
  }
  for (const [key, config] of upstream) {
    const other = mirror.get(key);
    if (!other) return `the mirror lacks platform ${key}`;
    if (other !== config) return `the ${key} image config differs (${other} instead of ${config})`;
  }
  for (const key of mirror.keys()) {
    if (!upstream.has(key)) return `the mirror adds platform ${key}, which upstream does not have`;
  }
  return undefined;
}

/** Same per-platform content with another manifest digest → `converted`; otherwise `mismatch`. */
async function compareContent(
  candidate: string,
  source: ImageTarget,
  mirror: ImageTarget,
  manifest: FetchedManifest,
  expected: UpstreamDigest,
  client: RegistryClient,
): Promise<VerifyOutcome> {
  const known = {
    digest: manifest.digest,
    upstreamDigest: expected.digest,
    upstreamDigestSource: expected.from,
    mediaType: manifest.mediaType,
  };
  const differs = `the mirror's manifest is ${manifest.digest}, not ${expected.digest} (from ${expected.from === "upstream" ? "upstream" : `the ${expected.from}`})`;
  const upstream = await client.getManifest(repositoryOf(source), expected.digest);
  if (!upstream.ok) {
    return failed(
      candidate,
      "mismatch",
      `${differs}, and upstream could not be read to compare the contents: ${upstream.reason}`,
      known,
    );
  }
  const upstreamConfigs = await platformConfigs(
    repositoryOf(source),
    parseManifest(upstream.value.bytes, upstream.value.mediaType),
    client,
  );
  if (!upstreamConfigs.ok) {
    return failed(
      candidate,
      "mismatch",
      `${differs}, and the upstream contents could not be read: ${upstreamConfigs.outcome.reason}`,
      known,
    );
  }
  const mirrorConfigs = await platformConfigs(
    repositoryOf(mirror),
    parseManifest(manifest.bytes, manifest.mediaType),
    client,
  );
  if (!mirrorConfigs.ok) {
    return failed(
      candidate,
      "mismatch",
      `${differs}, and the mirror's contents could not be read: ${mirrorConfigs.outcome.reason}`,
      known,
    );
  }
  const difference = compareConfigs(upstreamConfigs.value, mirrorConfigs.value);
  if (difference) return failed(candidate, "mismatch", `${differs}: ${difference}`, known);
  const platforms = [...upstreamConfigs.value.keys()].filter((k) => k !== "*").join(", ");
  return {
    ...known,
    status: "converted",
    reason:
      `${candidate}: the mirror re-packed the image (manifest ${manifest.digest} instead of ${expected.digest}) ` +
      `with the same image config${platforms ? ` for ${platforms}` : ""}; ` +
      "pin it to the mirror's digest, or re-sync the mirror with digests preserved.",
  };
}

/** Verifies one mirror `candidate` of the upstream reference `source` at `level`. */
export async function verifyCandidate(
  source: string,
  candidate: string,
  level: VerifyLevel,
  client: RegistryClient,
  options: VerifyOptions = {},
): Promise<VerifyOutcome> {
  const mirrorTarget = imageTarget(candidate);
  if (!mirrorTarget.ok) return failed(candidate, "missing", mirrorTarget.reason);
  if (level === "off") return { status: "ok", reason: `${candidate}: not verified (verify is off).` };
  const mirror = mirrorTarget.target;
  const exists = await checkExists(candidate, mirror, client, options.platform ?? "linux/amd64");
  if (!exists.ok) return exists.outcome;
  const { manifest, rateLimit } = exists.value;
  const seen = rateLimit ? { rateLimit } : {};
  if (level === "exists") {
    return {
      ...seen,
      status: "ok",
      reason: `${candidate}: the mirror has the image (manifest ${manifest.digest}) and serves its config blob.`,
      digest: manifest.digest,
      mediaType: manifest.mediaType,
    };
  }
  const sourceTarget = imageTarget(source);
  if (!sourceTarget.ok) {
    return failed(candidate, "unreachable", `the upstream digest is unknown: ${sourceTarget.reason}`);
  }
  const expected = await upstreamDigestOf(sourceTarget.target, client, options);
  if (!expected.ok) {
    return {
      ...expected.outcome,
      reason: `${candidate}: ${expected.outcome.reason}`,
      digest: manifest.digest,
      mediaType: manifest.mediaType,
    };
  }
  const ours = digestOf(manifest.bytes, digestAlgorithm(expected.value.digest));
  if (ours === expected.value.digest) {
    return {
      ...seen,
      status: "ok",
      reason: `${candidate}: the mirror serves the same manifest as upstream (${ours}).`,
      digest: ours,
      upstreamDigest: expected.value.digest,
      upstreamDigestSource: expected.value.from,
      mediaType: manifest.mediaType,
    };
  }
  return compareContent(candidate, sourceTarget.target, mirror, manifest, expected.value, client);
}

/**
 * Verifies the candidates of `source` in order and picks the first that passes (`ok`, or
 * `converted` unless `acceptConverted` is false). Candidates after the chosen one are not tried.
 */
export async function verifyCandidates(
  source: string,
  candidates: readonly string[],
  level: VerifyLevel,
  client: RegistryClient,
  options: VerifyOptions = {},
): Promise<CandidatesResult> {
  const outcomes: CandidateOutcome[] = [];
  for (const candidate of candidates) {
    const outcome: CandidateOutcome = {
      candidate,
      ...(await verifyCandidate(source, candidate, level, client, options)),
    };
    outcomes.push(outcome);
    if (passes(outcome.status, options.acceptConverted ?? true)) {
      const result: CandidatesResult = { chosen: candidate, outcome, outcomes };
      const pin = pinDigestOf(outcome);
      if (pin) result.pinDigest = pin;
      return result;
    }
  }
  return { outcomes };
}
