import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { applyEdits } from "../../src/edit/index.js";
import { type FilePlan, planContext, planFile } from "../../src/engine/index.js";
import type { Finding } from "../../src/engine/types.js";
import type { FileRole } from "../../src/locate/index.js";
import { format, parseNormalized } from "../../src/reference/index.js";
import { createResolver } from "../../src/resolver/index.js";
import { changedScalars } from "../helpers/compare.js";
import { testSettings } from "../helpers/settings.js";
import { requirePrerequisite, sharedPath } from "../helpers/shared.js";

/**
 * The Helm items of ../shared/corpus, run through `planFile` as values files with the default
 * preset, against their hand-checked expected.json; and the images Renovate's own fixtures expect
 * its helm-values, kubernetes and kustomize managers to extract (../shared/vectors/renovate).
 */

interface ExpectedImage {
  path: string;
  line: number;
  ref: string;
  shape: string;
  parts?: Record<string, { value: unknown; line: number }>;
  tag_key?: { line: number };
  inherits?: string;
}
interface Expected {
  file: string;
  chart?: unknown;
  globals?: { path: string; line: number }[];
  images: ExpectedImage[];
  decoys?: { path: string; line: number }[];
  commented_out_examples?: { line: number; text: string }[];
}

const corpus = sharedPath("corpus");
const settings = testSettings();
const resolver = createResolver(settings);
const ctx = planContext(settings, resolver, "fix");

const IMAGE_KINDS = new Set<Finding["kind"]>([
  "rewrite",
  "already-mirrored",
  "excluded",
  "no-rule",
  "skipped",
  "invalid",
  "unsafe-edit",
  "dead-mirror",
]);

function normalized(ref: string): string {
  const p = parseNormalized(ref);
  return p.ok ? format(p.ref) : ref;
}

function helmItems(): { item: string; expected: Expected }[] {
  if (!corpus) return [];
  return readdirSync(corpus)
    .filter((d) => existsSync(join(corpus, d, "expected.json")))
    .map((item) => ({
      item,
      expected: JSON.parse(readFileSync(join(corpus, item, "expected.json"), "utf8")),
    }))
    .filter(({ expected }) => expected.chart !== undefined)
    .sort((a, b) => a.item.localeCompare(b.item));
}

/** The finding for an expected image: same field path and the same reference. */
function matchOf(findings: Finding[], image: ExpectedImage): Finding | undefined {
  const want = normalized(image.ref);
  return findings.find((f) => f.field === image.path && f.from !== undefined && normalized(f.from) === want);
}

/**
 * Lines a finding for an expected image may point at: the map key through its last part (or the
 * scalar's line), a global knob, or the parts of the image it inherits from (`inherits`).
 */
function linesOf(image: ExpectedImage, expected: Expected): number[] {
  const lines = [image.line, ...Object.values(image.parts ?? {}).map((p) => p.line)];
  if (image.tag_key) lines.push(image.tag_key.line);
  for (const g of expected.globals ?? []) lines.push(g.line);
  const from = image.inherits?.split(" ")[0];
  const source = expected.images.find((i) => i.path === from);
  if (source) lines.push(...Object.values(source.parts ?? {}).map((p) => p.line));
  return lines;
}

interface Row {
  item: string;
  expected: number;
  found: number;
  correct: number;
  missed: string[];
  wrong: string[];
  extra: string[];
  decoys: string[];
  comments: string[];
  bytes: string;
  idempotent: boolean;
}

function checkItem(item: string, expected: Expected): Row {
  const text = readFileSync(join(corpus!, item, expected.file), "utf8");
  const plan = planFile(expected.file, text, "helm-values", ctx);
  const findings = plan.findings.filter((f) => IMAGE_KINDS.has(f.kind));
  const after = applyEdits(text, plan.edits);
  const replan = planFile(expected.file, after, "helm-values", ctx);
  const row: Row = {
    item,
    expected: expected.images.length,
    found: 0,
    correct: 0,
    missed: [],
    wrong: [],
    extra: [],
    decoys: [],
    comments: [],
    bytes: "ok",
    idempotent: replan.edits.length === 0,
  };
  const matched = new Set<Finding>();
  for (const image of expected.images) {
    const f = matchOf(findings, image);
    if (!f) {
      row.missed.push(`${image.path} (${image.shape}) ${image.ref}`);
      continue;
    }
    matched.add(f);
    row.found++;
    const r = resolver.resolve(image.ref);
    const lines = linesOf(image, expected);
    const lineOk =
      lines.includes(f.line) ||
      (f.line >= image.line && f.line <= Math.max(...lines.filter((l) => l >= image.line)));
    let ok = lineOk;
    if (r.status === "rewrite") {
      // End to end: after the fix, the same field composes exactly the resolver's target.
      const again = replan.findings.find((g) => g.field === image.path);
      ok &&=
        f.kind === "rewrite" &&
        f.to === r.output &&
        again !== undefined &&
        normalized(again.from ?? "") === normalized(r.output!) &&
        again.kind === "already-mirrored";
    } else {
      ok &&= f.kind === r.status;
    }
    if (ok) row.correct++;
    else
      row.wrong.push(
        `${image.path} line ${f.line} ${f.kind} ${f.from} -> ${f.to ?? ""} (expected ${r.output ?? r.status})`,
      );
  }
  for (const f of findings) {
    if (!matched.has(f)) row.extra.push(`${f.field} ${f.kind} ${f.from}`);
  }
  for (const d of expected.decoys ?? []) {
    const hit = findings.find((f) => f.field === d.path || f.line === d.line);
    if (hit) row.decoys.push(`${d.path}: ${hit.kind} ${hit.from}`);
  }
  const editLines = new Set(plan.edits.map((e) => lineOfOffset(text, e.start)));
  for (const c of expected.commented_out_examples ?? []) {
    if (editLines.has(c.line)) row.comments.push(`line ${c.line}: ${c.text}`);
  }
  row.bytes = byteIdentity(text, after, plan);
  return row;
}

function lineOfOffset(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

/** Only the scalars of rewrite findings changed; every other value, key and comment is identical. */
function byteIdentity(before: string, after: string, plan: FilePlan): string {
  let changed: ReturnType<typeof changedScalars>;
  try {
    changed = changedScalars(before, after);
  } catch (e) {
    return `structure changed: ${(e as Error).message}`;
  }
  const starts = plan.edits.map((e) => lineOfOffset(before, e.start));
  for (const c of changed) {
    if (!starts.includes(c.line)) return `scalar at ${c.line}:${c.column} changed without an edit`;
  }
  for (const owners of plan.editFindings) {
    if (!owners.every((o) => plan.findings[o]?.kind === "rewrite"))
      return "an edit belongs to a non-rewrite finding";
  }
  // Outside the edited ranges every byte is the same.
  let pos = 0;
  let delta = 0;
  for (const e of plan.edits) {
    if (before.slice(pos, e.start) !== after.slice(pos + delta, e.start + delta))
      return "bytes outside edits changed";
    delta += e.text.length - (e.end - e.start);
    pos = e.end;
  }
  if (before.slice(pos) !== after.slice(pos + delta)) return "bytes after the last edit changed";
  return "ok";
}

const items = helmItems();

describe("Helm corpus (../shared/corpus)", () => {
  it("has the Helm items", () => {
    if (!requirePrerequisite(corpus !== undefined, "../shared/corpus")) return;
    expect(items.length).toBeGreaterThan(0);
  });
  if (!corpus) return;
  const rows: Row[] = [];
  for (const { item, expected } of items) {
    it(item, () => {
      const row = checkItem(item, expected);
      rows.push(row);
      expect(row.decoys, "decoys taken").toEqual([]);
      expect(row.comments, "commented-out examples touched").toEqual([]);
      expect(row.bytes, "byte identity").toBe("ok");
      expect(row.idempotent, "fix twice changes nothing").toBe(true);
      expect(row.missed, "missed").toEqual([]);
      expect(row.wrong, "found but not rewritten to the composed target").toEqual([]);
    });
  }
  it("sets Bitnami's allowInsecureImages with the mirrored registries (helm.allowInsecureImages)", () => {
    const allow = testSettings({ helm: { allowInsecureImages: true } });
    const allowCtx = planContext(allow, createResolver(allow), "fix");
    const bitnami = items.filter(({ item }) => item.startsWith("bitnami-"));
    expect(bitnami.length).toBeGreaterThan(0);
    for (const { item, expected } of bitnami) {
      const text = readFileSync(join(corpus!, item, expected.file), "utf8");
      const plan = planFile(expected.file, text, "helm-values", allowCtx);
      const setting = plan.findings.filter((f) => f.kind === "chart-setting");
      expect(
        setting.map((f) => [f.field, f.severity]),
        item,
      ).toEqual([["global.security.allowInsecureImages", "info"]]);
      const after = applyEdits(text, plan.edits);
      const changed = changedScalars(text, after);
      expect(
        changed.filter((c) => c.after === true).map((c) => c.before),
        item,
      ).toEqual([false]);
      expect(planFile(expected.file, after, "helm-values", allowCtx).edits, item).toEqual([]);
    }
  });
  it("prints the totals", () => {
    const sum = (k: "expected" | "found" | "correct") => rows.reduce((n, r) => n + r[k], 0);
    const lines = rows.map(
      (r) =>
        `${r.item.padEnd(26)} ${String(r.expected).padStart(3)} ${String(r.found).padStart(5)} ${String(r.correct).padStart(7)} ${String(r.missed.length).padStart(6)} ${String(r.extra.length).padStart(5)}`,
    );
    const details = rows.flatMap((r) => [
      ...r.missed.map((m) => `  missed  ${r.item}: ${m}`),
      ...r.wrong.map((m) => `  wrong   ${r.item}: ${m}`),
      ...r.extra.map((m) => `  extra   ${r.item}: ${m}`),
    ]);
    console.log(
      [
        `${"item".padEnd(26)} exp found correct missed extra`,
        ...lines,
        `${"TOTAL".padEnd(26)} ${String(sum("expected")).padStart(3)} ${String(sum("found")).padStart(5)} ${String(sum("correct")).padStart(7)} ${String(rows.reduce((n, r) => n + r.missed.length, 0)).padStart(6)} ${String(rows.reduce((n, r) => n + r.extra.length, 0)).padStart(5)}`,
        ...details,
      ].join("\n"),
    );
    expect(sum("found")).toBe(sum("expected"));
  });
});

interface RenovateDep {
  depName: string;
  currentValue: string | number | null;
  currentDigest: string | null;
  datasource: string;
  depType?: string;
}
interface RenovateCase {
  id: string;
  manager: "helm-values" | "kubernetes" | "kustomize";
  fixture: string | null;
  input?: string;
  expected: RenovateDep[];
}

/**
 * Images Renovate finds that mirrorize cannot: Renovate's kubernetes manager reads lines with a
 * regular expression, so it also "extracts" from documents that are not YAML at all.
 */
const NOT_YAML: Record<string, string> = {
  "kubernetes/11": "complex.yaml is a Helm template; its Pod document does not parse as YAML",
};

const ROLE: Record<RenovateCase["manager"], FileRole> = {
  "helm-values": "helm-values",
  kubernetes: "manifest",
  kustomize: "kustomization",
};

describe("Renovate's fixtures (../shared/vectors/renovate)", () => {
  const dir = sharedPath("vectors", "renovate");
  it("finds every image Renovate extracts", () => {
    if (!requirePrerequisite(dir !== undefined, "../shared/vectors/renovate")) return;
    const data = JSON.parse(readFileSync(join(dir!, "renovate-extract.json"), "utf8")) as {
      cases: RenovateCase[];
    };
    let total = 0;
    let found = 0;
    const missed: string[] = [];
    const excused: string[] = [];
    for (const c of data.cases) {
      const deps = (c.expected ?? []).filter((d) => d.datasource === "docker" && d.depType !== "HelmChart");
      if (deps.length === 0) continue;
      const text = c.fixture ? readFileSync(join(dir!, "fixtures", c.fixture), "utf8") : (c.input ?? "");
      const plan = planFile(c.fixture ?? `${c.id}.yaml`, text, ROLE[c.manager], ctx);
      const refs = new Set(plan.findings.filter((f) => f.from).map((f) => normalized(f.from!)));
      for (const d of deps) {
        total++;
        let ref = d.depName;
        if (d.currentValue !== null && d.currentValue !== undefined) ref += `:${d.currentValue}`;
        if (d.currentDigest) ref += `@${d.currentDigest}`;
        if (refs.has(normalized(ref))) found++;
        else if (NOT_YAML[c.id]) excused.push(`${c.id} ${ref}: ${NOT_YAML[c.id]}`);
        else missed.push(`${c.id} ${c.fixture ?? "(inline)"}: ${ref}`);
      }
    }
    console.log(
      [
        `Renovate: ${found}/${total} docker images found`,
        ...excused.map((e) => `  not YAML: ${e}`),
        ...missed.map((m) => `  missed: ${m}`),
      ].join("\n"),
    );
    expect(missed).toEqual([]);
  });
});
