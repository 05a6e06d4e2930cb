import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { tempDir } from "../helpers/tree.js";
import { resourceList, runKrm } from "./helpers.js";

/** Resources as `kubectl kustomize` hands them to an exec plugin: a plain stream with id annotations. */
const STREAM = `apiVersion: apps/v1
kind: Deployment
metadata:
  annotations:
    kustomize.config.k8s.io/id: |
      group: apps
      kind: Deployment
      name: web
      version: v1
  name: web
spec:
  template:
    spec:
      containers:
      - image: nginx:1.25
        name: web
---
apiVersion: v1
kind: Pod
metadata:
  annotations:
    kustomize.config.k8s.io/id: |
      kind: Pod
      name: p
      version: v1
  name: p
spec:
  containers:
  - image: quay.io/prometheus/node-exporter:v1.8.0
    name: a
`;

const CONFIG = `apiVersion: mirrorize.dev/v1alpha1
kind: MirrorizeConfig
metadata:
  name: mirrorize
preset: daocloud
`;

describe("mirrorize krm CONFIG: the kustomize exec-plugin protocol", () => {
  let dir: string;
  let cleanup: () => void;
  const write = (name: string, text: string) => {
    writeFileSync(join(dir, name), text);
    return join(dir, name);
  };
  beforeAll(() => {
    ({ dir, cleanup } = tempDir());
  });
  afterAll(() => cleanup());

  it("rewrites the stream, keeping the id annotations kustomize maps resources back by", async () => {
    const run = await runKrm(STREAM, [write("fix.yaml", CONFIG)]);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe("");
    expect(run.stdout).toBe(
      STREAM.replace("nginx:1.25", "docker.m.daocloud.io/library/nginx:1.25").replace(
        "quay.io/",
        "quay.m.daocloud.io/",
      ),
    );
  });

  it("check mode fails the build with one stderr line per image and leaves the stream as it was", async () => {
    const run = await runKrm(STREAM, [write("check.yaml", `${CONFIG}mode: check\n`)]);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe(STREAM);
    expect(run.stderr.trim().split("\n")).toEqual([
      "mirrorize krm: error: Deployment/web spec.template.spec.containers[0].image: nginx:1.25 is not pulled through a mirror; use docker.m.daocloud.io/library/nginx:1.25.",
      "mirrorize krm: error: Pod/p spec.containers[0].image: quay.io/prometheus/node-exporter:v1.8.0 is not pulled through a mirror; use quay.m.daocloud.io/prometheus/node-exporter:v1.8.0.",
    ]);
  });

  it("an invalid config fails with a message naming the config and the key, and writes nothing", async () => {
    const run = await runKrm(STREAM, [write("bad.yaml", `${CONFIG}rules:\n- match: docker.io\n`)]);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe("");
    expect(run.stderr).toMatch(/^mirrorize krm: error: MirrorizeConfig mirrorize: rules\[0\]\.mirror/);
  });

  it("a config that is not YAML fails with a hint where it comes from", async () => {
    const run = await runKrm(STREAM, [write("broken.yaml", "kind: [\n")]);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe("");
    expect(run.stderr).toContain("the plugin config is not valid YAML");
  });

  it("a missing config file is a usage error", async () => {
    const run = await runKrm(STREAM, [join(dir, "missing.yaml")]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("cannot read the plugin config");
  });

  it("a ResourceList on stdin is answered as a KRM function even with an argument", async () => {
    const input = resourceList(
      "- apiVersion: v1\n  kind: Pod\n  metadata: {name: p}\n  spec:\n    containers: [{name: a, image: nginx}]\n",
    );
    const run = await runKrm(input, [write("ignored.yaml", CONFIG)]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("image: docker.m.daocloud.io/library/nginx}");
    expect(run.stdout).toContain("\nresults:\n");
  });
});
