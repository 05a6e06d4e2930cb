/**
 * Renovate's own `kubernetes.registry-alias.yaml` fixture (../shared/vectors/renovate, read at test
 * time) with our generated `registryAliases`: after `mirrorize fix` points the fixture at a mirror,
 * Renovate's alias step gives back the upstream names Renovate's tests expect.
 *
 * Renovate applies aliases while it extracts an image (lib/modules/manager/dockerfile/extract.ts,
 * getDep): aliases are tried in the order of the object; the first `alias` for which the reference
 * starts with `alias/` wins; the rest after `alias/` is put after the alias's value, and that is the
 * `packageName` Renovate looks tags up for; `depName` keeps the alias as written. That step is
 * implemented here, in the test, and first checked against Renovate's own expected results.
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { parseAllDocuments } from "yaml";
import { runCli } from "../helpers/cli.js";
import { requirePrerequisite, sharedPath } from "../helpers/shared.js";
import { tempDir } from "../helpers/tree.js";

const vectors = sharedPath("vectors", "renovate", "renovate-extract.json");
const available = requirePrerequisite(vectors !== undefined, "../shared/vectors/renovate");

interface Dep {
  depName: string;
  packageName: string;
  currentValue?: string;
  currentDigest?: string;
}

/** Renovate's splitting of `name[:tag][@digest]` (a `:` followed by a `/` is a port, not a tag). */
function splitImage(ref: string): Dep {
  const [nameTag, currentDigest] = ref.split("@") as [string, string | undefined];
  const parts = nameTag.split(":");
  let depName = nameTag;
  let currentValue: string | undefined;
  if (parts.length > 1 && !parts.at(-1)!.includes("/")) {
    currentValue = parts.pop();
    depName = parts.join(":");
  }
  return { depName, packageName: depName, currentValue, currentDigest };
}

/** Renovate's registryAliases step, as getDep does it. */
function applyAliases(ref: string, aliases: Record<string, string>): Dep {
  for (const [alias, value] of Object.entries(aliases)) {
    if (ref.startsWith(`${alias}/`)) {
      const dep = splitImage(`${value}/${ref.slice(alias.length + 1)}`);
      if (dep.depName.startsWith(value)) {
        return {
          ...dep,
          packageName: dep.depName,
          depName: `${alias}/${dep.depName.slice(value.length + 1)}`,
        };
      }
      return dep;
    }
  }
  return splitImage(ref);
}

/** The container images of a Kubernetes manifest (what Renovate's kubernetes manager extracts). */
function containerImages(text: string): string[] {
  const out: string[] = [];
  for (const doc of parseAllDocuments(text)) {
    const spec = (doc.toJS() as { spec?: { containers?: { image?: string }[] } })?.spec;
    for (const c of spec?.containers ?? []) if (c.image) out.push(c.image);
  }
  return out;
}

interface Case {
  id: string;
  fixture: string | null;
  config: { registryAliases?: Record<string, string> };
  expected: { depName: string; packageName: string; currentValue: string | null; datasource: string }[];
}

describe.skipIf(!available)("Renovate registryAliases from mirrorize export renovate", () => {
  const data = available ? JSON.parse(readFileSync(vectors!, "utf8")) : { cases: [] };
  const fixtureDir = join(vectors ? join(vectors, "..") : "", "fixtures");
  const cases = (data.cases as Case[]).filter(
    (c) => c.fixture === "kubernetes/kubernetes.registry-alias.yaml" && c.config.registryAliases,
  );
  const fixture = available
    ? readFileSync(join(fixtureDir, "kubernetes", "kubernetes.registry-alias.yaml"), "utf8")
    : "";

  test("the alias step implemented here gives Renovate's expected results for its own cases", () => {
    expect(cases.map((c) => c.id)).toEqual(["kubernetes/08", "kubernetes/09", "kubernetes/10"]);
    for (const c of cases) {
      const deps = containerImages(fixture).map((image) => applyAliases(image, c.config.registryAliases!));
      expect(
        deps.map((d) => ({ depName: d.depName, packageName: d.packageName, currentValue: d.currentValue })),
      ).toEqual(
        c.expected
          .filter((e) => e.datasource === "docker")
          .map((e) => ({ depName: e.depName, packageName: e.packageName, currentValue: e.currentValue })),
      );
    }
  });

  test("fix points the fixture at the mirror; our aliases give the upstream name back", async () => {
    const { dir, cleanup } = tempDir();
    try {
      mkdirSync(join(dir, "k"));
      writeFileSync(join(dir, "k", "file.yaml"), fixture);
      // Two mirrors on one registry, one under the other: only the order of the aliases keeps
      // registry.internal/mirror/ghcr/... from being read as quay.io/ghcr/...
      writeFileSync(
        join(dir, ".mirrorize.yaml"),
        [
          "preset: daocloud",
          "rules:",
          "  - match: quay.io",
          "    mirror: registry.internal/mirror",
          "  - match: ghcr.io",
          "    mirror: registry.internal/mirror/ghcr",
          "",
        ].join("\n"),
      );
      const fix = await runCli(["fix", "k"], dir);
      expect(fix.code).toBe(0);
      const rewritten = containerImages(readFileSync(join(dir, "k", "file.yaml"), "utf8"));
      expect(rewritten).toEqual(["registry.internal/mirror/node:0.0.1"]);

      const exported = await runCli(["export", "renovate"], dir);
      expect(exported.code).toBe(0);
      const { registryAliases } = JSON.parse(exported.stdout) as { registryAliases: Record<string, string> };
      // The more specific alias comes first, or Renovate would take registry.internal/mirror... wrongly.
      const keys = Object.keys(registryAliases);
      expect(keys.indexOf("registry.internal/mirror/ghcr")).toBeLessThan(
        keys.indexOf("registry.internal/mirror"),
      );
      expect(applyAliases("registry.internal/mirror/ghcr/org/app:1", registryAliases).packageName).toBe(
        "ghcr.io/org/app",
      );

      // Renovate's expected upstream for this fixture without aliases (kubernetes/09): quay.io/node.
      const upstream = (data.cases as Case[]).find((c) => c.id === "kubernetes/09")!.expected[0]!;
      const deps = rewritten.map((image) => applyAliases(image, registryAliases));
      expect(deps).toEqual([
        {
          depName: "registry.internal/mirror/node",
          packageName: upstream.packageName,
          currentValue: upstream.currentValue,
          currentDigest: undefined,
        },
      ]);
      expect(upstream.packageName).toBe("quay.io/node");
    } finally {
      cleanup();
    }
  });
});
