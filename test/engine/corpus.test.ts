import { cpSync, existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { scan } from "../../src/engine/index.js";
import type { ScanResult } from "../../src/engine/types.js";
import { changedScalars } from "../helpers/compare.js";
import { testSettings } from "../helpers/settings.js";
import { requirePrerequisite, sharedPath } from "../helpers/shared.js";
import { snapshot, tempDir } from "../helpers/tree.js";

/**
 * `fix` with the daocloud preset on a copy of the whole real-world corpus (../shared/corpus) touches
 * only the scalars that rewrite findings point at: both sides are re-parsed and every other value,
 * key and document is compared. Then a second fix changes nothing.
 */
const corpus = sharedPath("corpus");
const tmp = tempDir();
let before: Map<string, Buffer>;
let result: ScanResult;

beforeAll(async () => {
  if (!requirePrerequisite(corpus !== undefined, "../shared/corpus")) return;
  for (const item of readdirSync(corpus!)) {
    const src = join(corpus!, item);
    if (!existsSync(join(src, "expected.json"))) continue;
    const expected = JSON.parse(readFileSync(join(src, "expected.json"), "utf8"));
    cpSync(src, join(tmp.dir, item), { recursive: true, filter: (p) => !p.endsWith("expected.json") });
    if (expected.chart) {
      writeFileSync(
        join(tmp.dir, item, "Chart.yaml"),
        `apiVersion: v2\nname: ${expected.chart.name}\nversion: 0.0.0\n`,
      );
    }
  }
  before = snapshot(tmp.dir);
  result = await scan({ cwd: tmp.dir, paths: ["."], settings: testSettings(), write: true, mode: "fix" });
});
afterAll(() => tmp.cleanup());

describe("fix on the real-world corpus", () => {
  it("changes only image scalars, each at its finding", () => {
    if (!corpus) return;
    const after = snapshot(tmp.dir);
    expect([...after.keys()].sort()).toEqual([...before.keys()].sort());
    let changedFiles = 0;
    let changedValues = 0;
    for (const [file, bytes] of after) {
      const old = before.get(file)!;
      if (bytes.equals(old)) continue;
      changedFiles++;
      const rewrites = result.findings.filter(
        (f) => f.file === file && f.kind === "rewrite" && f.severity === "info",
      );
      const changes = changedScalars(old.toString("utf8"), bytes.toString("utf8"), [
        "newName",
        "security",
        "allowInsecureImages",
      ]);
      for (const c of changes) {
        const lines = typeof c.before === "string" ? c.before.split("\n").length : 1;
        // The scalar a finding points at, another scalar of the same map (a Helm image map whose
        // registry and repository both change), or a block scalar holding embedded YAML that was edited.
        const accounted = rewrites.some(
          (f) =>
            (f.line === c.line && f.column === c.column) ||
            (f.line >= c.parentLines[0] && f.line <= c.parentLines[1]) ||
            (lines > 1 && f.line > c.line && f.line <= c.line + lines),
        );
        expect(accounted, `${file}:${c.line}:${c.column} ${String(c.before)} -> ${String(c.after)}`).toBe(
          true,
        );
      }
      changedValues += changes.length;
    }
    expect(changedFiles).toBeGreaterThan(10);
    console.log(
      `corpus fix: ${changedFiles} files changed, ${changedValues} scalars changed, ${result.summary.rewrites} rewrites`,
    );
    expect(result.findings.filter((f) => f.kind === "parse-error" || f.kind === "file-error")).toEqual([]);
  });

  it("is idempotent: a second fix changes nothing", async () => {
    if (!corpus) return;
    const after = snapshot(tmp.dir);
    const again = await scan({
      cwd: tmp.dir,
      paths: ["."],
      settings: testSettings(),
      write: true,
      mode: "fix",
    });
    expect(again.summary.filesChanged).toBe(0);
    expect(snapshot(tmp.dir)).toEqual(after);
  }, 600_000); // a whole scan of the corpus: slow on a loaded machine, never wrong
});
