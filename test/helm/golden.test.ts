import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { settingsFromText } from "../../src/config/index.js";
import { scan } from "../../src/engine/index.js";
import type { Finding } from "../../src/engine/types.js";
import { changedScalars } from "../helpers/compare.js";
import { testSettings } from "../helpers/settings.js";
import { repoRoot } from "../helpers/shared.js";
import { tempCopy } from "../helpers/tree.js";

/**
 * Golden fixtures for Helm values (test/fixtures/helm/<case>/: values.yaml beside a Chart.yaml) and
 * embedded values (test/fixtures/embedded/<case>/: input.yaml or kustomization.yaml). Each case has
 * `expected.yaml` (the file after `fix`), `findings.txt` (every finding: line:column kind severity
 * field from -> to [shape] note) and optionally `mirrorize.yaml` (the config; default: the daocloud
 * preset). UPDATE_GOLDEN=1 rewrites expected files: review every one by eye before committing.
 */
const update = process.env.UPDATE_GOLDEN === "1";
const sets = ["helm", "embedded"];
const INPUT = /^(values[^/]*\.ya?ml|input\.ya?ml|kustomization\.ya?ml)$/;

function inputOf(dir: string): string {
  const name = readdirSync(dir).find((f) => INPUT.test(f));
  if (!name) throw new Error(`no input file in ${dir}`);
  return name;
}

function findingLines(findings: Finding[]): string {
  return findings
    .map((f) => {
      const shape = f.shape ? ` [${f.shape}]` : "";
      const note = /\(([^()]*(?:\([^()]*\)[^()]*)*)\)\.?$/.exec(f.message)?.[1];
      const ref = f.from ? ` ${f.from}${f.to ? ` -> ${f.to}` : ""}` : "";
      const tail =
        f.kind === "rewrite" && f.severity === "info" ? (note ? ` -- ${note}` : "") : ` -- ${f.message}`;
      return `${f.line}:${f.column} ${f.kind} ${f.severity} ${f.field}${ref}${shape}${tail}`;
    })
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
        const { dir, cleanup } = tempCopy(src);
        try {
          const configFile = join(src, "mirrorize.yaml");
          const settings = existsSync(configFile)
            ? settingsFromText(readFileSync(configFile, "utf8"), "mirrorize.yaml")
            : testSettings();
          const before = readFileSync(join(dir, input), "utf8");
          const first = await scan({ cwd: dir, paths: [input], settings, write: true, mode: "fix" });
          const after = readFileSync(join(dir, input), "utf8");
          const findings = findingLines(first.findings);
          const expectedFile = join(src, "expected.yaml");
          const findingsFile = join(src, "findings.txt");
          if (update || !existsSync(expectedFile)) writeFileSync(expectedFile, after);
          if (update || !existsSync(findingsFile)) writeFileSync(findingsFile, findings);
          expect(after).toBe(readFileSync(expectedFile, "utf8"));
          expect(findings).toBe(readFileSync(findingsFile, "utf8"));

          // Everything but the edited scalars (and an added allowInsecureImages or kustomize newName) is unchanged.
          changedScalars(before, after, ["security", "allowInsecureImages", "global", "newName"]);

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
