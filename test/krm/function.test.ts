import { describe, expect, it } from "vitest";
import { parse, parseAllDocuments } from "yaml";
import { runResourceList } from "../../src/krm/index.js";
import { replaced, resourceList, runKrm } from "./helpers.js";

/** Items as kpt sends them: orchestrator annotations, comments, every quoting style. */
const ITEMS = `- # the web tier
  apiVersion: apps/v1
  kind: Deployment
  metadata:
    name: web # keep this comment
    namespace: shop
    annotations:
      config.kubernetes.io/index: '0'
      config.kubernetes.io/path: 'apps/web.yaml'
      internal.config.kubernetes.io/index: '0'
      internal.config.kubernetes.io/path: 'apps/web.yaml'
      internal.config.kubernetes.io/seqindent: 'compact'
      kustomize.config.k8s.io/id: |
        group: apps
        kind: Deployment
        name: web
        version: v1
  spec:
    template:
      spec:
        initContainers:
        - name: init
          image: 'busybox:1.36'   # single quoted
        containers:
        - name: web
          image: "nginx:1.25" # double quoted
        - {name: sidecar, image: quay.io/prometheus/node-exporter:v1.8.0}


- apiVersion: v1
  kind: Pod
  metadata:
    name: already
    annotations:
      config.kubernetes.io/path: legacy.yaml
      config.kubernetes.io/index: '2'
  spec:
    containers:
    - name: a
      image: docker.m.daocloud.io/library/nginx:1.25
- apiVersion: v1
  kind: ConfigMap
  metadata:
    name: settings
  data:
    image: not-an-image-field:1.0
`;

const REWRITES: [string, string][] = [
  ["'busybox:1.36'", "'docker.m.daocloud.io/library/busybox:1.36'"],
  ['"nginx:1.25"', '"docker.m.daocloud.io/library/nginx:1.25"'],
  ["quay.io/prometheus/node-exporter:v1.8.0", "quay.m.daocloud.io/prometheus/node-exporter:v1.8.0"],
];

interface ListOut {
  apiVersion: string;
  kind: string;
  items: Record<string, unknown>[];
  functionConfig?: unknown;
  results?: Record<string, unknown>[];
}

function parsedOutput(stdout: string): ListOut {
  const docs = parseAllDocuments(stdout);
  expect(Array.isArray(docs) && docs.length).toBe(1);
  const doc = (docs as ReturnType<typeof parseAllDocuments> & unknown[])[0]!;
  expect(doc.errors).toEqual([]);
  return doc.toJS() as ListOut;
}

/** The output without its `results:` block (which the function appends at the end). */
function withoutResults(stdout: string): string {
  const at = stdout.indexOf("\nresults:\n");
  return at < 0 ? stdout : stdout.slice(0, at + 1);
}

describe("mirrorize krm: ResourceList in, ResourceList out", () => {
  it.each(["config.kubernetes.io/v1", "config.kubernetes.io/v1beta1"])(
    "rewrites only the image scalars of %s items, byte for byte",
    async (apiVersion) => {
      const input = resourceList(ITEMS, "", apiVersion);
      const run = await runKrm(input);
      expect(run.code).toBe(0);
      expect(run.stderr).toBe("");
      // Everything before the results is the input with exactly the three image scalars replaced:
      // comments, blank lines, quoting styles, flow maps and every annotation are untouched.
      expect(withoutResults(run.stdout)).toBe(replaced(input, REWRITES));
      const out = parsedOutput(run.stdout);
      expect(out.apiVersion).toBe(apiVersion);
      expect(out.items.map((i) => (i.metadata as { name: string }).name)).toEqual([
        "web",
        "already",
        "settings",
      ]);
      expect(out.results).toEqual([
        {
          message: "busybox:1.36 → docker.m.daocloud.io/library/busybox:1.36",
          severity: "info",
          resourceRef: { apiVersion: "apps/v1", kind: "Deployment", name: "web", namespace: "shop" },
          field: {
            path: "spec.template.spec.initContainers[0].image",
            currentValue: "busybox:1.36",
            proposedValue: "docker.m.daocloud.io/library/busybox:1.36",
          },
          file: { path: "apps/web.yaml", index: 0 },
        },
        {
          message: "nginx:1.25 → docker.m.daocloud.io/library/nginx:1.25",
          severity: "info",
          resourceRef: { apiVersion: "apps/v1", kind: "Deployment", name: "web", namespace: "shop" },
          field: {
            path: "spec.template.spec.containers[0].image",
            currentValue: "nginx:1.25",
            proposedValue: "docker.m.daocloud.io/library/nginx:1.25",
          },
          file: { path: "apps/web.yaml", index: 0 },
        },
        {
          message:
            "quay.io/prometheus/node-exporter:v1.8.0 → quay.m.daocloud.io/prometheus/node-exporter:v1.8.0",
          severity: "info",
          resourceRef: { apiVersion: "apps/v1", kind: "Deployment", name: "web", namespace: "shop" },
          field: {
            path: "spec.template.spec.containers[1].image",
            currentValue: "quay.io/prometheus/node-exporter:v1.8.0",
            proposedValue: "quay.m.daocloud.io/prometheus/node-exporter:v1.8.0",
          },
          file: { path: "apps/web.yaml", index: 0 },
        },
      ]);
    },
  );

  it("takes file.path and file.index from the legacy annotations when the internal ones are absent", async () => {
    const items = `- apiVersion: v1
  kind: Pod
  metadata:
    name: legacy
    annotations:
      config.kubernetes.io/path: manifests/pod.yaml
      config.kubernetes.io/index: '2'
      config.k8s.io/id: '7'
  spec:
    containers:
    - name: a
      image: nginx
`;
    const run = await runKrm(resourceList(items));
    expect(parsedOutput(run.stdout).results?.[0]?.file).toEqual({ path: "manifests/pod.yaml", index: 2 });
    expect(run.stdout).toContain("      config.k8s.io/id: '7'\n");
  });

  it("is idempotent: its own output needs no rewrite and passes through unchanged", async () => {
    const first = await runKrm(resourceList(ITEMS));
    const second = await runKrm(first.stdout);
    expect(second.code).toBe(0);
    // The results of the first run are replaced by none.
    expect(second.stdout).toBe(withoutResults(first.stdout));
  });

  it("keeps functionConfig and replaces results an earlier function left", async () => {
    const rest = `functionConfig:
  apiVersion: v1
  kind: ConfigMap
  metadata:
    name: function-input
  data: {preset: daocloud}
results:
- message: from an earlier function
  severity: info
`;
    const input = resourceList(ITEMS, rest);
    const run = await runKrm(input);
    expect(run.code).toBe(0);
    const out = parsedOutput(run.stdout);
    expect(out.functionConfig).toEqual(parse(rest).functionConfig);
    expect(out.results?.map((r) => r.severity)).toEqual(["info", "info", "info"]);
    expect(run.stdout).not.toContain("earlier function");
    expect(run.stdout.startsWith(replaced(resourceList(ITEMS), REWRITES))).toBe(true);
  });

  it("answers JSON with JSON, pretty or compact", async () => {
    const list = {
      apiVersion: "config.kubernetes.io/v1",
      kind: "ResourceList",
      items: [
        {
          apiVersion: "v1",
          kind: "Pod",
          metadata: { name: "p", annotations: { "internal.config.kubernetes.io/path": "pod.json" } },
          spec: { containers: [{ name: "a", image: "ghcr.io/fluxcd/helm-controller:v1.0.1" }] },
        },
      ],
    };
    for (const input of [JSON.stringify(list, null, 2), JSON.stringify(list)]) {
      const run = await runKrm(input);
      expect(run.code).toBe(0);
      const out = JSON.parse(run.stdout) as ListOut;
      const pod = out.items[0] as { spec: { containers: { image: string }[] } };
      expect(pod.spec.containers[0]!.image).toBe("ghcr.m.daocloud.io/fluxcd/helm-controller:v1.0.1");
      expect(out.results).toEqual([
        {
          message: "ghcr.io/fluxcd/helm-controller:v1.0.1 → ghcr.m.daocloud.io/fluxcd/helm-controller:v1.0.1",
          severity: "info",
          resourceRef: { apiVersion: "v1", kind: "Pod", name: "p" },
          field: {
            path: "spec.containers[0].image",
            currentValue: "ghcr.io/fluxcd/helm-controller:v1.0.1",
            proposedValue: "ghcr.m.daocloud.io/fluxcd/helm-controller:v1.0.1",
          },
          file: { path: "pod.json" },
        },
      ]);
      // The items part is the input with only the image string replaced.
      const items = input.slice(0, input.lastIndexOf("]") + 1);
      expect(run.stdout.startsWith(items.replace("ghcr.io/", "ghcr.m.daocloud.io/"))).toBe(true);
    }
  });

  it("handles Helm-rendered items (from helmCharts inflation) like any other resource", async () => {
    const items = `- # Source: redis/templates/master/application.yaml
  apiVersion: apps/v1
  kind: StatefulSet
  metadata:
    name: redis-master
    labels:
      app.kubernetes.io/managed-by: Helm
      helm.sh/chart: redis-19.0.1
  spec:
    template:
      spec:
        containers:
          - name: redis
            image: docker.io/bitnami/redis:7.2.4-debian-12-r9
            imagePullPolicy: "IfNotPresent"
          - name: metrics
            image: docker.io/bitnami/redis-exporter:1.58.0-debian-12-r4
- # Source: redis/templates/tests/test-connection.yaml
  apiVersion: v1
  kind: Pod
  metadata:
    name: "redis-test-connection"
    annotations:
      "helm.sh/hook": test
  spec:
    containers:
      - name: test
        image: "docker.io/bitnami/os-shell:12-debian-12-r16"
`;
    const input = resourceList(items);
    const run = await runKrm(input);
    expect(run.code).toBe(0);
    expect(withoutResults(run.stdout)).toBe(
      input.replaceAll("docker.io/bitnami/", "docker.m.daocloud.io/bitnami/"),
    );
    const out = parsedOutput(run.stdout);
    expect(out.results?.map((r) => (r.resourceRef as { name: string }).name)).toEqual([
      "redis-master",
      "redis-master",
      "redis-test-connection",
    ]);
  });

  it("locates CRD fields, kustomizations and List items inside the ResourceList", async () => {
    const items = `- apiVersion: monitoring.coreos.com/v1
  kind: Prometheus
  metadata: {name: main}
  spec:
    image: quay.io/prometheus/prometheus:v2.54.1
- apiVersion: kustomize.config.k8s.io/v1beta1
  kind: Kustomization
  metadata: {name: kustomization}
  images:
  - name: nginx
    newTag: "1.27"
- apiVersion: v1
  kind: List
  metadata: {name: list}
  items:
  - apiVersion: v1
    kind: Pod
    metadata: {name: inner}
    spec:
      containers: [{name: a, image: "registry.k8s.io/pause:3.10"}]
`;
    const run = await runKrm(resourceList(items));
    expect(run.code).toBe(0);
    const fields = parsedOutput(run.stdout).results?.map((r) => [
      (r.resourceRef as { kind: string }).kind,
      (r.field as { path: string; proposedValue: string }).path,
      (r.field as { proposedValue: string }).proposedValue,
    ]);
    expect(fields).toEqual([
      ["Prometheus", "spec.image", "quay.m.daocloud.io/prometheus/prometheus:v2.54.1"],
      ["Kustomization", "images[0].name", "docker.m.daocloud.io/library/nginx:1.27"],
      ["List", "items[0].spec.containers[0].image", "k8s.m.daocloud.io/pause:3.10"],
    ]);
    expect(run.stdout).toContain("  - name: nginx\n    newName: docker.m.daocloud.io/library/nginx\n");
  });

  it("check mode (the validator) changes nothing and reports every needed rewrite as an error", async () => {
    const rest = `functionConfig:
  apiVersion: mirrorize.dev/v1alpha1
  kind: MirrorizeConfig
  metadata: {name: gate}
  preset: daocloud
  mode: check
`;
    const input = resourceList(ITEMS, rest);
    const run = await runKrm(input);
    expect(run.code).toBe(1);
    expect(withoutResults(run.stdout)).toBe(input);
    const results = parsedOutput(run.stdout).results ?? [];
    expect(results.map((r) => r.severity)).toEqual(["error", "error", "error"]);
    expect(results[1]).toMatchObject({
      message: "nginx:1.25 is not pulled through a mirror; use docker.m.daocloud.io/library/nginx:1.25.",
      field: {
        path: "spec.template.spec.containers[0].image",
        proposedValue: "docker.m.daocloud.io/library/nginx:1.25",
      },
    });
    // The errors also reach stderr (kustomize shows only stderr), one line each.
    expect(run.stderr.trim().split("\n")).toHaveLength(3);
    expect(run.stderr).toContain(
      "mirrorize krm: error: Deployment/web (apps/web.yaml) spec.template.spec.containers[0].image: nginx:1.25 is not pulled",
    );
  });

  it("reports problems as warnings and errors with exit 1 only for errors", async () => {
    const items = `- apiVersion: apps/v1
  kind: Deployment
  metadata: {name: odd}
  spec:
    template:
      spec:
        containers:
        - name: block
          image: |
            nginx:1.25
        - name: env
          image: registry.example.com/app:1
          env:
          - name: SIDECAR_IMAGE
            value: quay.io/jetstack/cert-manager-controller:v1.15.0
`;
    const run = await runKrm(resourceList(items));
    const results = parsedOutput(run.stdout).results ?? [];
    expect(results.map((r) => [r.severity, (r.field as { path: string }).path])).toEqual([
      ["error", "spec.template.spec.containers[0].image"],
      ["warning", "spec.template.spec.containers[1].env[0].value"],
    ]);
    expect(run.code).toBe(1);
    expect(String(results[0]!.message)).toContain("block scalar");
  });

  it("reports a flatten collision as an error and rewrites neither image", async () => {
    const rest = `functionConfig:
  apiVersion: mirrorize.dev/v1alpha1
  kind: MirrorizeConfig
  rules:
  - match: "*"
    mirror: registry.example.com/flat
    strategy: flatten
`;
    const items = `- apiVersion: v1
  kind: Pod
  metadata: {name: p}
  spec:
    containers:
    - {name: a, image: "quay.io/a/tool:1"}
    - {name: b, image: "ghcr.io/b/tool:1"}
    - {name: c, image: "ghcr.io/b/other:1"}
`;
    const input = resourceList(items, rest);
    const run = await runKrm(input);
    expect(run.code).toBe(1);
    const results = parsedOutput(run.stdout).results ?? [];
    expect(results.map((r) => r.severity)).toEqual(["error", "error", "info"]);
    expect(String(results[0]!.message)).toContain("would both become registry.example.com/flat/tool");
    expect(withoutResults(run.stdout)).toBe(
      input.replace('"ghcr.io/b/other:1"', '"registry.example.com/flat/other:1"'),
    );
  });
});

describe("mirrorize krm: functionConfig", () => {
  const pod = `- apiVersion: v1
  kind: Pod
  metadata: {name: p}
  spec:
    containers:
    - {name: a, image: "nginx:1.25"}
    - {name: b, image: "ghcr.io/org/app:2"}
`;
  const imagesOf = (stdout: string) =>
    (
      (parsedOutput(stdout).items[0] as { spec: { containers: { image: string }[] } }).spec.containers ?? []
    ).map((c) => c.image);

  it.each<[string, string, string[]]>([
    [
      "none: the default preset",
      "",
      ["docker.m.daocloud.io/library/nginx:1.25", "ghcr.m.daocloud.io/org/app:2"],
    ],
    [
      "a MirrorizeConfig with own rules before the preset",
      `functionConfig:
  apiVersion: mirrorize.dev/v1alpha1
  kind: MirrorizeConfig
  metadata:
    name: mirrorize
    annotations:
      config.kubernetes.io/local-config: "true"
      config.kubernetes.io/function: |
        exec:
          path: ./mirrorize-krm
  preset: daocloud
  rules:
  - match: ghcr.io
    mirror: mirror.example.com/ghcr
`,
      ["docker.m.daocloud.io/library/nginx:1.25", "mirror.example.com/ghcr/org/app:2"],
    ],
    [
      "a MirrorizeConfig with exclude",
      `functionConfig:
  apiVersion: mirrorize.dev/v1alpha1
  kind: MirrorizeConfig
  preset: daocloud
  exclude: ["docker.io/library/**"]
`,
      ["nginx:1.25", "ghcr.m.daocloud.io/org/app:2"],
    ],
    [
      "a ConfigMap naming a preset (kpt fn eval -- preset=daocloud)",
      `functionConfig:
  apiVersion: v1
  kind: ConfigMap
  metadata: {name: function-input}
  data: {preset: daocloud}
`,
      ["docker.m.daocloud.io/library/nginx:1.25", "ghcr.m.daocloud.io/org/app:2"],
    ],
    [
      "a ConfigMap with rules as a YAML string (the default preset after them)",
      `functionConfig:
  apiVersion: v1
  kind: ConfigMap
  metadata: {name: mirrorize}
  data:
    rules: |
      - match: docker.io
        mirror: hub.example.com
`,
      ["hub.example.com/library/nginx:1.25", "ghcr.m.daocloud.io/org/app:2"],
    ],
    [
      "a ConfigMap with exclude as a YAML string",
      `functionConfig:
  apiVersion: v1
  kind: ConfigMap
  data:
    exclude: '["ghcr.io/**"]'
`,
      ["docker.m.daocloud.io/library/nginx:1.25", "ghcr.io/org/app:2"],
    ],
  ])("%s", async (_name, rest, images) => {
    const run = await runKrm(resourceList(pod, rest));
    expect(run.code).toBe(0);
    expect(imagesOf(run.stdout)).toEqual(images);
  });

  it("a ConfigMap with mode: check is the validator", async () => {
    const input = resourceList(pod, "functionConfig:\n  kind: ConfigMap\n  data: {mode: check}\n");
    const run = await runKrm(input);
    expect(run.code).toBe(1);
    expect(withoutResults(run.stdout)).toBe(input);
  });

  it("warns (exit 0) about a MirrorizeConfig that names no preset and no rules", async () => {
    const run = await runKrm(
      resourceList(
        pod,
        "functionConfig:\n  apiVersion: mirrorize.dev/v1alpha1\n  kind: MirrorizeConfig\n  metadata: {name: empty}\n",
      ),
    );
    expect(run.code).toBe(0);
    const results = parsedOutput(run.stdout).results ?? [];
    expect(results).toEqual([
      {
        message: expect.stringContaining("names no preset and no rules, so nothing is rewritten"),
        severity: "warning",
        resourceRef: { apiVersion: "mirrorize.dev/v1alpha1", kind: "MirrorizeConfig", name: "empty" },
      },
    ]);
    expect(run.stderr).toContain("warning: MirrorizeConfig/empty: functionConfig names no preset");
  });

  it.each<[string, string, string, RegExp]>([
    [
      "an unknown key",
      "  apiVersion: mirrorize.dev/v1alpha1\n  kind: MirrorizeConfig\n  metadata: {name: bad}\n  presets: daocloud\n",
      "presets",
      /presets/,
    ],
    [
      "a bad rule",
      "  apiVersion: mirrorize.dev/v1alpha1\n  kind: MirrorizeConfig\n  metadata: {name: bad}\n  rules:\n  - match: docker.io\n    mirror: hub.example.com\n    strategy: sideways\n",
      "rules[0].strategy",
      /strategy/,
    ],
    [
      "an unknown preset",
      "  apiVersion: mirrorize.dev/v1alpha1\n  kind: MirrorizeConfig\n  metadata: {name: bad}\n  preset: nowhere\n",
      "preset",
      /preset/,
    ],
    [
      "a wrong kind",
      "  apiVersion: apps/v1\n  kind: Deployment\n  metadata: {name: bad}\n",
      "kind",
      /MirrorizeConfig/,
    ],
    [
      "an unknown ConfigMap key",
      "  apiVersion: v1\n  kind: ConfigMap\n  metadata: {name: bad}\n  data: {mirror: x}\n",
      "data.mirror",
      /data\.mirror is not a setting/,
    ],
    [
      "ConfigMap rules that are not YAML",
      "  apiVersion: v1\n  kind: ConfigMap\n  metadata: {name: bad}\n  data:\n    rules: '[unclosed'\n",
      "data.rules",
      /data\.rules is not valid YAML/,
    ],
    [
      "ConfigMap rules that break the schema",
      "  apiVersion: v1\n  kind: ConfigMap\n  metadata: {name: bad}\n  data:\n    rules: '[{match: docker.io}]'\n",
      "data.rules",
      /mirror/,
    ],
    [
      "a ConfigMap with an unknown preset",
      "  apiVersion: v1\n  kind: ConfigMap\n  metadata: {name: bad}\n  data: {preset: 'daocloud,nowhere'}\n",
      "data.preset",
      /preset/,
    ],
  ])(
    "rejects %s: error result naming the field, exit 1, items unchanged",
    async (_name, config, path, message) => {
      const input = resourceList(pod, `functionConfig:\n${config}`);
      const run = await runKrm(input);
      expect(run.code).toBe(1);
      expect(withoutResults(run.stdout)).toBe(input);
      const results = parsedOutput(run.stdout).results ?? [];
      expect(results).toHaveLength(1);
      expect(results[0]).toMatchObject({ severity: "error", field: { path } });
      expect(String(results[0]!.message)).toMatch(message);
      expect((results[0]!.resourceRef as { name: string }).name).toBe("bad");
      expect(run.stderr).toMatch(/^mirrorize krm: error: /);
    },
  );
});

describe("mirrorize krm: malformed input", () => {
  it.each<[string, string, RegExp]>([
    ["empty input", "", /input is empty/],
    ["text that is not YAML", "items: [\n  - {\n", /not valid YAML or JSON \(line/],
    ["a YAML stream", "apiVersion: v1\nkind: Pod\n---\napiVersion: v1\nkind: Pod\n", /not valid YAML/],
    ["a scalar", "hello\n", /expected a map with kind: ResourceList/],
    [
      "a plain resource",
      "apiVersion: v1\nkind: Pod\nmetadata: {name: p}\n",
      /not a ResourceList \(got v1 Pod\)/,
    ],
    ["another list kind", "apiVersion: v1\nkind: List\nitems: []\n", /not a ResourceList/],
    [
      "an unknown ResourceList version",
      "apiVersion: config.kubernetes.io/v2\nkind: ResourceList\nitems: []\n",
      /apiVersion config.kubernetes.io\/v2 is not supported/,
    ],
    [
      "items that are not a list",
      "apiVersion: config.kubernetes.io/v1\nkind: ResourceList\nitems: {a: 1}\n",
      /items is not a list/,
    ],
    ["broken JSON", '{"apiVersion": "config.kubernetes.io/v1", "kind": ', /not valid YAML or JSON/],
  ])("%s: an error result in a valid ResourceList, exit 1, no crash", async (_name, input, message) => {
    const run = await runKrm(input);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(message);
    expect(run.stderr).not.toContain("internal error");
    const out = input.trimStart().startsWith("{")
      ? (JSON.parse(run.stdout) as ListOut)
      : parsedOutput(run.stdout);
    expect(out).toMatchObject({ apiVersion: "config.kubernetes.io/v1", kind: "ResourceList", items: [] });
    expect(out.results).toEqual([{ message: expect.stringMatching(message), severity: "error" }]);
  });

  it("accepts a ResourceList without items (nothing to do)", async () => {
    const input = "apiVersion: config.kubernetes.io/v1\nkind: ResourceList\n";
    const run = await runKrm(input);
    expect(run).toEqual({ code: 0, stdout: input, stderr: "" });
  });

  it("is a pure function underneath: runResourceList returns the same answer", () => {
    const input = resourceList(ITEMS);
    const out = runResourceList(input);
    expect(out.exitCode).toBe(0);
    expect(out.results).toHaveLength(3);
    expect(withoutResults(out.stdout)).toBe(replaced(input, REWRITES));
  });
});

describe("mirrorize krm: where results go", () => {
  const item =
    "- apiVersion: v1\n  kind: Pod\n  metadata: {name: p}\n  spec:\n    containers: [{name: a, image: nginx}]\n";

  it("replaces results in the middle of the list in place, keeping what follows", async () => {
    const input = `apiVersion: config.kubernetes.io/v1
kind: ResourceList
results:
  - message: old
    severity: error
# about the config
functionConfig:
  kind: ConfigMap
  data: {preset: daocloud}
items:
${item}`;
    const run = await runKrm(input);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("# about the config\nfunctionConfig:\n  kind: ConfigMap\n");
    expect(run.stdout).not.toContain("message: old");
    const out = parse(run.stdout) as ListOut;
    expect(Object.keys(out)).toEqual(["apiVersion", "kind", "results", "functionConfig", "items"]);
    expect(out.results).toHaveLength(1);
  });

  it("writes results at the root's indentation, before a document end marker", async () => {
    const input = `---\n  apiVersion: config.kubernetes.io/v1\n  kind: ResourceList\n  items:\n${item.trimEnd().replace(/^/gm, "  ")}\n...\n`;
    const run = await runKrm(input);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(
      /\n {2}results:\n {2}- message: nginx → docker\.m\.daocloud\.io\/library\/nginx\n[\s\S]*\.\.\.\n$/,
    );
    expect((parse(run.stdout) as ListOut).results).toHaveLength(1);
  });

  it("removes stale results when there is nothing to report", async () => {
    const input = resourceList(
      "- apiVersion: v1\n  kind: Pod\n  metadata: {name: p}\n  spec:\n    containers: [{name: a, image: docker.m.daocloud.io/library/nginx}]\n",
      "results:\n- message: old\n",
    );
    const run = await runKrm(input);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(input.slice(0, input.indexOf("results:")));
  });

  it("adds results to a JSON list that had none, and replaces them when it had some", async () => {
    const run = await runKrm(
      '{"apiVersion":"config.kubernetes.io/v1","kind":"ResourceList","items":[],"results":[{"message":"old"}]}',
    );
    expect(run.stdout).toBe(
      '{"apiVersion":"config.kubernetes.io/v1","kind":"ResourceList","items":[],"results":[]}',
    );
    const empty = await runKrm('{"apiVersion":"config.kubernetes.io/v1","kind":"ResourceList"}');
    expect(empty.stdout).toBe('{"apiVersion":"config.kubernetes.io/v1","kind":"ResourceList"}');
  });
});
