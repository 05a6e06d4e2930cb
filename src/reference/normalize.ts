/**
 * Docker Hub normalisation (normalize.go, v0.6.0+): domain detection, `library/`, familiar forms.
 */
import { name } from "./format.js";
import type { ImageReference } from "./types.js";

/** The canonical Docker Hub domain. */
export const DOCKER_HUB_DOMAIN = "docker.io";

/** The namespace of Docker Hub's official images. */
export const OFFICIAL_REPO_PREFIX = "library/";

/** A first path component that is always a domain, even without `.` or `:`. */
export const LOCALHOST = "localhost";

/**
 * Spellings of Docker Hub folded into `docker.io`. Go folds only `index.docker.io`; the API host
 * `registry-1.docker.io` and `registry.hub.docker.com` are added on purpose (our own alias table),
 * since they name the same images. Matching is exact (case-sensitive), as in Go.
 */
export const DOCKER_HUB_ALIASES: readonly string[] = [
  DOCKER_HUB_DOMAIN,
  "index.docker.io",
  "registry-1.docker.io",
  "registry.hub.docker.com",
];

const dockerHubAliases = new Set(DOCKER_HUB_ALIASES);

/** Whether `domain` is Docker Hub: `docker.io` or one of its aliases (exact spelling). */
export function isDockerHub(domain: string): boolean {
  return dockerHubAliases.has(domain);
}

function hasUppercase(s: string): boolean {
  return s.toLowerCase() !== s;
}

/**
 * Splits a name into domain and remote path the way Docker does (Go `splitDockerDomain`, with our
 * alias folding). The first component is a domain when it is `localhost`, contains `.` or `:`, or
 * has uppercase letters; otherwise the domain is `docker.io`. On Docker Hub a single-component
 * path gets `library/`. No validation happens here, and whatever follows the name (`:tag`,
 * `@digest`) stays at the end of `path`.
 */
export function splitDomain(input: string): { domain: string; path: string } {
  const slash = input.indexOf("/");
  if (slash === -1) {
    // A familiar name ("ubuntu", "ubuntu:latest", and also "localhost:5000": a Go FIXME).
    return { domain: DOCKER_HUB_DOMAIN, path: OFFICIAL_REPO_PREFIX + input };
  }
  const first = input.slice(0, slash);
  const rest = input.slice(slash + 1);
  let domain: string;
  let path: string;
  if (first === LOCALHOST) {
    domain = first;
    path = rest;
  } else if (isDockerHub(first)) {
    domain = DOCKER_HUB_DOMAIN;
    path = rest;
  } else if (first.includes(".") || first.includes(":") || hasUppercase(first)) {
    domain = first;
    path = rest;
  } else {
    domain = DOCKER_HUB_DOMAIN;
    path = input;
  }
  if (domain === DOCKER_HUB_DOMAIN && !path.includes("/")) path = OFFICIAL_REPO_PREFIX + path;
  return { domain, path };
}

/**
 * The short form Docker shows (Go `FamiliarName`): `docker.io/` is dropped, and `library/` too
 * when one component is left. `docker.io/library/nginx` → `nginx`; `docker.io/library/a/b` stays
 * `library/a/b`; other registries are unchanged. Only the canonical `docker.io` spelling is
 * familiarised: normalise first (`parseNormalized`) to fold aliases.
 */
export function familiarName(ref: ImageReference): string {
  if (ref.domain !== DOCKER_HUB_DOMAIN) return name(ref);
  const path = ref.path;
  if (path.startsWith(OFFICIAL_REPO_PREFIX)) {
    const rest = path.slice(OFFICIAL_REPO_PREFIX.length);
    if (!rest.includes("/")) return rest;
  }
  return path;
}

/** `familiarName` plus `:tag` and `@digest` as written (Go `FamiliarString`). */
export function familiarString(ref: ImageReference): string {
  let s = familiarName(ref);
  if (ref.tag) s += `:${ref.tag}`;
  if (ref.digest) s += `@${ref.digest}`;
  return s;
}
