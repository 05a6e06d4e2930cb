import { type Document, isMap, type YAMLMap } from "yaml";
import type { LocateContext } from "./context.js";
import { locateEmbeddedValues } from "./embedded-values.js";
import { locateHelmValues } from "./helm/index.js";
import { locateObject } from "./kubernetes.js";
import { locateKustomization } from "./kustomization.js";
import { isResourceList, locateResourceList } from "./resource-list.js";
import type { ImageSite } from "./types.js";
import { type NodePath, stringOf } from "./yaml-nodes.js";

export type { FileRole, LocateContext } from "./context.js";
export { BUILTIN_FIELD_SPECS, compileSpecs } from "./field-specs.js";
export { formatOf, type TextFormat } from "./formats.js";
export { isResourceList } from "./resource-list.js";
export type { FieldSpec, ImageSite, RewritePlan, SiteSource, Span } from "./types.js";

const KUSTOMIZE_API = /^kustomize\.config\.k8s\.io\//;

/** What one parsed document is. */
export type DocumentKind = "object" | "kustomization" | "helm-values" | "resource-list" | "other";

export function classifyDocument(doc: Document, ctx: Pick<LocateContext, "role">): DocumentKind {
  if (ctx.role === "helm-values") return "helm-values";
  const root = doc.contents;
  if (!isMap(root)) return "other";
  return classifyMap(root as YAMLMap, ctx.role);
}

/** What one map (a document root, or an item of a `ResourceList`) is. */
function classifyMap(root: YAMLMap, role: LocateContext["role"]): Exclude<DocumentKind, "helm-values"> {
  const kind = stringOf(root, "kind");
  const apiVersion = stringOf(root, "apiVersion");
  if ((kind === "Kustomization" || kind === "Component") && (!apiVersion || KUSTOMIZE_API.test(apiVersion))) {
    return "kustomization";
  }
  if (role === "kustomization") return "kustomization";
  if (isResourceList(root)) return "resource-list";
  if (kind && apiVersion) return "object";
  return "other";
}

/** Every image site of one document (sites may repeat a span; the engine keeps the first). */
export function locateDocument(doc: Document, ctx: LocateContext): ImageSite[] {
  if (classifyDocument(doc, ctx) === "helm-values") return locateHelmValues(doc, ctx);
  return isMap(doc.contents) ? locateMap(doc.contents as YAMLMap, ctx, []) : [];
}

/** Image sites of one map at `base`: an object, a kustomization, or a ResourceList (item by item). */
function locateMap(root: YAMLMap, ctx: LocateContext, base: NodePath): ImageSite[] {
  switch (classifyMap(root, base.length === 0 ? ctx.role : "manifest")) {
    case "kustomization":
      return [...locateKustomization(root, ctx.text, base), ...locateEmbeddedValues(root, ctx, base)];
    case "object":
      return [...locateObject(root, ctx, base), ...locateEmbeddedValues(root, ctx, base)];
    case "resource-list":
      return base.length === 0 ? locateResourceList(root, (item, at) => locateMap(item, ctx, at)) : [];
    default:
      return [];
  }
}
