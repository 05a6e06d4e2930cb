import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { parseInputs } from "../../src/action/inputs.js";
import { OUTPUT_NAMES } from "../../src/action/outputs.js";
import { repoRoot } from "../helpers/shared.js";

const action = parse(readFileSync(join(repoRoot, "action.yml"), "utf8")) as {
  runs: { using: string; main: string };
  inputs: Record<string, { default?: string; description: string }>;
  outputs: Record<string, { description: string }>;
  branding: { icon: string; color: string };
};

describe("action.yml", () => {
  it("runs dist/action.js on node24 and has branding", () => {
    expect(action.runs).toEqual({ using: "node24", main: "dist/action.js" });
    expect(action.branding.icon).toBeTruthy();
    expect(action.branding.color).toBeTruthy();
  });

  it("declares exactly the inputs the action reads, and its defaults parse", () => {
    const read = new Set<string>();
    parseInputs((name) => {
      read.add(name);
      return "";
    });
    expect(Object.keys(action.inputs).sort()).toEqual([...read].sort());
    const defaults = Object.fromEntries(
      Object.entries(action.inputs).map(([name, input]) => [
        name,
        input.default?.includes("${{") ? "" : (input.default ?? ""),
      ]),
    );
    expect(() => parseInputs((name) => defaults[name] ?? "")).not.toThrow();
  });

  it("declares exactly the outputs the action sets", () => {
    expect(Object.keys(action.outputs)).toEqual(OUTPUT_NAMES);
  });

  it("keeps the DESIGN.md §7 names", () => {
    for (const name of [
      "mode",
      "paths",
      "config",
      "preset",
      "fail-on",
      "dry-run",
      "token",
      "branch",
      "base",
      "title",
      "body",
      "labels",
      "commit-message",
      "draft",
    ]) {
      expect(action.inputs).toHaveProperty([name]);
    }
    for (const name of [
      "changed",
      "changed-files",
      "findings-count",
      "rewrites-count",
      "report",
      "commit-sha",
      "pull-request-number",
      "pull-request-url",
      "pull-request-operation",
    ]) {
      expect(action.outputs).toHaveProperty([name]);
    }
  });
});

describe("scripts/gen-action-docs.mjs", () => {
  const script = join(repoRoot, "scripts", "gen-action-docs.mjs");

  it("finds docs/action-reference.md up to date", () => {
    const result = spawnSync(process.execPath, [script, "--check"], { cwd: repoRoot, encoding: "utf8" });
    expect(result.stdout + result.stderr).toBe("");
    expect(result.status).toBe(0);
  });

  it("renders every input with its default and every output", async () => {
    const { renderReference } = (await import(script)) as { renderReference: (yaml: string) => string };
    const markdown = renderReference(
      "inputs:\n  a:\n    description: A | pipe\n    default: x\n  b:\n    description: |\n      two\n      lines\n    required: true\noutputs:\n  o:\n    description: O\n",
    );
    expect(markdown).toContain("| `a` | `x` | A \\| pipe |");
    expect(markdown).toContain("| `b` | required | two lines |");
    expect(markdown).toContain("| `o` | O |");
  });

  it("--check exits 1 when the reference drifts", () => {
    // a copy of the repository's action.yml and script, with no docs/action-reference.md yet
    const copy = mkdtempSync(join(tmpdir(), "mirrorize-docs-"));
    try {
      cpSync(join(repoRoot, "scripts", "gen-action-docs.mjs"), join(copy, "scripts", "gen-action-docs.mjs"));
      cpSync(join(repoRoot, "action.yml"), join(copy, "action.yml"));
      symlinkSync(join(repoRoot, "node_modules"), join(copy, "node_modules"));
      const copied = join(copy, "scripts", "gen-action-docs.mjs");
      const drifted = spawnSync(process.execPath, [copied, "--check"], { encoding: "utf8" });
      expect(drifted.status).toBe(1);
      expect(drifted.stdout).toContain("docs/action-reference.md is out of date with action.yml");
      expect(existsSync(join(copy, "docs", "action-reference.md"))).toBe(false);
    } finally {
      rmSync(copy, { recursive: true, force: true });
    }
  });
});
