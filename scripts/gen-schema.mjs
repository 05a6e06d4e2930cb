#!/usr/bin/env node
// Regenerates schema/mirrorize.schema.json from the zod schema in src/config/schema.ts. The schema is
// TypeScript, so the generation runs inside vitest (which compiles it): this script runs the schema
// test with UPDATE_SCHEMA=1, which writes the file, then checks it again.
import { spawnSync } from "node:child_process";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const result = spawnSync("npx", ["vitest", "run", "test/config/schema.test.ts"], {
  cwd: root,
  stdio: "inherit",
  env: { ...process.env, UPDATE_SCHEMA: "1" },
});
process.exit(result.status ?? 1);
