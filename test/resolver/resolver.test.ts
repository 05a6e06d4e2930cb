import { describe, expect, test } from "vitest";
import {
  createCollisionTracker,
  createResolver,
  type MirrorTarget,
  type Rule,
  type Strategy,
} from "../../src/resolver/index.js";

const DIGEST = `sha256:${"0123456789abcdef".repeat(4)}`;

/** A rule; `mirror` entries starting with "!" are dead (since 2020-04-02). */
function rule(match: string, mirror: string | string[], strategy: Strategy = "host", origin = "test"): Rule {
  const mirrors: MirrorTarget[] = (Array.isArray(mirror) ? mirror : [mirror]).map((m) =>
    m.startsWith("!") ? { mirror: m.slice(1), deadSince: "2020-04-02", deadReason: "closed" } : { mirror: m },
  );
  return { match, mirrors, strategy, origin };
}

function resolver(rules: Rule[], exclude: string[] = []) {
  return createResolver({ rules, exclude });
}

describe("strategies", () => {
  const r = resolver([
    rule("quay.io", "quay.mirror.example"),
    rule("docker.io", "hub.mirror.example/proxy"),
    rule("ghcr.io", "m.example", "prefix"),
    rule("registry.k8s.io", "flat.example/k8s", "flatten"),
  ]);
  test.each([
    ["quay.io/prometheus/node-exporter:v0.18.1", "quay.mirror.example/prometheus/node-exporter:v0.18.1"],
    ["nginx:1.25", "hub.mirror.example/proxy/library/nginx:1.25"],
    ["ghcr.io/org/app:1", "m.example/ghcr.io/org/app:1"],
    ["registry.k8s.io/ingress-nginx/controller:v1.9.4", "flat.example/k8s/controller:v1.9.4"],
    [`registry.k8s.io/pause@${DIGEST}`, `flat.example/k8s/pause@${DIGEST}`],
    [`quay.io/a/b:1.0@${DIGEST}`, `quay.mirror.example/a/b:1.0@${DIGEST}`],
    ["quay.io/a/b", "quay.mirror.example/a/b"],
  ])("%s → %s", (input, output) => {
    const res = r.resolve(input);
    expect(res.status).toBe("rewrite");
    expect(res.output).toBe(output);
  });

  test("flatten with a digest warns that the re-pushed mirror may not serve it", () => {
    expect(r.resolve(`registry.k8s.io/pause@${DIGEST}`).warnings.join(" ")).toMatch(/digest/);
  });

  test("the rule and strategy are reported, with the rule's origin", () => {
    const res = r.resolve("quay.io/a/b");
    expect(res.rule).toBe("quay.io (test)");
    expect(res.strategy).toBe("host");
    expect(res.name).toBe("quay.io/a/b");
    expect(res.outputName).toBe("quay.mirror.example/a/b");
  });
});

describe("specificity", () => {
  const r = resolver([
    rule("*", "any.example", "prefix"),
    rule("quay.io", "quay.example"),
    rule("quay.io/prometheus", "prom.example"),
    rule("quay.io/prometheus/node-exporter", "ne.example/node-exporter"),
  ]);
  test.each([
    ["quay.io/prometheus/node-exporter:v1", "ne.example/node-exporter:v1"],
    ["quay.io/prometheus/alertmanager:v1", "prom.example/alertmanager:v1"],
    // segment aligned: prometheus-x is not under prometheus
    ["quay.io/prometheus-x/y:1", "quay.example/prometheus-x/y:1"],
    ["quay.io/prometheusx:1", "quay.example/prometheusx:1"],
    ["ghcr.io/o/a:1", "any.example/ghcr.io/o/a:1"],
    ["nginx", "any.example/docker.io/library/nginx"],
  ])("%s → %s", (input, output) => {
    expect(resolver([...r.rules]).resolve(input).output).toBe(output);
  });

  test("ties go to the earlier rule (own rules before preset rules)", () => {
    const own = rule("docker.io", "mine.example", "host", ".mirrorize.yaml:3");
    const preset = rule("docker.io", "docker.m.daocloud.io", "host", "preset daocloud");
    const res = resolver([own, preset]).resolve("nginx:1");
    expect(res.output).toBe("mine.example/library/nginx:1");
    expect(res.rule).toBe("docker.io (.mirrorize.yaml:3)");
    // the preset's mirror still counts for idempotency
    expect(resolver([own, preset]).resolve("docker.m.daocloud.io/library/nginx:1").status).toBe(
      "already-mirrored",
    );
  });

  test("a more specific preset rule beats a less specific own rule", () => {
    const res = resolver([rule("quay.io", "a.example"), rule("quay.io/jetstack", "b.example")]).resolve(
      "quay.io/jetstack/cert-manager-controller:v1.14.0",
    );
    expect(res.output).toBe("b.example/cert-manager-controller:v1.14.0");
  });

  test("hosts match case-insensitively", () => {
    expect(resolver([rule("quay.io", "q.example")]).resolve("Quay.IO/a/b:1").output).toBe("q.example/a/b:1");
  });

  test("a match covering the whole name renames that one repository", () => {
    const r2 = resolver([rule("docker.io/library/busybox", "mirror.example/tools/busybox")]);
    expect(r2.resolve("busybox:1.36").output).toBe("mirror.example/tools/busybox:1.36");
    expect(r2.resolve("busybox-extra:1").status).toBe("no-rule");
  });
});

describe("exclude", () => {
  const rules = [rule("*", "m.example", "prefix")];
  const r = resolver(rules, [
    "registry.example.com/**",
    "docker.io/library/busybox",
    "quay.io/*/internal-*",
    "redis",
  ]);
  test.each([
    ["registry.example.com/team/app:1", "excluded"],
    ["registry.example.com/app", "excluded"],
    ["busybox:1.36", "excluded"],
    ["docker.io/library/busybox", "excluded"],
    ["index.docker.io/busybox:1", "excluded"],
    ["redis:7", "excluded"],
    ["bitnami/redis:7", "rewrite"],
    ["quay.io/org/internal-tool:1", "excluded"],
    ["quay.io/org/sub/internal-tool:1", "rewrite"],
    ["registry.example.org/app", "rewrite"],
    ["busybox-extra", "rewrite"],
  ])("%s → %s", (input, status) => {
    const res = r.resolve(input);
    expect(res.status).toBe(status);
    if (status === "excluded") {
      expect(res.output).toBeUndefined();
      expect(res.reason).toMatch(/exclude pattern/);
    }
  });

  test("** spans segments, * stays in one", () => {
    const r2 = resolver(rules, ["ghcr.io/**/tool", "gcr.io/*"]);
    expect(r2.resolve("ghcr.io/a/b/c/tool:1").status).toBe("excluded");
    expect(r2.resolve("ghcr.io/tool:1").status).toBe("excluded");
    expect(r2.resolve("gcr.io/a:1").status).toBe("excluded");
    expect(r2.resolve("gcr.io/a/b:1").status).toBe("rewrite");
  });
});

describe("k8s.gcr.io ≡ gcr.io/google-containers", () => {
  const flat = "registry.aliyuncs.com/google_containers";
  test("a rule for either spelling covers the other", () => {
    const a = resolver([rule("gcr.io/google-containers", flat, "flatten")]).resolve(
      "k8s.gcr.io/kube-proxy:v1.18.0",
    );
    expect(a.status).toBe("rewrite");
    expect(a.output).toBe(`${flat}/kube-proxy:v1.18.0`);
    expect(a.warnings.join(" ")).toMatch(/same image/);
    const b = resolver([rule("k8s.gcr.io", flat, "flatten")]).resolve("gcr.io/google-containers/pause:3.1");
    expect(b.output).toBe(`${flat}/pause:3.1`);
  });

  test("tried only when no rule matches the spelled form", () => {
    const r = resolver([
      rule("gcr.io/google-containers", flat, "flatten"),
      rule("k8s.gcr.io", "k8s-gcr.example"),
    ]);
    expect(r.resolve("k8s.gcr.io/pause:3.1").output).toBe("k8s-gcr.example/pause:3.1");
    const r2 = resolver([rule("gcr.io", "gcr.example"), rule("k8s.gcr.io", flat, "flatten")]);
    expect(r2.resolve("gcr.io/google-containers/pause:3.1").output).toBe(
      "gcr.example/google-containers/pause:3.1",
    );
  });

  test('a "*" rule does not hide a specific rule for the other spelling', () => {
    const r = resolver([rule("*", "m.example", "prefix"), rule("gcr.io/google-containers", flat, "flatten")]);
    expect(r.resolve("k8s.gcr.io/pause:3.1").output).toBe(`${flat}/pause:3.1`);
    expect(r.resolve("registry.k8s.io/pause:3.9").output).toBe("m.example/registry.k8s.io/pause:3.9");
  });
});

describe("idempotency", () => {
  test("a reference under any rule's mirror, any candidate, dead or alive, is already-mirrored", () => {
    const r = resolver([
      rule("docker.io", ["hub.example", "hub2.example", "!hub.dead.example"]),
      rule("*", "m.example", "prefix"),
    ]);
    for (const input of [
      "hub.example/library/nginx:1",
      "hub2.example/library/nginx:1",
      "hub.dead.example/library/nginx:1",
      "m.example/docker.io/library/nginx:1",
      "m.example/quay.io/a/b",
    ]) {
      const res = r.resolve(input);
      expect(res.status, input).toBe("already-mirrored");
      expect(res.output).toBeUndefined();
    }
    expect(r.resolve("hub.dead.example/library/nginx:1").warnings.join(" ")).toMatch(/2020-04-02/);
  });

  test("mirror prefixes are segment aligned", () => {
    const r = resolver([rule("*", "m.example/mirror", "prefix")]);
    expect(r.resolve("m.example/mirror/quay.io/a").status).toBe("already-mirrored");
    expect(r.resolve("m.example/mirror-x/a").status).toBe("rewrite");
  });

  test("never mirrors a mirror (no m.daocloud.io/m.daocloud.io/...)", () => {
    const r = resolver([rule("*", "m.daocloud.io", "prefix")]);
    const once = r.resolve("nginx").output as string;
    expect(r.resolve(once).status).toBe("already-mirrored");
  });
});

describe("dead mirrors", () => {
  test("all dead → dead-mirror with the dates in the reason, no output", () => {
    const res = resolver([rule("gcr.io", ["!gcr.azk8s.cn", "!gcr.mirrors.ustc.edu.cn"])]).resolve(
      "gcr.io/a/b:1",
    );
    expect(res.status).toBe("dead-mirror");
    expect(res.output).toBeUndefined();
    expect(res.reason).toContain("gcr.azk8s.cn (dead since 2020-04-02: closed)");
    expect(res.reason).toContain("gcr.mirrors.ustc.edu.cn");
    expect(res.rule).toBe("gcr.io (test)");
  });

  test("a dead mirror without a date says so", () => {
    const r = createResolver({
      rules: [
        { match: "quay.io", mirrors: [{ mirror: "q.example", dead: true }], strategy: "host", origin: "t" },
      ],
      exclude: [],
    });
    expect(r.resolve("quay.io/a/b").reason).toMatch(/date unknown/);
  });

  test("dead candidates are skipped with a warning; live ones keep their order", () => {
    const res = resolver([rule("quay.io", ["!dead.example", "first.example", "second.example"])]).resolve(
      "quay.io/a/b:1",
    );
    expect(res.status).toBe("rewrite");
    expect(res.candidates).toEqual(["first.example/a/b:1", "second.example/a/b:1"]);
    expect(res.output).toBe("first.example/a/b:1");
    expect(res.warnings.join(" ")).toMatch(/dead\.example \(dead since 2020-04-02/);
  });

  test("dead fallbacks after the chosen mirror are not warned about", () => {
    const res = resolver([rule("quay.io", ["first.example", "!dead.example"])]).resolve("quay.io/a/b:1");
    expect(res.output).toBe("first.example/a/b:1");
    expect(res.warnings).toEqual([]);
  });
});

describe("skipped, invalid, no-rule", () => {
  const r = resolver([rule("*", "m.example", "prefix")]);
  test.each([
    ["", /empty/],
    ["   ", /empty/],
    ["{{ .Values.image }}", /template/],
    ["{{ .Values.image.repository }}:{{ .Values.image.tag }}", /template/],
    ["repo/app:{{ .Chart.AppVersion }}", /template/],
    ["$" + "{IMAGE}", /variable/],
    ["registry.example.com/app:$" + "{TAG}", /variable/],
    ["$(params.image)", /variable/],
    ["$IMAGE", /variable/],
    ["ko://github.com/org/app/cmd/app", /ko/],
    ["gcr.io/app:{STABLE_TAG}", /placeholder/],
    ["auto", /Istio/],
  ])("%j is skipped", (input, reason) => {
    const res = r.resolve(input);
    expect(res.status).toBe("skipped");
    expect(res.reason).toMatch(reason);
    expect(res.output).toBeUndefined();
  });

  test.each([
    "Nginx:1",
    "nginx:",
    "nginx@sha256:abc",
    "a//b",
    "quay.io/UPPER/x",
    "-x",
    "nginx:1.25 ",
    "a".repeat(300),
  ])("%j is invalid with a reason", (input) => {
    const res = r.resolve(input);
    expect(res.status).toBe("invalid");
    expect(res.reason).toBeTruthy();
    expect(res.output).toBeUndefined();
  });

  test("no rule: the reason names the normalised name", () => {
    const res = resolver([rule("quay.io", "q.example")]).resolve("nginx:1.25");
    expect(res.status).toBe("no-rule");
    expect(res.reason).toBe("no rule matches docker.io/library/nginx");
    expect(res.output).toBeUndefined();
  });

  test("prefix cannot carry a host with a port: no-rule with a clear reason", () => {
    const res = r.resolve("myreg:5000/team/app:1.0");
    expect(res.status).toBe("no-rule");
    expect(res.reason).toMatch(/prefix strategy.*port "myreg:5000"/);
    expect(res.rule).toBe("* (test)");
  });

  test("host strategy keeps a port host working when the rule names it", () => {
    const res = resolver([rule("myreg:5000", "mirror.example/myreg")]).resolve("myreg:5000/team/app:1.0");
    expect(res.output).toBe("mirror.example/myreg/team/app:1.0");
  });

  test("localhost and IP hosts", () => {
    expect(r.resolve("localhost/app:1").output).toBe("m.example/localhost/app:1");
    expect(r.resolve("10.0.0.1:5000/app").status).toBe("no-rule");
  });

  test("an output that would break the grammar (too long) is not written", () => {
    const long = `quay.io/${"a".repeat(248)}/b`; // path 250 chars; under the prefix it becomes 258
    const res = r.resolve(long);
    expect(res.status).toBe("no-rule");
    expect(res.reason).toMatch(/invalid reference/);
  });
});

describe("cache", () => {
  test("returns equal results and callers cannot corrupt the cache", () => {
    const r = resolver([rule("quay.io", "q.example")]);
    const a = r.resolve("quay.io/a/b:1");
    a.warnings.push("mutated");
    a.candidates?.push("mutated");
    const b = r.resolve("quay.io/a/b:1");
    expect(b.warnings).toEqual([]);
    expect(b.candidates).toEqual(["q.example/a/b:1"]);
  });

  test("a small cache still answers correctly after it is cleared", () => {
    const r = createResolver({ rules: [rule("quay.io", "q.example")], exclude: [] }, { cacheSize: 2 });
    const inputs = ["quay.io/a", "quay.io/b", "quay.io/c", "quay.io/a"];
    expect(inputs.map((i) => r.resolve(i).output)).toEqual([
      "q.example/a",
      "q.example/b",
      "q.example/c",
      "q.example/a",
    ]);
  });
});

describe("collision tracker", () => {
  test("two different sources flattening to one target are reported", () => {
    const r = resolver([
      rule("quay.io", "flat.example/all", "flatten"),
      rule("docker.io", "flat.example/all", "flatten"),
    ]);
    const tracker = createCollisionTracker();
    for (const input of [
      "quay.io/prometheus/node-exporter:v1",
      "prom/node-exporter:v2",
      "quay.io/prometheus/node-exporter:v3",
    ]) {
      const res = r.resolve(input);
      tracker.add(res.name as string, res.outputName as string);
    }
    expect(tracker.collisions()).toEqual([
      {
        target: "flat.example/all/node-exporter",
        sources: ["quay.io/prometheus/node-exporter", "docker.io/prom/node-exporter"],
      },
    ]);
  });

  test("the same source twice, or the legacy Kubernetes spellings of one image, are not collisions", () => {
    const tracker = createCollisionTracker();
    tracker.add("k8s.gcr.io/pause", "aliyun.example/pause");
    tracker.add("gcr.io/google-containers/pause", "aliyun.example/pause");
    tracker.add("registry.k8s.io/pause", "aliyun.example/pause");
    tracker.add("registry.k8s.io/pause", "aliyun.example/pause");
    expect(tracker.collisions()).toEqual([]);
  });

  test("coredns vs coredns/coredns is a collision", () => {
    const tracker = createCollisionTracker();
    tracker.add("k8s.gcr.io/coredns", "aliyun.example/coredns");
    tracker.add("registry.k8s.io/coredns/coredns", "aliyun.example/coredns");
    expect(tracker.collisions()).toHaveLength(1);
  });
});
