import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { runCli } from "../helpers/cli.js";
import { repoRoot, requirePrerequisite } from "../helpers/shared.js";
import { tempDir } from "../helpers/tree.js";

const multitool = join(repoRoot, "node_modules/.bin/sarif-multitool");
const tmp = tempDir();
afterAll(() => tmp.cleanup());

describe("check --format sarif", () => {
  it("is SARIF 2.1.0 that Microsoft's SARIF Multitool validates with no errors and no warnings", async () => {
    const r = await runCli(["check", "--format", "sarif", "."], join(repoRoot, "examples/demo"));
    expect(r.code).toBe(1);
    const log = JSON.parse(r.stdout);
    expect(log.version).toBe("2.1.0");
    const results = log.runs[0].results;
    expect(results.length).toBeGreaterThan(0);
    const etcd = results.find((x: { message: { text: string } }) =>
      x.message.text.startsWith("registry.k8s.io/etcd"),
    );
    expect(etcd.locations[0].physicalLocation).toEqual({
      artifactLocation: { uri: "platform/cronjob.yaml", uriBaseId: "%SRCROOT%" },
      region: { startLine: 15, startColumn: 22, endLine: 15, endColumn: 51 },
    });
    expect(etcd.fixes[0].artifactChanges[0].replacements[0].insertedContent.text).toBe(
      "k8s.m.daocloud.io/etcd:3.5.10-0",
    );

    if (!requirePrerequisite(existsSync(multitool), "sarif-multitool (npm @microsoft/sarif-multitool)"))
      return;
    const input = join(tmp.dir, "check.sarif");
    const output = join(tmp.dir, "validation.sarif");
    writeFileSync(input, r.stdout);
    const v = spawnSync(multitool, ["validate", input, "-o", output], { encoding: "utf8" });
    expect(v.status, v.stdout + v.stderr).toBe(0);
    expect(v.stdout).not.toMatch(/: (error|warning) /);
    const validation = JSON.parse(readFileSync(output, "utf8"));
    expect(validation.runs[0].results ?? []).toEqual([]);
  });
});
