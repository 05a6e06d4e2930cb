import { Worker } from "node:worker_threads";
import { WORKER_FLAG } from "./worker-entry.js";

/** Options of a worker pool. */
export interface PoolOptions {
  /** The module every worker runs (an entry that hands over to `runPoolWorker()`, see worker-entry.ts). */
  entry: string | URL;
  /** Number of worker threads (at least 1). */
  size: number;
  /** Plain data every worker gets once, under `WORKER_FLAG` (settings, mode). */
  init: unknown;
  /** Longest time one task may run (ms); its worker is then stopped and restarted. */
  timePerTask: number;
  /** Heap limit of each worker (MB); a worker over it dies alone, not the process. */
  maxHeapMb?: number;
}

/** A task's worker died (a crash or out of memory) or ran over the time limit while running it. */
export class TaskLostError extends Error {
  override name = "TaskLostError";
  constructor(
    /** `crash`, `memory` or `timeout`. */
    readonly reason: "crash" | "memory" | "timeout",
    detail: string,
  ) {
    super(detail);
  }
}

/** A pool of worker threads that run tasks in order, one at a time each, and survive their deaths. */
export interface Pool {
  /** Run one task (plain data) in a worker; resolves with its result. */
  run<T>(task: unknown): Promise<T>;
  /** Stop every worker. */
  close(): Promise<void>;
}

/** Messages between the pool and its workers. */
export type ToWorker = { jobs: { id: number; task: unknown }[] };
export type FromWorker =
  | { ready: true }
  | { id: number; result: unknown }
  | { id: number; error: { message: string; stack?: string } };

interface Job {
  id: number;
  task: unknown;
  resolve: (value: unknown) => void;
  reject: (error: Error) => void;
}

interface Slot {
  worker: Worker;
  ready: boolean;
  dead: boolean;
  /** Jobs sent to the worker and not answered yet, in the order it runs them. */
  inflight: Job[];
  /** When the job at the head of `inflight` started (the last answer, or when it was sent). */
  since: number;
}

/** Jobs sent to a worker at once; it keeps up to two batches so it never waits for the next one. */
const BATCH = 8;
/** Deaths of workers that never became ready before the pool gives up (a broken entry). */
const MAX_START_FAILURES = 3;

/**
 * Start a pool of `size` workers running `entry`. Tasks are queued and fed to the workers in small
 * batches; each answer streams back as soon as it is ready. When a worker dies (a fatal error of the
 * parser, out of memory) or runs one task longer than `timePerTask`, the task it was running fails with
 * a `TaskLostError`, the worker is replaced, and the tasks queued behind it run elsewhere.
 */
export function createPool(options: PoolOptions): Pool {
  const queue: Job[] = [];
  const slots = new Set<Slot>();
  let nextId = 0;
  let startFailures = 0;
  let closed = false;
  let broken: Error | undefined;

  const spawn = () => {
    const worker = new Worker(options.entry, {
      workerData: { [WORKER_FLAG]: options.init },
      ...(options.maxHeapMb ? { resourceLimits: { maxOldGenerationSizeMb: options.maxHeapMb } } : {}),
    });
    const slot: Slot = { worker, ready: false, dead: false, inflight: [], since: Date.now() };
    slots.add(slot);
    worker.on("message", (msg: FromWorker) => onMessage(slot, msg));
    worker.on("error", (e: Error & { code?: string }) =>
      died(slot, e.code === "ERR_WORKER_OUT_OF_MEMORY" ? "memory" : "crash", e.message),
    );
    worker.on("exit", (code) => died(slot, "crash", `the worker exited with code ${code}`));
  };

  const onMessage = (slot: Slot, msg: FromWorker) => {
    if (slot.dead) return;
    if ("ready" in msg) {
      slot.ready = true;
      startFailures = 0;
      slot.since = Date.now();
      pump();
      return;
    }
    const at = slot.inflight.findIndex((j) => j.id === msg.id);
    if (at < 0) return;
    const [job] = slot.inflight.splice(at, 1);
    slot.since = Date.now();
    if ("error" in msg) {
      const error = new Error(msg.error.message);
      if (msg.error.stack) error.stack = msg.error.stack;
      job!.reject(error);
    } else job!.resolve(msg.result);
    pump();
  };

  const died = (slot: Slot, reason: TaskLostError["reason"], detail: string) => {
    if (slot.dead) return;
    slot.dead = true;
    slots.delete(slot);
    if (closed) return;
    if (!slot.ready) startFailures++;
    if (startFailures >= MAX_START_FAILURES) {
      fail(new Error(`The engine's worker threads could not start (${detail}).`));
      return;
    }
    void slot.worker.terminate();
    const lost = slot.inflight.shift();
    queue.unshift(...slot.inflight);
    slot.inflight = [];
    lost?.reject(new TaskLostError(reason, detail));
    spawn();
    pump();
  };

  const fail = (error: Error) => {
    broken = error;
    for (const job of [...queue, ...[...slots].flatMap((s) => s.inflight)]) job.reject(error);
    queue.length = 0;
    void close();
  };

  const pump = () => {
    for (const slot of slots) {
      if (!slot.ready || slot.dead) continue;
      while (queue.length > 0 && slot.inflight.length < 2 * BATCH) {
        const batch = queue.splice(0, Math.min(BATCH, 2 * BATCH - slot.inflight.length));
        if (slot.inflight.length === 0) slot.since = Date.now();
        slot.inflight.push(...batch);
        const msg: ToWorker = { jobs: batch.map((j) => ({ id: j.id, task: j.task })) };
        slot.worker.postMessage(msg);
      }
    }
  };

  // The watchdog: a worker whose current task has run over the limit is stopped (and replaced).
  const watchdog = setInterval(
    () => {
      const now = Date.now();
      for (const slot of slots) {
        if (slot.ready && slot.inflight.length > 0 && now - slot.since > options.timePerTask) {
          died(slot, "timeout", `over ${options.timePerTask} ms`);
        }
      }
    },
    Math.max(10, Math.min(1000, options.timePerTask / 4)),
  );
  watchdog.unref();

  const close = async () => {
    closed = true;
    clearInterval(watchdog);
    const workers = [...slots].map((s) => s.worker);
    slots.clear();
    await Promise.all(workers.map((w) => w.terminate()));
  };

  for (let i = 0; i < Math.max(1, options.size); i++) spawn();

  return {
    run<T>(task: unknown): Promise<T> {
      if (broken) return Promise.reject(broken);
      if (closed) return Promise.reject(new Error("The worker pool is closed."));
      return new Promise<T>((resolve, reject) => {
        queue.push({ id: nextId++, task, resolve: resolve as (v: unknown) => void, reject });
        pump();
      });
    },
    close,
  };
}
