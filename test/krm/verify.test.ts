import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { tempDir } from "../helpers/tree.js";
import { resourceList, runKrm } from "./helpers.js";

const DIGEST = `sha256:${"a".repeat(64)}`;
const tmp = tempDir();
afterAll(() => tmp.cleanup());

const items = `  - apiVersion: v1
    kind: Pod
    metadata:
      name: p
    spec:
      containers:
        - name: a
          image: nginx:1.25 # pinned by the lock
        - name: b
          image: quay.io/prometheus/prometheus:v2.48.1
`;

function withConfig(config: string): string {
  return resourceList(items, `functionConfig:\n${config}`);
}

describe("krm with verify and pin in the function config", () => {
  it("pins from mirrorize.lock without the network (verify: off, pin: true)", async () => {
    writeFileSync(
      join(tmp.dir, "mirrorize.lock"),
      `version: 1\nimages:\n  docker.io/library/nginx:1.25:\n    digest: ${DIGEST}\n    date: 2026-11-01\n`,
    );
    const config =
      "  apiVersion: mirrorize.dev/v1alpha1\n  kind: MirrorizeConfig\n  preset: daocloud\n  pin: true\n";
    const run = await runKrm(withConfig(config), [], tmp.dir);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(
      `image: docker.m.daocloud.io/library/nginx:1.25@${DIGEST} # pinned by the lock`,
    );
    // Not in the lock: rewritten, unpinned, with a warning result saying so.
    expect(run.stdout).toContain("image: quay.m.daocloud.io/prometheus/prometheus:v2.48.1\n");
    expect(run.stdout).toMatch(/severity: warning/);
  });

  it("leaves a reference whose mirror cannot be verified, with an error result", async () => {
    // A mirror on a closed loopback port: verification fails as unreachable.
    const config = [
      "  apiVersion: mirrorize.dev/v1alpha1",
      "  kind: MirrorizeConfig",
      "  rules:",
      "    - match: quay.io",
      "      mirror: 127.0.0.1:9/quay",
      "  verify: exists",
      "  registries: {timeout: 2000, deadline: 5000}",
      "",
    ].join("\n");
    const run = await runKrm(withConfig(config), [], tmp.dir);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain("image: quay.io/prometheus/prometheus:v2.48.1\n");
    expect(run.stdout).toContain("image: nginx:1.25 # pinned by the lock");
    expect(run.stderr).toMatch(/error: Pod\/p .*spec\.containers\[1\]\.image: .*unreachable/);
  });
});

describe("krm with hostile input", () => {
  it("refuses a ResourceList nested too deeply before parsing it, with an error result", async () => {
    const deep = `${"[".repeat(100_000)}${"]".repeat(100_000)}`;
    const run = await runKrm(
      resourceList(`  - apiVersion: v1\n    kind: ConfigMap\n    data: {x: ${deep}}\n`),
    );
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/deeper than 256 levels/);
    expect(run.stdout).toMatch(/kind: ResourceList/);
  });
});
