import type { CompiledSpec } from "./field-specs.js";

/**
 * Kinds whose objects hold no image reference that any locator reads: no pod template, no container,
 * no image field, no embedded values. Keyed by API group ("" is the core group) and kind, since a kind
 * name alone is not enough (Knative's `serving.knative.dev` `Service` holds containers; the core
 * `Service` does not). The engine does not parse such documents into nodes (a multi-MB bundle of
 * CustomResourceDefinitions costs nothing to scan); test/engine/imageless.test.ts proves that the
 * results are the same with and without this table on every tree the tests have.
 *
 * ConfigMaps and Secrets are not here: operators read images from ConfigMap data.
 */
export const IMAGELESS_KINDS: Readonly<Record<string, readonly string[]>> = {
  "": [
    "Service",
    "ServiceAccount",
    "Namespace",
    "Endpoints",
    "LimitRange",
    "ResourceQuota",
    "PersistentVolume",
    "PersistentVolumeClaim",
  ],
  "apiextensions.k8s.io": ["CustomResourceDefinition"],
  "rbac.authorization.k8s.io": ["Role", "ClusterRole", "RoleBinding", "ClusterRoleBinding"],
  "admissionregistration.k8s.io": [
    "ValidatingWebhookConfiguration",
    "MutatingWebhookConfiguration",
    "ValidatingAdmissionPolicy",
    "ValidatingAdmissionPolicyBinding",
  ],
  "apiregistration.k8s.io": ["APIService"],
  "networking.k8s.io": ["Ingress", "IngressClass", "NetworkPolicy"],
  "discovery.k8s.io": ["EndpointSlice"],
  policy: ["PodDisruptionBudget"],
  "scheduling.k8s.io": ["PriorityClass"],
  "storage.k8s.io": ["StorageClass", "CSIDriver", "VolumeAttachment"],
  "coordination.k8s.io": ["Lease"],
  autoscaling: ["HorizontalPodAutoscaler"],
  "cert-manager.io": ["Certificate", "Issuer", "ClusterIssuer"],
  "monitoring.coreos.com": ["ServiceMonitor", "PodMonitor", "PrometheusRule", "Probe"],
};

/**
 * May an object of this `apiVersion` and `kind` hold an image a locator reads? False only for the
 * kinds above that no field spec of the settings (user `fields` included) names.
 */
export function mayHoldImages(apiVersion: string, kind: string, specs: readonly CompiledSpec[]): boolean {
  const slash = apiVersion.indexOf("/");
  const group = slash < 0 ? "" : apiVersion.slice(0, slash);
  if (!IMAGELESS_KINDS[group]?.includes(kind)) return true;
  return specs.some((s) => s.kind === kind && (s.group === undefined || s.group === group));
}
