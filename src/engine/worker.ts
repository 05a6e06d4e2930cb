import { readFileSync } from "node:fs";
import { parentPort, workerData } from "node:worker_threads";
import type { Settings } from "../config/types.js";
import { wasStackExhausted } from "../limits/index.js";
import { createResolver } from "../resolver/index.js";
import { type PlannedResolution, planContext } from "./plan.js";
import { type Answer, type FromWorker, RUNNING, STARTED, type ToWorker, type WorkerData } from "./pool.js";
import { type EngineTask, runTask } from "./scan.js";
import { WORKER_FLAG } from "./worker-entry.js";

/** What every worker of the engine's pool gets once (plain data). */
export interface WorkerInit {
  settings: Settings;
  mode: "check" | "fix";
  /** Resolutions decided by online verification (`ScanOptions.resolutions`). */
  resolutions?: Record<string, PlannedResolution>;
}

/**
 * The loop of an engine pool worker: build the planning context from the settings (each worker has its
 * own resolver), then run the tasks of each batch the pool sends, in order, and answer the batch. The
 * task running (and since when) is kept in memory shared with the pool, for its watchdog and its
 * post-mortem.
 */
export function runPoolWorker(): void {
  const port = parentPort;
  if (!port) throw new Error("runPoolWorker() must run in a worker thread.");
  const data = (workerData as Record<string, WorkerData>)[WORKER_FLAG]!;
  const init = data.init as WorkerInit;
  const { progress, epoch } = data;
  const ctx = planContext(init.settings, createResolver(init.settings), init.mode, init.resolutions);
  const crashTest = testCrashHook();
  let retiring = false;
  port.on("message", (msg: ToWorker) => {
    if (retiring) return; // the pool runs this batch on another worker
    const answers: Answer[] = [];
    for (const { id, task } of msg.jobs) {
      if (wasStackExhausted()) {
        // Parsing ran out of stack in this thread: it is not trusted to parse again (see limits.ts).
        retiring = true;
        break;
      }
      Atomics.store(progress, STARTED, Date.now() - epoch);
      Atomics.store(progress, RUNNING, id);
      try {
        crashTest?.(task as EngineTask);
        answers.push({ id, result: runTask(task as EngineTask, ctx) });
      } catch (e) {
        const error = e as Error;
        answers.push({ id, error: { message: error?.message ?? String(e), stack: error?.stack } });
      }
    }
    Atomics.store(progress, RUNNING, -1);
    retiring ||= wasStackExhausted();
    port.postMessage((retiring ? { answers, retire: true } : { answers }) satisfies FromWorker);
  });
  port.postMessage({ ready: true } satisfies FromWorker);
}

/**
 * Test-only: with MIRRORIZE_TEST_CRASH_MARKER=M set, a worker planning a file whose text contains
 * `M:exit` exits at once (as after a fatal parser error), and one containing `M:hang` never returns (as
 * on input that is too slow to parse). Without the variable this costs nothing.
 */
function testCrashHook(): ((task: EngineTask) => void) | undefined {
  const marker = process.env.MIRRORIZE_TEST_CRASH_MARKER;
  if (!marker) return undefined;
  return (task) => {
    if (task.kind !== "plan") return;
    let text = "";
    try {
      text = readFileSync(task.entry.path, "utf8");
    } catch {}
    if (text.includes(`${marker}:exit`)) process.exit(86);
    if (text.includes(`${marker}:hang`)) for (;;);
  };
}
