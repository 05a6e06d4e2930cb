import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { parse as parseYaml } from "yaml";
import { scan } from "../../src/engine/index.js";
import { createResolver } from "../../src/resolver/index.js";
import { renderImage } from "../helpers/go-template.js";
import { testSettings } from "../helpers/settings.js";
import { snapshot, tempDir } from "../helpers/tree.js";

/**
 * Issue 17 acceptance: chart fixtures with templates, one per way charts compose an image. Each is
 * fixed in a temporary folder; the chart's own image expression is then rendered (test/helpers/
 * go-template.ts, an evaluator independent of the locator) before and after: after == resolve(before),
 * no error is reported, and a second run finds everything mirrored and changes nothing.
 */

const settings = testSettings();
const resolver = createResolver(settings);
const tmp = tempDir();
afterAll(() => tmp.cleanup());

/** Bitnami's common library helper as the library chart defines its behaviour (not in the tree). */
const BITNAMI_COMMON = `{{- define "common.images.image" -}}
{{- $registryName := .imageRoot.registry -}}
{{- if .global -}}{{- if .global.imageRegistry -}}{{- $registryName = .global.imageRegistry -}}{{- end -}}{{- end -}}
{{- $termination := .imageRoot.tag | toString -}}
{{- $separator := ":" -}}
{{- if not .imageRoot.tag -}}{{- if .chart -}}{{- $termination = .chart.AppVersion | toString -}}{{- end -}}{{- end -}}
{{- if .imageRoot.digest -}}{{- $separator = "@" -}}{{- $termination = .imageRoot.digest | toString -}}{{- end -}}
{{- if $registryName -}}{{- printf "%s/%s%s%s" $registryName .imageRoot.repository $separator $termination -}}
{{- else -}}{{- printf "%s%s%s" .imageRoot.repository $separator $termination -}}{{- end -}}
{{- end -}}`;

interface Fixture {
  name: string;
  values: string;
  /** The image field's value in templates/deployment.yaml. */
  image: string;
  /** templates/_helpers.tpl, when the chart has one. */
  helpers?: string;
  /** Helper texts the chart gets from a library chart that is not in the tree (the oracle's). */
  library?: string;
}

const FIXTURES: Fixture[] = [
  { name: "literal image (test hook)", values: "replicas: 1\n", image: "busybox:1.36" },
  {
    name: "literal default inside default",
    values: "replicas: 1\n",
    image: '{{ .Values.sidecar.image | default "quay.io/prometheus/busybox:1.36" }}',
  },
  {
    name: "registry / repository / tag | default .Chart.AppVersion",
    values: "image:\n  registry: docker.io\n  repository: bitnami/nginx\n  tag: ''\n",
    image:
      '"{{ .Values.image.registry }}/{{ .Values.image.repository }}:{{ .Values.image.tag | default .Chart.AppVersion }}"',
  },
  {
    name: "repository holding the registry, tag from appVersion",
    values: "image:\n  repository: quay.io/jetstack/cert-manager-controller\n",
    image: '"{{ .Values.image.repository }}:{{ .Values.image.tag | default .Chart.AppVersion }}"',
  },
  {
    name: 'printf "%s/%s:%s"',
    values: "image:\n  registry: gcr.io\n  repository: kubebuilder/kube-rbac-proxy\n  tag: v0.15.0\n",
    image: '{{ printf "%s/%s:%s" .Values.image.registry .Values.image.repository .Values.image.tag }}',
  },
  {
    name: "include of a named template of _helpers.tpl (trimSuffix, printf, default)",
    values: 'image:\n  registry: "ghcr.io"\n  repository: dexidp/dex\n  tag: ""\n',
    image: '{{ include "demo.image" . }}',
    helpers: `{{- define "demo.image" -}}
{{- $registry := .Values.image.registry | trimSuffix "/" -}}
{{- printf "%s/%s:%s" $registry .Values.image.repository (.Values.image.tag | default .Chart.AppVersion) -}}
{{- end -}}`,
  },
  {
    name: "Bitnami common.images.image with global.imageRegistry (library chart not in the tree)",
    values:
      "global:\n  imageRegistry: ''\nimage:\n  registry: docker.io\n  repository: bitnami/redis\n  tag: 7.2.4\n",
    image:
      '{{ include "common.images.image" (dict "imageRoot" .Values.image "global" .Values.global "chart" .Chart) }}',
    library: BITNAMI_COMMON,
  },
  {
    name: "registry written by the template, repository from values (no registry key in values)",
    values: "image:\n  repository: prometheus/node-exporter\n  tag: v1.8.0\n",
    image: '"quay.io/{{ .Values.image.repository }}:{{ .Values.image.tag }}"',
  },
  {
    name: "global registry with a path, repository relative to it",
    values:
      "global:\n  imageRegistry: ghcr.io/org/project\ncontroller:\n  image:\n    repository: controller\n    tag: v2.0.0\n",
    image:
      '"{{ .Values.global.imageRegistry }}/{{ .Values.controller.image.repository }}:{{ .Values.controller.image.tag }}"',
  },
  {
    name: "a values key no shape names as an image (learned from the template)",
    values: "agent:\n  ref: registry.k8s.io/pause:3.9\n",
    image: "{{ .Values.agent.ref }}",
  },
];

const APP_VERSION = "1.2.3";
const DEPLOYMENT = (image: string) => `apiVersion: apps/v1
kind: Deployment
metadata:
  name: {{ include "demo.fullname" . }}
  labels:
    {{- include "demo.labels" . | nindent 4 }}
spec:
  template:
    spec:
      containers:
        - name: main
          image: ${image}
          {{- with .Values.resources }}
          resources:
            {{- toYaml . | nindent 12 }}
          {{- end }}
`;

function write(dir: string, files: Record<string, string>) {
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
}

/** The image field's value of the chart's deployment template. */
function imageOf(dir: string): string {
  const text = readFileSync(join(dir, "templates/deployment.yaml"), "utf8");
  return /^ {10}image: (.*)$/m.exec(text)![1]!;
}

function render(dir: string, f: Fixture): string {
  const values = parseYaml(readFileSync(join(dir, "values.yaml"), "utf8"));
  const helpers = [
    ...(f.helpers ? [readFileSync(join(dir, "templates/_helpers.tpl"), "utf8")] : []),
    ...(f.library ? [f.library] : []),
  ];
  return renderImage(imageOf(dir), values, { AppVersion: APP_VERSION, Name: "demo" }, helpers);
}

describe.each(FIXTURES)("chart with templates: $name", (f) => {
  it("after fix, the chart renders resolve(before); a second fix changes nothing", async () => {
    const dir = join(tmp.dir, f.name.replace(/[^a-z0-9]+/gi, "-"));
    write(dir, {
      "Chart.yaml": `apiVersion: v2\nname: demo\nversion: 0.1.0\nappVersion: "${APP_VERSION}"\n`,
      "values.yaml": f.values,
      "templates/deployment.yaml": DEPLOYMENT(f.image),
      ...(f.helpers ? { "templates/_helpers.tpl": f.helpers } : {}),
    });
    const before = render(dir, f);
    const want = resolver.resolve(before);
    expect(want.status, `${before} resolves to a rewrite`).toBe("rewrite");
    const fixed = await scan({ cwd: dir, paths: ["."], settings, write: true, mode: "fix" });
    expect(fixed.findings.filter((x) => x.severity === "error")).toEqual([]);
    const after = render(dir, f);
    expect(after).toBe(want.output);
    // Only image text changed: the template outside its image field, helpers and Chart.yaml are as written.
    expect(readFileSync(join(dir, "templates/deployment.yaml"), "utf8").replace(imageOf(dir), "")).toBe(
      DEPLOYMENT(f.image).replace(f.image, ""),
    );
    if (f.helpers) expect(readFileSync(join(dir, "templates/_helpers.tpl"), "utf8")).toBe(f.helpers);
    const files = snapshot(dir);
    const again = await scan({ cwd: dir, paths: ["."], settings, write: true, mode: "fix" });
    expect(again.summary.rewrites).toBe(0);
    expect(again.findings.filter((x) => x.severity !== "info")).toEqual([]);
    expect(snapshot(dir)).toEqual(files);
  });
});
