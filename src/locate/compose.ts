import { type Document, isMap, isScalar, isSeq, type Scalar, type YAMLMap } from "yaml";
import { looksLikeImage } from "./embedded-refs.js";
import { deref, interpolatedSite, isStringNode, lookupMerged } from "./interpolated-site.js";
import { replaceScalar, spanOf } from "./scalar-site.js";
import type { ImageSite } from "./types.js";
import { formatPath, keyOf, nodeAt } from "./yaml-nodes.js";

/** Build argument names that pass an image to the Dockerfile (`BASE_IMAGE`, `SENTRY_IMAGE`). */
const IMAGE_ARG = /image/i;
const NOT_IMAGE_ARG = /(?:tag|version|policy|pull|secret|digest|registry|repository|repo)s?$/i;

/**
 * Image references of a Compose file: `services.*.image` (through `<<:` merge keys and aliases, so a
 * reference shared by many services is one site, where it is written), with `${VAR:-default}` /
 * `${VAR-default}` defaults rewritten in place and bare variables reported. A service with `build:`
 * builds its image and tags it with `image:` (nothing is pulled from that name; its base images are in
 * its Dockerfile); images passed to such a build as `build.args` (`BASE_IMAGE: …`) are references.
 */
export function locateCompose(root: YAMLMap, text: string, doc: Document): ImageSite[] {
  const services = deref(nodeAt(root, "services"), doc);
  if (!isMap(services)) return [];
  const entries: { name: string; service: YAMLMap }[] = [];
  for (const pair of (services as YAMLMap).items) {
    const name = keyOf(pair);
    const service = deref(pair.value as never, doc);
    if (name && isMap(service)) entries.push({ name, service: service as YAMLMap });
  }
  const localTags = new Set<string>();
  for (const { service } of entries) {
    const image = lookupMerged(service, "image", doc);
    if (lookupMerged(service, "build", doc) !== undefined && isStringNode(image)) localTags.add(image.value);
  }
  const sites: ImageSite[] = [];
  for (const { name, service } of entries) {
    const build = lookupMerged(service, "build", doc);
    const image = lookupMerged(service, "image", doc);
    if (build === undefined && isStringNode(image)) {
      const site = interpolatedSite(text, image, {
        source: "compose",
        field: formatPath(["services", name, "image"]),
        shape: "compose-image",
        dollarEscape: true,
      });
      if (site) sites.push(site);
    }
    if (isMap(build)) sites.push(...buildArgSites(build as YAMLMap, name, text, doc, localTags));
  }
  return sites;
}

function buildArgSites(
  build: YAMLMap,
  service: string,
  text: string,
  doc: Document,
  localTags: ReadonlySet<string>,
): ImageSite[] {
  const args = lookupMerged(build, "args", doc);
  const sites: ImageSite[] = [];
  const isImageArg = (n: string) => IMAGE_ARG.test(n) && !NOT_IMAGE_ARG.test(n);
  const field = (key: string | number) => formatPath(["services", service, "build", "args", key]);
  if (isMap(args)) {
    for (const pair of (args as YAMLMap).items) {
      const name = keyOf(pair);
      const value = deref(pair.value as never, doc);
      if (!name || !isImageArg(name) || !isStringNode(value) || localTags.has(value.value)) continue;
      if (!value.value.includes("$") && !looksLikeImage(value.value, true)) continue;
      const site = interpolatedSite(text, value, {
        source: "compose",
        field: field(name),
        shape: "compose-build-arg-image",
        dollarEscape: true,
      });
      if (site) sites.push(site);
    }
  } else if (isSeq(args)) {
    args.items.forEach((item, i) => {
      if (!isScalar(item) || typeof item.value !== "string") return;
      const eq = item.value.indexOf("=");
      const name = eq < 0 ? item.value : item.value.slice(0, eq);
      if (!isImageArg(name)) return;
      if (eq < 0) {
        // `- SENTRY_IMAGE`: the build gets the variable of the environment (known only at run time).
        const span = spanOf(item);
        sites.push({
          source: "compose",
          field: field(i),
          ref: `$${name}`,
          shape: "compose-build-arg-env",
          span,
          rewrite: () => ({ ok: false, reason: "the value comes from the environment", at: span }),
        });
        return;
      }
      const value = item.value.slice(eq + 1);
      if (localTags.has(value) || (!value.includes("$") && !looksLikeImage(value, true))) return;
      const span = spanOf(item);
      sites.push({
        source: "compose",
        field: field(i),
        ref: value,
        shape: "compose-build-arg-image",
        span,
        rewrite: (_to, toText) => replaceScalar(text, item as Scalar, `${name}=${toText}`),
      });
    });
  }
  return sites;
}
