/**
 * Issue 17's acceptance: over every kustomization under `test/` and `examples/` (and a generated bench
 * tree), `kubectl kustomize` before and after `fix` renders the same output but for image strings, each
 * equal to its resolution. Copies are fixed; the repository is never written.
 */
import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { scan } from "../../src/engine/index.js";
import { testSettings } from "../helpers/settings.js";
import { repoRoot, requirePrerequisite, sharedPath } from "../helpers/shared.js";
import { tempDir } from "../helpers/tree.js";
import { build, compareRenders, kustomizationDirs, which } from "./render.js";

const kubectl = which("kubectl");
const haveKubectl = requirePrerequisite(kubectl !== undefined, "kubectl (for kubectl kustomize)");
const generator = sharedPath("bench", "gen-repo.mjs");

/**
 * Builds that may keep an image as it was, and why: a placeholder in a base that only an overlay
 * renames renders as is when that base is built alone (reported as an `overridden` warning).
 */
const ALLOWED_UNMIRRORED: Record<string, number> = {};

/**
 * The generator's kustomizations list no resources: list the manifests beside each, and add an
 * overlay above it whose `images:` override a tag and rename an image, as platform repositories do.
 */
function wireBench(bench: string): void {
  const apps = join(bench, "apps");
  for (const app of readdirSync(apps).sort()) {
    const k = join(apps, app, "kustomization.yaml");
    if (!existsSync(k)) continue;
    const files = readdirSync(join(apps, app))
      .filter((f) => /^m\d+\.yaml$/.test(f))
      .sort();
    writeFileSync(
      k,
      readFileSync(k, "utf8").replace(
        "resources: []",
        `resources:\n${files.map((f) => `- ${f}`).join("\n")}`,
      ),
    );
    mkdirSync(join(bench, "overlays", app), { recursive: true });
    writeFileSync(
      join(bench, "overlays", app, "kustomization.yaml"),
      `resources:\n  - ../../apps/${app}\nimages:\n  - name: quay.io/coreos/etcd\n    newTag: v3.5.12\n  - name: redis\n    newName: docker.io/library/redis\n    newTag: "7.4"\n`,
    );
  }
}

interface Outcome {
  kustomizations: number;
  built: number;
  images: number;
  failures: string[];
}

async function property(root: string, paths: string[]): Promise<Outcome> {
  const settings = testSettings();
  const dirs = paths.flatMap((p) => kustomizationDirs(join(root, p)).map((d) => join(p, d)));
  const before = new Map(dirs.map((d) => [d, build(kubectl!, join(root, d))]));
  await scan({ cwd: root, paths, settings, write: true, mode: "fix", workers: 0 });
  const out: Outcome = { kustomizations: dirs.length, built: 0, images: 0, failures: [] };
  for (const [d, b] of before) {
    if (!b.ok) continue;
    out.built++;
    const a = build(kubectl!, join(root, d));
    if (!a.ok) {
      out.failures.push(`${d}: no longer builds: ${a.error.split("\n")[0]}`);
      continue;
    }
    const diff = compareRenders(b.text, a.text, settings);
    out.images += diff.images.length;
    for (const x of [...diff.other, ...diff.wrong]) out.failures.push(`${d}: ${x}`);
    if (diff.unmirrored.length !== (ALLOWED_UNMIRRORED[d] ?? 0))
      out.failures.push(`${d}: unmirrored: ${diff.unmirrored.join("; ")}`);
  }
  return out;
}

describe.runIf(haveKubectl)(
  "kubectl kustomize before and after fix renders the same, images mirrored",
  () => {
    const cleanups: (() => void)[] = [];
    afterAll(() => {
      for (const c of cleanups.splice(0)) c();
    });

    it("every kustomization under test/ and examples/", async () => {
      const { dir, cleanup } = tempDir();
      cleanups.push(cleanup);
      cpSync(join(repoRoot, "test"), join(dir, "test"), { recursive: true });
      cpSync(join(repoRoot, "examples"), join(dir, "examples"), { recursive: true });
      ALLOWED_UNMIRRORED["test/fixtures/kustomize/placeholder-overlay-only/base"] = 1;
      const r = await property(dir, ["test", "examples"]);
      console.log(
        `kustomize property (test/, examples/): ${r.kustomizations} kustomizations, ${r.built} build, ${r.images} images rendered after fix`,
      );
      expect(r.failures).toEqual([]);
      expect(r.built).toBeGreaterThanOrEqual(12);
    });

    it.runIf(requirePrerequisite(generator !== undefined, "../shared/bench/gen-repo.mjs"))(
      "a generated bench tree",
      async () => {
        const { dir, cleanup } = tempDir();
        cleanups.push(cleanup);
        const g = spawnSync(process.execPath, [generator!, join(dir, "bench"), "1"], { encoding: "utf8" });
        expect(g.status).toBe(0);
        expect(existsSync(join(dir, "bench"))).toBe(true);
        wireBench(join(dir, "bench"));
        const r = await property(dir, ["bench"]);
        console.log(
          `kustomize property (bench scale 1): ${r.kustomizations} kustomizations, ${r.built} build, ${r.images} images rendered after fix`,
        );
        expect(r.failures).toEqual([]);
        expect(r.built).toBe(r.kustomizations);
        expect(r.images).toBeGreaterThan(300);
        expect(r.images).toBeGreaterThan(300);
      },
    );
  },
);
