import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { parse as parseYaml } from "yaml";
import { generatedPath, renderPresetsModule } from "../../scripts/gen-presets.mjs";
import { getPreset, listPresets, PRESET_NAMES } from "../../src/config/index.js";
import { isDead } from "../../src/resolver/index.js";
import { repoRoot } from "../helpers/shared.js";

test("src/config/presets.generated.ts is up to date with presets/*.yaml (run `node scripts/gen-presets.mjs`)", () => {
  expect(readFileSync(generatedPath, "utf8")).toBe(renderPresetsModule());
});

test("the four built-in presets are bundled, one per presets/*.yaml", () => {
  const files = readdirSync(join(repoRoot, "presets")).filter((f) => f.endsWith(".yaml"));
  expect([...PRESET_NAMES].sort()).toEqual(files.map((f) => f.replace(/\.yaml$/, "")).sort());
  expect(PRESET_NAMES).toEqual(
    expect.arrayContaining(["daocloud", "daocloud-prefix", "aliyun", "seed-2020"]),
  );
});

describe.each(PRESET_NAMES)("preset %s", (name) => {
  const preset = getPreset(name)!;
  const raw = parseYaml(readFileSync(join(repoRoot, "presets", `${name}.yaml`), "utf8")) as Record<
    string,
    unknown
  >;

  test("is dated and sourced", () => {
    expect(preset.name).toBe(name);
    expect(preset.checked).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(preset.source.length).toBeGreaterThan(0);
    for (const url of preset.source) expect(url).toMatch(/^https:\/\/\S+$/);
    expect(preset.description.length).toBeGreaterThan(20);
    expect(raw.name).toBe(name);
  });

  test("has rules with the preset as origin, each with at least one mirror", () => {
    expect(preset.rules.length).toBeGreaterThan(0);
    for (const rule of preset.rules) {
      expect(rule.origin).toBe(`preset ${name}`);
      expect(rule.mirrors.length).toBeGreaterThan(0);
    }
  });

  test("every dead mirror has a date", () => {
    for (const rule of preset.rules) {
      for (const mirror of rule.mirrors.filter(isDead))
        expect(mirror.deadSince).toMatch(/^\d{4}-\d{2}(-\d{2})?$/);
    }
  });
});

test("daocloud-prefix lists public registries explicitly: never *, never a private or port host", () => {
  const rules = getPreset("daocloud-prefix")!.rules;
  for (const rule of rules) {
    expect(rule.match).not.toBe("*");
    expect(rule.match).not.toMatch(/:|localhost|\.local\b|\.internal\b|example/);
    expect(rule.strategy).toBe("prefix");
    expect(rule.mirrors).toEqual([{ mirror: "m.daocloud.io" }]);
  }
  expect(rules.map((r) => r.match)).toEqual(
    expect.arrayContaining(["docker.io", "registry.k8s.io", "quay.io", "ghcr.io"]),
  );
});

test("daocloud covers the registries DESIGN.md names", () => {
  const matches = getPreset("daocloud")!.rules.map((r) => r.match);
  for (const host of [
    "docker.io",
    "gcr.io",
    "ghcr.io",
    "k8s.gcr.io",
    "registry.k8s.io",
    "quay.io",
    "mcr.microsoft.com",
    "docker.elastic.co",
    "nvcr.io",
  ]) {
    expect(matches).toContain(host);
  }
});

test("seed-2020 marks azk8s.cn dead since 2020-04-02 and every ustc mirror dead", () => {
  const mirrors = getPreset("seed-2020")!.rules.flatMap((r) => r.mirrors);
  const azk8s = mirrors.filter((m) => m.mirror.endsWith(".azk8s.cn"));
  expect(azk8s.map((m) => m.mirror)).toEqual(expect.arrayContaining(["gcr.azk8s.cn", "mcr.azk8s.cn"]));
  for (const m of azk8s) expect(m.deadSince).toBe("2020-04-02");
  const ustc = mirrors.filter((m) => m.mirror.includes("ustc.edu.cn"));
  expect(ustc.length).toBeGreaterThan(0);
  for (const m of ustc) expect(isDead(m)).toBe(true);
  const live = mirrors.filter((m) => !isDead(m)).map((m) => m.mirror);
  expect(live).toEqual(
    expect.arrayContaining([
      "quay-mirror.qiniu.com",
      "registry.aliyuncs.com/google_containers",
      "docker.io/googlecontainersmirror",
    ]),
  );
});

test("listPresets returns every preset once", () => {
  expect(listPresets().map((p) => p.name)).toEqual([...PRESET_NAMES]);
});
