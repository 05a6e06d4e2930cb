import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { scan } from "../../src/engine/index.js";
import type { Finding } from "../../src/engine/types.js";
import { changedScalars } from "../helpers/compare.js";
import { testSettings } from "../helpers/settings.js";
import { repoRoot } from "../helpers/shared.js";
import { tempCopy } from "../helpers/tree.js";

/**
 * Golden fixtures: test/fixtures/<set>/<case>/ holds one input file (input.yaml, input.json or
 * kustomization.yaml), `expected.<ext>` (the file after `fix` with the default preset) and
 * `findings.txt` (every finding: line:column kind severity from -> to). UPDATE_GOLDEN=1 rewrites them.
 */
const update = process.env.UPDATE_GOLDEN === "1";
const sets = ["kinds", "format"];

function inputOf(dir: string): string {
  const name = readdirSync(dir).find((f) => /^(input\.(ya?ml|json)|kustomization\.ya?ml)$/.test(f));
  if (!name) throw new Error(`no input file in ${dir}`);
  return name;
}

function findingLines(findings: Finding[]): string {
  return findings
    .map(
      (f) =>
        `${f.line}:${f.column} ${f.kind} ${f.severity} ${f.field} ${f.from ?? ""}${f.to ? ` -> ${f.to}` : ""}`,
    )
    .join("\n")
    .concat("\n");
}

for (const set of sets) {
  const root = join(repoRoot, "test/fixtures", set);
  describe(`golden fixtures: ${set}`, () => {
    for (const name of readdirSync(root).sort()) {
      it(name, async () => {
        const src = join(root, name);
        const input = inputOf(src);
        const ext = input.endsWith(".json") ? "json" : "yaml";
        const { dir, cleanup } = tempCopy(src);
        try {
          const before = readFileSync(join(dir, input), "utf8");
          const settings = testSettings();
          const first = await scan({ cwd: dir, paths: [input], settings, write: true, mode: "fix" });
          const after = readFileSync(join(dir, input), "utf8");
          const findings = findingLines(first.findings);
          const expectedFile = join(src, `expected.${ext}`);
          const findingsFile = join(src, "findings.txt");
          if (update || !existsSync(expectedFile)) writeFileSync(expectedFile, after);
          if (update || !existsSync(findingsFile)) writeFileSync(findingsFile, findings);
          expect(after).toBe(readFileSync(expectedFile, "utf8"));
          expect(findings).toBe(readFileSync(findingsFile, "utf8"));

          // Only the rewritten scalars changed, each at the position of its finding.
          const rewrites = first.findings.filter((f) => f.kind === "rewrite" && f.severity === "info");
          const changed = changedScalars(before, after, ["newName"]);
          for (const c of changed) {
            expect(rewrites.some((f) => f.line === c.line && f.column === c.column)).toBe(true);
          }
          expect(first.files.find((f) => f.file === input)?.changed ?? false).toBe(after !== before);

          // Idempotent: a second fix changes nothing and finds nothing left to rewrite.
          const second = await scan({ cwd: dir, paths: [input], settings, write: true, mode: "fix" });
          expect(readFileSync(join(dir, input), "utf8")).toBe(after);
          expect(second.files.every((f) => !f.changed)).toBe(true);
          expect(second.findings.filter((f) => f.kind === "rewrite" && f.severity === "info")).toEqual([]);
        } finally {
          cleanup();
        }
      });
    }
  });
}
