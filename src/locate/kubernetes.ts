import { isAlias, isMap, isScalar, isSeq, type Node, type Scalar, type YAMLMap } from "yaml";
import type { LocateContext } from "./context.js";
import { embeddedSites } from "./embedded-refs.js";
import type { PathStep } from "./field-specs.js";
import { specsFor } from "./field-specs.js";
import { aliasSite, replaceScalar, scalarSite, spanOf } from "./scalar-site.js";
import type { ImageSite } from "./types.js";
import { formatPath, keyOf, type NodePath, nodeAt, stringOf } from "./yaml-nodes.js";

/** Keys whose value is a list of containers (each with an `image`), at any depth of any object. */
const CONTAINER_LISTS = new Set(["containers", "initContainers", "ephemeralContainers"]);
/** Keys never descended into: observed state and server-side bookkeeping. */
const SKIPPED_KEYS = new Set(["status", "metadata"]);
/** Kinds whose content describes other objects rather than holding images. */
const SKIPPED_KINDS = new Set(["CustomResourceDefinition"]);

/** What locating objects needs from the file's context. */
export type ObjectContext = Pick<LocateContext, "text" | "doc" | "specs">;

/** Image sites of one Kubernetes object (a map with apiVersion and kind); `List` items included. */
export function locateObject(obj: YAMLMap, ctx: ObjectContext, base: NodePath = []): ImageSite[] {
  const kind = stringOf(obj, "kind") ?? "";
  const apiVersion = stringOf(obj, "apiVersion") ?? "";
  if (SKIPPED_KINDS.has(kind)) return [];
  if (kind.endsWith("List")) {
    const items = nodeAt(obj, "items");
    if (isSeq(items)) {
      return items.items.flatMap((item, i) =>
        isMap(item) ? locateObject(item as YAMLMap, ctx, [...base, "items", i]) : [],
      );
    }
  }
  const sites: ImageSite[] = [];
  const add = (site: ImageSite | undefined) => {
    if (site) sites.push(site);
  };
  // Pod-spec locations anywhere in the object.
  walk(obj, base, (map, path) => {
    for (const pair of map.items) {
      const key = keyOf(pair);
      if (key === undefined) continue;
      const value = pair.value as Node | null;
      if (CONTAINER_LISTS.has(key) && isSeq(value)) {
        value.items.forEach((c, i) => {
          if (!isMap(c)) return;
          const cpath = [...path, key, i];
          add(imageField(c as YAMLMap, "image", cpath, ctx));
          sites.push(...embeddedSites(c as YAMLMap, cpath, ctx.text));
        });
      } else if (key === "volumes" && isSeq(value)) {
        value.items.forEach((v, i) => {
          const image = isMap(v) ? nodeAt(v as YAMLMap, "image") : undefined;
          if (isMap(image)) add(imageField(image as YAMLMap, "reference", [...path, key, i, "image"], ctx));
        });
      }
    }
  });
  // Field specs for this kind (built-in CRD knowledge and the user's own).
  for (const spec of specsFor(ctx.specs, kind, apiVersion)) {
    matchSteps(obj, spec.steps, 0, base, (node, path, parent) => {
      add(
        spec.format === "name=reference"
          ? overrideSite(node, path, ctx)
          : spec.format === "hub"
            ? hubSite(node, path, parent, ctx)
            : valueSite(node, path, ctx),
      );
      if (parent) sites.push(...embeddedSites(parent, path.slice(0, -1), ctx.text));
    });
  }
  return sites;
}

/** A site for `map[key]` when it holds a string (or an alias of one). */
function imageField(map: YAMLMap, key: string, path: NodePath, ctx: ObjectContext): ImageSite | undefined {
  return valueSite(nodeAt(map, key), [...path, key], ctx);
}

/** A site for a value node that holds a string (or an alias of one). */
function valueSite(node: Node | undefined | null, path: NodePath, ctx: ObjectContext): ImageSite | undefined {
  const field = formatPath(path);
  if (isScalar(node)) {
    if (typeof node.value !== "string") return undefined;
    return scalarSite(ctx.text, node, { source: "kubernetes", field });
  }
  if (isAlias(node)) {
    const target = node.resolve(ctx.doc);
    if (isScalar(target) && typeof target.value === "string") {
      return aliasSite(node, target as Scalar, { source: "kubernetes", field });
    }
  }
  return undefined;
}

/** An image override string `[name=]reference` (Argo CD `kustomize.images`): only the reference changes. */
function overrideSite(
  node: Node | undefined | null,
  path: NodePath,
  ctx: ObjectContext,
): ImageSite | undefined {
  if (!isScalar(node) || typeof node.value !== "string") return undefined;
  const value = node.value;
  const eq = value.indexOf("=");
  const prefix = eq >= 0 ? value.slice(0, eq + 1) : "";
  return {
    source: "kubernetes",
    field: formatPath(path),
    ref: value.slice(prefix.length),
    span: spanOf(node),
    rewrite: (_to, toText) => replaceScalar(ctx.text, node as Scalar, prefix + toText),
  };
}

/** The component a hub site is resolved as: any image under the hub resolves the same by host rules. */
const HUB_COMPONENT = "pilot";

/**
 * A registry prefix for many images (IstioOperator `spec.hub`, with `tag` beside it): resolved as the
 * reference of one component under it (`<hub>/pilot:<tag>`), and rewritten to the mirror's prefix of
 * that reference. A mirror that does not keep the component under one prefix (a flatten rule, a rule
 * for one component) cannot be written as a hub: reported.
 */
function hubSite(
  node: Node | undefined | null,
  path: NodePath,
  parent: YAMLMap | undefined,
  ctx: ObjectContext,
): ImageSite | undefined {
  if (!isScalar(node) || typeof node.value !== "string" || node.value === "") return undefined;
  const hub = node.value.replace(/\/+$/, "");
  const tagNode = parent ? nodeAt(parent, "tag") : undefined;
  const tag = isScalar(tagNode) && tagNode.value != null ? String(tagNode.value) : "";
  const suffix = `/${HUB_COMPONENT}${tag ? `:${tag}` : ""}`;
  return {
    source: "kubernetes",
    field: formatPath(path),
    ref: `${hub}${suffix}`,
    shape: "hub+tag",
    note: `resolved as ${HUB_COMPONENT}, one of the images under the hub`,
    span: spanOf(node),
    rewrite: (_to, toText) =>
      toText.endsWith(suffix) && toText.length > suffix.length
        ? replaceScalar(ctx.text, node as Scalar, toText.slice(0, -suffix.length))
        : {
            ok: false,
            reason: `its mirror (${toText}) does not keep the images under one hub; set the hub by hand`,
            at: spanOf(node),
          },
  };
}

/** Visit every map below `node` (itself included), never entering skipped keys at the top. */
function walk(node: Node, path: NodePath, visit: (map: YAMLMap, path: NodePath) => void, depth = 0): void {
  if (isMap(node)) {
    visit(node as YAMLMap, path);
    for (const pair of (node as YAMLMap).items) {
      const key = keyOf(pair);
      if (key === undefined || (depth === 0 && SKIPPED_KEYS.has(key))) continue;
      const v = pair.value as Node | null;
      if (v && (isMap(v) || isSeq(v))) walk(v, [...path, key], visit, depth + 1);
    }
  } else if (isSeq(node)) {
    node.items.forEach((item, i) => {
      if (isMap(item) || isSeq(item)) walk(item as Node, [...path, i], visit, depth + 1);
    });
  }
}

/**
 * Follow compiled field-spec steps from `node`; `found` gets each matched value node, its path, and
 * the map that holds it (undefined for list items).
 */
export function matchSteps(
  node: Node,
  steps: readonly PathStep[],
  i: number,
  path: NodePath,
  found: (value: Node | null, path: NodePath, parent?: YAMLMap) => void,
): void {
  const step = steps[i];
  if (!step) return;
  if ("deep" in step) {
    matchSteps(node, steps, i + 1, path, found);
    if (isMap(node)) {
      for (const pair of (node as YAMLMap).items) {
        const key = keyOf(pair);
        const v = pair.value as Node | null;
        if (key !== undefined && v && (isMap(v) || isSeq(v))) matchSteps(v, steps, i, [...path, key], found);
      }
    } else if (isSeq(node)) {
      node.items.forEach((item, j) => {
        if (isMap(item) || isSeq(item)) matchSteps(item as Node, steps, i, [...path, j], found);
      });
    }
    return;
  }
  if (!isMap(node)) return;
  const map = node as YAMLMap;
  const last = i === steps.length - 1;
  for (const pair of map.items) {
    const key = keyOf(pair);
    if (key === undefined) continue;
    if ("key" in step && step.key !== key) continue;
    if (i === 0 && SKIPPED_KEYS.has(key)) continue;
    const kpath = [...path, key];
    const v = pair.value as Node | null;
    if (!step.list) {
      if (last) found(v, kpath, map);
      else if (v) matchSteps(v, steps, i + 1, kpath, found);
      continue;
    }
    if (!isSeq(v)) continue;
    v.items.forEach((item, j) => {
      if (last) found(item as Node, [...kpath, j]);
      else if (isMap(item)) matchSteps(item as Node, steps, i + 1, [...kpath, j], found);
    });
  }
}
