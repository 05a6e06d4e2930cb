/**
 * From an image reference string to what the registry API needs: the API host, the repository
 * and the manifest reference (digest, else tag, else `latest`). The grammar is `src/reference`'s.
 */
import { format, parseNormalized } from "../reference/index.js";
import { apiHostOf } from "./hosts.js";

/** A repository on a registry. */
export interface RepositoryTarget {
  /** The reference's domain as normalised (`docker.io`, `quay.io`, `127.0.0.1:5000`). */
  registry: string;
  /** The repository path (`library/nginx`). */
  repository: string;
}

/** An image: a repository plus tag and/or digest. */
export interface ImageTarget extends RepositoryTarget {
  tag?: string;
  digest?: string;
  /** What to ask the manifests endpoint for: the digest when there is one, else the tag, else `latest`. */
  reference: string;
  /** `registry/repository[:tag][@digest]`, for messages. */
  display: string;
}

export type TargetResult = { ok: true; target: ImageTarget } | { ok: false; reason: string };

/** Parses `ref` (any spelling the grammar accepts) into an image target. */
export function imageTarget(ref: string): TargetResult {
  const parsed = parseNormalized(ref);
  if (!parsed.ok) {
    return { ok: false, reason: `"${ref}" is not a valid image reference: ${parsed.error.message}` };
  }
  const { domain, path, tag, digest } = parsed.ref;
  const display = format(parsed.ref);
  return {
    ok: true,
    target: {
      registry: domain,
      repository: path,
      tag,
      digest,
      reference: digest ?? tag ?? "latest",
      display,
    },
  };
}

/** The `host[:port]` the target's registry API lives at (Docker Hub: `registry-1.docker.io`). */
export function apiHostOfTarget(target: RepositoryTarget): string {
  return apiHostOf(target.registry);
}
