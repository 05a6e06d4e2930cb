import { parseAllDocuments } from "yaml";
import { applyEdits } from "../edit/index.js";
import { createResolver } from "../resolver/index.js";
import type { ScanOptions } from "./index.js";
import { type FilePlan, type PlanContext, planContext, planFile } from "./plan.js";
import { readText } from "./read.js";
import type { FileResult, Finding, ScanResult } from "./types.js";
import { type WalkEntry, walk } from "./walk.js";
import { writeAtomic } from "./write.js";

/** A quick test that a file may hold an image before it is parsed at all. */
const MAY_HOLD_IMAGE = /image/i;

interface Planned {
  entry: WalkEntry;
  text?: string;
  plan: FilePlan;
}

/** Scan files and directories: walk, plan every file, detect collisions, then apply and write. */
export async function scan(options: ScanOptions): Promise<ScanResult> {
  const started = performance.now();
  const { settings } = options;
  const ctx = planContext(
    settings,
    createResolver(settings),
    options.mode ?? (options.write ? "fix" : "check"),
  );
  const walked = await walk(options.cwd, options.paths, settings);
  const results: FileResult[] = walked.problems.map((p) => fileError(p.file, p.message));
  const planned: Planned[] = [];
  const total = walked.entries.length;
  let done = 0;
  for (const entry of walked.entries) {
    const p = await planEntry(entry, ctx);
    if (p.kind === "error") results.push(p.result);
    else planned.push(p.planned);
    options.onProgress?.(++done, total);
  }
  markCollisions(planned);
  for (const { entry, text, plan } of planned) {
    results.push(await finish(entry, text, plan, options));
  }
  results.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  const findings = results.flatMap((r) => r.findings);
  return { files: results, findings, summary: summarize(results, findings, performance.now() - started) };
}

async function planEntry(
  entry: WalkEntry,
  ctx: PlanContext,
): Promise<{ kind: "error"; result: FileResult } | { kind: "ok"; planned: Planned }> {
  const read = await readText(entry.path, entry.file, ctx.settings.limits.maxFileSize);
  if (!read.ok) return { kind: "error", result: fileError(entry.file, read.message) };
  if (!MAY_HOLD_IMAGE.test(read.text)) {
    return { kind: "ok", planned: { entry, plan: emptyPlan() } };
  }
  const plan = planFile(entry.file, read.text, entry.role, ctx);
  return { kind: "ok", planned: { entry, text: plan.edits.length > 0 ? read.text : undefined, plan } };
}

/** Two different sources that flatten to one target are an error, never a silent overwrite. */
function markCollisions(planned: Planned[]): void {
  const sources = new Map<string, Set<string>>();
  for (const { plan } of planned) {
    for (const f of plan.flattened) {
      const set = sources.get(f.target) ?? new Set<string>();
      set.add(f.source);
      sources.set(f.target, set);
    }
  }
  for (const { plan } of planned) {
    const bad = new Set<number>();
    for (const f of plan.flattened) {
      const set = sources.get(f.target)!;
      if (set.size < 2) continue;
      bad.add(f.finding);
      const finding = plan.findings[f.finding]!;
      finding.kind = "collision";
      finding.severity = "error";
      finding.message = `${finding.from} and ${[...set].filter((s) => s !== f.source).join(", ")} would both become ${f.target}; not rewritten. Add a more specific rule for one of them.`;
    }
    if (bad.size === 0) continue;
    const keep = plan.editFindings.map((owners) => !owners.some((o) => bad.has(o)));
    plan.edits = plan.edits.filter((_, i) => keep[i]);
    plan.editFindings = plan.editFindings.filter((_, i) => keep[i]);
  }
}

async function finish(
  entry: WalkEntry,
  text: string | undefined,
  plan: FilePlan,
  options: ScanOptions,
): Promise<FileResult> {
  const result: FileResult = {
    file: entry.file,
    findings: plan.findings,
    changed: false,
    references: plan.references,
  };
  if (!text || plan.edits.length === 0 || !plan.editable) return result;
  const after = applyEdits(text, plan.edits);
  const problem = verify(text, after);
  if (problem) {
    result.findings.push(fileFinding(entry.file, "unsafe-edit", `${entry.file} was not changed: ${problem}`));
    return result;
  }
  result.changed = true;
  if (options.keepText) {
    result.before = text;
    result.after = after;
  }
  if (options.write) {
    try {
      await writeAtomic(entry.path, after);
    } catch (e) {
      result.changed = false;
      result.findings.push(
        fileFinding(
          entry.file,
          "file-error",
          `${entry.file} could not be written (${(e as Error).message}); nothing was changed.`,
        ),
      );
    }
  }
  return result;
}

/** Re-parse the edited text: it must parse cleanly into as many documents as before. */
function verify(before: string, after: string): string | undefined {
  const a = parseAllDocuments(before);
  const b = parseAllDocuments(after);
  const na = Array.isArray(a) ? a.length : 0;
  const nb = Array.isArray(b) ? b.length : 0;
  if (na !== nb) return "the edit changed the number of YAML documents (a bug; please report it)";
  if (Array.isArray(b) && b.some((d) => d.errors.length > 0))
    return "the edited text did not parse again (a bug; please report it)";
  return undefined;
}

function emptyPlan(): FilePlan {
  return { findings: [], edits: [], editFindings: [], references: 0, flattened: [], editable: true };
}

function fileFinding(file: string, kind: Finding["kind"], message: string): Finding {
  return { file, line: 1, column: 1, endLine: 1, endColumn: 1, field: "", kind, severity: "error", message };
}

function fileError(file: string, message: string): FileResult {
  return { file, findings: [fileFinding(file, "file-error", message)], changed: false, references: 0 };
}

function summarize(files: FileResult[], findings: Finding[], elapsedMs: number): ScanResult["summary"] {
  let rewrites = 0;
  let problems = 0;
  let errors = 0;
  let warnings = 0;
  for (const f of findings) {
    if (f.kind === "rewrite") rewrites++;
    else if (f.severity !== "info") problems++;
    if (f.severity === "error") errors++;
    else if (f.severity === "warning") warnings++;
  }
  return {
    files: files.length,
    filesChanged: files.filter((f) => f.changed).length,
    references: files.reduce((n, f) => n + f.references, 0),
    rewrites,
    problems,
    errors,
    warnings,
    elapsedMs: Math.round(elapsedMs),
  };
}
