/**
 * Manifest media types, the Accept list, digests over exact bytes, and the few manifest fields
 * verification needs (index entries with platforms, the config descriptor).
 */
import { createHash } from "node:crypto";

export const MEDIA_TYPES = {
  ociIndex: "application/vnd.oci.image.index.v1+json",
  dockerManifestList: "application/vnd.docker.distribution.manifest.list.v2+json",
  ociManifest: "application/vnd.oci.image.manifest.v1+json",
  dockerManifest: "application/vnd.docker.distribution.manifest.v2+json",
} as const;

/**
 * Every manifest type we read, in one header. Distribution 2.8.2 answers 404 for an OCI manifest or
 * index when its type is not accepted, so a 404 means "missing" only after asking with this list.
 */
export const MANIFEST_ACCEPT = [
  MEDIA_TYPES.ociIndex,
  MEDIA_TYPES.dockerManifestList,
  MEDIA_TYPES.ociManifest,
  MEDIA_TYPES.dockerManifest,
].join(", ");

const INDEX_TYPES = new Set<string>([MEDIA_TYPES.ociIndex, MEDIA_TYPES.dockerManifestList]);

const HASHES: Record<string, string> = { sha256: "sha256", sha384: "sha384", sha512: "sha512" };

/** `algorithm:hex` of `bytes`; the algorithm is sha256 unless another (sha384, sha512) is named. */
export function digestOf(bytes: Uint8Array, algorithm = "sha256"): string {
  const hash = HASHES[algorithm];
  if (!hash) throw new Error(`The digest algorithm ${algorithm} is not supported; use sha256 or sha512.`);
  return `${algorithm}:${createHash(hash).update(bytes).digest("hex")}`;
}

/** The algorithm part of `algorithm:hex`. */
export function digestAlgorithm(digest: string): string {
  const colon = digest.indexOf(":");
  return colon > 0 ? digest.slice(0, colon) : "";
}

/** Whether `digest` is a well-formed sha256/sha384/sha512 digest. */
export function isDigest(digest: string): boolean {
  return /^(sha256:[a-f0-9]{64}|sha384:[a-f0-9]{96}|sha512:[a-f0-9]{128})$/.test(digest);
}

export interface Platform {
  os: string;
  architecture: string;
  variant?: string;
}

export interface Descriptor {
  mediaType?: string;
  digest: string;
  size?: number;
  platform?: Platform;
  annotations?: Record<string, string>;
}

export type ParsedManifest =
  | { kind: "index"; mediaType?: string; manifests: Descriptor[] }
  | { kind: "image"; mediaType?: string; config: Descriptor; layers: Descriptor[] }
  | { kind: "unknown"; mediaType?: string; problem: string };

function asDescriptor(value: unknown): Descriptor | undefined {
  if (!value || typeof value !== "object") return undefined;
  const v = value as Record<string, unknown>;
  if (typeof v.digest !== "string" || !isDigest(v.digest)) return undefined;
  const descriptor: Descriptor = { digest: v.digest };
  if (typeof v.mediaType === "string") descriptor.mediaType = v.mediaType;
  if (typeof v.size === "number") descriptor.size = v.size;
  const p = v.platform as Record<string, unknown> | undefined;
  if (p && typeof p.os === "string" && typeof p.architecture === "string") {
    descriptor.platform = { os: p.os, architecture: p.architecture };
    if (typeof p.variant === "string" && p.variant) descriptor.platform.variant = p.variant;
  }
  if (v.annotations && typeof v.annotations === "object") {
    descriptor.annotations = v.annotations as Record<string, string>;
  }
  return descriptor;
}

/** Reads the parts of a manifest or index that verification needs. Never throws. */
export function parseManifest(bytes: Uint8Array, contentType?: string): ParsedManifest {
  let json: unknown;
  try {
    json = JSON.parse(new TextDecoder().decode(bytes));
  } catch {
    return { kind: "unknown", mediaType: contentType, problem: "the manifest is not JSON" };
  }
  if (!json || typeof json !== "object") {
    return { kind: "unknown", problem: "the manifest is not a JSON object" };
  }
  const m = json as Record<string, unknown>;
  const mediaType = typeof m.mediaType === "string" ? m.mediaType : contentType;
  if (Array.isArray(m.manifests) || (mediaType && INDEX_TYPES.has(mediaType))) {
    const entries = Array.isArray(m.manifests) ? m.manifests : [];
    const manifests = entries.map(asDescriptor).filter((d): d is Descriptor => d !== undefined);
    if (manifests.length !== entries.length) {
      return { kind: "unknown", mediaType, problem: "an index entry has no valid digest" };
    }
    return { kind: "index", mediaType, manifests };
  }
  const config = asDescriptor(m.config);
  if (config) {
    const layers = (Array.isArray(m.layers) ? m.layers : []).map(asDescriptor).filter((d) => d !== undefined);
    return { kind: "image", mediaType, config, layers };
  }
  if (m.schemaVersion === 1) {
    return { kind: "unknown", mediaType, problem: "it is a legacy schema 1 manifest" };
  }
  return { kind: "unknown", mediaType, problem: "it is neither an image manifest nor an index" };
}

/** `os/architecture[/variant]`. */
export function platformKey(platform: Platform): string {
  return [platform.os, platform.architecture, platform.variant].filter(Boolean).join("/");
}

/** Attestation and other non-runnable entries of an index (BuildKit: `unknown/unknown`). */
export function isRunnableEntry(entry: Descriptor): boolean {
  if (entry.annotations?.["vnd.docker.reference.type"] === "attestation-manifest") return false;
  return !(entry.platform?.os === "unknown" && entry.platform.architecture === "unknown");
}

/**
 * The index entry to check in `exists`: the preferred platform (default linux/amd64, a variant
 * after `/` optional), else the first runnable entry.
 */
export function pickPlatformEntry(
  manifests: Descriptor[],
  preferred = "linux/amd64",
): Descriptor | undefined {
  const runnable = manifests.filter(isRunnableEntry);
  const exact = runnable.find((d) => d.platform && platformKey(d.platform) === preferred);
  if (exact) return exact;
  const loose = runnable.find(
    (d) => d.platform && preferred.startsWith(`${d.platform.os}/${d.platform.architecture}`),
  );
  return loose ?? runnable[0];
}
