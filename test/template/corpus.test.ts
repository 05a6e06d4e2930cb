import { cpSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { scan } from "../../src/engine/index.js";
import { format, parseNormalized } from "../../src/reference/index.js";
import { createResolver } from "../../src/resolver/index.js";
import { testSettings } from "../helpers/settings.js";
import { requirePrerequisite, sharedPath } from "../helpers/shared.js";
import { tempDir } from "../helpers/tree.js";

/**
 * The real chart templates of ../shared/corpus-next (helm-template-*), read at test time and laid
 * out in a chart's templates/ as in their repositories: every expected image found at its line with
 * its reference (recall 1.00), nothing extra, no YAML error; fix rewrites exactly the literal that
 * holds the registry, and a second run finds everything mirrored.
 */

interface Expected {
  file: string;
  source: { path: string };
  chart: { name: string; version: string; appVersion?: string };
  images: { line: number; ref: string; parts?: Record<string, { line: number }> }[];
  decoys?: { line: number }[];
}

const next = sharedPath("corpus-next");
const items = next
  ? readdirSync(next)
      .filter((d) => d.startsWith("helm-template-"))
      .sort()
  : [];
const settings = testSettings();
const resolver = createResolver(settings);
const tmp = tempDir();
afterAll(() => tmp.cleanup());

const normalized = (ref: string) => {
  const p = parseNormalized(ref);
  return p.ok ? format(p.ref) : ref;
};

describe("corpus-next chart templates", () => {
  it("are all there", () => {
    if (!requirePrerequisite(next !== undefined, "../shared/corpus-next")) return;
    expect(items.length).toBeGreaterThanOrEqual(3);
  });

  it.each(items)("%s: every image found, nothing extra; fixed in place, idempotent", async (item) => {
    const expected = JSON.parse(readFileSync(join(next!, item, "expected.json"), "utf8")) as Expected;
    const dir = join(tmp.dir, item);
    const within = expected.source.path.slice(expected.source.path.indexOf("templates/"));
    mkdirSync(dirname(join(dir, within)), { recursive: true });
    const c = expected.chart;
    writeFileSync(
      join(dir, "Chart.yaml"),
      `apiVersion: v2\nname: ${c.name}\nversion: ${c.version}\nappVersion: "${c.appVersion ?? c.version}"\n`,
    );
    cpSync(join(next!, item, expected.file), join(dir, within));
    const original = readFileSync(join(dir, within), "utf8");

    const listed = await scan({ cwd: dir, paths: ["."], settings, write: false, mode: "check" });
    const images = listed.findings.filter((f) => f.file === within);
    expect(listed.findings.filter((f) => f.file !== within)).toEqual([]);
    expect(images.filter((f) => f.kind !== "rewrite")).toEqual([]);
    expect(
      images.map((f) => [f.line, normalized(f.from!)]).sort(),
      "one finding per expected image, at its line",
    ).toEqual(expected.images.map((i) => [i.line, normalized(i.ref)]).sort());
    for (const f of images) expect(f.to).toBe(resolver.resolve(f.from!).output);
    for (const d of expected.decoys ?? []) expect(images.some((f) => f.line === d.line)).toBe(false);

    await scan({ cwd: dir, paths: ["."], settings, write: true, mode: "fix" });
    const fixed = readFileSync(join(dir, within), "utf8");
    // Only the literals change: every line without an image is byte for byte the same.
    const imageLines = new Set(expected.images.map((i) => i.line));
    const a = original.split("\n");
    const b = fixed.split("\n");
    expect(b.length).toBe(a.length);
    a.forEach((line, i) => {
      if (!imageLines.has(i + 1)) expect(b[i], `line ${i + 1}`).toBe(line);
    });
    for (const f of images) expect(fixed).toContain(f.replacement ?? "");
    const again = await scan({ cwd: dir, paths: ["."], settings, write: false, mode: "check" });
    expect(again.findings.filter((f) => f.severity !== "info")).toEqual([]);
    expect(again.findings.map((f) => f.kind)).toEqual(images.map(() => "already-mirrored"));
  });
});
