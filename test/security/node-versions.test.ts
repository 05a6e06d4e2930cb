import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { parse } from "yaml";
import { repoRoot } from "../helpers/shared.js";

/** package.json, README and action.yml say the same about the Node.js versions supported and tested. */
describe("Node.js versions", () => {
  const pkg = JSON.parse(readFileSync(join(repoRoot, "package.json"), "utf8")) as {
    engines: { node: string };
    devDependencies: Record<string, string>;
  };
  const readme = readFileSync(join(repoRoot, "README.md"), "utf8");
  const action = parse(readFileSync(join(repoRoot, "action.yml"), "utf8")) as { runs: { using: string } };
  const minimum = Number(/^>=(\d+)$/.exec(pkg.engines.node)?.[1]);

  test("package.json supports Node.js 20 and later, and its Node types are the minimum's", () => {
    expect(pkg.engines.node).toBe(">=20");
    expect(pkg.devDependencies["@types/node"]).toMatch(new RegExp(`^\\^${minimum}\\.`));
  });

  test("the README says the same minimum, the tested version and the Action's runtime", () => {
    expect(readme).toContain(`Node.js ${minimum} or later`);
    expect(readme.replace(/\s+/g, " ")).toContain(`the test suite runs on Node.js ${minimum}`);
    expect(readme).toContain("`runs.using: node24`");
  });

  test("action.yml runs on node24, a version package.json supports", () => {
    expect(action.runs.using).toBe("node24");
    expect(Number(action.runs.using.replace("node", ""))).toBeGreaterThanOrEqual(minimum);
  });

  test("the tests run on a supported Node.js", () => {
    expect(Number(process.versions.node.split(".")[0])).toBeGreaterThanOrEqual(minimum);
  });
});
