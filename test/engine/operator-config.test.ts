import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { settingsFromObject } from "../../src/config/index.js";
import { scan } from "../../src/engine/index.js";
import { repoRoot } from "../helpers/shared.js";
import { tempCopy } from "../helpers/tree.js";

/**
 * Images in ConfigMap data that operators read (test/fixtures/kinds/configmap-operators): reported by
 * default (the golden fixture), rewritten in place with `embedded: rewrite` — inside the YAML and
 * JSON blocks too, byte for byte elsewhere, and idempotent. Each row: a reference, and what it becomes.
 */
const REWRITTEN: [string, string][] = [
  ["        image: busybox", "        image: docker.m.daocloud.io/library/busybox"],
  [
    "          image: ghcr.io/kubeflow/katib/file-metrics-collector:v0.18.0",
    "          image: ghcr.m.daocloud.io/kubeflow/katib/file-metrics-collector:v0.18.0",
  ],
  [
    '        "image": "docker.io/kubeflowkatib/suggestion-hyperopt:v0.12.0"',
    '        "image": "docker.m.daocloud.io/kubeflowkatib/suggestion-hyperopt:v0.12.0"',
  ],
  [
    '        "image" : "kserve/agent:v0.14.0"',
    '        "image" : "docker.m.daocloud.io/kserve/agent:v0.14.0"',
  ],
  ["    image: quay.io/argoproj/argoexec:v3.6.2", "    image: quay.m.daocloud.io/argoproj/argoexec:v3.6.2"],
  ['  sidecarImage: "registry.k8s.io/pause:3.9"', '  sidecarImage: "k8s.m.daocloud.io/pause:3.9"'],
  ["  helper-image: quay.io/example/helper:1.2", "  helper-image: quay.m.daocloud.io/example/helper:1.2"],
];
const UNTOUCHED = [
  "  image-pull-policy: Always",
  '  imageTag: "1.2"',
  "  image: not-an-image-field:1.0",
  "  logoImage: static/logo.png",
  "  banner: quay.io/not/an-image-key:1",
  "    docker run --rm quay.io/in/a-script:1",
];

describe("ConfigMap data of operators with embedded: rewrite", () => {
  it("rewrites every reported reference in place, and nothing else", async () => {
    const { dir, cleanup } = tempCopy(join(repoRoot, "test/fixtures/kinds/configmap-operators"));
    try {
      const settings = settingsFromObject({ preset: "daocloud", embedded: "rewrite" }, "test");
      const before = readFileSync(join(dir, "input.yaml"), "utf8");
      const first = await scan({ cwd: dir, paths: ["input.yaml"], settings, write: true, mode: "fix" });
      const after = readFileSync(join(dir, "input.yaml"), "utf8");
      expect(first.findings.filter((f) => f.kind !== "rewrite")).toEqual([]);
      let expected = before;
      for (const [from, to] of REWRITTEN) {
        expect(before).toContain(`${from}\n`);
        expect(after).toContain(`${to}\n`);
      }
      for (const line of UNTOUCHED) expect(after).toContain(`${line}\n`);
      // Only the reference scalars changed: undo each rewrite and the text is the input again.
      for (const f of first.findings) expected = expected.replace(f.from!, f.to!);
      expect(after).toBe(expected);
      const second = await scan({ cwd: dir, paths: ["input.yaml"], settings, write: true, mode: "fix" });
      expect(readFileSync(join(dir, "input.yaml"), "utf8")).toBe(after);
      expect(second.findings.filter((f) => f.kind === "rewrite")).toEqual([]);
    } finally {
      cleanup();
    }
  });
});
