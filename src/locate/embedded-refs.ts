import { isMap, isScalar, isSeq, type Scalar, type YAMLMap } from "yaml";
import { parseNormalized } from "../reference/index.js";
import { replaceScalar, spanOf } from "./scalar-site.js";
import type { ImageSite } from "./types.js";
import { formatPath, type NodePath, nodeAt, stringOf } from "./yaml-nodes.js";

const FLAG_WITH_VALUE = /^(--?[A-Za-z0-9][\w.-]*)=(\S+)$/;
const FLAG_ALONE = /^--?[A-Za-z0-9][\w.-]*$/;
/** Env names that hold an image reference: `*IMAGE*`, but not its tag, policy or pull secret. */
const IMAGE_ENV = /image/i;
const NOT_IMAGE_ENV = /(?:tag|version|policy|pull|secret|digest|registry|repository|repo)s?$/i;

/**
 * Does `value` look like an image reference in a flag or env value? A flag named `*image*` may carry
 * any valid reference; any other flag only one with an explicit registry host, a path and a tag or
 * digest (`--config-reloader=quay.io/x/y:v1`), so `--log-level=info` is never taken for an image.
 */
export function looksLikeImage(value: string, namedImage: boolean): boolean {
  if (value.includes("{{") || value.includes("$(") || value.includes("${")) return false;
  const parsed = parseNormalized(value);
  if (!parsed.ok) return false;
  const slash = value.indexOf("/");
  const first = slash < 0 ? "" : value.slice(0, slash);
  const explicitHost = first.includes(".") || first.includes(":") || first === "localhost";
  const versioned = parsed.ref.tag !== undefined || parsed.ref.digest !== undefined;
  if (namedImage) return slash >= 0 || versioned;
  return explicitHost && versioned;
}

/**
 * Image references a container passes to its program: `--x-image=REF` and `--x-image REF` in `args`
 * and `command`, and env vars named `*IMAGE*`. They are found and reported; they are rewritten only
 * with `embedded: rewrite` (the program, not Kubernetes, pulls them).
 */
export function embeddedSites(container: YAMLMap, path: NodePath, text: string): ImageSite[] {
  const sites: ImageSite[] = [];
  for (const key of ["command", "args"]) {
    const list = nodeAt(container, key);
    if (!isSeq(list)) continue;
    const items = list.items;
    items.forEach((item, i) => {
      if (!isScalar(item) || typeof item.value !== "string") return;
      const field = formatPath([...path, key, i]);
      const m = FLAG_WITH_VALUE.exec(item.value);
      if (m) {
        const [, flag, value] = m as unknown as [string, string, string];
        if (!looksLikeImage(value, /image/i.test(flag))) return;
        sites.push({
          source: "arg",
          field,
          ref: value,
          span: spanOf(item),
          optIn: true,
          rewrite: (_to, toText) => replaceScalar(text, item as Scalar, `${flag}=${toText}`),
        });
        return;
      }
      const prev = items[i - 1];
      if (
        isScalar(prev) &&
        typeof prev.value === "string" &&
        FLAG_ALONE.test(prev.value) &&
        /image/i.test(prev.value) &&
        (looksLikeImage(item.value, true) || item.value.startsWith("ko://"))
      ) {
        sites.push({
          source: "arg",
          field,
          ref: item.value,
          span: spanOf(item),
          optIn: true,
          rewrite: (_to, toText) => replaceScalar(text, item as Scalar, toText),
        });
      }
    });
  }
  const env = nodeAt(container, "env");
  if (isSeq(env)) {
    env.items.forEach((e, i) => {
      if (!isMap(e)) return;
      const name = stringOf(e as YAMLMap, "name");
      const value = nodeAt(e as YAMLMap, "value");
      if (!name || !IMAGE_ENV.test(name) || NOT_IMAGE_ENV.test(name)) return;
      if (!isScalar(value) || typeof value.value !== "string" || !looksLikeImage(value.value, true)) return;
      sites.push({
        source: "env",
        field: formatPath([...path, "env", i, "value"]),
        ref: value.value,
        span: spanOf(value),
        optIn: true,
        rewrite: (_to, toText) => replaceScalar(text, value as Scalar, toText),
      });
    });
  }
  return sites;
}
