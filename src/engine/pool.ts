import { Worker } from "node:worker_threads";
import { WORKER_FLAG } from "./worker-entry.js";

/** Options of a worker pool. */
export interface PoolOptions {
  /** The module every worker runs (an entry that hands over to `runPoolWorker()`, see worker-entry.ts). */
  entry: string | URL;
  /** Number of worker threads (at least 1). */
  size: number;
  /** Plain data every worker gets once (settings, mode). */
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
  /** Start workers until there are `size`. */
  grow(size: number): void;
  /** Would a task sent now start soon (a ready worker has room, nothing is queued)? */
  wantsWork(): boolean;
  /** Stop every worker. */
  close(): Promise<void>;
}

/** What a worker gets in `workerData[WORKER_FLAG]`. */
export interface WorkerData {
  init: unknown;
  /**
   * Shared with the pool: [id of the task running, or -1; when it started, in ms since `epoch`].
   * Written by the worker without waking the pool, read by the watchdog and after a crash.
   */
  progress: Int32Array;
  epoch: number;
}

/** Messages between the pool and its workers: tasks go in batches, answers come back per batch. */
export type ToWorker = { jobs: { id: number; task: unknown }[] };
export type Answer =
  | { id: number; result: unknown }
  | { id: number; error: { message: string; stack?: string } };
/** `retire`: the worker answered what it could and asks to be replaced; it runs nothing more. */
export type FromWorker = { ready: true } | { answers: Answer[]; retire?: true };

/** Slots of `WorkerData.progress`. */
export const RUNNING = 0;
export const STARTED = 1;

interface Job {
  id: number;
  task: unknown;
  /** Deaths of workers while this job was in flight, not proven to be its fault. */
  deaths: number;
  resolve: (value: unknown) => void;
  reject: (error: Error) => void;
}

interface Slot {
  worker: Worker;
  progress: Int32Array;
  ready: boolean;
  dead: boolean;
  /** Jobs sent to the worker and not answered yet. */
  inflight: Job[];
}

/**
 * Tasks sent to a worker at once. Answers come back once per batch: every message wakes the main
 * thread, which costs more than the structured clone when the CPUs are busy.
 */
const BATCH = 16;
/** Deaths of workers that never became ready before the pool gives up (a broken entry). */
const MAX_START_FAILURES = 3;
/** A job in flight during this many unexplained deaths (no task was running) is given up on. */
const MAX_DEATHS = 2;

/**
 * Start a pool of `size` workers running `entry`. Tasks are queued and fed to the workers in batches;
 * answers stream back batch by batch. When a worker dies (a fatal error of the parser, out of memory)
 * or runs one task longer than `timePerTask`, that task fails with a `TaskLostError`, the worker is
 * replaced, and the other tasks it held run again elsewhere.
 */
export function createPool(options: PoolOptions): Pool {
  const queue: Job[] = [];
  const slots = new Set<Slot>();
  const epoch = Date.now();
  let nextId = 0;
  let startFailures = 0;
  let closed = false;
  let broken: Error | undefined;

  const spawn = () => {
    const progress = new Int32Array(new SharedArrayBuffer(8));
    progress[RUNNING] = -1;
    const data: WorkerData = { init: options.init, progress, epoch };
    const worker = new Worker(options.entry, {
      workerData: { [WORKER_FLAG]: data },
      ...(options.maxHeapMb ? { resourceLimits: { maxOldGenerationSizeMb: options.maxHeapMb } } : {}),
    });
    const slot: Slot = { worker, progress, ready: false, dead: false, inflight: [] };
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
      pump();
      return;
    }
    for (const answer of msg.answers) {
      const at = slot.inflight.findIndex((j) => j.id === answer.id);
      if (at < 0) continue;
      const [job] = slot.inflight.splice(at, 1);
      if ("error" in answer) {
        const error = new Error(answer.error.message);
        if (answer.error.stack) error.stack = answer.error.stack;
        job!.reject(error);
      } else job!.resolve(answer.result);
    }
    if (msg.retire) retire(slot);
    pump();
  };

  /** Replace a worker that asked for it; the jobs it did not answer run elsewhere, as they were. */
  const retire = (slot: Slot) => {
    slot.dead = true;
    slots.delete(slot);
    queue.unshift(...slot.inflight);
    slot.inflight = [];
    void slot.worker.terminate();
    if (!closed) spawn();
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
    // The task that was running is the one that killed the worker; the others run again elsewhere.
    // When no task was running, the death is unexplained: it counts against every task in flight.
    const running = Atomics.load(slot.progress, RUNNING);
    const explained = slot.inflight.some((job) => job.id === running);
    const lost: Job[] = [];
    const again: Job[] = [];
    for (const job of slot.inflight) {
      if (job.id === running || (!explained && ++job.deaths >= MAX_DEATHS)) lost.push(job);
      else again.push(job);
    }
    slot.inflight = [];
    queue.unshift(...again);
    for (const job of lost) job.reject(new TaskLostError(reason, detail));
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
        slot.inflight.push(...batch);
        const msg: ToWorker = { jobs: batch.map((j) => ({ id: j.id, task: j.task })) };
        slot.worker.postMessage(msg);
      }
    }
  };

  // The watchdog: a worker whose current task has run over the limit is stopped (and replaced).
  const watchdog = setInterval(
    () => {
      const now = Date.now() - epoch;
      for (const slot of slots) {
        if (Atomics.load(slot.progress, RUNNING) < 0) continue;
        if (now - Atomics.load(slot.progress, STARTED) > options.timePerTask) {
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
        queue.push({ id: nextId++, task, deaths: 0, resolve: resolve as (v: unknown) => void, reject });
        pump();
      });
    },
    wantsWork() {
      if (queue.length > 0) return false;
      for (const slot of slots) if (slot.ready && slot.inflight.length < 2 * BATCH) return true;
      return false;
    },
    grow(size: number) {
      while (!closed && !broken && slots.size < size) spawn();
    },
    close,
  };
}
