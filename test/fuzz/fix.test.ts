import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import { applyEdits } from "../../src/edit/index.js";
import { type FilePlan, planContext, planFile, scan } from "../../src/engine/index.js";
import { createResolver } from "../../src/resolver/index.js";
import { changedScalars } from "../helpers/compare.js";
import { testSettings } from "../helpers/settings.js";
import { tempDir } from "../helpers/tree.js";

/**
 * `fix` on random Kubernetes-like YAML built from a grammar (Pods, Deployments, CronJobs and Lists;
 * containers in block and flow style; plain, single- and double-quoted images; trailing, full-line and
 * between-document comments; anchors and aliases; LF or CRLF; a BOM or not; one to four documents):
 *
 * - changes nothing but the image scalars its rewrite findings name (both sides are parsed again and
 *   compared value by value),
 * - is idempotent (a second fix plans no edit),
 * - leaves nothing for `check` to rewrite,
 * - writes the same bytes through the whole engine (scan on a file) as planFile + applyEdits.
 *
 * Fixed seeds; the number of cases is printed. A failing case is a bug: minimise it with the seed and
 * path fast-check prints, and add it to REGRESSIONS below.
 */
const SEED = 0x6d_69_72;
let cases = 0;

const IMAGES = [
  "nginx",
  "nginx:1.25",
  "library/redis:7.2@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef",
  "registry.k8s.io/pause:3.9",
  "k8s.gcr.io/kube-proxy:v1.18.0",
  "quay.io/prometheus/node-exporter:v1.8.0",
  "ghcr.io/example/app:v2",
  "gcr.io/distroless/static:nonroot",
  "localhost:5000/local/app:dev",
  "docker.m.daocloud.io/library/busybox:1.36", // already mirrored
  "{{ .Values.image }}", // a template: skipped
  // biome-ignore lint/suspicious/noTemplateCurlyInString: a shell placeholder, not a template string
  "${IMAGE}", // a placeholder: skipped
  "Not/A:Valid@Ref", // invalid: reported
];
const NAMES = ["app", "web", "side-car", "init", "x"];
type Quote = "plain" | "single" | "double";

interface Container {
  name: string;
  image: string;
  quote: Quote;
  comment: boolean;
  /** Anchor this image (`&img`) and repeat it in another container with an alias. */
  anchored: boolean;
}

interface Doc {
  kind: "Pod" | "Deployment" | "CronJob" | "List";
  containers: Container[];
  initContainers: Container[];
  flow: boolean;
  comments: boolean;
  /** Image-looking strings outside image fields, which must never change. */
  decoys: boolean;
  labelsAnchor: boolean;
}

interface FileSpec {
  docs: Doc[];
  crlf: boolean;
  bom: boolean;
  finalNewline: boolean;
  betweenComments: boolean;
  docEnd: boolean;
}

const container: fc.Arbitrary<Container> = fc.record({
  name: fc.constantFrom(...NAMES),
  image: fc.constantFrom(...IMAGES),
  quote: fc.constantFrom<Quote>("plain", "single", "double"),
  comment: fc.boolean(),
  anchored: fc.boolean(),
});

const doc: fc.Arbitrary<Doc> = fc.record({
  kind: fc.constantFrom<Doc["kind"]>("Pod", "Deployment", "CronJob", "List"),
  containers: fc.array(container, { minLength: 1, maxLength: 3 }),
  initContainers: fc.array(container, { maxLength: 2 }),
  flow: fc.boolean(),
  comments: fc.boolean(),
  decoys: fc.boolean(),
  labelsAnchor: fc.boolean(),
});

const file: fc.Arbitrary<FileSpec> = fc.record({
  docs: fc.array(doc, { minLength: 1, maxLength: 4 }),
  crlf: fc.boolean(),
  bom: fc.boolean(),
  finalNewline: fc.boolean(),
  betweenComments: fc.boolean(),
  docEnd: fc.boolean(),
});

/** A scalar as YAML text in the given style; plain only where plain is safe, else double quotes. */
function scalar(value: string, quote: Quote, flow: boolean): string {
  const plainSafe = /^[A-Za-z0-9][A-Za-z0-9._/:@-]*$/.test(value) && !(flow && /[{}[\],]/.test(value));
  if (quote === "single") return `'${value.replace(/'/g, "''")}'`;
  if (quote === "double" || !plainSafe) return JSON.stringify(value);
  return value;
}

/** The lines of one container list (block or flow), at `indent`; `decoys` adds env and args. */
function containerLines(
  list: Container[],
  indent: string,
  flow: boolean,
  comments: boolean,
  decoys: boolean,
  n: { anchor: number },
) {
  const items: { name: string; image: string; comment: boolean }[] = [];
  for (const c of list) {
    const value = scalar(c.image, c.quote, flow);
    if (c.anchored) {
      const anchor = `img${n.anchor++}`;
      items.push({ name: c.name, image: `&${anchor} ${value}`, comment: c.comment });
      items.push({ name: `${c.name}-again`, image: `*${anchor}`, comment: false });
    } else items.push({ name: c.name, image: value, comment: c.comment });
  }
  if (flow) {
    const body = items.map((i) => `{name: ${i.name}, image: ${i.image}}`).join(", ");
    return [`[${body}]${comments ? " # flow list" : ""}`];
  }
  const lines: string[] = [];
  for (const i of items) {
    if (comments) lines.push(`${indent}# container ${i.name}`);
    lines.push(`${indent}- name: ${i.name}`);
    lines.push(`${indent}  image: ${i.image}${i.comment ? "   # pinned" : ""}`);
    if (decoys) {
      // References passed to the program: reported, rewritten only with `embedded: rewrite`.
      lines.push(`${indent}  env: [{name: HELPER_IMAGE, value: "busybox:1.36"}, {name: NOTE, value: nginx}]`);
      lines.push(`${indent}  args: ["--sidecar-image=registry.k8s.io/pause:3.9", "--v=2"]`);
    }
  }
  return lines;
}

/** A pod spec's lines at `indent` (containers, initContainers, decoys). */
function podSpec(d: Doc, indent: string, n: { anchor: number }): string[] {
  const lines: string[] = [];
  for (const [key, list] of [
    ["initContainers", d.initContainers],
    ["containers", d.containers],
  ] as const) {
    if (list.length === 0) continue;
    const body = containerLines(list, `${indent}  `, d.flow, d.comments, d.decoys, n);
    if (d.flow) lines.push(`${indent}${key}: ${body[0]}`);
    else lines.push(`${indent}${key}:`, ...body);
  }
  if (d.decoys) {
    lines.push(`${indent}nodeSelector: {note: "nginx:1.25", other: quay.io/x/y:1}`);
  }
  return lines;
}

function renderDoc(d: Doc, n: { anchor: number }): string[] {
  const labels = d.labelsAnchor ? "&labels {app: demo}" : "{app: demo}";
  const meta = [`metadata:`, `  name: demo`, `  labels: ${labels}`];
  if (d.decoys) meta.push(`  annotations: {image: "registry.k8s.io/pause:3.9", backup: nginx}`);
  const selector = d.labelsAnchor ? "*labels" : "{app: demo}";
  switch (d.kind) {
    case "Pod":
      return ["apiVersion: v1", "kind: Pod", ...meta, "spec:", ...podSpec(d, "  ", n)];
    case "Deployment":
      return [
        "apiVersion: apps/v1",
        "kind: Deployment",
        ...meta,
        "spec:",
        `  selector: {matchLabels: ${selector}}`,
        ...(d.comments ? ["  # the pod template"] : []),
        "  template:",
        "    spec:",
        ...podSpec(d, "      ", n),
      ];
    case "CronJob":
      return [
        "apiVersion: batch/v1",
        "kind: CronJob",
        ...meta,
        "spec:",
        '  schedule: "*/5 * * * *"',
        "  jobTemplate:",
        "    spec:",
        "      template:",
        "        spec:",
        ...podSpec(d, "          ", n),
      ];
    default:
      return [
        "apiVersion: v1",
        "kind: List",
        "items:",
        "  - apiVersion: v1",
        "    kind: Pod",
        "    metadata: {name: item}",
        "    spec:",
        ...podSpec(d, "      ", n),
      ];
  }
}

/** The text of a generated file. */
function render(f: FileSpec): string {
  const parts: string[] = [];
  f.docs.forEach((d, i) => {
    const n = { anchor: 0 };
    if (i > 0) {
      if (f.betweenComments) parts.push("# next document");
      parts.push(f.betweenComments && i % 2 === 0 ? "--- # again" : "---");
    }
    parts.push(...renderDoc(d, n));
    if (f.docEnd && i === f.docs.length - 1) parts.push("...");
  });
  const eol = f.crlf ? "\r\n" : "\n";
  return (f.bom ? "\uFEFF" : "") + parts.join(eol) + (f.finalNewline ? eol : "");
}

const settings = testSettings();
/** Planning contexts for fix and check: the default settings, or with `embedded: rewrite`. */
const contexts = (s: typeof settings) => ({
  fix: planContext(s, createResolver(s), "fix"),
  check: planContext(s, createResolver(s), "check"),
});
const defaults = contexts(settings);
const embedded = contexts(testSettings({ embedded: "rewrite" }));

function fix(text: string, ctx = defaults): { plan: FilePlan; after: string } {
  const plan = planFile("f.yaml", text, "manifest", ctx.fix);
  return { plan, after: plan.editable ? applyEdits(text, plan.edits) : text };
}

/** The properties, for one text. */
function checkFix(text: string, ctx = defaults): void {
  cases++;
  const { plan, after } = fix(text, ctx);
  expect(plan.findings.filter((f) => f.kind === "parse-error" || f.kind === "file-error")).toEqual([]);
  // Only image scalars change, each to what its rewrite finding says.
  const rewrites = plan.findings.filter((f) => f.kind === "rewrite");
  for (const change of changedScalars(text, after)) {
    // The whole scalar, or the reference inside a flag or an env value (`embedded: rewrite`).
    const finding = rewrites.find(
      (f) => f.line === change.line && typeof change.before === "string" && change.before.endsWith(f.from!),
    );
    expect(finding, `a scalar changed that no rewrite names: ${JSON.stringify(change)}`).toBeDefined();
    const before = change.before as string;
    expect(change.after).toBe(before.slice(0, before.length - finding!.from!.length) + finding!.to);
  }
  // Bytes outside the edits are kept: the BOM, line breaks, comments, the end of the file.
  expect(after.startsWith("\uFEFF")).toBe(text.startsWith("\uFEFF"));
  expect(after.split("\r\n").length).toBe(text.split("\r\n").length);
  expect(after.split("#").length).toBe(text.split("#").length);
  // Idempotent, and nothing left for check.
  const again = fix(after, ctx);
  expect(again.plan.edits).toEqual([]);
  expect(again.after).toBe(after);
  const check = planFile("f.yaml", after, "manifest", ctx.check);
  expect(check.findings.filter((f) => f.severity === "error")).toEqual([]);
}

/** Minimised failing cases found by the properties, kept as regressions (none yet). */
const REGRESSIONS: string[] = [];

describe("fix on generated Kubernetes YAML", () => {
  it.each(REGRESSIONS.map((t) => [t]))("regression %j", (text) => checkFix(text));

  it("changes only image scalars, is idempotent, and leaves nothing for check", () => {
    fc.assert(
      fc.property(file, (f) => checkFix(render(f))),
      { seed: SEED, numRuns: 1000 },
    );
  }, 600_000); // 1,000 generated files: minutes on a loaded 2-core machine

  it("with embedded: rewrite, references in env values and flags change too, and nothing else", () => {
    fc.assert(
      fc.property(file, (f) => checkFix(render(f), embedded)),
      { seed: SEED + 3, numRuns: 400 },
    );
  });

  it("every generated file has something to rewrite in most runs (the grammar is not vacuous)", () => {
    let rewritten = 0;
    let total = 0;
    fc.assert(
      fc.property(file, (f) => {
        total++;
        if (fix(render(f)).plan.edits.length > 0) rewritten++;
      }),
      { seed: SEED + 1, numRuns: 300 },
    );
    cases += total;
    expect(rewritten / total).toBeGreaterThan(0.5);
  });

  it("writes through the whole engine exactly what planFile + applyEdits give", async () => {
    const dir = tempDir();
    try {
      const samples = fc.sample(file, { seed: SEED + 2, numRuns: 60 });
      for (const [i, f] of samples.entries()) {
        cases++;
        const text = render(f);
        const name = `f${i}.yaml`;
        writeFileSync(join(dir.dir, name), text);
        const result = await scan({
          cwd: dir.dir,
          paths: [name],
          settings,
          write: true,
          mode: "fix",
          workers: 0,
        });
        expect(result.findings.filter((x) => x.severity === "error")).toEqual([]);
        expect(readFileSync(join(dir.dir, name), "utf8")).toBe(fix(text).after);
      }
    } finally {
      dir.cleanup();
    }
  });
});

afterAll(() => {
  console.log(`fix properties: ${cases} cases run (seed ${SEED})`);
});
