import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { Scalar } from "yaml";
import { defaultSettings } from "../../src/config/index.js";
import {
  type Composition,
  composedName,
  mirrorPrefixOf,
  type Slot,
  solve,
} from "../../src/locate/helm/compose.js";
import { name, parseNormalized } from "../../src/reference/index.js";
import { createResolver } from "../../src/resolver/index.js";

/** A slot backed by an editable scalar (or none, for an implicit part). */
function slot(label: string, value: string, role: Slot["role"], editable = true): Slot {
  return { label, value, role, ...(editable ? { node: new Scalar(value) } : {}) };
}

function comp(slots: Slot[], nameSuffix = ""): Composition {
  return { slots, nameSuffix };
}

/** Apply the solver's changes and render the name again. */
function after(c: Composition, changes: Map<number, string>): string {
  return composedName({ ...c, slots: c.slots.map((s, i) => ({ ...s, value: changes.get(i) ?? s.value })) });
}

function normalizedName(ref: string): string {
  const p = parseNormalized(ref);
  if (!p.ok) throw new Error(ref);
  return name(p.ref);
}

describe("solve: the fewest scalars that make the chart render the target", () => {
  const cases: {
    title: string;
    comp: Composition;
    target: string;
    changes: Record<number, string>;
  }[] = [
    {
      title: "host strategy: only the registry",
      comp: comp([slot("registry", "docker.io", "host"), slot("repository", "bitnami/redis", "path")]),
      target: "docker.m.daocloud.io/bitnami/redis",
      changes: { 0: "docker.m.daocloud.io" },
    },
    {
      title: "Docker Hub official image: registry and library/ in the repository",
      comp: comp([slot("registry", "docker.io", "host"), slot("repository", "nginx", "path")]),
      target: "docker.m.daocloud.io/library/nginx",
      changes: { 0: "docker.m.daocloud.io", 1: "library/nginx" },
    },
    {
      title: "a repository holding the registry",
      comp: comp([slot("repository", "quay.io/prometheus/prometheus", "path")]),
      target: "quay.m.daocloud.io/prometheus/prometheus",
      changes: { 0: "quay.m.daocloud.io/prometheus/prometheus" },
    },
    {
      title: "an empty registry is filled rather than the repository rewritten",
      comp: comp([slot("registry", "", "host"), slot("repository", "longhornio/longhorn-engine", "path")]),
      target: "docker.m.daocloud.io/longhornio/longhorn-engine",
      changes: { 0: "docker.m.daocloud.io" },
    },
    {
      title: "an empty registry stays empty when the repository has the host",
      comp: comp([slot("registry", "", "host"), slot("repository", "quay.io/jetstack/cert-manager", "path")]),
      target: "quay.m.daocloud.io/jetstack/cert-manager",
      changes: { 1: "quay.m.daocloud.io/jetstack/cert-manager" },
    },
    {
      title: "a hub with a path keeps its path",
      comp: comp([slot("global.hub", "docker.io/istio", "host"), slot("image", "pilot", "path")]),
      target: "docker.m.daocloud.io/istio/pilot",
      changes: { 0: "docker.m.daocloud.io/istio" },
    },
    {
      title: "prefix strategy: the registry becomes mirror/registry",
      comp: comp([slot("registry", "docker.io", "host"), slot("repository", "bitnami/redis", "path")]),
      target: "m.daocloud.io/docker.io/bitnami/redis",
      changes: { 0: "m.daocloud.io/docker.io" },
    },
    {
      title: "flatten strategy: registry becomes the mirror, the repository its last segment",
      comp: comp([
        slot("registry", "registry.k8s.io", "host"),
        slot("repository", "kube-state-metrics/kube-state-metrics", "path"),
      ]),
      target: "registry.aliyuncs.com/google_containers/kube-state-metrics",
      changes: { 0: "registry.aliyuncs.com/google_containers", 1: "kube-state-metrics" },
    },
    {
      title: "flatten with a hub: the hub alone absorbs the mirror",
      comp: comp([slot("hub", "docker.io/istio", "host"), slot("image", "pilot", "path")]),
      target: "registry.aliyuncs.com/google_containers/pilot",
      changes: { 0: "registry.aliyuncs.com/google_containers" },
    },
    {
      title: "registry + namespace + name: only the registry",
      comp: comp([
        slot("imageRegistry", "quay.io", "host"),
        slot("imageNamespace", "jetstack", "path"),
        slot("name", "cert-manager-controller", "path"),
      ]),
      target: "quay.m.daocloud.io/jetstack/cert-manager-controller",
      changes: { 0: "quay.m.daocloud.io" },
    },
    {
      title: "an implicit Docker Hub: the repository gets the mirror",
      comp: comp([slot("registry", "", "host", false), slot("repository", "hashicorp/vault", "path")]),
      target: "docker.m.daocloud.io/hashicorp/vault",
      changes: { 1: "docker.m.daocloud.io/hashicorp/vault" },
    },
    {
      title: "a fixed name suffix (cilium operator -generic) stays outside the scalars",
      comp: comp([slot("repository", "quay.io/cilium/operator", "path")], "-generic"),
      target: "quay.m.daocloud.io/cilium/operator-generic",
      changes: { 0: "quay.m.daocloud.io/cilium/operator" },
    },
  ];
  for (const c of cases) {
    it(c.title, () => {
      const original = normalizedName(composedName(c.comp));
      const result = solve(c.comp, original, c.target);
      expect(result.ok).toBe(true);
      if (!result.ok) return;
      expect(Object.fromEntries(result.changes)).toEqual(c.changes);
      expect(normalizedName(after(c.comp, result.changes))).toBe(c.target);
    });
  }

  it("refuses what no change of the scalars can render", () => {
    const c = comp([
      slot("registry", "quay.io", "host", false),
      slot("repository", "org/app", "path", false),
    ]);
    const r = solve(c, "quay.io/org/app", "quay.m.daocloud.io/org/app");
    expect(r).toEqual({ ok: false, reason: expect.stringContaining("registry + repository") });
  });

  it("refuses a target without the chart's fixed suffix", () => {
    const c = comp([slot("repository", "quay.io/cilium/operator", "path")], "-generic");
    expect(solve(c, "quay.io/cilium/operator-generic", "mirror.example/operator").ok).toBe(false);
  });

  it("knows the mirror's own prefix", () => {
    expect(mirrorPrefixOf("docker.io/library/nginx", "docker.m.daocloud.io/library/nginx")).toBe(
      "docker.m.daocloud.io",
    );
    expect(mirrorPrefixOf("docker.io/library/nginx", "m.daocloud.io/docker.io/library/nginx")).toBe(
      "m.daocloud.io/docker.io",
    );
    expect(mirrorPrefixOf("registry.k8s.io/a/b", "registry.aliyuncs.com/google_containers/b")).toBe(
      "registry.aliyuncs.com/google_containers",
    );
  });
});

describe("solve, property: whatever the preset, the edited scalars render exactly the resolver's target", () => {
  const presets = ["daocloud", "daocloud-prefix", "aliyun"];
  const hosts = ["docker.io", "quay.io", "ghcr.io", "registry.k8s.io", "k8s.gcr.io", ""];
  const segment = fc.stringMatching(/^[a-z][a-z0-9]{0,6}$/);
  it("holds for registry + repository, hub + image and whole-repository shapes", () => {
    for (const preset of presets) {
      const resolver = createResolver(defaultSettings(preset));
      fc.assert(
        fc.property(
          fc.constantFrom(...hosts),
          fc.array(segment, { minLength: 1, maxLength: 3 }),
          fc.constantFrom("split", "whole"),
          (host, path, shape) => {
            const repository = path.join("/");
            const c =
              shape === "split"
                ? comp([slot("registry", host, "host"), slot("repository", repository, "path")])
                : comp([slot("repository", host ? `${host}/${repository}` : repository, "path")]);
            const ref = composedName(c);
            const r = resolver.resolve(ref);
            if (r.status !== "rewrite") return;
            const target = normalizedName(r.output!);
            const solved = solve(c, normalizedName(ref), target);
            expect(solved.ok).toBe(true);
            if (solved.ok) expect(normalizedName(after(c, solved.changes))).toBe(target);
          },
        ),
        { numRuns: 200 },
      );
    }
  });
});
