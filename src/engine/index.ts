/**
 * The engine: scan a tree (walk files -> locate -> resolve -> plan edits) and return data.
 * Contract used by every adapter (cli, action, krm).
 */
import type { Settings } from "../config/types.js";

import type { PlannedResolution } from "./plan.js";
import type { Selection } from "./select.js";

export { type FilePlan, type PlanContext, type PlannedResolution, planContext, planFile } from "./plan.js";
export { scan } from "./scan.js";
export {
  parseShard,
  type ScanScope,
  type Selection,
  SelectionError,
  shardOf,
} from "./select.js";
export type { FileResult, Finding, FindingKind, ScanResult, ScanSummary, Severity } from "./types.js";
export {
  displayPath,
  effectiveLevel,
  lockFilePath,
  lockFileRoots,
  readLockFile,
  readLockText,
  rewrittenReferences,
  type VerificationReport,
  type VerifiedReference,
  type VerifyScanOptions,
  type VerifyScanResult,
  verifyScan,
} from "./verify.js";
export { runPoolWorker } from "./worker.js";
export { isPoolWorker, setWorkerEntry } from "./worker-entry.js";

export interface ScanOptions {
  /** Finding `file` names are relative to this directory. */
  cwd: string;
  /** Files or directories to scan (relative to cwd or absolute); default `["."]`. */
  paths: string[];
  settings: Settings;
  /** Write changed files (fix / transform). False for check, list, diff, dry-run. */
  write: boolean;
  /**
   * `check` reports needed rewrites as errors; `fix` as the changes made. Default: `fix` when
   * writing, else `check`.
   */
  mode?: "check" | "fix";
  /** Keep `before`/`after` text of changed files in the result (for diffs and reports). */
  keepText?: boolean;
  /** Called after each file is planned. */
  onProgress?: (done: number, total: number) => void;
  /**
   * Worker threads that read and parse the files (crash-isolated: a file that kills or hangs its
   * worker gets a `file-error` finding and the run goes on). Default: one per CPU when a worker entry
   * is registered (`setWorkerEntry`, done by the CLI), else 0; 0 plans every file in this thread.
   */
  workers?: number;
  /** The module workers run, instead of the registered entry (tests build one). */
  workerEntry?: string | URL;
  /**
   * Resolutions decided by online verification (`verifyScan`), keyed by the reference as written;
   * they answer before the resolver. Plain data (structured-clone safe), so workers get it too.
   */
  resolutions?: Record<string, PlannedResolution>;
  /** Scan only some of the walked files: those a git change touches, or one shard. */
  select?: Selection;
}
