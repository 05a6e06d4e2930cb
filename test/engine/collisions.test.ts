import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { settingsFromText } from "../../src/config/index.js";
import { scan } from "../../src/engine/index.js";
import { tempDir } from "../helpers/tree.js";

const cleanups: (() => void)[] = [];
afterEach(() => {
  while (cleanups.length) cleanups.pop()!();
});

function pod(image: string): string {
  return `apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  containers:\n    - name: a\n      image: ${image}\n`;
}

async function fixTree(files: Record<string, string>, config: string) {
  const { dir, cleanup } = tempDir();
  cleanups.push(cleanup);
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  const settings = settingsFromText(config, ".mirrorize.yaml");
  const result = await scan({ cwd: dir, paths: ["."], settings, write: true, mode: "fix" });
  return { dir, result };
}

describe("flatten collisions across a scan", () => {
  it("two different images flattened to one name are errors and neither file is changed", async () => {
    const files = { "a.yaml": pod("quay.io/team-a/app:1"), "b.yaml": pod("quay.io/team-b/app:1") };
    const { dir, result } = await fixTree(
      files,
      "rules:\n  - match: quay.io\n    mirror: mirror.example.com/flat\n    strategy: flatten\n",
    );
    const kinds = result.findings.map((f) => f.kind);
    expect(kinds).toEqual(["collision", "collision"]);
    expect(result.findings[0]!.message).toContain("quay.io/team-b/app");
    for (const [name, text] of Object.entries(files))
      expect(readFileSync(join(dir, name), "utf8")).toBe(text);
  });

  it("k8s.gcr.io/x and gcr.io/google-containers/x are one image, not a collision", async () => {
    const { dir, result } = await fixTree(
      {
        "a.yaml": pod("k8s.gcr.io/kube-proxy:v1.18.0"),
        "b.yaml": pod("gcr.io/google-containers/kube-proxy:v1.18.0"),
      },
      "preset: aliyun\n",
    );
    expect(result.findings.map((f) => f.kind)).toEqual(["rewrite", "rewrite"]);
    for (const name of ["a.yaml", "b.yaml"]) {
      expect(readFileSync(join(dir, name), "utf8")).toContain(
        "image: registry.aliyuncs.com/google_containers/kube-proxy:v1.18.0",
      );
    }
  });
});
