import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { runCli } from "../helpers/cli.js";
import { tempDir } from "../helpers/tree.js";

/**
 * `pin: true` for Helm values, end to end through the CLI and mirrorize.lock (no network): check
 * promises exactly what fix writes; where the shape has no place for a digest both say so; the next
 * check finds nothing to do.
 */
const DIGEST = `sha256:${"d".repeat(64)}`;
const VALUES = [
  "image:",
  "  registry: docker.io",
  "  repository: bitnami/redis",
  "  tag: 8.2.1",
  '  digest: ""',
  "exporter:",
  "  image:",
  "    repository: quay.io/oliver006/redis_exporter",
  "    tag: v1.76.0",
  "appVersioned:",
  "  image:",
  "    repository: quay.io/org/app",
  '    tag: ""',
  "",
].join("\n");

let tmp: { dir: string; cleanup: () => void };
beforeEach(() => {
  tmp = tempDir();
  writeFileSync(
    join(tmp.dir, "Chart.yaml"),
    "apiVersion: v2\nname: pinned\nversion: 0.1.0\nappVersion: v2.0.0\n",
  );
  writeFileSync(join(tmp.dir, "values.yaml"), VALUES);
  writeFileSync(join(tmp.dir, ".mirrorize.yaml"), "preset: daocloud\npin: true\n");
  const lock = [
    "docker.io/bitnami/redis:8.2.1",
    "quay.io/oliver006/redis_exporter:v1.76.0",
    "quay.io/org/app:latest",
  ]
    .map((ref) => `  ${ref}:\n    digest: ${DIGEST}\n    date: 2026-11-01\n`)
    .join("");
  writeFileSync(join(tmp.dir, "mirrorize.lock"), `version: 1\nimages:\n${lock}`);
});
afterEach(() => tmp.cleanup());

interface JsonFinding {
  field: string;
  kind: string;
  severity: string;
  to?: string;
  message: string;
}

async function findings(command: string): Promise<{ code: number; findings: JsonFinding[] }> {
  const run = await runCli([command, "--format", "json", "."], tmp.dir);
  if (!run.stdout.trim()) throw new Error(`${command}: ${run.code} ${run.stderr}`);
  return { code: run.code, findings: JSON.parse(run.stdout).findings };
}

describe("Helm pin: check and fix never disagree", () => {
  it("pins into the digest key and the tag, says so where there is no place, and converges", async () => {
    const check = await findings("check");
    const fix = await findings("fix");
    const to = (f: { findings: JsonFinding[] }) =>
      Object.fromEntries(f.findings.filter((x) => x.kind === "rewrite").map((x) => [x.field, x.to]));
    expect(to(check)).toEqual(to(fix));
    expect(to(fix)).toEqual({
      image: `docker.m.daocloud.io/bitnami/redis:8.2.1@${DIGEST}`,
      "exporter.image": `quay.m.daocloud.io/oliver006/redis_exporter:v1.76.0@${DIGEST}`,
      "appVersioned.image": "quay.m.daocloud.io/org/app",
    });
    const unpinned = fix.findings.find((f) => f.field === "appVersioned.image")!;
    expect(unpinned.severity).toBe("warning");
    expect(unpinned.message).toMatch(/not pinned: this shape has no place for a digest/);
    expect(check.findings.find((f) => f.field === "appVersioned.image")!.message).toMatch(/not pinned/);

    const after = readFileSync(join(tmp.dir, "values.yaml"), "utf8");
    expect(after).toContain(
      `  registry: docker.m.daocloud.io\n  repository: bitnami/redis\n  tag: 8.2.1\n  digest: "${DIGEST}"\n`,
    );
    expect(after).toContain(`    tag: v1.76.0@${DIGEST}\n`);
    const again = await findings("check");
    expect(again.code).toBe(0);
    expect(again.findings.filter((f) => f.kind === "rewrite")).toEqual([]);
  });
});
