import type { YAMLMap } from "yaml";
import type { LocateContext } from "./context.js";
import type { ImageSite } from "./types.js";
import type { NodePath } from "./yaml-nodes.js";

/**
 * Helm values embedded in other objects (Flux HelmRelease, Argo CD Application, k3s HelmChart,
 * kustomize helmCharts[].valuesInline). Placeholder until the Helm values locator lands: finds nothing.
 */
export function locateEmbeddedValues(_obj: YAMLMap, _ctx: LocateContext, _base: NodePath = []): ImageSite[] {
  return [];
}
