import { isMap, isScalar, isSeq, type Node, type Scalar, type YAMLMap } from "yaml";
import type { LocateContext } from "./context.js";
import { locateValuesText } from "./helm/inner-text.js";
import { locateValues } from "./helm/values.js";
import type { ImageSite } from "./types.js";
import { type NodePath, nodeAt, stringOf } from "./yaml-nodes.js";

/**
 * Objects that carry Helm chart values, as data: the kinds (and API groups) and the paths of their
 * values. A path is dot-separated, `x[]` walks every item of list `x`. The value at a path is a map
 * (located like a values file) or a string of YAML (parsed, located, and edited in place).
 */
export const VALUES_HOSTS: readonly {
  kinds: readonly string[];
  groups: readonly string[];
  paths: readonly string[];
}[] = [
  // Flux HelmRelease (and the Flux v1 one).
  { kinds: ["HelmRelease"], groups: ["helm.toolkit.fluxcd.io", "helm.fluxcd.io"], paths: ["spec.values"] },
  // Argo CD Application: helm.valuesObject (a map) and helm.values (a YAML string), single or multi-source.
  {
    kinds: ["Application"],
    groups: ["argoproj.io"],
    paths: ["spec.source", "spec.sources[]"].flatMap((s) => [`${s}.helm.valuesObject`, `${s}.helm.values`]),
  },
  // Argo CD ApplicationSet: the same inside its template (and a templatePatch is a string: skipped).
  {
    kinds: ["ApplicationSet"],
    groups: ["argoproj.io"],
    paths: ["spec.template.spec.source", "spec.template.spec.sources[]"].flatMap((s) => [
      `${s}.helm.valuesObject`,
      `${s}.helm.values`,
    ]),
  },
  // k3s / RKE2 HelmChart and HelmChartConfig: valuesContent is a YAML string.
  { kinds: ["HelmChart", "HelmChartConfig"], groups: ["helm.cattle.io"], paths: ["spec.valuesContent"] },
];

/** kustomize `helmCharts[].valuesInline` (in a kustomization, with or without apiVersion/kind). */
const KUSTOMIZE_PATHS = ["helmCharts[].valuesInline"];

const KUSTOMIZE_KINDS = new Set(["Kustomization", "Component"]);

/**
 * Helm values embedded in other objects (Flux HelmRelease, Argo CD Application and ApplicationSet,
 * k3s HelmChart/HelmChartConfig, kustomize helmCharts[].valuesInline), located like a values file.
 * `List` objects are searched item by item.
 */
export function locateEmbeddedValues(obj: YAMLMap, ctx: LocateContext, base: NodePath = []): ImageSite[] {
  const kind = stringOf(obj, "kind") ?? "";
  const apiVersion = stringOf(obj, "apiVersion") ?? "";
  if (kind.endsWith("List")) {
    const items = nodeAt(obj, "items");
    if (isSeq(items)) {
      return items.items.flatMap((item, i) =>
        isMap(item) ? locateEmbeddedValues(item as YAMLMap, ctx, [...base, "items", i]) : [],
      );
    }
  }
  const group = apiVersion.includes("/") ? apiVersion.slice(0, apiVersion.indexOf("/")) : "";
  const kustomization =
    (KUSTOMIZE_KINDS.has(kind) && (!apiVersion || group === "kustomize.config.k8s.io")) ||
    (ctx.role === "kustomization" && !kind);
  const paths = kustomization
    ? KUSTOMIZE_PATHS
    : VALUES_HOSTS.filter((h) => h.kinds.includes(kind) && h.groups.includes(group)).flatMap((h) => h.paths);
  const sites: ImageSite[] = [];
  for (const path of paths) {
    follow(obj, steps(path), base, (node, at) => {
      if (isMap(node)) {
        sites.push(
          ...locateValues({
            text: ctx.text,
            doc: ctx.doc,
            root: node,
            base: at,
            source: "embedded",
            settings: ctx.settings,
          }),
        );
      } else if (isScalar(node) && typeof node.value === "string") {
        sites.push(...locateValuesText(ctx.text, node as Scalar, at, ctx.settings));
      }
    });
  }
  return sites;
}

/**
 * A helmfile (a document without `kind` whose `releases` are maps with a `chart`): the maps among
 * `releases[].values` are inline Helm values (its strings are file names, followed as values files by
 * src/locate/values-files.ts).
 */
export function isHelmfile(root: YAMLMap): boolean {
  if (stringOf(root, "kind") !== undefined) return false;
  const releases = nodeAt(root, "releases");
  return (
    isSeq(releases) &&
    releases.items.length > 0 &&
    releases.items.every((r) => isMap(r) && stringOf(r as YAMLMap, "chart") !== undefined)
  );
}

export function locateHelmfileValues(root: YAMLMap, ctx: LocateContext, base: NodePath = []): ImageSite[] {
  const sites: ImageSite[] = [];
  follow(root, steps("releases[].values[]"), base, (node, at) => {
    if (!isMap(node)) return;
    sites.push(
      ...locateValues({
        text: ctx.text,
        doc: ctx.doc,
        root: node,
        base: at,
        source: "embedded",
        settings: ctx.settings,
      }),
    );
  });
  return sites;
}

interface Step {
  key: string;
  list: boolean;
}

function steps(path: string): Step[] {
  return path
    .split(".")
    .map((part) =>
      part.endsWith("[]") ? { key: part.slice(0, -2), list: true } : { key: part, list: false },
    );
}

/** Call `found` with every node at `steps` below `node`. */
function follow(node: Node, path: Step[], at: NodePath, found: (node: Node, at: NodePath) => void): void {
  const [step, ...rest] = path;
  if (!step) {
    found(node, at);
    return;
  }
  if (!isMap(node)) return;
  const next = nodeAt(node as YAMLMap, step.key);
  if (!next) return;
  if (!step.list) {
    follow(next, rest, [...at, step.key], found);
    return;
  }
  if (!isSeq(next)) return;
  next.items.forEach((item, i) => {
    if (item) follow(item as Node, rest, [...at, step.key, i], found);
  });
}
