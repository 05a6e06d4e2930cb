import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { settingsFromObject } from "../../src/config/index.js";
import { planContext, planFile } from "../../src/engine/index.js";
import type { ChartInfo } from "../../src/locate/helm/chart.js";
import type { LearnedComposition, PartSource } from "../../src/locate/helm/learned.js";
import { createResolver } from "../../src/resolver/index.js";
import { testSettings } from "../helpers/settings.js";
import { type Case, render, runCase } from "./harness.js";

const learned = (c: Omit<LearnedComposition, "image"> & { image: string }): LearnedComposition => ({
  ...c,
  image: c.image.split("."),
});
const v = (path: string): PartSource => ({ values: path.split(".") });

describe("the learned-composition hook overrides the shape tables", () => {
  const loki = learned({
    image: "loki.image",
    // `{{ .registry | default .global.imageRegistry }}/{{ .repository }}:{{ .tag }}`: the local registry wins.
    name: [[v("loki.image.registry"), v("global.imageRegistry")], [v("loki.image.repository")]],
    tag: [v("loki.image.tag")],
    origin: "templates/_helpers.tpl:3",
  });
  const lokiValues = [
    "global:",
    "  imageRegistry: ghcr.io/other",
    "loki:",
    "  image:",
    "    registry: docker.io",
    "    repository: grafana/loki # the image",
    '    tag: "3.1.0"',
    "",
  ].join("\n");
  const cases: Case[] = [
    {
      title: "a local registry that wins over the global one, as the template says",
      values: lokiValues,
      chart: { dependencies: [], compositions: [loki] },
      field: "loki.image",
      before: render(loki, parse(lokiValues)),
      changed: ["docker.m.daocloud.io"],
    },
    {
      title: "a string image the template joins to a global registry with a path",
      values: ["global:", "  registry: ghcr.io/org/project", "controllerImage: controller:v1", ""].join("\n"),
      chart: {
        dependencies: [],
        compositions: [
          learned({ image: "controllerImage", name: [[v("global.registry")], [v("controllerImage")]] }),
        ],
      },
      field: "controllerImage",
      before: "ghcr.io/org/project/controller:v1",
      changed: ["ghcr.m.daocloud.io/org/project"],
    },
    {
      title: "a literal default registry: the empty key is filled",
      values: ["image:", '  registry: ""', "  repository: org/app", "  tag: v2", ""].join("\n"),
      chart: {
        dependencies: [],
        compositions: [
          learned({
            image: "image",
            name: [[v("image.registry"), { literal: "quay.io" }], [v("image.repository")]],
            tag: [v("image.tag")],
          }),
        ],
      },
      field: "image",
      before: "quay.io/org/app:v2",
      changed: ["quay.m.daocloud.io"],
    },
    {
      title: "a computed part is reported, never rewritten",
      values: ["image:", "  repository: controller", "  tag: v1", ""].join("\n"),
      chart: {
        dependencies: [],
        compositions: [
          learned({
            image: "image",
            name: [[v("image.repository")]],
            tag: [v("image.tag")],
            computed: "the registry comes from .Values.site through a helper",
          }),
        ],
      },
      field: "image",
      before: "controller:v1",
      reported: /computes|helper/,
    },
  ];
  for (const c of cases) it(c.title, () => runCase(c));

  it("the oracle agrees with the shape the hook gives (the local registry wins here)", () => {
    expect(render(loki, parse(lokiValues))).toBe("docker.io/grafana/loki:3.1.0");
  });
});

const lines = (...l: string[]) => `${l.join("\n")}\n`;
const daocloud = (extra: Record<string, unknown> = {}) =>
  settingsFromObject({ preset: "daocloud", ...extra }, "mirrorize.yaml");
const bitnami: ChartInfo = {
  name: "redis",
  dependencies: [{ name: "common", repository: "oci://registry-1.docker.io/bitnamicharts" }],
};

describe("issue 17: Helm values composed as the chart renders them (no templates in the tree)", () => {
  const cases: Case[] = [
    {
      title: "a global registry with a path and a map with only a repository: the global changes",
      values: lines(
        "global:",
        "  imageRegistry: ghcr.io/org/project",
        "controller:",
        "  image:",
        "    repository: controller",
        '    tag: "v1.2.0"',
      ),
      field: "controller.image",
      before: "ghcr.io/org/project/controller:v1.2.0",
      changed: ["ghcr.m.daocloud.io/org/project"],
    },
    {
      title: "a global registry and a repository that names its own registry: reported",
      values: lines(
        "global:",
        "  imageRegistry: ghcr.io/org/project",
        "image:",
        "  repository: quay.io/org/controller",
        "  tag: v1",
      ),
      field: "image",
      before: "quay.io/org/controller:v1",
      reported: /prefixes global\.imageRegistry.*helm\.images/,
    },
    {
      title: "Bitnami common: the global wins over a map's own registry; only the global changes",
      values: lines(
        "global:",
        "  imageRegistry: quay.io",
        "image:",
        "  registry: ghcr.io",
        "  repository: bitnami/redis",
        "  tag: 8.2.1",
      ),
      chart: bitnami,
      field: "image",
      before: "quay.io/bitnami/redis:8.2.1",
      changed: ["quay.m.daocloud.io"],
    },
    {
      title: "a global and a different own registry in a chart of unknown precedence: reported",
      values: lines(
        "global:",
        "  imageRegistry: quay.io",
        "image:",
        "  registry: ghcr.io",
        "  repository: org/app",
        "  tag: v1",
      ),
      field: "image",
      before: "quay.io/org/app:v1",
      reported: /which one wins is decided in the chart's templates/,
    },
    {
      title: "equal global and own registries: both change, so either precedence renders the mirror",
      values: lines(
        "global:",
        "  imageRegistry: quay.io",
        "image:",
        "  registry: quay.io",
        "  repository: org/app",
        "  tag: v1",
      ),
      field: "image",
      before: "quay.io/org/app:v1",
      changed: ["quay.m.daocloud.io", "quay.m.daocloud.io"],
    },
    {
      title: "the config tells the precedence (the map's own wins): only it changes",
      values: lines(
        "global:",
        "  imageRegistry: quay.io",
        "image:",
        "  registry: ghcr.io",
        "  repository: org/app",
        "  tag: v1",
      ),
      settings: daocloud({
        helm: {
          images: [
            {
              path: "image",
              name: ["image.registry|global.imageRegistry", "image.repository"],
              tag: "image.tag",
            },
          ],
        },
      }),
      field: "image",
      before: "ghcr.io/org/app:v1",
      changed: ["ghcr.m.daocloud.io"],
    },
    {
      title: "a config entry for another chart does not apply",
      values: lines(
        "global:",
        "  imageRegistry: quay.io",
        "image:",
        "  registry: ghcr.io",
        "  repository: org/app",
      ),
      settings: daocloud({
        helm: { images: [{ chart: "other", path: "image", name: ["image.registry", "image.repository"] }] },
      }),
      chart: { name: "mine", dependencies: [] },
      field: "image",
      before: "quay.io/org/app",
      reported: /which one wins/,
    },
    {
      title: "repo + tag",
      values: lines("image:", "  repo: nginx", '  tag: "1.27"'),
      field: "image",
      before: "docker.io/library/nginx:1.27",
      changed: ["docker.m.daocloud.io/library/nginx"],
    },
    {
      title: "registry + repo + tag + pullPolicy outside an image key",
      values: lines(
        "proxy:",
        "  registry: quay.io",
        "  repo: org/proxy",
        "  tag: v3",
        "  pullPolicy: Always",
      ),
      field: "proxy",
      before: "quay.io/org/proxy:v3",
      changed: ["quay.m.daocloud.io"],
    },
    {
      title: "a component hub + image + tag (istio)",
      values: lines("pilot:", "  hub: docker.io/istio", "  image: pilot", "  tag: 1.24.0"),
      field: "pilot.image",
      before: "docker.io/istio/pilot:1.24.0",
      changed: ["docker.m.daocloud.io/istio"],
    },
    {
      title: "name + tag with doNotCheckTag and pullSecrets",
      values: lines(
        "hub:",
        "  image:",
        "    name: quay.io/jupyterhub/k8s-hub",
        '    tag: "4.2.0"',
        "    doNotCheckTag: true",
        "    pullSecrets: [regcred]",
        "    pullPolicy: IfNotPresent",
      ),
      field: "hub.image",
      before: "quay.io/jupyterhub/k8s-hub:4.2.0",
      changed: ["quay.m.daocloud.io/jupyterhub/k8s-hub"],
    },
    {
      title: "registry + repository + tag + digest: the digest is kept",
      values: lines(
        "image:",
        "  registry: registry.k8s.io",
        "  repository: ingress-nginx/controller",
        "  tag: v1.15.1",
        `  digest: sha256:${"a".repeat(64)}`,
        "  pullPolicy: IfNotPresent",
      ),
      field: "image",
      before: `registry.k8s.io/ingress-nginx/controller:v1.15.1@sha256:${"a".repeat(64)}`,
      changed: ["k8s.m.daocloud.io"],
    },
    {
      title: "registry + repository + tag + hex sha",
      values: lines(
        "image:",
        "  registry: quay.io",
        "  repository: prometheus/prometheus",
        "  tag: v3.1.0",
        `  sha: "${"b".repeat(64)}"`,
      ),
      field: "image",
      before: `quay.io/prometheus/prometheus:v3.1.0@sha256:${"b".repeat(64)}`,
      changed: ["quay.m.daocloud.io"],
    },
    {
      title: "a map without a registry key among maps that carry one: the chart computes it; reported",
      values: lines(
        "operator:",
        "  image:",
        "    registry: gcr.io/datadoghq",
        "    repository: operator",
        "agents:",
        "  image:",
        "    repository: agent",
        "    tag: 7.60.0",
      ),
      field: "agents.image",
      before: "docker.io/library/agent:7.60.0",
      reported: /templates most likely supply its registry/,
    },
    {
      title: "the config tells a computed registry that is a values key: it changes",
      values: lines(
        "registry: gcr.io/datadoghq",
        "operator:",
        "  image:",
        "    registry: gcr.io/datadoghq",
        "    repository: operator",
        "agents:",
        "  image:",
        "    repository: agent",
        "    tag: 7.60.0",
      ),
      settings: daocloud({
        helm: {
          images: [
            { path: "agents.image", name: ["registry", "agents.image.repository"], tag: "agents.image.tag" },
          ],
        },
      }),
      field: "agents.image",
      before: "gcr.io/datadoghq/agent:7.60.0",
      // The top-level registry (told) and operator.image.registry (its own image).
      changed: ["gcr.m.daocloud.io/datadoghq", "gcr.m.daocloud.io/datadoghq"],
    },
  ];
  for (const c of cases) it(c.title, () => runCase(c));

  it("repo + tag without an image key or image keys beside it is not an image (a git source)", () => {
    const settings = testSettings();
    const ctx = planContext(settings, createResolver(settings), "fix");
    const plan = planFile(
      "values.yaml",
      lines("source:", "  repo: github.com/org/x", "  tag: v1"),
      "helm-values",
      ctx,
    );
    expect(plan.findings).toEqual([]);
  });
});

const DIGEST = `sha256:${"c".repeat(64)}`;

describe("issue 12: pin where the shape has a place for a digest, and say so where it has none", () => {
  const cases: Case[] = [
    {
      title: "an empty digest key takes the digest",
      values: lines(
        "image:",
        "  registry: docker.io",
        "  repository: bitnami/redis",
        "  tag: 8.2.1",
        '  digest: ""',
      ),
      pinDigest: DIGEST,
      field: "image",
      before: "docker.io/bitnami/redis:8.2.1",
      changed: ["docker.m.daocloud.io", DIGEST],
    },
    {
      title: "no digest key: the map's own tag takes it (tag@sha256)",
      values: lines("image:", "  repository: quay.io/org/app", '  tag: "v1.2"'),
      pinDigest: DIGEST,
      field: "image",
      before: "quay.io/org/app:v1.2",
      changed: ["quay.m.daocloud.io/org/app", `v1.2@${DIGEST}`],
    },
    {
      title: "a whole-reference string with a tag: the digest goes at its end",
      values: lines("sidecars:", "  - name: proxy", "    image: nginx:1.25 # a sidecar"),
      pinDigest: DIGEST,
      field: "sidecars[0].image",
      before: "nginx:1.25",
      changed: [`docker.m.daocloud.io/library/nginx:1.25@${DIGEST}`],
    },
    {
      title: "a whole-reference string without a tag: repository@sha256",
      values: lines("sidecars:", "  - name: proxy", "    image: quay.io/org/proxy"),
      pinDigest: DIGEST,
      field: "sidecars[0].image",
      before: "quay.io/org/proxy",
      changed: [`quay.m.daocloud.io/org/proxy@${DIGEST}`],
    },
    {
      title: "a string with a sibling tag key: the tag key takes it",
      values: lines("image: docker.elastic.co/elasticsearch/elasticsearch", 'imageTag: "8.5.1"'),
      pinDigest: DIGEST,
      field: "image",
      before: "docker.elastic.co/elasticsearch/elasticsearch:8.5.1",
    },
    {
      title:
        "an empty tag (the chart's appVersion) with a digest key: not pinned (the digest would be latest's)",
      values: lines("image:", "  registry: quay.io", "  repository: org/app", '  tag: ""', '  digest: ""'),
      pinDigest: DIGEST,
      field: "image",
      before: "quay.io/org/app",
      unpinned: /not pinned: the tag is not in the values/,
      changed: ["quay.m.daocloud.io"],
    },
    {
      title: "an empty tag (the chart's appVersion) and no digest key: not pinned, and said so",
      values: lines("image:", "  registry: quay.io", "  repository: org/app", '  tag: ""'),
      pinDigest: DIGEST,
      field: "image",
      before: "quay.io/org/app",
      unpinned: /not pinned: this shape has no place for a digest/,
      changed: ["quay.m.daocloud.io"],
    },
    {
      title: "a tag shared by every image (istio global.tag): not pinned, and said so",
      values: lines("global:", "  hub: docker.io/istio", "  tag: 1.24.0", "pilot:", "  image: pilot"),
      pinDigest: DIGEST,
      field: "pilot.image",
      before: "docker.io/istio/pilot:1.24.0",
      unpinned: /not pinned/,
      changed: ["docker.m.daocloud.io/istio"],
    },
    {
      title: "a tag with a variant appended by the chart: not pinned",
      values: lines(
        "global:",
        "  hub: docker.io/istio",
        "image: pilot",
        "tag: 1.24.0",
        "variant: distroless",
      ),
      pinDigest: DIGEST,
      field: "image",
      before: "docker.io/istio/pilot:1.24.0-distroless",
      unpinned: /not pinned/,
    },
  ];
  for (const c of cases) it(c.title, () => runCase(c));
});

describe("issue 12: chart-wide registry keys, with or without image maps beside them", () => {
  const cases: Case[] = [
    {
      title: "global.hub alone (the images are in the chart's own values)",
      values: lines("global:", "  hub: docker.io/istio # the hub", "  tag: 1.24.0"),
      field: "global.hub",
      before: "docker.io/istio",
      changed: ["docker.m.daocloud.io/istio"],
    },
    {
      title: "a top-level registry alone",
      values: lines("registry: gcr.io/datadoghq", "datadog:", "  site: datadoghq.com"),
      field: "registry",
      before: "gcr.io/datadoghq",
      changed: ["gcr.m.daocloud.io/datadoghq"],
    },
    {
      title: "a top-level registry that maps with name + tag inherit",
      values: lines(
        "registry: gcr.io/datadoghq",
        "agents:",
        "  image:",
        "    name: agent",
        "    tag: 7.60.0",
      ),
      field: "agents.image",
      before: "gcr.io/datadoghq/agent:7.60.0",
      changed: ["gcr.m.daocloud.io/datadoghq"],
    },
    {
      title: "an empty top-level registry: name maps get a computed registry; reported",
      values: lines("registry:", "agents:", "  image:", "    name: agent", "    tag: 7.60.0"),
      field: "agents.image",
      before: "docker.io/library/agent:7.60.0",
      reported: /chart-wide registry is empty, so the chart computes/,
    },
    {
      title: "global.registry alone",
      values: lines("global:", "  registry: quay.io", "  pullSecrets: []"),
      field: "global.registry",
      before: "quay.io",
      changed: ["quay.m.daocloud.io"],
    },
    {
      title: "global.imageRegistry alone (a bare Docker Hub host)",
      values: lines("global:", '  imageRegistry: "docker.io"'),
      field: "global.imageRegistry",
      before: "docker.io",
      changed: ["docker.m.daocloud.io"],
    },
    {
      title: "imageRegistry at any level",
      values: lines("controller:", "  imageRegistry: registry.k8s.io", "  replicas: 2"),
      field: "controller.imageRegistry",
      before: "registry.k8s.io",
      changed: ["k8s.m.daocloud.io"],
    },
    {
      title: "a chart-wide registry used by an image map is rewritten once, by that map",
      values: lines(
        "global:",
        "  imageRegistry: ghcr.io/org",
        "a:",
        "  image:",
        "    repository: one",
        "    tag: v1",
        "b:",
        "  image:",
        "    repository: two",
        "    tag: v1",
      ),
      field: "a.image",
      before: "ghcr.io/org/one:v1",
      changed: ["ghcr.m.daocloud.io/org"],
      also: (findings) => expect(findings.filter((f) => f.field === "global.imageRegistry")).toEqual([]),
    },
  ];
  for (const c of cases) it(c.title, () => runCase(c));

  it("maps sharing one registry key that would need different mirrors: reported, not written", () => {
    const settings = settingsFromObject(
      {
        rules: [
          { match: "ghcr.io/org/special", mirror: "mirror-a.example/special" },
          { match: "ghcr.io", mirror: "mirror-b.example" },
        ],
      },
      "mirrorize.yaml",
    );
    const values = lines(
      "global:",
      "  imageRegistry: ghcr.io/org",
      "a:",
      "  image:",
      "    repository: special/one",
      "b:",
      "  image:",
      "    repository: two",
    );
    const ctx = planContext(settings, createResolver(settings), "fix");
    const plan = planFile("values.yaml", values, "helm-values", ctx);
    const kinds = plan.findings.map((f) => `${f.field} ${f.kind}`);
    expect(kinds).toContain("b.image unsafe-edit");
    expect(plan.findings.find((f) => f.kind === "unsafe-edit")!.message).toMatch(
      /global\.imageRegistry is shared with another image that needs a different mirror/,
    );
  });
});

describe("pin through a learned composition", () => {
  const values = lines(
    "image:",
    "  registry: quay.io",
    "  repository: prometheus/prometheus",
    "  tag: v3.1.0",
    '  sha: ""',
  );
  const digest = `sha256:${"e".repeat(64)}`;
  const comp = (withSha: boolean): LearnedComposition =>
    learned({
      image: "image",
      name: [[v("image.registry")], [v("image.repository")]],
      tag: [v("image.tag")],
      ...(withSha ? { digest: [v("image.sha")], digestPrefix: "sha256:" } : {}),
    });
  const cases: Case[] = [
    {
      title: "a hex-only sha key the template reads takes the hex",
      values,
      chart: { dependencies: [], compositions: [comp(true)] },
      pinDigest: digest,
      field: "image",
      before: "quay.io/prometheus/prometheus:v3.1.0",
      changed: ["quay.m.daocloud.io", "e".repeat(64)],
    },
    {
      title: "no digest source: the image's own tag takes it",
      values,
      chart: { dependencies: [], compositions: [comp(false)] },
      pinDigest: digest,
      field: "image",
      before: "quay.io/prometheus/prometheus:v3.1.0",
      changed: ["quay.m.daocloud.io", `v3.1.0@${digest}`],
    },
  ];
  for (const c of cases) it(c.title, () => runCase(c));
});

describe("an imageRegistry above a map that sets only a repository", () => {
  it("is reported for the map, and the key is not rewritten behind it", () => {
    runCase({
      title: "",
      values: lines(
        "operator:",
        "  imageRegistry: quay.io",
        "  image:",
        "    repository: org/operator",
        "    tag: v1",
      ),
      field: "operator.image",
      before: "org/operator:v1",
      reported: /operator\.imageRegistry is set above this map/,
      also: (findings) => expect(findings.filter((f) => f.field === "operator.imageRegistry")).toEqual([]),
    });
  });
});
