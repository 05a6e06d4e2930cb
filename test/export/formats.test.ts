/**
 * `mirrorize export` as pure functions: rules (and findings) in, files and findings out. Golden
 * expectations per format, what each format cannot express (reported, never dropped), dead mirrors,
 * and stable output.
 */

import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parse as parseToml } from "smol-toml";
import { describe, expect, test } from "vitest";
import { parse as parseYaml } from "yaml";
import { settingsFromText } from "../../src/config/index.js";
import { scan } from "../../src/engine/index.js";
import { buildExport, type ExportFormat, exportFormat, exportInput } from "../../src/export/index.js";
import { tempDir } from "../helpers/tree.js";

const CONFIG = `
rules:
  - match: registry.k8s.io
    mirror: [mirror.test/k8s, backup.test]
  - match: quay.io
    mirror:
      - mirror: dead.test
        status: dead
        since: 2024-06-06
      - quay.mirror.test
  - match: quay.io/prometheus
    mirror: harbor.test/prom
  - match: ghcr.io
    mirror: mirror.test/all
    strategy: prefix
  - match: docker.io
    mirror: hub.mirror.test
  - match: gcr.io/google-containers
    mirror: flat.test/gc
    strategy: flatten
  - match: nvcr.io
    mirror:
      - mirror: gone.test
        status: dead
exclude: [docker.io/library/busybox]
registries:
  insecure: [mirror.test]
`;

const settings = () => settingsFromText(CONFIG, ".mirrorize.yaml");
const build = (format: ExportFormat, findings?: Parameters<typeof exportInput>[1]) =>
  buildExport(format, exportInput(settings(), findings));
const messages = (r: { findings: { message: string }[] }) => r.findings.map((f) => f.message).join("\n");

describe("format names", () => {
  test.each([
    ["containerd", "containerd"],
    ["podman", "cri-o"],
    ["CRI-O", "cri-o"],
    ["rke2", "k3s"],
    ["skopeo-sync", "skopeo-sync"],
    ["skopeo", undefined],
  ])("%s → %s", (name, format) => {
    expect(exportFormat(name)).toBe(format);
  });
});

describe("containerd", () => {
  const r = build("containerd");
  const file = (path: string) => r.files.find((f) => f.path === path)?.content;

  test("one hosts.toml per upstream host, fallbacks in order, override_path for mirror paths", () => {
    expect(r.tree).toBe(true);
    const k8s = parseToml(file("certs.d/registry.k8s.io/hosts.toml")!);
    expect(k8s).toEqual({
      server: "https://registry.k8s.io",
      host: {
        "http://mirror.test/v2/k8s": { capabilities: ["pull", "resolve"], override_path: true },
        "https://backup.test": { capabilities: ["pull", "resolve"] },
      },
    });
    expect(Object.keys(k8s.host as object)).toEqual(["http://mirror.test/v2/k8s", "https://backup.test"]);
    expect(parseToml(file("certs.d/docker.io/hosts.toml")!)).toEqual({
      server: "https://registry-1.docker.io",
      host: { "https://hub.mirror.test": { capabilities: ["pull", "resolve"] } },
    });
    // prefix strategy: the mirror path carries the upstream host
    expect(parseToml(file("certs.d/ghcr.io/hosts.toml")!).host).toEqual({
      "http://mirror.test/v2/all/ghcr.io": { capabilities: ["pull", "resolve"], override_path: true },
    });
  });

  test("dead mirrors are skipped with a warning; a rule with only dead mirrors is left out", () => {
    expect(Object.keys(parseToml(file("certs.d/quay.io/hosts.toml")!).host as object)).toEqual([
      "https://quay.mirror.test",
    ]);
    expect(messages(r)).toContain("skipped mirror dead.test (dead since 2024-06-06)");
    expect(file("certs.d/nvcr.io/hosts.toml")).toBeUndefined();
    expect(messages(r)).toMatch(/rule nvcr\.io .*every mirror of it is marked dead/);
  });

  test("flatten, repository-prefix rules and excludes are reported", () => {
    expect(messages(r)).toMatch(/rule gcr\.io\/google-containers .*flatten strategy/);
    expect(messages(r)).toMatch(
      /rule quay\.io\/prometheus .*repository prefix.*pulled through the mirrors of rule quay\.io instead/,
    );
    expect(messages(r)).toContain("exclude patterns (docker.io/library/busybox)");
    expect(file("certs.d/gcr.io/hosts.toml")).toBeUndefined();
  });

  test("config_path snippets for 1.x and 2.x", () => {
    expect(parseToml(file("containerd-1.x-config.toml")!)).toEqual({
      version: 2,
      plugins: { "io.containerd.grpc.v1.cri": { registry: { config_path: "/etc/containerd/certs.d" } } },
    });
    expect(parseToml(file("containerd-2.x-config.toml")!)).toEqual({
      version: 3,
      plugins: { "io.containerd.cri.v1.images": { registry: { config_path: "/etc/containerd/certs.d" } } },
    });
  });
});

describe("docker", () => {
  test("Docker Hub only; other registries and repository-prefix rules are reported", () => {
    const r = build("docker");
    expect(JSON.parse(r.files[0]!.content)).toEqual({ "registry-mirrors": ["https://hub.mirror.test"] });
    expect(messages(r)).toMatch(/rules? cannot be written as Docker daemon configuration.*registry\.k8s\.io/);
    expect(messages(r)).toMatch(/quay\.io\/prometheus .*repository prefix/);
  });

  test("a Docker Hub mirror with a path is reported, not written", () => {
    const s = settingsFromText("rules:\n  - match: docker.io\n    mirror: m.test/hub\n", "c.yaml");
    const r = buildExport("docker", exportInput(s));
    expect(JSON.parse(r.files[0]!.content)).toEqual({ "registry-mirrors": [] });
    expect(messages(r)).toContain("mirror m.test/hub of rule docker.io");
  });
});

describe("cri-o / podman registries.conf", () => {
  test("a [[registry]] per rule (repository prefixes too), mirrors in order, insecure", () => {
    const r = build("cri-o");
    const conf = parseToml(r.files[0]!.content) as { registry: Record<string, unknown>[] };
    expect(conf.registry.map((e) => e.prefix)).toEqual([
      "docker.io",
      "ghcr.io",
      "quay.io",
      "quay.io/prometheus",
      "registry.k8s.io",
    ]);
    expect(conf.registry.find((e) => e.prefix === "registry.k8s.io")).toEqual({
      prefix: "registry.k8s.io",
      location: "registry.k8s.io",
      mirror: [{ location: "mirror.test/k8s", insecure: true }, { location: "backup.test" }],
    });
    expect(conf.registry.find((e) => e.prefix === "quay.io/prometheus")?.mirror).toEqual([
      { location: "harbor.test/prom" },
    ]);
    expect(messages(r)).toMatch(/gcr\.io\/google-containers .*flatten/);
  });

  test('pin: true → pull-from-mirror = "digest-only"', () => {
    const s = settingsFromText("pin: true\nrules:\n  - match: quay.io\n    mirror: q.test\n", "c.yaml");
    const conf = parseToml(buildExport("cri-o", exportInput(s)).files[0]!.content) as {
      registry: { mirror: unknown[] }[];
    };
    expect(conf.registry[0]!.mirror).toEqual([{ location: "q.test", "pull-from-mirror": "digest-only" }]);
  });
});

describe("k3s / rke2", () => {
  test("endpoint per host; a mirror path becomes a rewrite; differing paths are reported", () => {
    const r = build("k3s");
    const doc = parseYaml(r.files[0]!.content);
    expect(doc.mirrors["registry.k8s.io"]).toEqual({
      endpoint: ["http://mirror.test"],
      rewrite: { "^(.*)$": "k8s/$1" },
    });
    expect(doc.mirrors["docker.io"]).toEqual({ endpoint: ["https://hub.mirror.test"] });
    expect(doc.mirrors["ghcr.io"].rewrite).toEqual({ "^(.*)$": "all/ghcr.io/$1" });
    expect(messages(r)).toContain("mirror backup.test of rule registry.k8s.io");
  });
});

describe("renovate", () => {
  test("mirror prefix → upstream, most specific first", () => {
    const r = build("renovate");
    const { registryAliases } = JSON.parse(r.files[0]!.content);
    expect(Object.entries(registryAliases)).toEqual([
      ["mirror.test/all/ghcr.io", "ghcr.io"],
      ["harbor.test/prom", "quay.io/prometheus"],
      ["mirror.test/k8s", "registry.k8s.io"],
      ["quay.mirror.test", "quay.io"],
      ["hub.mirror.test", "docker.io"],
      ["backup.test", "registry.k8s.io"],
    ]);
  });
});

describe("sync lists from a scanned tree", async () => {
  const { dir, cleanup } = tempDir();
  mkdirSync(join(dir, "k"));
  writeFileSync(join(dir, ".mirrorize.yaml"), CONFIG);
  writeFileSync(
    join(dir, "k", "pod.yaml"),
    [
      "apiVersion: v1",
      "kind: Pod",
      "metadata: {name: p}",
      "spec:",
      "  containers:",
      "    - {name: a, image: 'nginx'}",
      "    - {name: b, image: 'quay.io/prometheus/node-exporter:v1.8.0'}",
      `    - {name: c, image: 'registry.k8s.io/coredns/coredns:v1.11.1@sha256:${"a".repeat(64)}'}`,
      "    - {name: d, image: 'ghcr.io/org/tool:2'}",
      "    - {name: e, image: 'mirror.test/k8s/pause:3.9'}",
      "    - {name: f, image: 'flat.test/gc/echoserver:1.4'}",
      "    - {name: g, image: 'nginx'}",
      "",
    ].join("\n"),
  );
  const s = settingsFromText(CONFIG, join(dir, ".mirrorize.yaml"));
  const scanned = await scan({ cwd: dir, paths: ["."], settings: s, write: false, mode: "check" });
  cleanup();
  const run = (format: ExportFormat) => buildExport(format, exportInput(s, scanned.findings));

  test("regsync: every used reference once, tagged or by digest, already-mirrored traced back", () => {
    const r = run("regsync");
    expect(parseYaml(r.files[0]!.content)).toEqual({
      version: 1,
      creds: [{ registry: "mirror.test", tls: "disabled" }],
      sync: [
        {
          source: "docker.io/library/nginx:latest",
          target: "hub.mirror.test/library/nginx:latest",
          type: "image",
        },
        { source: "ghcr.io/org/tool:2", target: "mirror.test/all/ghcr.io/org/tool:2", type: "image" },
        {
          source: "quay.io/prometheus/node-exporter:v1.8.0",
          target: "harbor.test/prom/node-exporter:v1.8.0",
          type: "image",
        },
        {
          source: `registry.k8s.io/coredns/coredns@sha256:${"a".repeat(64)}`,
          target: "mirror.test/k8s/coredns/coredns:v1.11.1",
          type: "image",
        },
        { source: "registry.k8s.io/pause:3.9", target: "mirror.test/k8s/pause:3.9", type: "image" },
      ],
    });
    expect(messages(r)).toMatch(/flat\.test\/gc\/echoserver:1\.4 is already on a mirror, but its upstream/);
    expect(messages(r)).toContain("listed as :latest");
  });

  test("skopeo-sync groups by destination (scoped for prefix mirrors)", () => {
    const r = run("skopeo-sync");
    expect(r.tree).toBe(true);
    const script = r.files.find((f) => f.path === "sync.sh")!.content;
    expect(script).toMatch(
      /--all --preserve-digests --scoped --dest-tls-verify=false skopeo-sync\/\S+ mirror\.test\/all\n/,
    );
    expect(script).toMatch(/--dest-tls-verify=false skopeo-sync\/\S+ mirror\.test\/k8s\/coredns/);
    const k8s = r.files.find((f) => f.content.includes("registry.k8s.io:") && f.content.includes("pause"));
    expect(parseYaml(k8s!.content)).toEqual({ "registry.k8s.io": { images: { pause: ["3.9"] } } });
  });

  test("image-syncer, crane, hauler, zarf", () => {
    expect(parseYaml(run("image-syncer").files[0]!.content)).toMatchObject({
      "docker.io/library/nginx:latest": "hub.mirror.test/library/nginx:latest",
      [`registry.k8s.io/coredns/coredns@sha256:${"a".repeat(64)}`]: "mirror.test/k8s/coredns/coredns",
    });
    expect(run("crane").files[0]!.content).toContain(
      `crane copy --insecure registry.k8s.io/coredns/coredns@sha256:${"a".repeat(64)} mirror.test/k8s/coredns/coredns:v1.11.1\n`,
    );
    const hauler = parseYaml(run("hauler").files[0]!.content);
    expect(hauler.kind).toBe("Images");
    expect(hauler.spec.images).toContainEqual({ name: "quay.io/prometheus/node-exporter:v1.8.0" });
    const zarf = parseYaml(run("zarf").files[0]!.content);
    expect(zarf.components[0].images).toEqual([
      "docker.io/library/nginx:latest",
      "ghcr.io/org/tool:2",
      "quay.io/prometheus/node-exporter:v1.8.0",
      `registry.k8s.io/coredns/coredns:v1.11.1@sha256:${"a".repeat(64)}`,
      "registry.k8s.io/pause:3.9",
    ]);
  });

  test("stable: the same files whatever order the findings come in", () => {
    const reversed = [...scanned.findings].reverse();
    for (const format of ["skopeo-sync", "regsync", "crane", "zarf", "image-syncer", "hauler"] as const) {
      const a = buildExport(format, exportInput(s, scanned.findings)).files;
      const b = buildExport(format, exportInput(s, reversed)).files;
      expect(b).toEqual(a);
    }
  });
});

describe("hostile origins", () => {
  test("a config path with a newline cannot end the generated comment", () => {
    const s = settingsFromText(
      "rules:\n  - match: quay.io\n    mirror: q.test\n",
      "evil\nserver = 1/.mirrorize.yaml",
    );
    const text = buildExport("cri-o", exportInput(s)).files[0]!.content;
    expect(parseToml(text)).toEqual({
      registry: [{ prefix: "quay.io", location: "quay.io", mirror: [{ location: "q.test" }] }],
    });
    expect(text).toContain('"evil\\nserver = 1/.mirrorize.yaml:');
  });
});
