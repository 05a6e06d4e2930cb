import { type Document, isMap, type YAMLMap } from "yaml";
import type { LocateContext } from "./context.js";
import { locateEmbeddedValues } from "./embedded-values.js";
import { locateHelmValues } from "./helm/index.js";
import { locateObject } from "./kubernetes.js";
import { locateKustomization } from "./kustomization.js";
import type { ImageSite } from "./types.js";
import { stringOf } from "./yaml-nodes.js";

export type { FileRole, LocateContext } from "./context.js";
export { BUILTIN_FIELD_SPECS, compileSpecs } from "./field-specs.js";
export type { FieldSpec, ImageSite, RewritePlan, SiteSource, Span } from "./types.js";

const KUSTOMIZE_API = /^kustomize\.config\.k8s\.io\//;

/** What one parsed document is. */
export type DocumentKind = "object" | "kustomization" | "helm-values" | "other";

export function classifyDocument(doc: Document, ctx: Pick<LocateContext, "role">): DocumentKind {
  if (ctx.role === "helm-values") return "helm-values";
  const root = doc.contents;
  if (!isMap(root)) return "other";
  const kind = stringOf(root as YAMLMap, "kind");
  const apiVersion = stringOf(root as YAMLMap, "apiVersion");
  if ((kind === "Kustomization" || kind === "Component") && (!apiVersion || KUSTOMIZE_API.test(apiVersion))) {
    return "kustomization";
  }
  if (ctx.role === "kustomization") return "kustomization";
  if (kind && apiVersion) return "object";
  return "other";
}

/** Every image site of one document (sites may repeat a span; the engine keeps the first). */
export function locateDocument(doc: Document, ctx: LocateContext): ImageSite[] {
  const root = doc.contents;
  switch (classifyDocument(doc, ctx)) {
    case "helm-values":
      return locateHelmValues(doc, ctx);
    case "kustomization":
      return [
        ...locateKustomization(root as YAMLMap, ctx.text),
        ...locateEmbeddedValues(root as YAMLMap, ctx),
      ];
    case "object":
      return [...locateObject(root as YAMLMap, ctx), ...locateEmbeddedValues(root as YAMLMap, ctx)];
    default:
      return [];
  }
}
