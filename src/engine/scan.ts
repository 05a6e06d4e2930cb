import { createHash } from "node:crypto";
import { availableParallelism } from "node:os";
import { dirname, join } from "node:path";
import type { Settings } from "../config/types.js";
import { applyEdits, type Edit } from "../edit/index.js";
import { type ChartInfo, parseChartInfo } from "../locate/helm/chart.js";
import { createResolver } from "../resolver/index.js";
import type { ScanOptions } from "./index.js";
import { parseDocuments } from "./parse.js";
import { type FilePlan, type PlanContext, planContext, planFile } from "./plan.js";
import { createPool, TaskLostError } from "./pool.js";
import { mayHoldImage } from "./prefilter.js";
import { readTextSync } from "./read.js";
import type { FileResult, Finding, ScanResult } from "./types.js";
import { type WalkEntry, walk } from "./walk.js";
import type { WorkerInit } from "./worker.js";
import { workerEntry } from "./worker-entry.js";
import { writeAtomicSync } from "./write.js";

/** The outcome of planning one file: a file-level error, or its plan. */
export type PlanOutcome =
  | { kind: "error"; result: FileResult }
  /** `fingerprint` identifies the text the plan's edits apply to (set only when there are edits). */
  | { kind: "ok"; plan: FilePlan; fingerprint?: string };

/** Apply a file's planned edits: read it again, check it is the text that was planned, verify, write. */
export interface FinishJob {
  entry: WalkEntry;
  edits: Edit[];
  documents: number;
  fingerprint: string;
  write: boolean;
  keepText: boolean;
}

export interface FinishOutcome {
  changed: boolean;
  /** Findings to add to the file's (a failed verification or write). */
  findings: Finding[];
  before?: string;
  after?: string;
}

/** The work the engine does per file, in this thread or in a pool worker (plain data either way). */
export type EngineTask = { kind: "plan"; entry: WalkEntry } | { kind: "finish"; job: FinishJob };

/** Run one task; what a pool worker does with each message. */
export function runTask(task: EngineTask, ctx: PlanContext): PlanOutcome | FinishOutcome {
  return task.kind === "plan" ? planEntry(task.entry, ctx) : finishEntry(task.job, ctx.settings);
}

interface Planned {
  /** Position in the walk, so that results do not depend on which worker answered first. */
  index: number;
  entry: WalkEntry;
  plan: FilePlan;
  fingerprint?: string;
}

/**
 * Scan files and directories: walk, plan every file (in worker threads when an entry for them is
 * registered), detect collisions across files, then apply, verify and write the edits. Only plans are
 * kept between the two passes, never file texts, so memory does not grow with the size of the tree.
 */
export async function scan(options: ScanOptions): Promise<ScanResult> {
  const started = performance.now();
  const { settings } = options;
  const mode = options.mode ?? (options.write ? "fix" : "check");
  const runner = openRunner(settings, mode, options);
  try {
    const walked = await walk(options.cwd, options.paths, settings);
    const results: FileResult[] = walked.problems.map((p) => fileError(p.file, p.message));
    const planned: Planned[] = [];
    const total = walked.entries.length;
    let done = 0;
    await inLanes(walked.entries, runner.lanes, async (entry, index) => {
      const outcome = await runner.plan(entry);
      if (outcome.kind === "error") results.push(outcome.result);
      else planned.push({ index, entry, plan: outcome.plan, fingerprint: outcome.fingerprint });
      options.onProgress?.(++done, total);
    });
    planned.sort((a, b) => a.index - b.index);
    markCollisions(planned);
    await inLanes(planned, runner.lanes, async (p) => {
      results.push(await finish(p, runner, options));
    });
    results.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
    const findings = results.flatMap((r) => r.findings);
    return { files: results, findings, summary: summarize(results, findings, performance.now() - started) };
  } finally {
    await runner.close();
  }
}

/** Run `fn` over `items` with at most `lanes` calls in flight. */
async function inLanes<T>(items: readonly T[], lanes: number, fn: (item: T, index: number) => Promise<void>) {
  let next = 0;
  const lane = async () => {
    while (next < items.length) {
      const index = next++;
      await fn(items[index]!, index);
    }
  };
  await Promise.all(Array.from({ length: Math.min(lanes, items.length) }, lane));
}

/** Where the engine's per-file work runs: this thread, or a pool of worker threads. */
interface Runner {
  /** Tasks to keep in flight. */
  lanes: number;
  plan(entry: WalkEntry): Promise<PlanOutcome>;
  finish(job: FinishJob): Promise<FinishOutcome>;
  close(): Promise<void>;
}

/**
 * Worker threads when an entry for them is registered (see worker-entry.ts): one per CPU by default,
 * or `options.workers`; 0 plans in this thread. Workers parse untrusted files where a fatal parser
 * error or a hang cannot take the run down: the file gets a `file-error` finding and the run goes on.
 */
function openRunner(settings: Settings, mode: "check" | "fix", options: ScanOptions): Runner {
  const entry = options.workerEntry ?? workerEntry();
  const size = entry === undefined ? 0 : (options.workers ?? availableParallelism());
  if (entry === undefined || size <= 0) {
    let ctx: PlanContext | undefined;
    const context = () =>
      (ctx ??= planContext(settings, createResolver(settings), mode, options.resolutions));
    return {
      lanes: 1,
      plan: async (e) => planEntry(e, context()),
      finish: async (job) => finishEntry(job, settings),
      close: async () => {},
    };
  }
  const pool = createPool({
    entry,
    size,
    init: { settings, mode, resolutions: options.resolutions } satisfies WorkerInit,
    timePerTask: settings.limits.timePerFile,
    maxHeapMb: Math.max(512, Math.ceil((64 * settings.limits.maxFileSize) / 2 ** 20)),
  });
  const lost = (e: unknown, file: string): string => {
    if (!(e instanceof TaskLostError)) throw e;
    return e.reason === "timeout"
      ? `${file} took longer than ${settings.limits.timePerFile} ms to scan (limits.timePerFile); it is skipped. Raise the limit if the file is really that large.`
      : `${file} could not be scanned: the YAML parser ${e.reason === "memory" ? "ran out of memory" : `stopped (${e.message})`}; the file is skipped.`;
  };
  return {
    lanes: size * 64,
    plan: (e) =>
      pool
        .run<PlanOutcome>({ kind: "plan", entry: e } satisfies EngineTask)
        .catch((err) => ({ kind: "error", result: fileError(e.file, lost(err, e.file)) })),
    finish: (job) =>
      pool.run<FinishOutcome>({ kind: "finish", job } satisfies EngineTask).catch((err) => ({
        changed: false,
        findings: [fileFinding(job.entry.file, "file-error", lost(err, job.entry.file))],
      })),
    close: () => pool.close(),
  };
}

/** Read and plan one file. Pure but for reading it: runs the same in this thread and in a worker. */
export function planEntry(entry: WalkEntry, ctx: PlanContext): PlanOutcome {
  const read = readTextSync(entry.path, entry.file, ctx.settings.limits.maxFileSize);
  if (!read.ok) return { kind: "error", result: fileError(entry.file, read.message) };
  if (!mayHoldImage(read.text, entry.role, ctx.prefilter)) return { kind: "ok", plan: emptyPlan() };
  const chart = entry.role === "helm-values" ? readChart(dirname(entry.path)) : undefined;
  const plan = planFile(entry.file, read.text, entry.role, ctx, chart);
  return { kind: "ok", plan, fingerprint: plan.edits.length > 0 ? fingerprint(read.text) : undefined };
}

/** The chart beside a Helm values file (Chart.yaml, with Chart.lock / requirements.yaml), if readable. */
function readChart(dir: string): ChartInfo | undefined {
  const text = (name: string) => {
    const r = readTextSync(join(dir, name), name, 1024 * 1024);
    return r.ok ? r.text : undefined;
  };
  const chartYaml = text("Chart.yaml") ?? text("Chart.yml");
  if (chartYaml === undefined) return undefined;
  return parseChartInfo(chartYaml, text("Chart.lock"), text("requirements.yaml"));
}

function fingerprint(text: string): string {
  return createHash("sha1").update(text).digest("base64");
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

async function finish(p: Planned, runner: Runner, options: ScanOptions): Promise<FileResult> {
  const { entry, plan } = p;
  const result: FileResult = {
    file: entry.file,
    findings: plan.findings,
    changed: false,
    references: plan.references,
  };
  if (plan.edits.length === 0 || !plan.editable || p.fingerprint === undefined) return result;
  const done = await runner.finish({
    entry,
    edits: plan.edits,
    documents: plan.documents,
    fingerprint: p.fingerprint,
    write: options.write,
    keepText: options.keepText ?? false,
  });
  result.changed = done.changed;
  result.findings.push(...done.findings);
  if (done.before !== undefined) {
    result.before = done.before;
    result.after = done.after;
  }
  return result;
}

/**
 * Apply a file's edits in one linear pass, verify the result by parsing it again and write it
 * atomically. The file is read again (texts are not kept between the passes) and left alone when it
 * changed since it was planned.
 */
export function finishEntry(job: FinishJob, settings: Pick<Settings, "limits">): FinishOutcome {
  const { file, path } = job.entry;
  const read = readTextSync(path, file, settings.limits.maxFileSize);
  if (!read.ok) return { changed: false, findings: [fileFinding(file, "file-error", read.message)] };
  const text = read.text;
  if (fingerprint(text) !== job.fingerprint) {
    const message = `${file} changed while it was being scanned, so it was not rewritten; run mirrorize again.`;
    return { changed: false, findings: [fileFinding(file, "file-error", message)] };
  }
  const after = applyEdits(text, job.edits);
  const problem = verify(after, job.documents);
  if (problem) {
    return {
      changed: false,
      findings: [fileFinding(file, "unsafe-edit", `${file} was not changed: ${problem}`)],
    };
  }
  const outcome: FinishOutcome = { changed: true, findings: [] };
  if (job.keepText) {
    outcome.before = text;
    outcome.after = after;
  }
  if (job.write) {
    try {
      writeAtomicSync(path, after);
    } catch (e) {
      outcome.changed = false;
      outcome.findings.push(
        fileFinding(
          file,
          "file-error",
          `${file} could not be written (${(e as Error).message}); nothing was changed.`,
        ),
      );
    }
  }
  return outcome;
}

/** Re-parse the edited text: it must parse cleanly into as many documents as before. */
function verify(after: string, documents: number): string | undefined {
  const docs = parseDocuments(after);
  if (docs.length !== documents)
    return "the edit changed the number of YAML documents (a bug; please report it)";
  if (docs.some((d) => d.errors.length > 0))
    return "the edited text did not parse again (a bug; please report it)";
  return undefined;
}

function emptyPlan(): FilePlan {
  return {
    findings: [],
    edits: [],
    editFindings: [],
    references: 0,
    flattened: [],
    editable: true,
    documents: 0,
  };
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
