import * as crypto from "node:crypto";
import { lstatSync, statSync } from "node:fs";
import { availableParallelism } from "node:os";
import { dirname, join, resolve } from "node:path";
import type { Settings } from "../config/types.js";
import { applyEdits, type Edit } from "../edit/index.js";
import { readConfinedSync } from "../fs/safe-read.js";
import { noteStackExhausted, wasStackExhausted } from "../limits/index.js";
import { type ChartInfo, chartInfoOf } from "../locate/helm/chart.js";
import { type FileRole, formatOf } from "../locate/index.js";
import { maskTemplate, parseMasked } from "../locate/template/index.js";
import { createResolver } from "../resolver/index.js";
import { readChartTemplates, readLearnedCompositions } from "./chart-templates.js";
import { markCollisions } from "./collisions.js";
import { imagelessRanges } from "./imageless.js";
import type { ScanOptions } from "./index.js";
import { scopeKustomizeImages } from "./kustomize.js";
import { namedValues } from "./named-values.js";
import { fastOnly, needsWorker, parseDocuments } from "./parse.js";
import { type FilePlan, holdsImagesFor, type PlanContext, planContext, planFile } from "./plan.js";
import { createPool, type Pool, TaskLostError } from "./pool.js";
import { mayHoldImage } from "./prefilter.js";
import { readTextSync } from "./read.js";
import { applySelection, kustomizeContextEntries, type ScanScope } from "./select.js";
import type { FileResult, Finding, ScanResult } from "./types.js";
import { lockFilePath } from "./verify.js";
import { type WalkEntry, walk } from "./walk.js";
import type { WorkerInit } from "./worker.js";
import { workerEntry } from "./worker-entry.js";
import { endWrites, removeStaleTemps, writeAtomicSync } from "./write.js";

/** What to do with a file's edits once they are final. */
export interface FinishOptions {
  /** Write the edited text. */
  write: boolean;
  /** Return the text before and after. */
  keepText: boolean;
  /**
   * Never finish a file while planning it: its plan may still change across files (kustomize
   * `images:` in scope, src/engine/kustomize.ts).
   */
  hold?: boolean;
}

/** The outcome of planning one file: a file-level error, or its plan. */
export type PlanOutcome =
  | { kind: "error"; result: FileResult }
  | {
      kind: "ok";
      plan: FilePlan;
      /**
       * Set when the plan's edits were final (no flatten rewrite, which a collision in another file can
       * undo): the file was finished (verified, and written or kept) while its text was at hand.
       */
      finished?: FinishOutcome;
      /** Otherwise, when there are edits: what identifies the text they apply to ... */
      fingerprint?: string;
      /** ... and why the edited text failed verification ("" when it passed). */
      problem?: string;
    };

/** Apply a file's planned edits: read it again, check it is the text that was planned, verify, write. */
export interface FinishJob extends FinishOptions {
  entry: WalkEntry;
  edits: Edit[];
  documents: number;
  fingerprint: string;
  /** The verification of these very edits in the planning pass ("" passed); absent: verify again. */
  problem?: string;
  /** The file was planned as a Go template (see `FilePlan.template`). */
  template?: { errors: number };
}

export interface FinishOutcome {
  changed: boolean;
  /** Findings to add to the file's (a failed verification or write). */
  findings: Finding[];
  before?: string;
  after?: string;
  /**
   * The text to write, when writing: the scan writes it in the calling thread, so a worker that dies
   * never leaves a file written whose result is lost (its files are planned again, unchanged).
   */
  write?: string;
}

/** The work the engine does per file, in this thread or in a pool worker (plain data either way). */
export type EngineTask =
  | { kind: "plan"; entry: WalkEntry; finish: FinishOptions }
  | { kind: "finish"; job: FinishJob };

/** Run one task; what a pool worker does with each message. */
export function runTask(task: EngineTask, ctx: PlanContext): PlanOutcome | FinishOutcome {
  return task.kind === "plan" ? planEntry(task.entry, ctx, task.finish) : finishEntry(task.job, ctx.settings);
}

interface Planned {
  /** Position in the walk, so that results do not depend on which worker answered first. */
  index: number;
  entry: WalkEntry;
  plan: FilePlan;
  finished?: FinishOutcome;
  fingerprint?: string;
  problem?: string;
  /** Number of edits when planned (collisions only ever remove edits). */
  edits: number;
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
  const finishing: FinishOptions = { write: options.write, keepText: options.keepText ?? false };
  try {
    const all = await walk(options.cwd, options.paths, settings);
    const selected = options.select ? selectFiles(all, options) : undefined;
    const walked = selected ?? all;
    if (options.write) removeStaleTemps(walked.entries.map((e) => e.path));
    runner.expect(walked.entries.length);
    if (all.entries.some((e) => e.role === "kustomization")) finishing.hold = true;
    const results: FileResult[] = walked.problems.map((p) => fileError(p.file, p.message));
    const planned: Planned[] = [];
    const total = walked.entries.length;
    let done = 0;
    // Chart templates and Helm values first: the files most likely to need a worker (templates are
    // parsed with `yaml`), so the workers start on them at once.
    const order = walked.entries.map((entry, index) => ({ entry, index }));
    order.sort((a, b) => valuesFirst(a.entry) - valuesFirst(b.entry) || a.index - b.index);
    await planEach(order, runner, finishing, ({ entry, index }, outcome) => {
      if (outcome.kind === "error") results.push(outcome.result);
      else {
        const finished = outcome.finished && settle(entry, outcome.finished);
        planned.push({ index, entry, ...outcome, finished, edits: outcome.plan.edits.length });
      }
      options.onProgress?.(++done, total);
    });
    // Files that the planned ones name as Helm values (GitOps layouts): planned as values now.
    const named = namedValues(planned, options.cwd, settings);
    for (const p of named.problems)
      planned.find((q) => q.entry.file === p.file)?.plan.findings.push(p.finding);
    if (named.entries.length > 0) {
      const kept = planned.filter((p) => !named.replanned.has(p.entry.path));
      planned.length = 0;
      planned.push(...kept);
      const more = named.entries.map((entry, i) => ({ entry, index: total + i }));
      await planEach(more, runner, finishing, ({ entry, index }, outcome) => {
        if (outcome.kind === "error") results.push(outcome.result);
        else {
          const finished = outcome.finished && settle(entry, outcome.finished);
          planned.push({ index, entry, ...outcome, finished, edits: outcome.plan.edits.length });
        }
      });
    }
    planned.sort((a, b) => a.index - b.index);
    if (finishing.hold) {
      const scoped = scopeKustomizeImages([
        ...planned.map((p) => ({ file: p.entry.file, plan: p.plan })),
        ...(await kustomizeContext(selected, runner, settings)),
      ]);
      for (const p of planned) if (scoped.has(p.plan)) p.edits = -1; // changed: verify again
    }
    markCollisions([
      ...planned.map((p) => p.plan),
      ...(await contextPlans(selected, planned, runner, settings)),
    ]);
    await inLanes(planned, runner.lanes, async (p) => {
      results.push(await finish(p, runner, finishing));
    });
    results.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
    const findings = results.flatMap((r) => r.findings);
    const summary = summarize(results, findings, performance.now() - started);
    return { files: results, findings, summary, ...(selected ? { scope: selected.scope } : {}) };
  } finally {
    if (options.write) endWrites();
    await runner.close();
  }
}

/** The walk narrowed to `options.select` (changed files, a shard). */
function selectFiles(walked: Awaited<ReturnType<typeof walk>>, options: ScanOptions) {
  const { cwd, settings } = options;
  const control = [lockFilePath(settings, cwd)];
  if (settings.configFile !== undefined) control.unshift(resolve(cwd, settings.configFile));
  return applySelection(walked, options.select!, cwd, options.paths, control, settings.limits.maxFileSize);
}

/**
 * Flatten collisions are decided across the whole tree: when a scan of changed files rewrites by
 * flattening, the files it left out that could hold a colliding reference are planned too (read only;
 * their findings are dropped), so that a changed image colliding with an unchanged one is still an
 * error. A flattened name is the mirror and the source's last path segment, so a colliding reference
 * has that segment in its text: only files whose text holds one (or a `\x`/`\u`/`\U` escape, which
 * could spell it in a double-quoted string) are planned. Shards do not do this: the merge of their reports decides collisions across shards
 * (see report/merge.ts).
 */
async function contextPlans(
  selected: { rest: WalkEntry[]; scope: ScanScope } | undefined,
  planned: readonly Planned[],
  runner: Runner,
  settings: Settings,
): Promise<FilePlan[]> {
  if (!selected?.scope.changedSince || selected.scope.shard || selected.rest.length === 0) return [];
  const segments = new Set<string>();
  for (const p of planned)
    for (const f of p.plan.flattened) segments.add(f.target.slice(f.target.lastIndexOf("/") + 1));
  if (segments.size === 0) return [];
  const candidates = selected.rest.filter((entry) => {
    const read = readTextSync(entry.path, entry.file, settings.limits.maxFileSize);
    if (!read.ok) return false;
    return /\\[xuU]/.test(read.text) || [...segments].some((s) => read.text.includes(s));
  });
  const plans: FilePlan[] = [];
  const readOnly = { write: false, keepText: false };
  await planEach(
    candidates.map((entry) => ({ entry })),
    runner,
    readOnly,
    (_, outcome) => {
      if (outcome.kind === "ok") plans.push(outcome.plan);
    },
  );
  return plans;
}

/**
 * kustomize `images:` are scoped across files: when a scan of some files leaves others out, the
 * kustomizations that reach the scanned files and every file they reach are planned too (read-only),
 * so that an image an overlay sets is still not rewritten on its own (see `kustomizeContextEntries`).
 */
async function kustomizeContext(
  selected: { entries: WalkEntry[]; rest: WalkEntry[] } | undefined,
  runner: Runner,
  settings: Settings,
): Promise<{ file: string; plan: FilePlan }[]> {
  if (!selected || selected.rest.length === 0) return [];
  const out: { file: string; plan: FilePlan }[] = [];
  const wanted = kustomizeContextEntries(selected.rest, selected.entries, settings.limits.maxFileSize);
  const held = { write: false, keepText: false, hold: true };
  await planEach(
    wanted.map((entry) => ({ entry })),
    runner,
    held,
    ({ entry }, outcome) => {
      if (outcome.kind === "ok") out.push({ file: entry.file, plan: outcome.plan });
    },
  );
  return out;
}

function valuesFirst(entry: WalkEntry): number {
  return entry.role === "template" || entry.role === "helm-values" ? 0 : 1;
}

/**
 * Plan every item's entry, in order, and hand each outcome to `record` as it comes. A file this thread
 * plans is planned at once; one sent to a worker does not hold up the files after it (the pool queues
 * it), so this thread goes on planning while the workers parse.
 */
async function planEach<T extends { entry: WalkEntry }>(
  items: readonly T[],
  runner: Runner,
  finish: FinishOptions,
  record: (item: T, outcome: PlanOutcome) => void,
): Promise<void> {
  const pending: Promise<void>[] = [];
  for (const item of items) {
    const pause = runner.pause();
    if (pause) await pause;
    const outcome = runner.plan(item.entry, finish);
    if (outcome instanceof Promise) pending.push(outcome.then((o) => record(item, o)));
    else record(item, outcome);
  }
  await Promise.all(pending);
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
  /** Tasks to keep in flight (finishing). */
  lanes: number;
  /** The number of files to plan is known: start the workers it deserves. */
  expect(files: number): void;
  /** Plan a file here (the outcome) or in a worker (its promise). */
  plan(entry: WalkEntry, finish: FinishOptions): PlanOutcome | Promise<PlanOutcome>;
  /** Between two files planned: let the workers' answers in, now and then (nothing to wait for: undefined). */
  pause(): Promise<void> | undefined;
  finish(job: FinishJob): Promise<FinishOutcome>;
  close(): Promise<void>;
}

/**
 * Where files are planned. With an entry for worker threads registered (see worker-entry.ts) and no
 * worker count given, this thread plans the files the fast YAML parser takes, and a pool (one worker at
 * once, up to one per CPU but this one for large trees) plans the rest: files that need `yaml` (chart
 * templates, Helm values whose chart has templates to learn from or whose Chart.yaml the fast parser
 * does not take, embedded values) — and any file while a worker has room.
 * `yaml` thus only ever parses untrusted text in a worker, where a fatal error or a hang cannot take the
 * run down: the file gets a `file-error` finding and the run goes on. With `workers: N` (or
 * MIRRORIZE_WORKERS=N) N workers plan every file; with 0, this thread does.
 */
function openRunner(settings: Settings, mode: "check" | "fix", options: ScanOptions): Runner {
  const entry = options.workerEntry ?? workerEntry();
  const chosen = options.workers ?? workersFromEnv();
  let ctx: PlanContext | undefined;
  const context = () => (ctx ??= planContext(settings, createResolver(settings), mode, options.resolutions));
  if (entry === undefined || chosen === 0) {
    return {
      lanes: 1,
      expect: () => {},
      plan: (e, finish) => planEntry(e, context(), finish),
      pause: () => undefined,
      finish: async (job) => finishEntry(job, settings),
      close: async () => {},
    };
  }
  const maxWorkers = chosen ?? Math.max(1, availableParallelism() - 1);
  let pool: Pool | undefined;
  const workers = () =>
    (pool ??= createPool({
      entry,
      size: chosen ?? 1,
      init: { settings, mode, resolutions: options.resolutions } satisfies WorkerInit,
      timePerTask: settings.limits.timePerFile,
      maxHeapMb: Math.max(512, Math.ceil((64 * settings.limits.maxFileSize) / 2 ** 20)),
    }));
  // With CPUs to spare, workers share the planning of ordinary files too: the first boots while the
  // tree is walked. With two CPUs or fewer a worker only costs (measured on the scale-50 bench tree:
  // 8 % more wall time and 20 % more CPU than this thread alone; the walk, reads and answers it
  // sends back eat the gain), so one starts only when a file needs `yaml`.
  const sharing = availableParallelism() > 2 && maxWorkers > 1;
  if (sharing && !onlyFiles(options.cwd, options.paths)) workers();
  const lost = (e: unknown, file: string): string => {
    if (!(e instanceof TaskLostError)) throw e;
    return e.reason === "timeout"
      ? `${file} took longer than ${settings.limits.timePerFile} ms to scan (limits.timePerFile); it is skipped. Raise the limit if the file is really that large.`
      : `${file} could not be scanned: the YAML parser ${e.reason === "memory" ? "ran out of memory" : `stopped (${e.message})`}; the file is skipped.`;
  };
  const inPool = (e: WalkEntry, finish: FinishOptions) =>
    workers()
      .run<PlanOutcome>({ kind: "plan", entry: e, finish } satisfies EngineTask)
      .catch((err): PlanOutcome => ({ kind: "error", result: fileError(e.file, lost(err, e.file)) }));
  const finishInPool = (job: FinishJob) =>
    workers()
      .run<FinishOutcome>({ kind: "finish", job } satisfies EngineTask)
      .catch(
        (err): FinishOutcome => ({
          changed: false,
          findings: [fileFinding(job.entry.file, "file-error", lost(err, job.entry.file))],
        }),
      );
  let sinceYield = 0;
  if (chosen !== undefined) {
    return {
      lanes: maxWorkers * 64,
      expect: (files) => workers().grow(Math.min(maxWorkers, Math.max(1, files))),
      plan: inPool,
      pause: () => undefined,
      finish: finishInPool,
      close: async () => pool?.close(),
    };
  }
  return {
    lanes: maxWorkers * 64 + 1,
    expect: (files) => {
      if (sharing) workers().grow(Math.min(maxWorkers, Math.floor(files / FILES_PER_WORKER)));
    },
    plan: (e, finish) => {
      // The workers get what this thread cannot plan, and files while they have room for more.
      // After a stack overflow here (limits.maxDepth raised very high), this thread parses no more.
      if (e.role === "template" || wasStackExhausted() || (sharing && (pool?.wantsWork() ?? false)))
        return inPool(e, finish);
      return fastOnly(() => planEntry(e, context(), finish)) ?? inPool(e, finish);
    },
    // Every few files this thread lets the workers' answers in (and feeds them).
    pause: () => {
      if (pool === undefined || ++sinceYield < YIELD_EVERY) return undefined;
      sinceYield = 0;
      return yieldToWorkers();
    },
    finish: async (job) => fastOnly(() => finishEntry(job, settings)) ?? finishInPool(job),
    close: async () => pool?.close(),
  };
}

/** Are all `paths` files (not folders)? A path that cannot be looked at counts as a folder. */
function onlyFiles(cwd: string, paths: readonly string[]): boolean {
  if (paths.length === 0) return false;
  return paths.every((p) => statSync(resolve(cwd, p), { throwIfNoEntry: false })?.isFile() === true);
}

/** A worker costs about as much to start as planning this many files. */
const FILES_PER_WORKER = 1000;

/**
 * Kinds and keys whose locators parse YAML held in strings (Argo CD `helm.values`, k3s `valuesContent`)
 * with `yaml`: files that mention them are planned in a worker when there is one.
 */
const EMBEDDED_VALUES = /HelmRelease|HelmChart|Application|valuesInline|valuesObject|valuesContent/;

/** Files this thread plans between two looks at the workers' answers. */
const YIELD_EVERY = 8;

/** Let the event loop deliver the workers' answers (and feed them) between files planned here. */
function yieldToWorkers(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

/** MIRRORIZE_WORKERS=N: the number of worker threads (0: plan in the calling thread). */
function workersFromEnv(): number | undefined {
  const n = Number.parseInt(process.env.MIRRORIZE_WORKERS ?? "", 10);
  return Number.isInteger(n) && n >= 0 ? n : undefined;
}

/**
 * Read and plan one file; runs the same in this thread and in a worker. Edits are verified at once,
 * and, with `finish`, a file whose edits are final is finished (written, or its texts kept) too.
 */
export function planEntry(entry: WalkEntry, ctx: PlanContext, finish?: FinishOptions): PlanOutcome {
  const read = readEntry(entry, ctx.settings.limits.maxFileSize);
  if (!read.ok) {
    // A Chart.yaml is read for its artifacthub.io/images annotation only: one that cannot be read (a
    // binary, too large) is the chart's problem, not an image mirrorize missed.
    if (entry.role === "chart") return { kind: "ok", plan: emptyPlan() };
    return { kind: "error", result: fileError(entry.file, read.message, read.line) };
  }
  if (!mayHoldImage(read.text, entry.role, ctx.prefilter)) return { kind: "ok", plan: emptyPlan() };
  // Templates, the artifacthub.io/images list inside Chart.yaml and values embedded in strings are
  // parsed with `yaml`: in a worker (see openRunner). A Helm values file is planned here when its
  // Chart.yaml takes the fast parser and its chart has no templates to learn from.
  if (
    entry.role === "template" ||
    (entry.role === "chart" && read.text.includes("artifacthub.io/images")) ||
    EMBEDDED_VALUES.test(read.text)
  )
    needsWorker();
  const chart = entry.role === "helm-values" ? readChart(dirname(entry.path)) : undefined;
  // A chart's templates tell how its values compose each image (the Helm locator's hook).
  if (chart && entry.valuesBy === "chart") {
    const learned = readLearnedCompositions(dirname(entry.path), cwdOf(entry), ctx.settings, ctx.specs, (r) =>
      ctx.resolver.resolve(r),
    );
    if (learned.length > 0) chart.compositions = [...(chart.compositions ?? []), ...learned];
  }
  const templates =
    entry.role === "template" && entry.chart
      ? readChartTemplates(entry.chart, cwdOf(entry), ctx.settings, ctx.specs)
      : undefined;
  let plan: FilePlan;
  try {
    plan = planFile(entry.file, read.text, entry.role, ctx, chart, entry.valuesBy, templates);
  } catch (e) {
    // Recursion over nesting deeper than the parser's own (with limits.maxDepth raised very high).
    if (!(e instanceof RangeError && /call stack/i.test(e.message))) throw e;
    noteStackExhausted();
    const message = `${entry.file} nests collections too deeply to be scanned; it is skipped (limits.maxDepth).`;
    return { kind: "error", result: fileError(entry.file, message) };
  }
  if (!plan.editable) return { kind: "ok", plan };
  if (plan.edits.length === 0) {
    // Scoping may give a kustomization edits (an entry's name that follows its images).
    return plan.kustomization
      ? { kind: "ok", plan, fingerprint: fingerprint(read.text) }
      : { kind: "ok", plan };
  }
  const after = applyEdits(read.text, plan.edits);
  const problem = verify(entry.role, read.text, after, plan.documents, plan.template, ctx.holdsImages) ?? "";
  if (finish && !finish.hold && plan.flattened.length === 0) {
    const finished = complete(entry, read.text, after, problem, finish);
    // The edits are spent: no need to send them back (finished plans skip the collision pass).
    const written = ownersOf(plan);
    return { kind: "ok", plan: { ...plan, edits: [], editFindings: [], written }, finished };
  }
  return { kind: "ok", plan, fingerprint: fingerprint(read.text), problem };
}

/** The folder an entry's relative name is relative to. */
function cwdOf(entry: WalkEntry): string {
  const { path, file } = entry;
  return path.endsWith(file) && !file.startsWith("..")
    ? path.slice(0, path.length - file.length)
    : process.cwd();
}

/** A walked file's text; a file another file named is read confined to its folder. */
function readEntry(entry: WalkEntry, maxSize: number): ReturnType<typeof readTextSync> {
  if (entry.confinedTo === undefined) return readTextSync(entry.path, entry.file, maxSize);
  const read = readConfinedSync(entry.path, {
    roots: [entry.confinedTo],
    label: entry.file,
    what: "values file",
    maxSize,
    raiseHint: "raise limits.maxFileSize",
  });
  return read.ok ? { ok: true, text: read.text } : { ok: false, message: read.message, line: read.line };
}

/** The chart beside a Helm values file (Chart.yaml, with Chart.lock / requirements.yaml), if readable. */
function readChart(dir: string): ChartInfo | undefined {
  const text = (name: string) => {
    const path = join(dir, name);
    // A hint, never worth reading through a symbolic link (which may lead out of the tree).
    if (lstatSync(path, { throwIfNoEntry: false })?.isSymbolicLink() !== false) return undefined;
    const r = readTextSync(path, name, 1024 * 1024);
    return r.ok ? r.text : undefined;
  };
  const chartYaml = text("Chart.yaml") ?? text("Chart.yml");
  if (chartYaml === undefined) return undefined;
  // Parsed as a values file is (the fast parser here, `yaml` in a worker): one document each, or nothing.
  const one = (t: string | undefined) => {
    if (t === undefined) return undefined;
    const docs = parseDocuments(t);
    return docs.length === 1 ? docs[0] : undefined;
  };
  return chartInfoOf([one(chartYaml), one(text("Chart.lock")), one(text("requirements.yaml"))]);
}

/**
 * What tells the text a plan was made for from a changed one: its length and SHA-1 (guards against a
 * file edited during the scan, not against an adversary). Over the 7,500 files of the scale-50 bench
 * tree the one-shot `crypto.hash` (Node 20.12+) took 7 ms, `createHash` 10–16 ms, the FNV-style loop in
 * JavaScript it replaces 16–26 ms.
 */
function fingerprint(text: string): string {
  const digest = oneShotHash
    ? oneShotHash("sha1", text, "base64")
    : crypto.createHash("sha1").update(text).digest("base64");
  return `${text.length}:${digest}`;
}

const oneShotHash = (crypto as { hash?: (algorithm: string, data: string, encoding: "base64") => string })
  .hash;

async function finish(p: Planned, runner: Runner, options: FinishOptions): Promise<FileResult> {
  const { entry, plan } = p;
  const result: FileResult = {
    file: entry.file,
    findings: plan.findings,
    changed: false,
    references: plan.references,
  };
  let done = p.finished;
  if (
    !done &&
    !options.write &&
    !options.keepText &&
    plan.edits.length === p.edits &&
    p.problem !== undefined
  ) {
    done = complete(entry, "", "", p.problem, options); // verified while planning; nothing to write or show
  }
  if (!done) {
    if (plan.edits.length === 0 || !plan.editable || p.fingerprint === undefined) return result;
    done = settle(
      entry,
      await runner.finish({
        entry,
        edits: plan.edits,
        documents: plan.documents,
        fingerprint: p.fingerprint,
        ...(plan.template ? { template: plan.template } : {}),
        ...options,
        ...(plan.edits.length === p.edits ? { problem: p.problem } : {}),
      }),
    );
  }
  result.changed = done.changed;
  settleRewrites(result, p.finished ? (plan.written ?? []) : ownersOf(plan), done);
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
export function finishEntry(job: FinishJob, settings: Pick<Settings, "limits" | "fields">): FinishOutcome {
  const { file } = job.entry;
  const read = readEntry(job.entry, settings.limits.maxFileSize);
  if (!read.ok) return { changed: false, findings: [fileFinding(file, "file-error", read.message)] };
  const text = read.text;
  if (fingerprint(text) !== job.fingerprint) {
    const message = `${file} changed while it was being scanned, so it was not rewritten; run mirrorize again.`;
    return { changed: false, findings: [fileFinding(file, "file-error", message)] };
  }
  const after = applyEdits(text, job.edits);
  return complete(
    job.entry,
    text,
    after,
    job.problem ??
      verify(job.entry.role, text, after, job.documents, job.template, holdsImagesFor(settings)) ??
      "",
    job,
  );
}

/** Finish a file whose edited text is `after` and verified (`problem` is "" when it passed). */
function complete(
  entry: WalkEntry,
  text: string,
  after: string,
  problem: string,
  options: FinishOptions,
): FinishOutcome {
  const { file } = entry;
  if (problem) {
    return {
      changed: false,
      findings: [fileFinding(file, "unsafe-edit", `${file} was not changed: ${problem}`)],
    };
  }
  const outcome: FinishOutcome = { changed: true, findings: [] };
  if (options.keepText) {
    outcome.before = text;
    outcome.after = after;
  }
  if (options.write) outcome.write = after;
  return outcome;
}

/** Write what a finished file's outcome asks to (in the calling thread); the outcome, settled. */
function settle(entry: WalkEntry, outcome: FinishOutcome): FinishOutcome {
  if (outcome.write === undefined) return outcome;
  const { write, ...settled } = outcome;
  try {
    writeAtomicSync(entry.path, write);
  } catch (e) {
    settled.changed = false;
    settled.findings = [
      ...settled.findings,
      fileFinding(
        entry.file,
        "file-error",
        `${entry.file} could not be written (${(e as Error).message}); nothing was changed.`,
      ),
    ];
  }
  return settled;
}

/** The findings that own an edit of the plan. */
function ownersOf(plan: FilePlan): number[] {
  return [...new Set(plan.editFindings.flat())];
}

/**
 * Count the rewrites a finished file really got (`rewrites` of the summary); when its edits were not
 * written (verification or the write failed), its rewrites say so and are not counted.
 */
function settleRewrites(result: FileResult, owners: readonly number[], done: FinishOutcome): void {
  let n = 0;
  for (const i of owners) {
    const f = result.findings[i];
    if (f?.kind !== "rewrite") continue;
    if (done.changed) {
      n++;
      continue;
    }
    f.kind = "unsafe-edit";
    f.severity = "error";
    const why = done.findings[0]?.message ?? "the file could not be edited safely";
    f.message = `${f.from} was not rewritten to ${f.to}: ${why}`;
  }
  result.rewrites = n;
}

/**
 * Re-parse the edited text: it must parse cleanly into as many documents as before (YAML), or into
 * the same instructions (a Dockerfile). A Go template is parsed with its actions masked, and may not
 * have more documents with YAML errors than before.
 */
function verify(
  role: FileRole,
  before: string,
  after: string,
  documents: number,
  template: { errors: number } | undefined,
  holdsImages: (apiVersion: string, kind: string) => boolean,
): string | undefined {
  if (template) {
    const masked = parseMasked(maskTemplate(after).masked);
    if (masked.length !== documents)
      return "the edit changed the number of YAML documents (a bug; please report it)";
    if (masked.filter((d) => d.errors.length > 0).length > template.errors)
      return "the edited template did not read as YAML again (a bug; please report it)";
    return undefined;
  }
  const format = formatOf(role);
  if (format.kind === "text") {
    return format.shape(after) === format.shape(before)
      ? undefined
      : "the edit changed the file's instructions (a bug; please report it)";
  }
  // The documents planning left unparsed (engine/imageless.ts) are not parsed here either: no edit
  // touches them.
  const masked = format.mask ? format.mask(after) : after;
  const docs = parseDocuments(
    masked,
    undefined,
    role === "manifest" ? imagelessRanges(masked, holdsImages) : [],
  );
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

function fileFinding(file: string, kind: Finding["kind"], message: string, line = 1): Finding {
  return { file, line, column: 1, endLine: line, endColumn: 1, field: "", kind, severity: "error", message };
}

function fileError(file: string, message: string, line?: number): FileResult {
  return { file, findings: [fileFinding(file, "file-error", message, line)], changed: false, references: 0 };
}

function summarize(files: FileResult[], findings: Finding[], elapsedMs: number): ScanResult["summary"] {
  let rewrites = 0;
  let problems = 0;
  let errors = 0;
  let warnings = 0;
  let ignored = 0;
  // Rewrites are what was (or, checking, would be) written: not the reports of a kind `rewrite`
  // that nothing edits (arguments, partial Helm maps), nor rewrites of a file that was not written.
  for (const file of files) rewrites += file.rewrites ?? 0;
  for (const f of findings) {
    if (f.kind !== "rewrite" && f.severity !== "info") problems++;
    if (f.kind === "ignored") ignored++;
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
    ignored,
    elapsedMs: Math.round(elapsedMs),
  };
}
