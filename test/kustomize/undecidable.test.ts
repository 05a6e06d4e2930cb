/**
 * Where kustomize `images:` scope cannot be decided safely, the images are reported at their line and
 * nothing of them is written (issue 17).
 */
import { afterEach, describe, expect, it } from "vitest";
import { scan } from "../../src/engine/index.js";
import { testSettings } from "../helpers/settings.js";
import { snapshot, tempDir } from "../helpers/tree.js";
import { writeTree } from "./render.js";

const deployment = (image: string, name = "app") =>
  `apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: ${name}\nspec:\n  template:\n    spec:\n      containers:\n        - name: ${name}\n          image: ${image}\n`;

describe("kustomize scope that cannot be decided", () => {
  const cleanups: (() => void)[] = [];
  afterEach(() => {
    for (const c of cleanups.splice(0)) c();
  });
  const fix = async (files: Record<string, string>, paths = ["."]) => {
    const { dir, cleanup } = tempDir();
    cleanups.push(cleanup);
    writeTree(dir, files);
    const before = snapshot(dir);
    const result = await scan({
      cwd: dir,
      paths,
      settings: testSettings(),
      write: true,
      mode: "fix",
      workers: 0,
    });
    return { dir, before, result };
  };

  it("an entry name kustomize reads as a pattern", async () => {
    const { dir, before, result } = await fix({
      "deployment.yaml": deployment("ghcr.io/org/app:1"),
      "kustomization.yaml":
        'resources: [deployment.yaml]\nimages:\n  - name: "ghcr.io/org/ap*"\n    newTag: v2\n',
    });
    const f = result.findings.find((x) => x.file === "deployment.yaml")!;
    expect(f).toMatchObject({ kind: "unsafe-edit", severity: "error", line: 10 });
    expect(f.message).toContain(
      "kustomization.yaml:3 images[0] has name ghcr.io/org/ap*, which kustomize reads as a pattern",
    );
    expect(snapshot(dir).get("deployment.yaml")).toEqual(before.get("deployment.yaml"));
  });

  it("a component that is not in the files scanned", async () => {
    const { dir, before, result } = await fix(
      {
        "app/deployment.yaml": deployment("ghcr.io/org/app:1"),
        "app/kustomization.yaml": "resources: [deployment.yaml]\ncomponents: [../comp]\n",
        "comp/kustomization.yaml":
          "apiVersion: kustomize.config.k8s.io/v1alpha1\nkind: Component\nimages:\n  - name: ghcr.io/org/app\n    newName: ghcr.io/org/other\n",
      },
      ["app"],
    );
    const f = result.findings.find((x) => x.file === "app/deployment.yaml")!;
    expect(f.kind).toBe("unsafe-edit");
    expect(f.message).toContain("uses the component ../comp, which is not in the files scanned");
    expect(snapshot(dir)).toEqual(before);
  });

  it("an overlay entry that matches an image mirrored in its base and one that must stay", async () => {
    // The overlay's own resource is matched by its entry (so it stays, the entry gets the mirror); the
    // base's is rendered as is when the base is built alone (so it is mirrored, and the entry must follow).
    const { dir, before, result } = await fix({
      "base/deployment.yaml": deployment("ghcr.io/org/app:1"),
      "base/kustomization.yaml": "resources: [deployment.yaml]\n",
      "overlay/extra.yaml": deployment("ghcr.io/org/app:2", "extra"),
      "overlay/kustomization.yaml":
        "resources: [../base, extra.yaml]\nimages:\n  - name: ghcr.io/org/app\n    newTag: v3\n",
    });
    const kinds = result.findings.map((f) => `${f.file} ${f.kind}`).sort();
    expect(kinds).toEqual([
      "base/deployment.yaml unsafe-edit",
      "overlay/extra.yaml unsafe-edit",
      "overlay/kustomization.yaml unsafe-edit",
    ]);
    expect(result.findings[0]!.message).toContain(
      "matches ghcr.io/org/app both where it is mirrored and where it must stay",
    );
    expect(snapshot(dir)).toEqual(before);
  });
});
