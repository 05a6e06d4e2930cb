import { isDockerHub, parse } from "../reference/index.js";
import { looksLikeHost } from "./glob.js";

/** A registry host with an optional repository path prefix: the shape of a rule's `match` and `mirror`. */
export interface RegistryPrefix {
  /** Lower-cased host (Docker Hub aliases folded into `docker.io`), port kept. */
  host: string;
  /** Path after the host, "" when there is none. */
  path: string;
  /** `host` or `host/path`: the normalised text. */
  value: string;
}

export type RegistryPrefixResult = { ok: true; prefix: RegistryPrefix } | { ok: false; message: string };

/**
 * Parse `host[:port][/path]` against the reference grammar. The first segment must be a registry host
 * (it contains `.` or `:` or is `localhost`); a tag or digest is refused. `message` completes a sentence
 * that starts with the field's name ("must ...").
 */
export function parseRegistryPrefix(text: string): RegistryPrefixResult {
  if (text.trim() === "") return { ok: false, message: "must not be empty" };
  const slash = text.indexOf("/");
  const host = slash < 0 ? text : text.slice(0, slash);
  const path = slash < 0 ? "" : text.slice(slash + 1);
  if (!looksLikeHost(host)) {
    return {
      ok: false,
      message: `must start with a registry host such as quay.io or registry.example.com:5000 (got "${text}")`,
    };
  }
  const parsed = parse(path === "" ? `${text}/x` : text);
  if (!parsed.ok) {
    return {
      ok: false,
      message: `must be host[:port][/path] (got "${text}": ${lowerFirst(parsed.error.message)})`,
    };
  }
  if (parsed.ref.tag !== undefined || parsed.ref.digest !== undefined) {
    return { ok: false, message: `must not carry a tag or digest (got "${text}")` };
  }
  if (parsed.ref.domain !== host) {
    return { ok: false, message: `must be host[:port][/path] (got "${text}")` };
  }
  const lowerHost = host.toLowerCase();
  const normalizedHost = isDockerHub(lowerHost) ? "docker.io" : lowerHost;
  return {
    ok: true,
    prefix: { host: normalizedHost, path, value: path === "" ? normalizedHost : `${normalizedHost}/${path}` },
  };
}

function lowerFirst(text: string): string {
  const trimmed = text.replace(/\.$/, "");
  return trimmed.charAt(0).toLowerCase() + trimmed.slice(1);
}
