import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { describe, expect, it } from "vitest";
import { scan } from "../../src/engine/index.js";
import { runCli } from "../helpers/cli.js";
import { testSettings } from "../helpers/settings.js";
import { tempDir } from "../helpers/tree.js";

/**
 * `# mirrorize-ignore` is a real YAML comment on the reference's own line, or a comment-only line
 * directly above it (test/fixtures/format/ignore-comment pins the manifest cases byte for byte). Here:
 * Helm values, Dockerfiles (no inline comments), the summary count and the `--verbose` listing.
 */
const CASES: { name: string; file: string; text: string; ignored: string[]; rewritten: string[] }[] = [
  {
    name: "Helm map: the comment on the map's key line",
    file: "chart/values.yaml",
    text: [
      "controller:",
      "  image: # mirrorize-ignore",
      "    registry: registry.k8s.io",
      "    repository: ingress-nginx/controller",
      "    tag: v1.15.1",
      "webhook:",
      "  image:",
      "    registry: registry.k8s.io",
      "    repository: ingress-nginx/kube-webhook-certgen",
      "    tag: v1.5.0",
      "defaultBackend:",
      "  # mirrorize-ignore",
      "  image:",
      "    registry: registry.k8s.io",
      "    image: defaultbackend-amd64",
      '    tag: "1.5"',
      "",
    ].join("\n"),
    ignored: ["registry.k8s.io/defaultbackend-amd64:1.5", "registry.k8s.io/ingress-nginx/controller:v1.15.1"],
    rewritten: ["registry.k8s.io/ingress-nginx/kube-webhook-certgen:v1.5.0"],
  },
  {
    name: "Helm string images: own line, line above, and no leak to the next",
    file: "chart/values.yaml",
    text: [
      "a:",
      "  image: quay.io/a/a:1 # mirrorize-ignore",
      "  sidecarImage: quay.io/a/b:1",
      "b:",
      "  # mirrorize-ignore",
      "  image: quay.io/a/c:1",
      "c:",
      '  note: "# mirrorize-ignore"',
      "  image: quay.io/a/d:1",
      "",
    ].join("\n"),
    ignored: ["quay.io/a/a:1", "quay.io/a/c:1"],
    rewritten: ["quay.io/a/b:1", "quay.io/a/d:1"],
  },
  {
    name: "Dockerfile: a comment line above (a # later in a line is not a comment there)",
    file: "Dockerfile",
    text: "# mirrorize-ignore\nFROM quay.io/a/a:1 AS one\nFROM quay.io/a/b:1 # mirrorize-ignore\n",
    ignored: ["quay.io/a/a:1"],
    rewritten: ["quay.io/a/b:1"],
  },
];

function write(root: string, file: string, text: string) {
  mkdirSync(dirname(join(root, file)), { recursive: true });
  writeFileSync(join(root, file), text);
}

describe("# mirrorize-ignore", () => {
  for (const c of CASES) {
    it(c.name, async () => {
      const tmp = tempDir();
      try {
        write(tmp.dir, c.file, c.text);
        if (c.file.startsWith("chart/"))
          write(tmp.dir, "chart/Chart.yaml", "apiVersion: v2\nname: x\nversion: 1.0.0\n");
        const result = await scan({
          cwd: tmp.dir,
          paths: ["."],
          settings: testSettings(),
          write: false,
          mode: "check",
        });
        const of = (kind: string) =>
          result.findings
            .filter((f) => f.kind === kind)
            .map((f) => f.from)
            .sort();
        expect(of("ignored")).toEqual([...c.ignored].sort());
        expect(of("rewrite")).toEqual([...c.rewritten].sort());
        expect(result.summary.ignored).toBe(c.ignored.length);
      } finally {
        tmp.cleanup();
      }
    });
  }

  it("check lists ignored references with --verbose only, and counts them in the summary", async () => {
    const tmp = tempDir();
    try {
      const pod =
        "apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  containers:\n    - name: a\n      image: nginx:1.25 # mirrorize-ignore\n";
      write(tmp.dir, "pod.yaml", pod);
      const quiet = await runCli(["check", "."], tmp.dir);
      expect(quiet.code).toBe(0);
      expect(quiet.stdout).not.toMatch(/left alone/);
      expect(quiet.stdout).toMatch(/1 reference found, 0 to rewrite, 0 problems, 1 ignored/);
      const verbose = await runCli(["check", "--verbose", "."], tmp.dir);
      expect(verbose.stdout).toMatch(
        /pod\.yaml:7:14 info nginx:1\.25 is left alone: # mirrorize-ignore on line 7\./,
      );
      const json = JSON.parse((await runCli(["check", "--format", "json", "."], tmp.dir)).stdout);
      expect(json.summary.ignored).toBe(1);
      expect(json.findings.map((f: { kind: string }) => f.kind)).toEqual(["ignored"]);
      expect(readFileSync(join(tmp.dir, "pod.yaml"), "utf8")).toBe(pod);
    } finally {
      tmp.cleanup();
    }
  });
});
