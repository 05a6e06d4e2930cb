import { existsSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

/** The repository root. */
export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), "../..");

/**
 * The shared study material (`../shared` beside the repository, or `MIRRORIZE_SHARED`).
 * It is read at test time and never copied into the repository.
 */
export const sharedDir = resolve(process.env.MIRRORIZE_SHARED ?? join(repoRoot, "..", "shared"));

export const inCI = Boolean(process.env.CI);

/**
 * Whether a test that needs `what` (a folder of ../shared, a tool) can run. Outside CI a missing
 * prerequisite skips the test with a printed reason; in CI it fails the run.
 */
export function requirePrerequisite(available: boolean, what: string): boolean {
  if (available) return true;
  if (inCI) throw new Error(`${what} is missing, and CI must not skip the tests that need it.`);
  console.warn(`skipped: ${what} is missing`);
  return false;
}

export function sharedPath(...parts: string[]): string | undefined {
  const p = join(sharedDir, ...parts);
  return existsSync(p) ? p : undefined;
}
