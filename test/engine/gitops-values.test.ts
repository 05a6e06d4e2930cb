import { mkdirSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { describe, expect, it } from "vitest";
import { settingsFromObject } from "../../src/config/index.js";
import type { Settings } from "../../src/config/types.js";
import { scan } from "../../src/engine/index.js";
import { testSettings } from "../helpers/settings.js";
import { tempDir } from "../helpers/tree.js";

/**
 * Helm values files without a Chart.yaml (GitOps layouts): read as values for their name, or because
 * another file of the repository names them. Each case writes a tree, runs `fix`, and says which
 * files must be rewritten to what, and which must stay byte for byte.
 */
const VALUES =
  "controller:\n  image:\n    registry: registry.k8s.io\n    repository: ingress-nginx/controller\n    tag: v1.15.1\n";
const FIXED = VALUES.replace("registry.k8s.io", "k8s.m.daocloud.io");
const STRING_VALUES = "image: quay.io/jetstack/cert-manager-controller:v1.19.6\n";
const STRING_FIXED = "image: quay.m.daocloud.io/jetstack/cert-manager-controller:v1.19.6\n";

const HELMFILE = [
  "releases:",
  "  - name: web",
  "    chart: ingress-nginx/ingress-nginx",
  "    values:",
  "      - envs/web.yaml",
  "      - {controller: {replicaCount: 2}}",
  "      - sidecar:",
  "          image: quay.io/a/inline:1",
  '      - "{{ .Environment.Name }}.yaml"',
  "",
].join("\n");

interface Case {
  name: string;
  files: Record<string, string>;
  /** Files that `fix` must leave as they are (beyond the naming files, which always stay). */
  unchanged?: string[];
  /** Files and their text after `fix`. */
  fixed?: Record<string, string>;
  config?: Record<string, unknown>;
  /** Substrings of findings expected (file: message part). */
  findings?: [string, RegExp][];
}

const argo = (valueFiles: string[], extra = "") =>
  [
    "apiVersion: argoproj.io/v1alpha1",
    "kind: Application",
    "metadata: {name: web}",
    "spec:",
    "  sources:",
    "    - repoURL: https://kubernetes.github.io/ingress-nginx",
    "      chart: ingress-nginx",
    "      helm:",
    "        valueFiles:",
    ...valueFiles.map((f) => `          - ${f}`),
    "    - repoURL: https://git.example.com/gitops.git",
    "      ref: values",
    extra,
  ].join("\n");

const CASES: Case[] = [
  {
    name: "values.yaml alone in a folder",
    files: { "clusters/prod/ingress-nginx/values.yaml": VALUES },
    fixed: { "clusters/prod/ingress-nginx/values.yaml": FIXED },
  },
  ...["values-prod.yaml", "prod-values.yaml", "prod.values.yaml", "values.yml"].map((name) => ({
    name: `${name} alone in a folder`,
    files: { [`apps/x/${name}`]: STRING_VALUES },
    fixed: { [`apps/x/${name}`]: STRING_FIXED },
  })),
  {
    name: "a file named like values that is a Kubernetes object is read as one",
    files: {
      "apps/x/values.yaml":
        "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: values}\ndata:\n  settings: quay.io/a/b:1\n",
      "apps/y/values-pod.yaml":
        "apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  containers:\n    - name: a\n      image: quay.io/a/b:1\n",
    },
    unchanged: ["apps/x/values.yaml"],
    fixed: {
      "apps/y/values-pod.yaml":
        "apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  containers:\n    - name: a\n      image: quay.m.daocloud.io/a/b:1\n",
    },
  },
  {
    name: "other names are not values",
    files: { "apps/x/settings.yaml": STRING_VALUES, "apps/x/valuesfoo.yaml": STRING_VALUES },
    unchanged: ["apps/x/settings.yaml", "apps/x/valuesfoo.yaml"],
  },
  {
    name: "files.valuesNames: [] turns name classification off",
    files: { "apps/x/values.yaml": STRING_VALUES },
    config: { files: { valuesNames: [] } },
    unchanged: ["apps/x/values.yaml"],
  },
  {
    name: "files.valuesNames widens it",
    files: { "apps/x/overrides.yaml": STRING_VALUES, "apps/x/values.yaml": STRING_VALUES },
    config: { files: { valuesNames: ["overrides.yaml"] } },
    fixed: { "apps/x/overrides.yaml": STRING_FIXED },
    unchanged: ["apps/x/values.yaml"],
  },
  {
    name: "Argo CD multi-source $values/ reference (from the repository root)",
    files: {
      "apps/web/application.yaml": argo(["$values/envs/prod/web.yaml"]),
      "envs/prod/web.yaml": VALUES,
    },
    fixed: { "envs/prod/web.yaml": FIXED },
  },
  {
    name: "Argo CD single source: valueFiles relative to the source path",
    files: {
      "apps/web.yaml": [
        "apiVersion: argoproj.io/v1alpha1",
        "kind: Application",
        "metadata: {name: web}",
        "spec:",
        "  source:",
        "    repoURL: https://git.example.com/gitops.git",
        "    path: charts/web",
        "    helm:",
        "      valueFiles: [prod.yaml, ../shared/common.yaml, https://example.com/remote.yaml]",
        "",
      ].join("\n"),
      "charts/web/prod.yaml": VALUES,
      "charts/shared/common.yaml": STRING_VALUES,
    },
    fixed: { "charts/web/prod.yaml": FIXED, "charts/shared/common.yaml": STRING_FIXED },
  },
  {
    name: "Argo CD ApplicationSet template",
    files: {
      "appsets/web.yaml": [
        "apiVersion: argoproj.io/v1alpha1",
        "kind: ApplicationSet",
        "metadata: {name: web}",
        "spec:",
        "  template:",
        "    spec:",
        "      sources:",
        "        - chart: web",
        "          repoURL: https://charts.example.com",
        "          helm: {valueFiles: [$values/envs/web.yaml]}",
        "        - {repoURL: https://git.example.com/gitops.git, ref: values}",
        "",
      ].join("\n"),
      "envs/web.yaml": VALUES,
    },
    fixed: { "envs/web.yaml": FIXED },
  },
  {
    name: "Argo CD chart from a Helm repository: plain valueFiles are inside the chart",
    files: { "apps/web/application.yaml": argo(["in-chart.yaml"]), "apps/web/in-chart.yaml": STRING_VALUES },
    unchanged: ["apps/web/in-chart.yaml"],
  },
  {
    name: "Flux HelmRelease valuesFrom a ConfigMap generated by kustomize (key=path)",
    files: {
      "flux/web/release.yaml": [
        "apiVersion: helm.toolkit.fluxcd.io/v2",
        "kind: HelmRelease",
        "metadata: {name: web}",
        "spec:",
        "  chart: {spec: {chart: web, sourceRef: {kind: HelmRepository, name: upstream}}}",
        "  valuesFrom:",
        "    - kind: ConfigMap",
        "      name: web-values",
        "    - kind: Secret",
        "      name: web-secret",
        "      valuesKey: extra.yaml",
        "",
      ].join("\n"),
      "flux/web/kustomization.yaml": [
        "resources: [release.yaml]",
        "configMapGenerator:",
        "  - name: web-values",
        "    files: [values.yaml=web-settings.yaml, other.yaml=notes.yaml]",
        "secretGenerator:",
        "  - name: web-secret",
        "    files: [extra.yaml]",
        "",
      ].join("\n"),
      "flux/web/web-settings.yaml": VALUES,
      "flux/web/notes.yaml": STRING_VALUES,
      "flux/web/extra.yaml": STRING_VALUES,
    },
    fixed: { "flux/web/web-settings.yaml": FIXED, "flux/web/extra.yaml": STRING_FIXED },
    unchanged: ["flux/web/notes.yaml"],
  },
  {
    name: "Flux HelmRelease chart from a GitRepository: valuesFiles from the repository root",
    files: {
      "flux/web.yaml": [
        "apiVersion: helm.toolkit.fluxcd.io/v2",
        "kind: HelmRelease",
        "metadata: {name: web}",
        "spec:",
        "  chart:",
        "    spec:",
        "      chart: ./charts/web",
        "      sourceRef: {kind: GitRepository, name: gitops}",
        "      valuesFiles: [./charts/web/prod.yaml]",
        "",
      ].join("\n"),
      "charts/web/prod.yaml": VALUES,
    },
    fixed: { "charts/web/prod.yaml": FIXED },
  },
  {
    name: "kustomize helmCharts valuesFile and additionalValuesFiles",
    files: {
      "kustomize/web/kustomization.yaml": [
        "helmCharts:",
        "  - name: ingress-nginx",
        "    repo: https://kubernetes.github.io/ingress-nginx",
        "    valuesFile: chart-settings.yaml",
        "    additionalValuesFiles: [more/extra.yaml]",
        "",
      ].join("\n"),
      "kustomize/web/chart-settings.yaml": VALUES,
      "kustomize/web/more/extra.yaml": STRING_VALUES,
    },
    fixed: { "kustomize/web/chart-settings.yaml": FIXED, "kustomize/web/more/extra.yaml": STRING_FIXED },
  },
  {
    name: "helmfile releases[].values (strings followed, inline maps located, templates left alone)",
    files: {
      "helmfile.yaml": HELMFILE,
      "envs/web.yaml": VALUES,
    },
    fixed: {
      "envs/web.yaml": FIXED,
      "helmfile.yaml": HELMFILE.replace("image: quay.io/a/inline:1", "image: quay.m.daocloud.io/a/inline:1"),
    },
  },
  {
    name: "a named file that leads outside the folder scanned is not read, and said so",
    files: { "apps/web/application.yaml": argo(["$values/../outside.yaml"]) },
    findings: [["apps/web/application.yaml", /outside\.yaml is named as Helm values .* leads outside/]],
  },
  {
    name: "a named file in files.exclude is not read",
    files: { "apps/web/application.yaml": argo(["$values/envs/web.yaml"]), "envs/web.yaml": STRING_VALUES },
    config: { files: { exclude: ["envs/**"] } },
    unchanged: ["envs/web.yaml"],
  },
];

function settingsOf(c: Case): Settings {
  return c.config ? settingsFromObject({ preset: "daocloud", ...c.config }, "test") : testSettings();
}

describe("Helm values files without a Chart.yaml", () => {
  for (const c of CASES) {
    it(c.name, async () => {
      const tmp = tempDir();
      try {
        const root = join(tmp.dir, "repo");
        for (const [path, text] of Object.entries(c.files)) {
          mkdirSync(dirname(join(root, path)), { recursive: true });
          writeFileSync(join(root, path), text);
        }
        writeFileSync(join(tmp.dir, "outside.yaml"), STRING_VALUES);
        const result = await scan({
          cwd: root,
          paths: ["."],
          settings: settingsOf(c),
          write: true,
          mode: "fix",
        });
        for (const [path, text] of Object.entries(c.fixed ?? {})) {
          expect(readFileSync(join(root, path), "utf8"), path).toBe(text);
        }
        const fixed = new Set(Object.keys(c.fixed ?? {}));
        for (const [path, text] of Object.entries(c.files)) {
          if (!fixed.has(path)) expect(readFileSync(join(root, path), "utf8"), path).toBe(text);
        }
        for (const path of c.unchanged ?? []) {
          expect(
            result.findings.filter((f) => f.file === path && f.kind === "rewrite"),
            path,
          ).toEqual([]);
        }
        expect(readFileSync(join(tmp.dir, "outside.yaml"), "utf8")).toBe(STRING_VALUES);
        for (const [file, message] of c.findings ?? []) {
          expect(
            result.findings.some((f) => f.file === file && message.test(f.message)),
            String(message),
          ).toBe(true);
        }
        // A second fix finds nothing left to rewrite.
        const again = await scan({
          cwd: root,
          paths: ["."],
          settings: settingsOf(c),
          write: true,
          mode: "fix",
        });
        expect(again.findings.filter((f) => f.kind === "rewrite")).toEqual([]);
      } finally {
        tmp.cleanup();
      }
    });
  }

  it("a named file that is a symbolic link out of the folder is not read", async () => {
    const tmp = tempDir();
    try {
      const root = join(tmp.dir, "repo");
      mkdirSync(join(root, "apps/web"), { recursive: true });
      writeFileSync(join(root, "apps/web/application.yaml"), argo(["$values/envs/web.yaml"]));
      writeFileSync(join(tmp.dir, "outside.yaml"), STRING_VALUES);
      mkdirSync(join(root, "envs"));
      symlinkSync(join(tmp.dir, "outside.yaml"), join(root, "envs/web.yaml"));
      const result = await scan({
        cwd: root,
        paths: ["."],
        settings: testSettings(),
        write: true,
        mode: "fix",
      });
      expect(readFileSync(join(tmp.dir, "outside.yaml"), "utf8")).toBe(STRING_VALUES);
      expect(result.findings.filter((f) => f.kind === "rewrite")).toEqual([]);
      expect(
        result.findings.some(
          (f) => f.file === "apps/web/application.yaml" && /leads outside/.test(f.message),
        ),
      ).toBe(true);
    } finally {
      tmp.cleanup();
    }
  });
});
