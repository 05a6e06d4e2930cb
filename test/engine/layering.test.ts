import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { repoRoot } from "../helpers/shared.js";

/**
 * The core's layers import downwards only (issue 12: the locators reached up into the engine for
 * the limit checks). Each row: a folder of src/, and the folders of src/ it must never import from.
 */
const LAYERS: [string, string[]][] = [
  ["limits", ["engine", "locate", "edit", "resolver", "registry", "report", "cli", "action", "krm"]],
  ["reference", ["engine", "locate", "edit", "resolver", "config", "cli", "action", "krm"]],
  ["edit", ["engine", "locate", "cli", "action", "krm"]],
  ["locate", ["engine", "cli", "action", "krm", "report"]],
  ["resolver", ["engine", "locate", "edit", "cli", "action", "krm"]],
  ["config", ["engine", "cli", "action", "krm"]],
  ["engine", ["cli", "action", "krm"]],
];

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? files(p) : p.endsWith(".ts") ? [p] : [];
  });
}

const src = join(repoRoot, "src");

describe("layering: the core imports downwards", () => {
  it.each(LAYERS)("src/%s imports none of %j", (layer, forbidden) => {
    const bad: string[] = [];
    for (const file of files(join(src, layer))) {
      const text = readFileSync(file, "utf8");
      for (const m of text.matchAll(/^\s*(?:import|export)\b[^"']*?from\s+["'](\.[^"']+)["']/gm)) {
        const target = relative(src, join(file, "..", m[1]!)).split("/")[0]!;
        if (forbidden.includes(target)) bad.push(`${relative(src, file)} → ${m[1]}`);
      }
    }
    expect(bad).toEqual([]);
  });
});
