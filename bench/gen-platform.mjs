#!/usr/bin/env node
// A deterministic synthetic repository shaped like real platform repositories, for `npm run bench`:
// operator release bundles with multi-MB CustomResourceDefinitions (deep OpenAPI schemas whose
// `default:` values and `image` properties look like images but are not), long ConfigMaps, Helm charts
// with templates, and kustomize apps. Usage: gen-platform.mjs OUT_DIR [SCALE]
// SCALE 1 ≈ 150 files, 6 MB: 2 operator bundles (one of 13 CRDs, ~3.5 MB), 10 ConfigMaps of ~100 kB,
// 6 charts with templates, 30 kustomize apps.
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";

const [out, scaleArg = "1"] = process.argv.slice(2);
if (!out) {
  console.error("usage: gen-platform.mjs OUT_DIR [SCALE]");
  process.exit(2);
}
const scale = Number(scaleArg);
let seed = 7;
const rand = () => {
  seed = (seed * 1103515245 + 12345) % 2147483648;
  return seed / 2147483648;
};
const pick = (xs) => xs[Math.floor(rand() * xs.length)];
const write = (path, text) => {
  const p = join(out, path);
  mkdirSync(dirname(p), { recursive: true });
  writeFileSync(p, text);
};

const images = [
  "quay.io/prometheus/prometheus:v2.48.1",
  "registry.k8s.io/kube-state-metrics/kube-state-metrics:v2.10.1",
  "ghcr.io/fluxcd/helm-controller:v0.37.2",
  "docker.io/bitnami/redis:7.2.4",
  "nginx:1.25.3",
  "gcr.io/distroless/static:nonroot",
  "quay.io/jetstack/cert-manager-webhook:v1.13.3",
  "mcr.microsoft.com/oss/kubernetes/pause:3.6",
];
const words =
  "the of a to in is that for on with as by this be are it from or which an controller resource field value when must specifies object reconcile status condition replicas selector template".split(
    " ",
  );
const sentence = (n) => {
  const w = Array.from({ length: n }, () => pick(words));
  return `${w.join(" ").replace(/^./, (c) => c.toUpperCase())}.`;
};

/** An OpenAPI v3 schema `depth` levels deep, as CRDs carry them. */
function schema(indent, depth, budget) {
  const pad = " ".repeat(indent);
  const lines = [];
  const props = depth <= 0 ? 0 : Math.max(2, Math.floor(budget / 8));
  lines.push(`${pad}description: ${sentence(14 + Math.floor(rand() * 20))}`);
  if (props === 0 || budget < 2) {
    const kind = pick(["string", "integer", "boolean", "string", "image"]);
    if (kind === "image") {
      // Looks like an image: a schema default, never a field mirrorize rewrites.
      lines.push(`${pad}type: string`, `${pad}default: ${pick(images)}`);
    } else if (kind === "string") {
      lines.push(`${pad}type: string`);
      if (rand() < 0.3) lines.push(`${pad}enum:`, `${pad}- Always`, `${pad}- IfNotPresent`, `${pad}- Never`);
    } else lines.push(`${pad}type: ${kind}`);
    if (rand() < 0.2) lines.push(`${pad}format: int32`);
    return lines;
  }
  lines.push(`${pad}type: object`, `${pad}properties:`);
  for (let i = 0; i < props; i++) {
    const name =
      i === 0 && depth % 3 === 0
        ? "image"
        : `${pick(words)}${pick(["Spec", "Ref", "Config", "Policy", "Name", "Count"])}${i}`;
    lines.push(`${pad}  ${name}:`);
    lines.push(...schema(indent + 4, depth - 1, Math.floor(budget / props)));
  }
  if (rand() < 0.5) lines.push(`${pad}required:`, `${pad}- ${pick(words)}Spec0`);
  if (rand() < 0.3) lines.push(`${pad}x-kubernetes-preserve-unknown-fields: true`);
  return lines;
}

function crd(group, kind, budget) {
  const plural = `${kind.toLowerCase()}s`;
  return [
    "apiVersion: apiextensions.k8s.io/v1",
    "kind: CustomResourceDefinition",
    "metadata:",
    `  name: ${plural}.${group}`,
    "  annotations:",
    "    controller-gen.kubebuilder.io/version: v0.14.0",
    "spec:",
    `  group: ${group}`,
    "  names:",
    `    kind: ${kind}`,
    `    listKind: ${kind}List`,
    `    plural: ${plural}`,
    `    singular: ${kind.toLowerCase()}`,
    "  scope: Namespaced",
    "  versions:",
    "  - name: v1",
    "    served: true",
    "    storage: true",
    "    subresources:",
    "      status: {}",
    "    schema:",
    "      openAPIV3Schema:",
    ...schema(8, 9, budget),
  ].join("\n");
}

function operatorBundle(n, crds, budget) {
  const group = `op${n}.example.com`;
  const docs = [];
  for (let i = 0; i < crds; i++) docs.push(crd(group, `Thing${i}`, budget));
  docs.push(
    [
      "apiVersion: v1",
      "kind: ServiceAccount",
      "metadata:",
      `  name: op${n}`,
      `  namespace: op${n}-system`,
    ].join("\n"),
    [
      "apiVersion: rbac.authorization.k8s.io/v1",
      "kind: ClusterRole",
      "metadata:",
      `  name: op${n}-manager`,
      "rules:",
      ...Array.from({ length: 40 }, (_, i) =>
        [
          `- apiGroups: ["${group}"]`,
          `  resources: ["thing${i}s", "thing${i}s/status", "thing${i}s/finalizers"]`,
          '  verbs: ["get", "list", "watch", "create", "update", "patch", "delete"]',
        ].join("\n"),
      ),
    ].join("\n"),
    [
      "apiVersion: apps/v1",
      "kind: Deployment",
      "metadata:",
      `  name: op${n}-controller-manager`,
      `  namespace: op${n}-system`,
      "spec:",
      "  replicas: 1",
      "  selector:",
      "    matchLabels:",
      "      control-plane: controller-manager",
      "  template:",
      "    metadata:",
      "      labels:",
      "        control-plane: controller-manager",
      "    spec:",
      `      serviceAccountName: op${n}`,
      "      containers:",
      "      - name: manager",
      `        image: quay.io/example/op${n}-controller:v1.${n}.0`,
      "        args: [--leader-elect, --metrics-bind-address=:8080]",
      "        resources:",
      "          limits: {cpu: 500m, memory: 128Mi}",
      "      - name: kube-rbac-proxy",
      "        image: gcr.io/kubebuilder/kube-rbac-proxy:v0.15.0",
    ].join("\n"),
  );
  return `${docs.join("\n---\n")}\n`;
}

function configMap(n, lines) {
  const body = Array.from({ length: lines }, (_, i) => `    echo "${sentence(8)}" # step ${i}`);
  return [
    "apiVersion: v1",
    "kind: ConfigMap",
    "metadata:",
    `  name: scripts-${n}`,
    "data:",
    "  run.sh: |",
    "    #!/bin/sh",
    "    set -eu",
    ...body,
    "  settings.json: |",
    `    {"replicas": ${n % 5}, "logLevel": "info", "endpoints": [${Array.from({ length: 50 }, (_, i) => `"svc-${i}.example.svc:8080"`).join(", ")}]}`,
    "",
  ].join("\n");
}

function chart(n) {
  const dir = `charts/chart-${n}`;
  write(`${dir}/Chart.yaml`, `apiVersion: v2\nname: chart-${n}\nversion: 1.${n}.0\nappVersion: "2.${n}.0"\n`);
  write(
    `${dir}/values.yaml`,
    [
      "replicaCount: 1",
      "image:",
      `  repository: ${pick(["docker.io/bitnami/nginx", "quay.io/prometheus/alertmanager", "ghcr.io/dexidp/dex"])}`,
      '  tag: "1.2.3"',
      "  pullPolicy: IfNotPresent",
      "sidecar:",
      "  image:",
      "    registry: registry.k8s.io",
      "    repository: git-sync/git-sync",
      "    tag: v4.1.0",
      "podAnnotations: {}",
      "resources:",
      "  limits: {cpu: 100m, memory: 128Mi}",
      "",
    ].join("\n"),
  );
  write(
    `${dir}/templates/_helpers.tpl`,
    [
      `{{- define "chart-${n}.fullname" -}}`,
      '{{- printf "%s-%s" .Release.Name .Chart.Name | trunc 63 | trimSuffix "-" }}',
      "{{- end }}",
      "",
    ].join("\n"),
  );
  write(
    `${dir}/templates/deployment.yaml`,
    [
      "apiVersion: apps/v1",
      "kind: Deployment",
      "metadata:",
      `  name: {{ include "chart-${n}.fullname" . }}`,
      "spec:",
      "  replicas: {{ .Values.replicaCount }}",
      "  template:",
      "    spec:",
      "      containers:",
      "        - name: app",
      '          image: "{{ .Values.image.repository }}:{{ .Values.image.tag | default .Chart.AppVersion }}"',
      "          imagePullPolicy: {{ .Values.image.pullPolicy }}",
      "        - name: sidecar",
      '          image: "{{ .Values.sidecar.image.registry }}/{{ .Values.sidecar.image.repository }}:{{ .Values.sidecar.image.tag }}"',
      "          {{- with .Values.resources }}",
      "          resources:",
      "            {{- toYaml . | nindent 12 }}",
      "          {{- end }}",
      "",
    ].join("\n"),
  );
  write(
    `${dir}/templates/tests/test-connection.yaml`,
    [
      "apiVersion: v1",
      "kind: Pod",
      "metadata:",
      `  name: "{{ include "chart-${n}.fullname" . }}-test"`,
      "  annotations:",
      '    "helm.sh/hook": test',
      "spec:",
      "  containers:",
      "    - name: wget",
      "      image: busybox:1.36",
      "      command: ['wget']",
      `      args: ['{{ include "chart-${n}.fullname" . }}:80']`,
      "  restartPolicy: Never",
      "",
    ].join("\n"),
  );
}

function app(n) {
  const dir = `apps/app-${n}`;
  write(
    `${dir}/kustomization.yaml`,
    [
      "apiVersion: kustomize.config.k8s.io/v1beta1",
      "kind: Kustomization",
      `namespace: app-${n}`,
      "resources:",
      "  - deployment.yaml",
      "  - service.yaml",
      "",
    ].join("\n"),
  );
  write(
    `${dir}/deployment.yaml`,
    [
      "apiVersion: apps/v1",
      "kind: Deployment",
      "metadata:",
      `  name: app-${n}`,
      "spec:",
      "  template:",
      "    spec:",
      "      containers:",
      `        - name: app`,
      `          image: ${pick(images)}`,
      "          ports: [{containerPort: 8080}]",
      "",
    ].join("\n"),
  );
  write(
    `${dir}/service.yaml`,
    [
      "apiVersion: v1",
      "kind: Service",
      "metadata:",
      `  name: app-${n}`,
      "spec:",
      "  ports: [{port: 80, targetPort: 8080}]",
      `  selector: {app: app-${n}}`,
      "",
    ].join("\n"),
  );
}

for (let u = 0; u < scale; u++) {
  write(`operators/op-${u}-big/bundle.yaml`, operatorBundle(u * 2, 13, 520));
  write(`operators/op-${u}-small/bundle.yaml`, operatorBundle(u * 2 + 1, 3, 350));
  for (let i = 0; i < 10; i++) write(`config/u${u}/cm-${i}.yaml`, configMap(u * 10 + i, 1200));
  for (let i = 0; i < 6; i++) chart(u * 6 + i);
  for (let i = 0; i < 30; i++) app(u * 30 + i);
}
