import type { FieldSpec } from "./types.js";

/**
 * Built-in field specs: where images live in common CRDs. Data, not code: a path is dot- or
 * slash-separated, `x[]` walks every item of list `x`, `*` any key, `**` any depth (including none).
 * The pod-spec locations (`containers`, `initContainers`, `ephemeralContainers` at any depth, and
 * `volumes[].image.reference`) are found in every object and need no entry here.
 */
export const BUILTIN_FIELD_SPECS: readonly FieldSpec[] = [
  // Prometheus operator (monitoring.coreos.com)
  ...["Prometheus", "Alertmanager", "ThanosRuler", "PrometheusAgent"].map((kind) => ({
    kind,
    group: "monitoring.coreos.com",
    path: "spec.image",
  })),
  { kind: "Prometheus", group: "monitoring.coreos.com", path: "spec.thanos.image" },
  // Argo Workflows (argoproj.io): templates[] hold one container or script, plus sidecars.
  ...["Workflow", "WorkflowTemplate", "ClusterWorkflowTemplate", "CronWorkflow"].flatMap((kind) =>
    ["container.image", "script.image", "sidecars[].image", "initContainers[].image"].map((leaf) => ({
      kind,
      group: "argoproj.io",
      path: `spec.**.templates[].${leaf}`,
    })),
  ),
  // Tekton (tekton.dev): steps, sidecars and stepTemplate, also inside embedded taskSpec/pipelineSpec.
  ...["Task", "ClusterTask", "TaskRun", "Pipeline", "PipelineRun", "StepAction"].flatMap((kind) =>
    ["steps[].image", "sidecars[].image", "stepTemplate.image"].map((leaf) => ({
      kind,
      group: "tekton.dev",
      path: `spec.**.${leaf}`,
    })),
  ),
  { kind: "StepAction", group: "tekton.dev", path: "spec.image" },
  // KubeVirt (kubevirt.io): container disks.
  ...[
    "VirtualMachine",
    "VirtualMachineInstance",
    "VirtualMachineInstanceReplicaSet",
    "VirtualMachinePool",
  ].map((kind) => ({ kind, group: "kubevirt.io", path: "spec.**.containerDisk.image" })),
  // Spark operator (sparkoperator.k8s.io).
  ...["SparkApplication", "ScheduledSparkApplication"].flatMap((kind) =>
    ["spec.**.image"].map((path) => ({ kind, group: "sparkoperator.k8s.io", path })),
  ),
  // CloudNativePG (postgresql.cnpg.io).
  { kind: "Cluster", group: "postgresql.cnpg.io", path: "spec.imageName" },
  { kind: "ImageCatalog", group: "postgresql.cnpg.io", path: "spec.images[].image" },
  { kind: "ClusterImageCatalog", group: "postgresql.cnpg.io", path: "spec.images[].image" },
  // Argo CD (argoproj.io): kustomize image overrides `[name=]reference` of an Application's source(s).
  ...["spec.source.kustomize.images[]", "spec.sources[].kustomize.images[]"].flatMap((path) => [
    { kind: "Application", group: "argoproj.io", path, format: "name=reference" as const },
    {
      kind: "ApplicationSet",
      group: "argoproj.io",
      path: `spec.template.${path}`,
      format: "name=reference" as const,
    },
  ]),
  // Elastic Cloud on Kubernetes (k8s.elastic.co).
  ...["Elasticsearch", "Kibana", "ApmServer", "EnterpriseSearch", "Beat", "Agent", "Logstash"].map(
    (kind) => ({
      kind,
      group: "k8s.elastic.co",
      path: "spec.image",
    }),
  ),
  // Operator custom resources that hold images (issue 17: configuration that operators read).
  // Knative caching: an image the cluster pre-pulls.
  { kind: "Image", group: "caching.internal.knative.dev", path: "spec.image" },
  // KServe storage containers (model download), cluster-wide.
  { kind: "ClusterStorageContainer", group: "serving.kserve.io", path: "spec.container.image" },
  // IstioOperator: one hub (a registry prefix) and one tag for every component image.
  { kind: "IstioOperator", group: "install.istio.io", path: "spec.hub", format: "hub" },
];

/**
 * ConfigMap data that an operator reads images from (issue 17): the ConfigMap's name as the operator
 * installs it, the data key, and what the value holds — a reference, a Kubernetes object written as
 * YAML (its pod-spec images), or YAML/JSON text with images at `paths` (field-spec syntax). Found
 * images are reported, and rewritten only with `embedded: rewrite` (the operator, not Kubernetes,
 * pulls them). Any other data key named like an image whose value is a reference is reported too
 * (`IMAGE_DATA_KEY`).
 */
export interface ConfigDataSpec {
  operator: string;
  name: string;
  key: string;
  holds: "reference" | "object" | { paths: string[] };
}

export const CONFIG_DATA_SPECS: readonly ConfigDataSpec[] = [
  { operator: "local-path-provisioner", name: "local-path-config", key: "helperPod.yaml", holds: "object" },
  {
    operator: "Katib",
    name: "katib-config",
    key: "katib-config.yaml",
    holds: {
      paths: [
        "runtime.metricsCollectors[].image",
        "runtime.suggestions[].image",
        "runtime.earlyStoppings[].image",
      ],
    },
  },
  // Katib before v0.16: JSON objects keyed by algorithm or collector kind.
  ...["suggestion", "metrics-collector-sidecar", "early-stopping"].map((key) => ({
    operator: "Katib",
    name: "katib-config",
    key,
    holds: { paths: ["*.image"] },
  })),
  {
    operator: "Argo Workflows",
    name: "workflow-controller-configmap",
    key: "executor",
    holds: { paths: ["image"] },
  },
  {
    operator: "Argo Workflows",
    name: "workflow-controller-configmap",
    key: "config",
    holds: { paths: ["executor.image", "mainContainer.image"] },
  },
  // KServe: each sidecar or init container the controller injects, as a JSON object.
  ...["storageInitializer", "agent", "logger", "batcher", "router"].map((key) => ({
    operator: "KServe",
    name: "inferenceservice-config",
    key,
    holds: { paths: ["image"] },
  })),
  { operator: "Knative Serving", name: "config-deployment", key: "queue-sidecar-image", holds: "reference" },
  { operator: "Knative Serving", name: "config-deployment", key: "queueSidecarImage", holds: "reference" },
];

/** A ConfigMap data key named like an image (`helper-image`, `sidecarImage`, `IMAGE`), not its parts. */
export const IMAGE_DATA_KEY = /image$/i;
export const NOT_IMAGE_DATA_KEY = /(?:tag|version|policy|pull|secret|digest|registry|repository|repo)s?$/i;

/** One compiled step of a field-spec path. */
export type PathStep = { key: string; list: boolean } | { any: true; list: boolean } | { deep: true };

/** Compile `spec.**.templates[].container.image` into steps. */
export function compilePath(path: string): PathStep[] {
  return path
    .split(/[./]/)
    .filter((s) => s !== "")
    .map((seg): PathStep => {
      if (seg === "**") return { deep: true };
      const list = seg.endsWith("[]");
      const key = list ? seg.slice(0, -2) : seg;
      return key === "*" ? { any: true, list } : { key, list };
    });
}

/** `apps/v1` → `apps`; `v1` → `` (core). */
export function groupOf(apiVersion: string): string {
  const i = apiVersion.lastIndexOf("/");
  return i < 0 ? "" : apiVersion.slice(0, i);
}

export interface CompiledSpec {
  kind: string;
  group?: string;
  steps: PathStep[];
  format?: FieldSpec["format"];
}

export function compileSpecs(specs: readonly FieldSpec[]): CompiledSpec[] {
  return specs.map((s) => ({ kind: s.kind, group: s.group, steps: compilePath(s.path), format: s.format }));
}

/** The compiled specs that apply to an object of `kind` in `apiVersion`. */
export function specsFor(specs: readonly CompiledSpec[], kind: string, apiVersion: string): CompiledSpec[] {
  const group = groupOf(apiVersion);
  return specs.filter((s) => s.kind === kind && (s.group === undefined || s.group === group));
}
