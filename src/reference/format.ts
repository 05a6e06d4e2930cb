/**
 * Rendering references back to strings (Go `String()` / `Name()`).
 */
import type { ImageReference } from "./types.js";

/** `domain/path`, or just `path` when the domain is "" (Go `Name()`). */
export function name(ref: ImageReference): string {
  return ref.domain === "" ? ref.path : `${ref.domain}/${ref.path}`;
}

/**
 * `domain/path[:tag][@digest]`, omitting the domain when it is "" (Go `String()`). Like Go, an empty
 * tag or digest counts as absent.
 */
export function format(ref: ImageReference): string {
  let s = name(ref);
  if (ref.tag) s += `:${ref.tag}`;
  if (ref.digest) s += `@${ref.digest}`;
  return s;
}
