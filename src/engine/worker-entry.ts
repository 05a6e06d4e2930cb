import { statSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { isMainThread, workerData } from "node:worker_threads";

/**
 * The key of `workerData` that marks a thread as an engine pool worker. A bundle entry checks
 * `isPoolWorker()` first and, when true, runs `runPoolWorker()` (src/engine/worker.ts) instead of its
 * program, so the single-file bundles (dist/cli.js, dist/action.js) can start themselves as workers.
 */
export const WORKER_FLAG = "mirrorizePoolWorker";

let entry: string | URL | undefined;

/**
 * Register the module a pool worker runs: the entry that called this, which must hand over to
 * `runPoolWorker()` when `isPoolWorker()`. Without a registered entry the engine plans every file in
 * the calling thread (no worker threads, no crash isolation).
 */
export function setWorkerEntry(url: string | URL | undefined): void {
  entry = url;
}

/** The registered worker entry, if any. */
export function workerEntry(): string | URL | undefined {
  return entry;
}

/** Is this thread an engine pool worker (started by the pool with `WORKER_FLAG` in its workerData)? */
export function isPoolWorker(): boolean {
  return !isMainThread && typeof workerData === "object" && workerData !== null && WORKER_FLAG in workerData;
}

/**
 * The entry for pool workers of the bundle at `self`: `worker.js` beside it (dist/worker.js, the
 * engine's planning code alone, which starts in half the time), else the bundle itself.
 */
export function workerBeside(self: string | URL): URL {
  const beside = new URL("./worker.js", self);
  try {
    if (statSync(fileURLToPath(beside)).isFile()) return beside;
  } catch {
    // not there: the bundle serves as its own worker
  }
  return new URL(self);
}
