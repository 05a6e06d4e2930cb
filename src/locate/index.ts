import { type Document, isMap, isSeq, type YAMLMap, type YAMLSeq } from "yaml";
import { locateChartAnnotations } from "./chart.js";
import { locateCompose } from "./compose.js";
import { locateConfigData } from "./config-data.js";
import type { FileRole, LocateContext } from "./context.js";
import { isHelmfile, locateEmbeddedValues, locateHelmfileValues } from "./embedded-values.js";
import { locateHelmValues } from "./helm/index.js";
import { isClusterConfiguration, locateKubeadm } from "./kubeadm.js";
import { locateObject } from "./kubernetes.js";
import { locateKustomization } from "./kustomization.js";
import { isJsonPatch, locateInlinePatches, locateJsonPatch } from "./kustomize-patches.js";
import { isResourceList, locateResourceList } from "./resource-list.js";
import type { ImageSite } from "./types.js";
import { locateWorkflow } from "./workflow.js";
import { type NodePath, stringOf } from "./yaml-nodes.js";

export type { FileRole, LocateContext, ValuesBasis } from "./context.js";
export { BUILTIN_FIELD_SPECS, compileSpecs } from "./field-specs.js";
export { formatOf, type TextFormat } from "./formats.js";
export { isResourceList } from "./resource-list.js";
export type { FieldSpec, ImageSite, RewritePlan, SiteSource, Span } from "./types.js";

const KUSTOMIZE_API = /^kustomize\.config\.k8s\.io\//;

/** What one parsed document is. */
export type DocumentKind = "object" | "kustomization" | "helm-values" | "resource-list" | "kubeadm" | "other";

export function classifyDocument(doc: Document, ctx: Pick<LocateContext, "role" | "valuesBy">): DocumentKind {
  const root = doc.contents;
  if (ctx.role === "helm-values") {
    // A file read as values for its name (or because another file names it) may still be a
    // Kubernetes object (`values.yaml` holding a ConfigMap): then it is read as one.
    const guessed = ctx.valuesBy === "name" || ctx.valuesBy === "reference";
    if (!guessed || !isMap(root) || !looksLikeObject(root as YAMLMap)) return "helm-values";
    return classifyMap(root as YAMLMap, "manifest");
  }
  if (!isMap(root)) return "other";
  return classifyMap(root as YAMLMap, ctx.role);
}

/** A map with a string `apiVersion` and `kind`: a Kubernetes object (or kustomization, ResourceList). */
function looksLikeObject(root: YAMLMap): boolean {
  return stringOf(root, "kind") !== undefined && stringOf(root, "apiVersion") !== undefined;
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
  if (isClusterConfiguration(root)) return "kubeadm";
  if (kind && apiVersion) return "object";
  return "other";
}

/**
 * Files whose role alone says where their images are (not Kubernetes objects): one locator each, for
 * the document's root map.
 */
const ROLE_LOCATORS: Partial<Record<FileRole, (root: YAMLMap, ctx: LocateContext) => ImageSite[]>> = {
  compose: (root, ctx) => locateCompose(root, ctx.text, ctx.doc),
  workflow: (root, ctx) => locateWorkflow(root, ctx.text, ctx.doc),
  chart: (root, ctx) => locateChartAnnotations(root, ctx.text),
};

/** Every image site of one document (sites may repeat a span; the engine keeps the first). */
export function locateDocument(doc: Document, ctx: LocateContext): ImageSite[] {
  if (classifyDocument(doc, ctx) === "helm-values") return locateHelmValues(doc, ctx);
  // A kustomize JSON 6902 patch file: a list of operations.
  if (isSeq(doc.contents) && ctx.role === "manifest" && isJsonPatch(doc.contents as YAMLSeq))
    return locateJsonPatch(doc.contents as YAMLSeq, ctx, []);
  if (!isMap(doc.contents)) return [];
  const byRole = ROLE_LOCATORS[ctx.role];
  if (byRole) return byRole(doc.contents as YAMLMap, ctx);
  const role = ctx.role === "helm-values" ? "manifest" : ctx.role;
  return locateMap(doc.contents as YAMLMap, { ...ctx, role }, []);
}

/** Image sites of one map at `base`: an object, a kustomization, or a ResourceList (item by item). */
function locateMap(root: YAMLMap, ctx: LocateContext, base: NodePath): ImageSite[] {
  switch (classifyMap(root, base.length === 0 ? ctx.role : "manifest")) {
    case "kustomization":
      return [
        ...locateKustomization(root, ctx.text, base),
        ...(base.length === 0 ? locateInlinePatches(root, ctx.text, ctx.specs, ctx.settings) : []),
        ...locateEmbeddedValues(root, ctx, base),
      ];
    case "object":
      return [
        ...locateObject(root, ctx, base),
        ...locateEmbeddedValues(root, ctx, base),
        ...locateConfigData(root, ctx, base),
      ];
    case "kubeadm":
      return locateKubeadm(root, ctx.text);
    case "resource-list":
      return base.length === 0 ? locateResourceList(root, (item, at) => locateMap(item, ctx, at)) : [];
    default:
      return base.length === 0 && isHelmfile(root) ? locateHelmfileValues(root, ctx, base) : [];
  }
}
