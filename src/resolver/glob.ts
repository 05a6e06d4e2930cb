/**
 * Globs over normalised image names (`docker.io/library/nginx`): `*` matches within one path segment,
 * `**` matches across segments, `?` matches one character of a segment. A trailing `/**` also matches
 * the name itself (`registry.example.com/team/**` covers `registry.example.com/team`).
 */

import { isDockerHub } from "../reference/index.js";

const GLOB_CHARS = /[*?]/;

/** Whether `segment` is a registry host by the reference grammar's rule (`.`, `:` or `localhost`). */
export function looksLikeHost(segment: string): boolean {
  return segment.includes(".") || segment.includes(":") || segment === "localhost";
}

/**
 * Normalise an exclude pattern the way names are normalised: Docker Hub aliases become `docker.io`, a
 * pattern without a registry host is a Docker Hub name (`busybox` → `docker.io/library/busybox`,
 * `bitnami/**` → `docker.io/bitnami/**`), a bare host means everything on it
 * (`registry.example.com` → `registry.example.com/**`), and the host is lower-cased.
 */
export function normalizeNamePattern(pattern: string): string {
  const slash = pattern.indexOf("/");
  const first = slash < 0 ? pattern : pattern.slice(0, slash);
  if (GLOB_CHARS.test(first)) return pattern;
  if (slash < 0 && looksLikeHost(first)) {
    const host = first.toLowerCase();
    return isDockerHub(host) ? "docker.io/**" : `${host}/**`;
  }
  let host = "docker.io";
  let rest = pattern;
  if (slash >= 0 && looksLikeHost(first)) {
    host = first.toLowerCase();
    rest = pattern.slice(slash + 1);
  }
  if (isDockerHub(host)) {
    host = "docker.io";
    if (!rest.includes("/") && !GLOB_CHARS.test(rest)) rest = `library/${rest}`;
  }
  return `${host}/${rest}`;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.+^${}()|[\]\\]/g, "\\$&");
}

/** Translate one glob into an anchored regular-expression source. */
export function globToRegExpSource(glob: string): string {
  let out = "";
  let i = 0;
  while (i < glob.length) {
    if (glob.startsWith("/**", i) && i + 3 === glob.length) {
      out += "(?:/.*)?";
      i += 3;
    } else if (glob.startsWith("**/", i) && (i === 0 || glob[i - 1] === "/")) {
      out += "(?:.*/)?";
      i += 3;
    } else if (glob.startsWith("**", i)) {
      out += ".*";
      i += 2;
    } else if (glob[i] === "*") {
      out += "[^/]*";
      i += 1;
    } else if (glob[i] === "?") {
      out += "[^/]";
      i += 1;
    } else {
      out += escapeRegExp(glob[i] as string);
      i += 1;
    }
  }
  return `^${out}$`;
}

/** A compiled set of globs: `match(name)` returns the first pattern (as written) that matches, if any. */
export interface GlobSet {
  match(name: string): string | undefined;
}

/** Compile `patterns` (normalised with `normalizeNamePattern`) into a matcher. */
export function compileGlobs(patterns: readonly string[]): GlobSet {
  const compiled = patterns.map((pattern) => ({
    pattern,
    regexp: new RegExp(globToRegExpSource(normalizeNamePattern(pattern))),
  }));
  if (compiled.length === 0) return { match: () => undefined };
  const combined = new RegExp(compiled.map((c) => `(?:${c.regexp.source})`).join("|"));
  return {
    match(name) {
      if (!combined.test(name)) return undefined;
      return compiled.find((c) => c.regexp.test(name))?.pattern;
    },
  };
}
