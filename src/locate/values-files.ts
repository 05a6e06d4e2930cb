import { isMap, isScalar, isSeq, type Node, type YAMLMap } from "yaml";
import type { FileRole } from "./context.js";
import { compilePath, groupOf, type PathStep } from "./field-specs.js";
import { nodeAt, stringOf } from "./yaml-nodes.js";

/**
 * Files that one file of the repository names as Helm values of a chart installed elsewhere (GitOps
 * layouts: values beside the object that installs the chart, without a `Chart.yaml`). Data, not code:
 * each row says which documents it applies to, where the "sources" are (the maps that hold the file
 * names), where in a source the names are, and what they are relative to.
 */
export interface ValuesFileSpec {
  /** The documents it applies to: objects of a kind (and API group), kustomizations, or helmfiles. */
  match: { kind: string; group: string } | "kustomization" | "helmfile";
  /** Paths of the source maps in the document (`spec.sources[]`). */
  sources: string[];
  /** Path of the names inside a source (`helm.valueFiles[]`): strings. */
  files: string;
  /**
   * What a name is relative to: the naming file's folder, or the repository root; with `dir`, the
   * folder that the source's `dir` key names inside the repository (an Argo CD source's `path`).
   */
  from: "file" | "repo";
  dir?: string;
  /** A source with this key set to this value names files that are not in the repository. */
  skipIf?: { key: string; value: string };
  /** For messages: what names the file. */
  by: string;
}

const ARGO = { kind: "Application", group: "argoproj.io" };
const ARGO_SET = { kind: "ApplicationSet", group: "argoproj.io" };

export const VALUES_FILE_SPECS: readonly ValuesFileSpec[] = [
  // Argo CD: `valueFiles` are relative to the source's `path` in its repository, or `$ref/...` to the
  // root of the repository of the source with that `ref` (multi-source Applications).
  ...[
    [ARGO, ["spec.source", "spec.sources[]"]],
    [ARGO_SET, ["spec.template.spec.source", "spec.template.spec.sources[]"]],
  ].map(([match, sources]) => ({
    match: match as ValuesFileSpec["match"],
    sources: sources as string[],
    files: "helm.valueFiles[]",
    from: "repo" as const,
    dir: "path",
    by: "helm.valueFiles of an Argo CD Application",
  })),
  // Flux: `valuesFiles` of a chart from a GitRepository (or Bucket) are relative to its root.
  {
    match: { kind: "HelmRelease", group: "helm.toolkit.fluxcd.io" },
    sources: ["spec.chart.spec"],
    files: "valuesFiles[]",
    from: "repo",
    skipIf: { key: "sourceRef.kind", value: "HelmRepository" },
    by: "chart.spec.valuesFiles of a Flux HelmRelease",
  },
  // kustomize `helmCharts`: relative to the kustomization.
  ...["valuesFile", "additionalValuesFiles[]"].map((files) => ({
    match: "kustomization" as const,
    sources: ["helmCharts[]"],
    files,
    from: "file" as const,
    by: `helmCharts[].${files.replace("[]", "")} of a kustomization`,
  })),
  // Helmfile: `releases[].values` entries that are strings (maps are inline values), relative to it.
  {
    match: "helmfile",
    sources: ["releases[]"],
    files: "values[]",
    from: "file",
    by: "releases[].values of a helmfile",
  },
];

/** A ConfigMap or Secret that kustomize generates from files (`configMapGenerator`, `secretGenerator`). */
export const GENERATOR_SPECS = [
  { list: "configMapGenerator", kind: "ConfigMap" },
  { list: "secretGenerator", kind: "Secret" },
] as const;

/** Where a Flux HelmRelease takes values from other objects (`valuesKey` defaults to `values.yaml`). */
export const VALUES_FROM_SPECS = [
  {
    match: { kind: "HelmRelease", group: "helm.toolkit.fluxcd.io" },
    list: "spec.valuesFrom[]",
    defaultKey: "values.yaml",
  },
] as const;

/** A file named as Helm values, as written. */
export interface ValuesFileRef {
  /** The name as written (a `$ref/` prefix of Argo CD removed). */
  path: string;
  from: "file" | "repo";
  /** With `from: repo`: the folder in the repository the name is relative to. */
  dir?: string;
  /** Offset of the name's scalar. */
  at: number;
  by: string;
}

/** One file of a generated ConfigMap or Secret: `files: [key=path]`. */
export interface GeneratedFile {
  kind: "ConfigMap" | "Secret";
  name: string;
  key: string;
  /** Relative to the kustomization. */
  path: string;
  at: number;
}

/** A ConfigMap or Secret key that a HelmRelease reads values from. */
export interface ValuesFrom {
  kind: string;
  name: string;
  key: string;
}

/** What one document says about values files. */
export interface ValuesNames {
  files: ValuesFileRef[];
  generated: GeneratedFile[];
  from: ValuesFrom[];
}

const KUSTOMIZE_API = /^kustomize\.config\.k8s\.io\//;
const HELMFILE = /(?:^|\/)(?:helmfile(?:\.[^/]*)?\.ya?ml|helmfile\.d\/[^/]+\.ya?ml)$/;

/** Is `file` (relative, `/`-separated) a helmfile by its name? */
export function isHelmfileName(file: string): boolean {
  return HELMFILE.test(file);
}

/** The values files, generated files and values sources one document names. */
export function valuesNamesOf(root: Node | null | undefined, role: FileRole, file: string): ValuesNames {
  const out: ValuesNames = { files: [], generated: [], from: [] };
  if (!isMap(root)) return out;
  const map = root as YAMLMap;
  const kind = stringOf(map, "kind");
  const apiVersion = stringOf(map, "apiVersion") ?? "";
  const kustomization =
    role === "kustomization" ||
    ((kind === "Kustomization" || kind === "Component") && KUSTOMIZE_API.test(apiVersion));
  const applies = (match: ValuesFileSpec["match"]) =>
    match === "kustomization"
      ? kustomization
      : match === "helmfile"
        ? kind === undefined && isHelmfileName(file)
        : match.kind === kind && match.group === groupOf(apiVersion);
  for (const spec of VALUES_FILE_SPECS) {
    if (!applies(spec.match)) continue;
    for (const sourcePath of spec.sources) {
      for (const source of nodesAt(map, compilePath(sourcePath))) {
        if (!isMap(source)) continue;
        const src = source as YAMLMap;
        if (spec.skipIf && stringAt(src, spec.skipIf.key) === spec.skipIf.value) continue;
        const dir = spec.dir === undefined ? undefined : stringAt(src, spec.dir);
        for (const name of nodesAt(src, compilePath(spec.files))) {
          if (!isScalar(name) || typeof name.value !== "string") continue;
          const ref = fileRef(name.value, spec, dir);
          if (ref) out.files.push({ ...ref, at: name.range?.[0] ?? 0, by: spec.by });
        }
      }
    }
  }
  if (kustomization) {
    for (const g of GENERATOR_SPECS) {
      for (const item of nodesAt(map, compilePath(`${g.list}[]`))) {
        if (!isMap(item)) continue;
        const name = stringOf(item as YAMLMap, "name");
        if (name === undefined) continue;
        for (const f of nodesAt(item as YAMLMap, compilePath("files[]"))) {
          if (!isScalar(f) || typeof f.value !== "string") continue;
          const eq = f.value.indexOf("=");
          const path = (eq >= 0 ? f.value.slice(eq + 1) : f.value).trim();
          const key = eq >= 0 ? f.value.slice(0, eq).trim() : (path.split("/").at(-1) ?? path);
          if (path !== "") out.generated.push({ kind: g.kind, name, key, path, at: f.range?.[0] ?? 0 });
        }
      }
    }
  }
  for (const spec of VALUES_FROM_SPECS) {
    if (!applies(spec.match)) continue;
    for (const item of nodesAt(map, compilePath(spec.list))) {
      if (!isMap(item)) continue;
      const m = item as YAMLMap;
      const k = stringOf(m, "kind");
      const name = stringOf(m, "name");
      if (k === undefined || name === undefined) continue;
      out.from.push({ kind: k, name, key: stringOf(m, "valuesKey") ?? spec.defaultKey });
    }
  }
  return out;
}

/** A name as written, or undefined when it cannot be a file of this repository (a URL, a template). */
function fileRef(
  value: string,
  spec: ValuesFileSpec,
  dir: string | undefined,
): Omit<ValuesFileRef, "at" | "by"> | undefined {
  const v = value.trim();
  if (v === "" || /^[a-z][a-z0-9+.-]*:\/\//i.test(v) || /[{}]/.test(v)) return undefined;
  if (spec.dir !== undefined) {
    // Argo CD: `$values/path` is relative to the root of the repository of the source `ref: values`.
    const ref = /^\$[^/]+\/(.+)$/.exec(v);
    if (ref) return { path: ref[1]!, from: "repo" };
    if (v.startsWith("$")) return undefined;
    // A chart from a Helm repository (no `path`): its value files are inside the chart.
    if (dir === undefined) return undefined;
    return { path: v, from: "repo", dir };
  }
  return { path: v, from: spec.from };
}

/** The string at a dotted path of plain keys below `map`. */
function stringAt(map: YAMLMap, path: string): string | undefined {
  const keys = path.split(".");
  let node: Node | undefined = map;
  for (const k of keys.slice(0, -1)) {
    if (!isMap(node)) return undefined;
    node = nodeAt(node as YAMLMap, k);
  }
  return isMap(node) ? stringOf(node as YAMLMap, keys.at(-1)!) : undefined;
}

/** Every node that the compiled steps lead to (no `*` or `**`: plain keys and lists). */
function nodesAt(node: Node, steps: readonly PathStep[]): Node[] {
  let current: Node[] = [node];
  for (const step of steps) {
    const next: Node[] = [];
    for (const n of current) {
      if (!isMap(n) || !("key" in step)) continue;
      const v = nodeAt(n as YAMLMap, step.key);
      if (v === undefined) continue;
      if (!step.list) next.push(v);
      else if (isSeq(v)) for (const item of v.items) if (item) next.push(item as Node);
    }
    current = next;
  }
  return current;
}
