// The shipped JSON Schema is generated from the validator's zod schema. This test fails when
// schema/mirrorize.schema.json is stale; `UPDATE_SCHEMA=1 npx vitest run test/config/schema.test.ts`
// (or `node scripts/gen-schema.mjs`) rewrites it.
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { expect, test } from "vitest";
import { configJsonSchema, PRESET_NAMES } from "../../src/config/index.js";
import { repoRoot } from "../helpers/shared.js";

const schemaPath = join(repoRoot, "schema", "mirrorize.schema.json");

test("schema/mirrorize.schema.json is up to date with the zod schema", () => {
  const expected = `${JSON.stringify(configJsonSchema(), null, 2)}\n`;
  if (process.env.UPDATE_SCHEMA) writeFileSync(schemaPath, expected);
  const actual = readFileSync(schemaPath, "utf8");
  expect(actual, "run `node scripts/gen-schema.mjs` to regenerate the schema").toBe(expected);
});

test("the JSON Schema is strict and knows the keys, strategies and presets", () => {
  const schema = configJsonSchema() as {
    additionalProperties: boolean;
    properties: Record<string, unknown>;
  };
  expect(schema.additionalProperties).toBe(false);
  expect(Object.keys(schema.properties)).toEqual(
    expect.arrayContaining([
      "apiVersion",
      "kind",
      "preset",
      "rules",
      "exclude",
      "files",
      "fields",
      "verify",
      "registries",
    ]),
  );
  const text = JSON.stringify(schema);
  expect(text).toContain('"enum":["host","prefix","flatten"]');
  for (const name of PRESET_NAMES) expect(text).toContain(`"${name}"`);
});
