// The acceptance table of issue 2, per preset, plus the Docker Hub spellings that must resolve the same.
import { describe, expect, test } from "vitest";
import { getPreset, listPresets } from "../../src/config/index.js";
import { createResolver, type Resolver } from "../../src/resolver/index.js";

const DIGEST = `sha256:${"a1b2c3d4".repeat(8)}`;

function presetResolver(name: string): Resolver {
  const preset = getPreset(name);
  if (preset === undefined) throw new Error(`no preset ${name}`);
  return createResolver({ rules: preset.rules, exclude: [] });
}

type Row = [input: string, status: string, output?: string];

const TABLE: Record<string, Row[]> = {
  daocloud: [
    ["nginx:1.25", "rewrite", "docker.m.daocloud.io/library/nginx:1.25"],
    ["docker.io/library/nginx:1.25", "rewrite", "docker.m.daocloud.io/library/nginx:1.25"],
    ["index.docker.io/library/nginx:1.25", "rewrite", "docker.m.daocloud.io/library/nginx:1.25"],
    ["registry-1.docker.io/library/nginx:1.25", "rewrite", "docker.m.daocloud.io/library/nginx:1.25"],
    ["registry.hub.docker.com/library/nginx:1.25", "rewrite", "docker.m.daocloud.io/library/nginx:1.25"],
    ["docker.io/nginx:1.25", "rewrite", "docker.m.daocloud.io/library/nginx:1.25"],
    ["alpine:3.19", "rewrite", "docker.m.daocloud.io/library/alpine:3.19"],
    ["docker.io/library/alpine:3.19", "rewrite", "docker.m.daocloud.io/library/alpine:3.19"],
    ["index.docker.io/library/alpine:3.19", "rewrite", "docker.m.daocloud.io/library/alpine:3.19"],
    ["index.docker.io/alpine:3.19", "rewrite", "docker.m.daocloud.io/library/alpine:3.19"],
    ["bitnami/redis:7.2", "rewrite", "docker.m.daocloud.io/bitnami/redis:7.2"],
    ["index.docker.io/bitnami/redis:7.2", "rewrite", "docker.m.daocloud.io/bitnami/redis:7.2"],
    ["k8s.gcr.io/kube-proxy:v1.18.0", "rewrite", "k8s-gcr.m.daocloud.io/kube-proxy:v1.18.0"],
    [
      `registry.k8s.io/ingress-nginx/controller:v1.9.4@${DIGEST}`,
      "rewrite",
      `k8s.m.daocloud.io/ingress-nginx/controller:v1.9.4@${DIGEST}`,
    ],
    [
      "quay.io/prometheus/node-exporter:v0.18.1",
      "rewrite",
      "quay.m.daocloud.io/prometheus/node-exporter:v0.18.1",
    ],
    ["myregistry.example.com:5000/team/app:1.0.0", "no-rule"],
    ["docker.m.daocloud.io/library/nginx:1.25", "already-mirrored"],
    [
      "ghcr.io/fluxcd/source-controller:v1.2.0",
      "rewrite",
      "ghcr.m.daocloud.io/fluxcd/source-controller:v1.2.0",
    ],
    ["mcr.microsoft.com/dotnet/aspnet:8.0", "rewrite", "mcr.m.daocloud.io/dotnet/aspnet:8.0"],
    [
      "docker.elastic.co/elasticsearch/elasticsearch:8.11.1",
      "rewrite",
      "elastic.m.daocloud.io/elasticsearch/elasticsearch:8.11.1",
    ],
    ["nvcr.io/nvidia/cuda:12.2.0-base", "rewrite", "nvcr.m.daocloud.io/nvidia/cuda:12.2.0-base"],
    ["gcr.io/google-containers/pause:3.1", "rewrite", "gcr.m.daocloud.io/google-containers/pause:3.1"],
  ],
  aliyun: [
    [
      "k8s.gcr.io/kube-proxy:v1.18.0",
      "rewrite",
      "registry.aliyuncs.com/google_containers/kube-proxy:v1.18.0",
    ],
    [
      "gcr.io/google-containers/kube-proxy:v1.18.0",
      "rewrite",
      "registry.aliyuncs.com/google_containers/kube-proxy:v1.18.0",
    ],
    [
      "registry.k8s.io/coredns/coredns:v1.11.3",
      "rewrite",
      "registry.aliyuncs.com/google_containers/coredns:v1.11.3",
    ],
    ["nginx:1.25", "no-rule"],
    ["registry.aliyuncs.com/google_containers/pause:3.9", "already-mirrored"],
  ],
  "seed-2020": [
    [
      "quay.io/prometheus/node-exporter:v0.18.1",
      "rewrite",
      "quay-mirror.qiniu.com/prometheus/node-exporter:v0.18.1",
    ],
    ["mcr.microsoft.com/dotnet/aspnet:8.0", "dead-mirror"],
    [
      "k8s.gcr.io/kube-proxy:v1.18.0",
      "rewrite",
      "registry.aliyuncs.com/google_containers/kube-proxy:v1.18.0",
    ],
    [
      "gcr.io/google-containers/kube-proxy:v1.18.0",
      "rewrite",
      "registry.aliyuncs.com/google_containers/kube-proxy:v1.18.0",
    ],
    ["gcr.io/kaniko-project/executor:v1.9.0", "dead-mirror"],
    ["gcr.azk8s.cn/kaniko-project/executor:v1.9.0", "already-mirrored"],
  ],
  "daocloud-prefix": [
    ["nginx", "rewrite", "m.daocloud.io/docker.io/library/nginx"],
    ["docker.io/library/alpine:3.19", "rewrite", "m.daocloud.io/docker.io/library/alpine:3.19"],
    ["index.docker.io/library/alpine:3.19", "rewrite", "m.daocloud.io/docker.io/library/alpine:3.19"],
    ["bitnami/redis:7.2", "rewrite", "m.daocloud.io/docker.io/bitnami/redis:7.2"],
    ["registry.k8s.io/pause:3.9", "rewrite", "m.daocloud.io/registry.k8s.io/pause:3.9"],
    ["m.daocloud.io/docker.io/library/nginx", "already-mirrored"],
    ["myregistry.example.com:5000/team/app:1.0.0", "no-rule"],
    ["registry.example.com/team/app:1.0.0", "no-rule"],
  ],
};

describe.each(Object.entries(TABLE))("preset %s", (preset, rows) => {
  const resolver = presetResolver(preset);
  test.each(rows)("%s → %s %s", (input, status, output) => {
    const r = resolver.resolve(input);
    expect(r.status).toBe(status);
    expect(r.output).toBe(output);
    expect(r.input).toBe(input);
  });
});

test("seed-2020: mcr.microsoft.com is dead-mirror with the date in the reason, never rewritten", () => {
  const r = presetResolver("seed-2020").resolve("mcr.microsoft.com/dotnet/aspnet:8.0");
  expect(r.status).toBe("dead-mirror");
  expect(r.output).toBeUndefined();
  expect(r.reason).toContain("mcr.azk8s.cn");
  expect(r.reason).toContain("2020-04-02");
});

test("seed-2020: k8s.gcr.io candidates are Aliyun first, googlecontainersmirror second", () => {
  const r = presetResolver("seed-2020").resolve("k8s.gcr.io/pause:3.1");
  expect(r.candidates).toEqual([
    "registry.aliyuncs.com/google_containers/pause:3.1",
    "docker.io/googlecontainersmirror/pause:3.1",
  ]);
});

// Idempotency: whatever a preset writes, the same preset recognises as already mirrored.
const SAMPLES = [
  "nginx",
  "nginx:1.25",
  "bitnami/redis:7.2",
  `alpine@${DIGEST}`,
  `busybox:1.36@${DIGEST}`,
  "k8s.gcr.io/kube-proxy:v1.18.0",
  "gcr.io/google-containers/pause:3.1",
  "gcr.io/distroless/static:nonroot",
  "registry.k8s.io/coredns/coredns:v1.11.3",
  "registry.k8s.io/ingress-nginx/controller:v1.9.4",
  "quay.io/prometheus/node-exporter:v0.18.1",
  "ghcr.io/fluxcd/helm-controller:v1.0.0",
  "mcr.microsoft.com/dotnet/aspnet:8.0",
  "docker.elastic.co/elasticsearch/elasticsearch:8.11.1",
  "nvcr.io/nvidia/cuda:12.2.0-base",
  "public.ecr.aws/eks-distro/kubernetes/pause:3.9",
  "lscr.io/linuxserver/nginx:latest",
];

describe.each(listPresets().map((p) => p.name))("idempotency of preset %s", (preset) => {
  const resolver = presetResolver(preset);
  const rewrites = SAMPLES.map((s) => resolver.resolve(s)).filter((r) => r.status === "rewrite");

  test("rewrites something", () => {
    expect(rewrites.length).toBeGreaterThan(0);
  });

  test("every output and every candidate resolves to already-mirrored", () => {
    for (const r of rewrites) {
      for (const candidate of r.candidates ?? []) {
        const again = resolver.resolve(candidate);
        expect(again.status, `${r.input} → ${candidate}`).toBe("already-mirrored");
        expect(again.output).toBeUndefined();
      }
    }
  });

  test("tags and digests are kept exactly and :latest is never added", () => {
    for (const r of rewrites) {
      const suffix = r.input.slice(
        r.input.search(/[:@][^/]*$/) >= 0 ? r.input.search(/[:@][^/]*$/) : r.input.length,
      );
      expect(r.output?.endsWith(suffix)).toBe(true);
      if (!r.input.includes(":latest")) expect(r.output).not.toContain(":latest");
    }
  });
});
