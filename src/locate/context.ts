import type { Document } from "yaml";
import type { Settings } from "../config/types.js";
import type { CompiledSpec } from "./field-specs.js";
import type { ChartInfo } from "./helm/chart.js";

/** What a file is, which decides the locators that run on it. */
export type FileRole =
  | "manifest"
  | "kustomization"
  | "helm-values"
  | "dockerfile" // Dockerfile, *.Dockerfile, Dockerfile.*, Containerfile (not YAML)
  | "compose" // compose.yaml, docker-compose*.yml
  | "workflow" // .github/workflows/*.yml
  | "kubeadm" // a kubeadm config not named *.yaml (kubeadm.conf, *.yaml.j2: Jinja masked)
  | "chart" // Chart.yaml (artifacthub.io/images)
  | "template"; // a Go template: a chart's templates/** and files/**, *.gotmpl (actions masked)

/**
 * Why a file is read as Helm values: it sits beside a `Chart.yaml`, the config names it
 * (`files.helmValues`), its name is a values file's (`files.valuesNames`), or another file of the
 * repository names it as values (an Argo CD `valueFiles` entry, a kustomize `helmCharts[].valuesFile`, ...).
 * For `name` and `reference`, a document that is a Kubernetes object is still read as one.
 */
export type ValuesBasis = "chart" | "config" | "name" | "reference";

/** Everything a locator needs besides the node it looks at. */
export interface LocateContext {
  /** The whole file text; spans and edits are offsets into it. */
  text: string;
  /** The document being located (for alias resolution). */
  doc: Document;
  role: FileRole;
  /** For Helm values files: why the file is read as values (undefined: `chart`). */
  valuesBy?: ValuesBasis;
  /** Built-in and user field specs, compiled. */
  specs: readonly CompiledSpec[];
  settings: Settings;
  /** For Helm values files: the chart beside them (its Chart.yaml), when the engine could read it. */
  chart?: ChartInfo;
}
