/**
 * Documents that cannot hold an image (CRDs, RBAC, core Services, ...) are not parsed into nodes
 * (src/engine/imageless.ts, src/locate/imageless-kinds.ts). The masking keeps every offset, line and
 * document, and the results of check and fix are the same with it and without it on every tree the
 * tests have: the shared corpus, the examples, the test fixtures, and both generated bench trees.
 */
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { loadSettings } from "../../src/config/index.js";
import { maskImageless } from "../../src/engine/imageless.js";
import { scan } from "../../src/engine/index.js";
import { compileSpecs } from "../../src/locate/field-specs.js";
import { mayHoldImages } from "../../src/locate/imageless-kinds.js";
import { repoRoot, requirePrerequisite, sharedPath } from "../helpers/shared.js";
import { tempDir } from "../helpers/tree.js";

const none = compileSpecs([]);
const holds = (api: string, kind: string) => mayHoldImages(api, kind, none);

const crd = [
  "apiVersion: apiextensions.k8s.io/v1",
  "kind: CustomResourceDefinition",
  "metadata:",
  "  name: things.example.com",
  "spec:",
  "  versions:",
  "  - schema:",
  "      openAPIV3Schema:",
  "        properties:",
  "          image: {type: string, default: quay.io/a/b:1}",
  "",
].join("\n");
const deployment = [
  "apiVersion: apps/v1",
  "kind: Deployment",
  "metadata: {name: d}",
  "spec:",
  "  template:",
  "    spec:",
  "      containers:",
  "      - {name: c, image: nginx:1}",
  "",
].join("\n");

describe("maskImageless", () => {
  it.each([
    ["a CRD", crd, true],
    ["a Deployment", deployment, false],
    ["a core Service", "apiVersion: v1\nkind: Service\nmetadata: {name: s}\n", true],
    [
      "a Knative Service (holds containers)",
      "apiVersion: serving.knative.dev/v1\nkind: Service\nspec: {}\n",
      false,
    ],
    [
      "a ClusterRole, quoted",
      "apiVersion: \"rbac.authorization.k8s.io/v1\"\nkind: 'ClusterRole'\nrules: []\n",
      true,
    ],
    [
      "two kind lines (a duplicate key the parser must report)",
      "apiVersion: v1\nkind: Service\nkind: Service\n",
      false,
    ],
    ["a flow kind", "apiVersion: v1\nkind: {a: Service}\n", false],
    [
      "a directive inside the document (an error the parser must report)",
      "%YAML 1.2\napiVersion: v1\nkind: Service\n",
      false,
    ],
    ["a Service after a directive and its marker", "%YAML 1.2\n---\napiVersion: v1\nkind: Service\n", true],
    ["a ConfigMap (operators read images there)", "apiVersion: v1\nkind: ConfigMap\ndata: {}\n", false],
  ])("%s", (_, text, masked) => {
    const out = maskImageless(text as string, holds);
    expect(out.length).toBe((text as string).length);
    expect(out.split("\n").length).toBe((text as string).split("\n").length);
    expect(out !== text).toBe(masked);
    // Masked: of the lines that changed, one reads `_: 0` and every other is a comment (`#` first).
    if (masked) {
      const before = (text as string).split("\n");
      const changed = out.split("\n").filter((l, i) => l !== before[i]);
      expect(changed.filter((l) => l.trim() === "_: 0")).toHaveLength(1);
      expect(changed.every((l) => l.trim() === "_: 0" || l.startsWith("#"))).toBe(true);
    }
  });

  it("keeps documents, line breaks, CRLF, the BOM and the other documents' bytes", () => {
    const text = `\uFEFF${crd}---\n${deployment}--- # third\r\n${crd.replace(/\n/g, "\r\n")}`;
    const out = maskImageless(text, holds);
    expect(out.length).toBe(text.length);
    expect([...out].filter((c) => c === "\n").length).toBe([...text].filter((c) => c === "\n").length);
    expect(out.startsWith("\uFEFF")).toBe(true);
    expect(out).toContain(`---\n${deployment}--- # third\r\n`);
    expect(out.match(/_: 0/g)).toHaveLength(2);
    expect(out).not.toContain("CustomResourceDefinition");
  });

  it("a kind named by a user field spec is parsed", () => {
    const specs = compileSpecs([
      { kind: "ClusterRole", group: "rbac.authorization.k8s.io", path: "metadata.annotations.image" },
    ]);
    expect(mayHoldImages("rbac.authorization.k8s.io/v1", "ClusterRole", specs)).toBe(true);
    expect(mayHoldImages("rbac.authorization.k8s.io/v1", "ClusterRole", none)).toBe(false);
    expect(mayHoldImages("v1", "Service", specs)).toBe(false);
  });

  it("MIRRORIZE_SKIP_IMAGELESS=0 turns it off", () => {
    process.env.MIRRORIZE_SKIP_IMAGELESS = "0";
    try {
      expect(maskImageless(crd, holds)).toBe(crd);
    } finally {
      delete process.env.MIRRORIZE_SKIP_IMAGELESS;
    }
  });
});

const cleanups: (() => void)[] = [];
afterEach(() => {
  for (const c of cleanups.splice(0)) c();
});

/** check and fix (texts kept) of `dir`, with and without the masking; elapsed time zeroed. */
async function bothWays(dir: string, mode: "check" | "fix") {
  const settings = await loadSettings({ cwd: dir, paths: ["."] });
  const run = async () => {
    const r = await scan({
      cwd: dir,
      paths: ["."],
      settings,
      write: false,
      mode,
      keepText: true,
      workers: 0,
    });
    return { ...r, summary: { ...r.summary, elapsedMs: 0 } };
  };
  const on = await run();
  process.env.MIRRORIZE_SKIP_IMAGELESS = "0";
  try {
    return { on, off: await run() };
  } finally {
    delete process.env.MIRRORIZE_SKIP_IMAGELESS;
  }
}

describe("the same results with and without it", () => {
  const generated = (script: string, scale: string) => {
    const { dir, cleanup } = tempDir();
    cleanups.push(cleanup);
    execFileSync(process.execPath, [script, dir, scale]);
    return dir;
  };
  const trees: [string, () => string | undefined][] = [
    ["the shared corpus", () => sharedPath("corpus")],
    ["examples/", () => join(repoRoot, "examples")],
    ["test/fixtures", () => join(repoRoot, "test", "fixtures")],
    ["the platform-shaped bench tree", () => generated(join(repoRoot, "bench", "gen-platform.mjs"), "1")],
    [
      "the bench tree",
      () => {
        const gen = sharedPath("bench", "gen-repo.mjs");
        return gen ? generated(gen, "1") : undefined;
      },
    ],
  ];
  it.each(trees)("%s", async (name, tree) => {
    const dir = tree();
    if (!requirePrerequisite(dir !== undefined && existsSync(dir), name)) return;
    for (const mode of ["check", "fix"] as const) {
      const { on, off } = await bothWays(dir!, mode);
      expect(on.findings.length).toBeGreaterThan(0);
      expect(on).toEqual(off);
    }
  });
});
