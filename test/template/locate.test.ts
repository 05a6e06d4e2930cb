import { describe, expect, it } from "vitest";
import { applyEdits } from "../../src/edit/index.js";
import { planContext, planFile } from "../../src/engine/index.js";
import { BUILTIN_FIELD_SPECS, compileSpecs } from "../../src/locate/index.js";
import { chartTemplates, maskTemplate, parseMasked } from "../../src/locate/template/index.js";
import { createResolver } from "../../src/resolver/index.js";
import { testSettings } from "../helpers/settings.js";

/**
 * Chart templates (issue 12): image fields are found with the actions masked, literal images are
 * rewritten in place byte for byte (also a quoted default inside `default "…"`), and an image built
 * from a value mirrorize does not see as an image is reported at its line.
 */

const settings = testSettings();
const ctx = planContext(settings, createResolver(settings), "fix");
const specs = compileSpecs(BUILTIN_FIELD_SPECS);

function chart(values?: string, helpers: Record<string, string> = {}, appVersion = "1.2.3") {
  return chartTemplates(
    {
      chartYaml: `apiVersion: v2\nname: demo\nversion: 0.1.0\nappVersion: "${appVersion}"\n`,
      ...(values !== undefined ? { valuesYaml: values, valuesFile: "demo/values.yaml" } : {}),
      helpers: Object.entries(helpers).map(([source, text]) => ({ source, text })),
    },
    settings,
    specs,
  );
}

function plan(text: string, values?: string, helpers?: Record<string, string>) {
  const p = planFile(
    "demo/templates/x.yaml",
    text,
    "template",
    ctx,
    undefined,
    undefined,
    chart(values, helpers),
  );
  return { ...p, after: applyEdits(text, p.edits) };
}

const POD = (image: string, extra = "") => `{{- if .Values.enabled }}
apiVersion: v1
kind: Pod
metadata:
  name: {{ include "demo.fullname" . }}-test
  labels:
    {{- include "demo.labels" . | nindent 4 }}
spec:
  containers:
    - name: main
      image: ${image}
      args: ['{{ include "demo.fullname" . }}:{{ .Values.service.port }}']
${extra}{{- end }}
`;

describe("masking", () => {
  it("keeps every offset and line, blanks action-only lines and fills inline actions", () => {
    const text = `{{- if .Values.a }}\nimage: {{ .Values.image | default "x:1" }}\n  {{- /* a\n comment */ -}}\nname: "{{ .Release.Name }}-x"\n{{- end }}`;
    const { masked } = maskTemplate(text);
    expect(masked.length).toBe(text.length);
    expect(masked.split("\n").length).toBe(text.split("\n").length);
    const lines = masked.split("\n");
    expect(lines[0]!.trim()).toBe("");
    expect(lines[1]).toMatch(/^image: x+$/);
    expect(lines[2]!.trim()).toBe("");
    expect(lines[3]!.trim()).toBe("");
    expect(lines[4]).toMatch(/^name: "x+-x"$/);
    expect(parseMasked(masked).every((d) => d.errors.length === 0)).toBe(true);
  });

  it("reads `}}` inside strings and raw strings as part of the action", () => {
    const text = 'a: {{ printf "}}" }}\nb: {{ `}}\n}}` }}\n';
    const { scan } = maskTemplate(text);
    expect(scan.actions.map((a) => text.slice(a.start, a.end))).toEqual([
      '{{ printf "}}" }}',
      "{{ `}}\n}}` }}",
    ]);
  });
});

describe("literal images in templates", () => {
  it.each([
    ["plain", "busybox", "docker.m.daocloud.io/library/busybox"],
    ["double-quoted", '"quay.io/prometheus/busybox:1.36"', '"quay.m.daocloud.io/prometheus/busybox:1.36"'],
    ["single-quoted", "'registry.k8s.io/pause:3.9'", "'k8s.m.daocloud.io/pause:3.9'"],
  ])("%s: rewritten in place, nothing else changes", (_name, image, want) => {
    const text = POD(image);
    const p = plan(text, "enabled: false\nservice:\n  port: 80\n");
    expect(p.findings.filter((f) => f.kind !== "rewrite")).toEqual([]);
    expect(p.findings).toHaveLength(1);
    expect(p.findings[0]!.line).toBe(11);
    expect(p.after).toBe(text.replace(`image: ${image}`, `image: ${want}`));
  });

  it('a literal default inside `default "…"` is rewritten inside its quotes', () => {
    const text = POD('{{ .Values.test.image | default "quay.io/a/b:1" }}');
    const p = plan(text, "service:\n  port: 80\n");
    expect(p.findings.map((f) => [f.kind, f.from, f.to])).toEqual([
      ["rewrite", "quay.io/a/b:1", "quay.m.daocloud.io/a/b:1"],
    ]);
    expect(p.after).toBe(text.replace('default "quay.io/a/b:1"', 'default "quay.m.daocloud.io/a/b:1"'));
    // Fixed: a second plan finds it mirrored and changes nothing.
    const again = plan(p.after, "service:\n  port: 80\n");
    expect(again.edits).toEqual([]);
    expect(again.findings.map((f) => f.kind)).toEqual(["already-mirrored"]);
  });

  it("the default is kept mirrored too when the value is set (and the value is the values file's)", () => {
    const text = POD('{{ .Values.test.image | default "ghcr.io/org/app:latest" }}');
    const p = plan(text, "test:\n  image: ghcr.io/org/app:latest\n");
    expect(p.findings.map((f) => [f.kind, f.from])).toEqual([["rewrite", "ghcr.io/org/app:latest"]]);
    expect(p.findings[0]!.message).toContain("the chart's default");
  });

  it("a literal name with a templated tag: the literal name is rewritten, the tag stays", () => {
    const text = POD('"docker.io/bitnami/kubectl:{{ .Values.kubectl.tag }}"');
    const p = plan(text, "kubectl:\n  tag: 1.30.1\n");
    expect(p.findings.map((f) => [f.kind, f.from, f.to])).toEqual([
      ["rewrite", "docker.io/bitnami/kubectl:1.30.1", "docker.m.daocloud.io/bitnami/kubectl:1.30.1"],
    ]);
    expect(p.after).toContain('image: "docker.m.daocloud.io/bitnami/kubectl:{{ .Values.kubectl.tag }}"');
  });

  it("literals given to a helper the tree does not hold are rewritten where they are written", () => {
    const text = POD(
      '{{ include "x.baseImage" (dict "service" (dict "registry" "docker.io" "repository" "rancher/kubectl" "tag" (.Capabilities.KubeVersion.Version | default "v1.33.0")) "global" .Values.global) }}',
    );
    const p = plan(text, "service:\n  port: 80\n");
    expect(p.findings.map((f) => [f.kind, f.from, f.to])).toEqual([
      ["rewrite", "docker.io/rancher/kubectl:v1.33.0", "docker.m.daocloud.io/rancher/kubectl:v1.33.0"],
    ]);
    expect(p.after).toBe(text.replace('"registry" "docker.io"', '"registry" "docker.m.daocloud.io"'));
  });
});

describe("templated images", () => {
  const helpers = {
    "templates/_helpers.tpl": `{{- define "demo.image" -}}
{{- $registry := .Values.image.registry | default "docker.io" -}}
{{- printf "%s/%s:%s" $registry .Values.image.repository (.Values.image.tag | default .Chart.AppVersion) -}}
{{- end -}}`,
  };

  it("an image from values the Helm locator covers is left to the values file (no finding here)", () => {
    const text = POD('"{{ .Values.image.repository }}:{{ .Values.image.tag | default .Chart.AppVersion }}"');
    const p = plan(text, "image:\n  repository: nginx\n  tag: ''\n");
    expect(p.findings).toEqual([]);
    expect(p.edits).toEqual([]);
  });

  it("an image from a value that is not an image in values.yaml is reported at its line", () => {
    const text = POD("{{ .Values.sidecar.ref }}");
    const p = plan(text, "sidecar:\n  ref: 42\n");
    expect(p.findings).toHaveLength(1);
    const f = p.findings[0]!;
    expect([f.kind, f.severity, f.line]).toEqual(["unsafe-edit", "error", 11]);
    expect(f.message).toContain(".Values.sidecar.ref");
  });

  it("an image from a value values.yaml does not set is reported", () => {
    const p = plan(POD("{{ .Values.extra.image }}"), "service:\n  port: 80\n");
    expect(p.findings.map((f) => f.kind)).toEqual(["unsafe-edit"]);
    expect(p.findings[0]!.message).toContain("does not set");
  });

  it("an image built from the cluster or the release is reported as unknown", () => {
    const p = plan(POD('"{{ .Release.Name }}/app:1"'), "x: 1\n");
    expect(p.findings.map((f) => f.kind)).toEqual(["unsafe-edit"]);
    expect(p.findings[0]!.message).toContain("release");
  });

  it("an include of a named template of _helpers.tpl is followed to the values it reads", () => {
    const text = POD('{{ include "demo.image" . }}');
    expect(plan(text, "image:\n  repository: bitnami/nginx\n  tag: 1.25\n", helpers).findings).toEqual([]);
  });

  it("a helper whose own literals spell the image: reported, pointing at the helper file", () => {
    const text = POD('{{ include "demo.image" . }}');
    const p = plan(text, "image:\n  registry: ''\n  repository: ''\n", {
      "templates/_helpers.tpl": `{{- define "demo.image" -}}
{{ .Values.image.registry | default "quay.io" }}/{{ .Values.image.repository | default "org/tool" }}:v1
{{- end -}}`,
    });
    // The literal is in the helper file, not in this one: it is reported, not edited from here.
    expect(p.edits).toEqual([]);
    expect(p.findings.map((f) => [f.kind, f.from])).toEqual([["unsafe-edit", "quay.io/org/tool:v1"]]);
    expect(p.findings[0]!.message).toContain("templates/_helpers.tpl");
  });
});

describe("scopes: with, range and variables", () => {
  const DEPLOY = (body: string) => `{{- $tag := .Values.image.tag | default .Chart.AppVersion -}}
apiVersion: apps/v1
kind: Deployment
metadata:
  name: x
spec:
  template:
    spec:
      containers:
${body}`;

  it("a variable set at the top of the file is followed", () => {
    const text = DEPLOY('        - name: a\n          image: "docker.io/org/app:{{ $tag }}"\n');
    const p = plan(text, "image:\n  tag: ''\n");
    expect(p.findings.map((f) => [f.kind, f.from, f.to])).toEqual([
      ["rewrite", "docker.io/org/app:1.2.3", "docker.m.daocloud.io/org/app:1.2.3"],
    ]);
  });

  it("inside `with`, the dot is the value", () => {
    const text = DEPLOY(
      '        {{- with .Values.sidecar }}\n        - name: s\n          image: "{{ .repository }}:{{ .tag }}"\n        {{- end }}\n',
    );
    expect(plan(text, "sidecar:\n  repository: quay.io/a/b\n  tag: '1'\n").findings).toEqual([]);
    const reported = plan(text, "sidecar:\n  repository: 7\n");
    expect(reported.findings.map((f) => f.kind)).toEqual(["unsafe-edit"]);
    expect(reported.findings[0]!.message).toContain(".Values.sidecar.repository");
  });

  it("inside `range`, each item of the list is followed", () => {
    const text = DEPLOY(
      "        {{- range .Values.extraContainers }}\n        - name: {{ .name }}\n          image: {{ .image }}\n        {{- end }}\n",
    );
    const covered = "extraContainers:\n  - name: a\n    image: quay.io/a/b:1\n";
    expect(plan(text, covered).findings.map((f) => f.kind)).toEqual([]);
    const unset = plan(text, "x: 1\n");
    expect(unset.findings.map((f) => f.kind)).toEqual(["unsafe-edit"]);
    expect(unset.findings[0]!.message).toContain(".Values.extraContainers");
  });
});

describe("tolerance", () => {
  it("never reports a YAML error for a template, even one that masks into broken YAML", () => {
    const text = `{{- range .Values.jobs }}
apiVersion: batch/v1
kind: Job
metadata:
  name: {{ .name }}
spec:
  template:
    spec:
      containers:
      - name: x
        image: busybox:1.36
        {{- if .debug }}
      - name: debug
        image: alpine:3
      {{- end }}
    bad: [unclosed
{{- end }}
`;
    const p = plan(text, "jobs: []\n");
    expect(p.findings.filter((f) => f.kind === "parse-error" || f.kind === "file-error")).toEqual([]);
  });

  it("a file without Chart.yaml context (a *.gotmpl) is read with its literals", () => {
    const text = `apiVersion: v1\nkind: Pod\nmetadata:\n  name: {{ .Values.name }}\nspec:\n  containers:\n  - name: a\n    image: {{ .Values.image | default "nginx:1.25" }}\n`;
    const p = planFile("helmfile.d/x.yaml.gotmpl", text, "template", ctx);
    expect(p.findings.map((f) => [f.kind, f.from])).toEqual([["rewrite", "nginx:1.25"]]);
  });

  it("a manifest with actions that is not valid YAML is read as a template, not a parse error", () => {
    const text = `apiVersion: v1\nkind: Pod\nmetadata:\n  name: x\n{{- if .Values.x }}\n  labels: {a: b}\n{{- end }}\nspec:\n  containers:\n  - name: a\n    image: "quay.io/a/b:1"\n  {{- toYaml .Values.extra | nindent 2 }}\n`;
    const p = planFile("files/pod.yaml", text, "manifest", ctx);
    expect(p.findings.map((f) => [f.kind, f.from])).toEqual([["rewrite", "quay.io/a/b:1"]]);
    expect(p.template).toBeDefined();
  });
});

describe("the walk reads Go templates", () => {
  it("chart templates/ and files/, *.gotmpl; templates/_* are helpers only; no YAML errors", async () => {
    const { scan } = await import("../../src/engine/index.js");
    const { tempDir } = await import("../helpers/tree.js");
    const { mkdirSync, writeFileSync, readFileSync } = await import("node:fs");
    const { dirname, join } = await import("node:path");
    const t = tempDir();
    try {
      const files: Record<string, string> = {
        "chart/Chart.yaml": "apiVersion: v2\nname: c\nversion: 0.1.0\n",
        "chart/values.yaml": "replicas: 1\n",
        "chart/templates/_helpers.tpl": '{{- define "c.sidecar" -}}\nimage: nginx:1.25\n{{- end -}}\n',
        "chart/templates/_partial.yaml": '{{- define "c.x" }}\n- image: quay.io/a/b:1\n{{- end }}\n',
        "chart/templates/tests/test.yaml": POD("busybox"),
        "chart/files/job.yaml":
          "apiVersion: batch/v1\nkind: Job\nspec:\n  template:\n    spec:\n      containers:\n      {{- range .Values.x }}\n      - name: a\n      {{- end }}\n      - name: b\n        image: alpine:3.19\n",
        "helmfile.d/app.yaml.gotmpl":
          "apiVersion: v1\nkind: Pod\nmetadata:\n  name: {{ .Values.name }}\nspec:\n  containers:\n  - name: a\n    image: registry.k8s.io/pause:3.9\n",
      };
      for (const [name, text] of Object.entries(files)) {
        mkdirSync(dirname(join(t.dir, name)), { recursive: true });
        writeFileSync(join(t.dir, name), text);
      }
      const r = await scan({ cwd: t.dir, paths: ["."], settings, write: true, mode: "fix" });
      expect(r.findings.map((f) => [f.file, f.kind, f.from]).sort()).toEqual(
        [
          ["chart/files/job.yaml", "rewrite", "alpine:3.19"],
          ["chart/templates/tests/test.yaml", "rewrite", "busybox"],
          ["helmfile.d/app.yaml.gotmpl", "rewrite", "registry.k8s.io/pause:3.9"],
        ].sort(),
      );
      expect(readFileSync(join(t.dir, "chart/templates/_helpers.tpl"), "utf8")).toBe(
        files["chart/templates/_helpers.tpl"],
      );
      expect(readFileSync(join(t.dir, "helmfile.d/app.yaml.gotmpl"), "utf8")).toBe(
        files["helmfile.d/app.yaml.gotmpl"]!.replace("registry.k8s.io", "k8s.m.daocloud.io"),
      );
    } finally {
      t.cleanup();
    }
  });
});

describe("compositions learned from templates", () => {
  const learn = async (image: string, values: string, helpers?: Record<string, string>) => {
    const { learnCompositions } = await import("../../src/locate/template/index.js");
    return learnCompositions(
      [{ source: "templates/x.yaml", text: POD(image) }],
      chart(values, helpers),
      specs,
    );
  };

  it("keys in order, with the keys and literals their defaults fall back to", async () => {
    const got = await learn(
      '"{{ .Values.image.registry | default .Values.global.imageRegistry }}/{{ .Values.image.repository }}:{{ .Values.image.tag | default .Chart.AppVersion }}"',
      "global:\n  imageRegistry: docker.io\nimage:\n  registry: ''\n  repository: bitnami/nginx\n",
    );
    expect(got).toEqual([
      {
        image: ["image"],
        name: [
          [{ values: ["image", "registry"] }, { values: ["global", "imageRegistry"] }],
          [{ values: ["image", "repository"] }],
        ],
        tag: [{ values: ["image", "tag"] }, { literal: "1.2.3" }],
        origin: "templates/x.yaml:11",
      },
    ]);
  });

  it("printf separators and a string value that holds a whole reference", async () => {
    expect(
      (
        await learn(
          '{{ printf "%s/%s" .Values.hub .Values.proxy.name }}',
          "hub: docker.io/istio\nproxy:\n  name: proxyv2\n",
        )
      )[0]?.name,
    ).toEqual([[{ values: ["hub"] }], [{ values: ["proxy", "name"] }]]);
    const whole = await learn("{{ .Values.agent.ref }}", "agent:\n  ref: registry.k8s.io/pause:3.9\n");
    expect(whole.map((l) => [l.image, l.name, l.tag])).toEqual([
      [["agent", "ref"], [[{ values: ["agent", "ref"] }]], undefined],
    ]);
  });

  it("nothing is learned from a branch taken on what only a live render knows", async () => {
    const helpers = {
      "templates/_helpers.tpl": `{{- define "x.image" -}}
{{- if semverCompare ">=1.20" .Capabilities.KubeVersion.Version -}}{{ .Values.image.repository }}{{- else -}}{{ .Values.image.legacy }}{{- end -}}
{{- end -}}`,
    };
    expect(await learn('{{ include "x.image" . }}', "image:\n  repository: quay.io/a/b\n", helpers)).toEqual(
      [],
    );
  });
});
