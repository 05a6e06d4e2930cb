import { isMap, isScalar, type Node, type Scalar, type YAMLMap } from "yaml";
import type { LocateContext } from "./context.js";
import { looksLikeImage } from "./embedded-refs.js";
import {
  CONFIG_DATA_SPECS,
  type ConfigDataSpec,
  compilePath,
  IMAGE_DATA_KEY,
  NOT_IMAGE_DATA_KEY,
} from "./field-specs.js";
import { locateInnerText } from "./helm/inner-text.js";
import { notAnImage } from "./helm/not-images.js";
import { locateObject, matchSteps } from "./kubernetes.js";
import { scalarSite } from "./scalar-site.js";
import type { ImageSite } from "./types.js";
import { formatPath, keyOf, type NodePath, nodeAt, stringOf } from "./yaml-nodes.js";

/** Kinds whose `data` an operator reads configuration from. */
const CONFIG_KINDS = new Set(["ConfigMap"]);

/**
 * Images in ConfigMap data that operators read (the rows of `CONFIG_DATA_SPECS`, and any data key
 * named like an image whose value is a reference). Reported, rewritten only with `embedded: rewrite`:
 * the operator, not Kubernetes, pulls them. YAML or JSON held in a value is parsed and its images
 * located; spans and edits are mapped back to the file (a literal block or a simple quoted string is
 * edited in place, anything else is reported).
 */
export function locateConfigData(obj: YAMLMap, ctx: LocateContext, base: NodePath): ImageSite[] {
  if (!CONFIG_KINDS.has(stringOf(obj, "kind") ?? "")) return [];
  const data = nodeAt(obj, "data");
  if (!isMap(data)) return [];
  const metadata = nodeAt(obj, "metadata");
  const name = isMap(metadata) ? stringOf(metadata as YAMLMap, "name") : undefined;
  const sites: ImageSite[] = [];
  for (const pair of (data as YAMLMap).items) {
    const key = keyOf(pair);
    const value = pair.value as Node | null;
    if (key === undefined || !isScalar(value) || typeof value.value !== "string") continue;
    const path = [...base, "data", key];
    const spec = CONFIG_DATA_SPECS.find((s) => s.key === key && name !== undefined && nameMatches(s, name));
    if (spec && spec.holds !== "reference") {
      sites.push(...innerSites(value as Scalar, spec, path, ctx));
      continue;
    }
    // A key of a well-known operator; or any key named like an image whose value is a reference with a
    // path (`quay.io/x/y:1`, `org/app`: a bare `name:1.0` is as likely a setting).
    const v = value.value.trim();
    const named =
      spec !== undefined || (IMAGE_DATA_KEY.test(key) && !NOT_IMAGE_DATA_KEY.test(key) && v.includes("/"));
    if (named && looksLikeImage(v, true) && !/\s/.test(v) && !notAnImage([key], v)) {
      const site = scalarSite(ctx.text, value as Scalar, {
        source: "config",
        field: formatPath(path),
        optIn: true,
      });
      if (site) sites.push(site);
    }
  }
  return sites;
}

/** An operator's ConfigMap, also when kustomize or a chart prefixes its name (`myrelease-katib-config`). */
function nameMatches(spec: ConfigDataSpec, name: string): boolean {
  return name === spec.name || name.endsWith(`-${spec.name}`);
}

function innerSites(node: Scalar, spec: ConfigDataSpec, path: NodePath, ctx: LocateContext): ImageSite[] {
  const holds = spec.holds;
  const sites = locateInnerText(ctx.text, node, ctx.settings, "data is", (inner, doc) => {
    const root = doc.contents;
    if (!isMap(root)) return [];
    if (holds === "object") {
      return locateObject(root as YAMLMap, { text: inner, doc, specs: ctx.specs }, path);
    }
    if (holds === "reference") return [];
    const found: ImageSite[] = [];
    for (const p of holds.paths) {
      matchSteps(root as Node, compilePath(p), 0, path, (value, at) => {
        if (!isScalar(value) || typeof value.value !== "string") return;
        const site = scalarSite(inner, value as Scalar, { source: "config", field: formatPath(at) });
        if (site) found.push(site);
      });
    }
    return found;
  });
  return sites.map((s) => ({ ...s, source: "config" as const, optIn: true }));
}
