/**
 * `sync`: copy what the tree uses into the user's own registry (DESIGN: registries the user
 * controls), byte for byte, so that `fix` can rewrite to it and `verify: digest` / `pin` prove it.
 * Pure: returns data; the adapters render progress and the report.
 */
import { imageTarget, type RegistryClient } from "../registry/index.js";
import { Copier, type CopyOptions, type ImageResult } from "./copy.js";
import type { SyncItem, SyncPlan } from "./plan.js";

export { Copier, type CopyOptions, type ImageResult, type ImageStatus } from "./copy.js";
export {
  isOwnRule,
  type PlanOptions,
  planSync,
  type SkipReason,
  type SyncItem,
  type SyncPlan,
  type SyncSkip,
} from "./plan.js";

/**
 * Client options for a sync: more requests in flight per host than verification's 4, since up to 8
 * blob uploads per mirror hold a slot each while HEADs, mounts and manifest PUTs go on beside them.
 */
export const SYNC_CLIENT_OPTIONS = { concurrencyPerHost: 16 } as const;

export interface SyncOptions extends Omit<CopyOptions, "client" | "onBytes"> {
  client: RegistryClient;
  /** Images copied at once (default 8). */
  concurrency?: number;
  onEvent?: (event: SyncEvent) => void;
}

export type SyncEvent =
  | { kind: "start"; index: number; item: SyncItem }
  | { kind: "bytes"; bytes: number }
  | { kind: "done"; index: number; result: ImageResult };

export interface SyncSummary {
  images: number;
  copied: number;
  present: number;
  failed: number;
  blobsUploaded: number;
  blobsPresent: number;
  blobsMounted: number;
  manifests: number;
  referrers: number;
  /** Bytes uploaded to mirrors. */
  bytes: number;
  /** Registry requests (token requests and retries included). */
  requests: number;
  elapsedMs: number;
}

export interface SyncReport {
  images: ImageResult[];
  summary: SyncSummary;
}

/** Copies every item of `plan`; a failed image does not stop the others. */
export async function runSync(plan: SyncPlan, options: SyncOptions): Promise<SyncReport> {
  const started = performance.now();
  const { onEvent, concurrency = 8, ...copyOptions } = options;
  const neighbours = plan.items.flatMap((item) => {
    const target = imageTarget(item.target);
    return target.ok ? [{ registry: target.target.registry, repository: target.target.repository }] : [];
  });
  const copier = new Copier({
    ...copyOptions,
    neighbours,
    onBytes: (bytes) => onEvent?.({ kind: "bytes", bytes }),
  });
  const results: ImageResult[] = new Array(plan.items.length);
  let next = 0;
  const worker = async () => {
    for (;;) {
      const index = next++;
      if (index >= plan.items.length) return;
      const item = plan.items[index]!;
      onEvent?.({ kind: "start", index, item });
      const result = options.signal?.aborted ? cancelled(item) : await copier.copy(item);
      results[index] = result;
      onEvent?.({ kind: "done", index, result });
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(concurrency, plan.items.length)) }, worker));
  const sum = (pick: (r: ImageResult) => number) => results.reduce((n, r) => n + pick(r), 0);
  const count = (status: ImageResult["status"]) => results.filter((r) => r.status === status).length;
  return {
    images: results,
    summary: {
      images: results.length,
      copied: count("copied"),
      present: count("present"),
      failed: count("failed"),
      blobsUploaded: sum((r) => r.blobs.uploaded),
      blobsPresent: sum((r) => r.blobs.present),
      blobsMounted: sum((r) => r.blobs.mounted),
      manifests: sum((r) => r.manifests),
      referrers: sum((r) => r.referrers),
      bytes: sum((r) => r.bytes),
      requests: options.client.stats().requests,
      elapsedMs: Math.round(performance.now() - started),
    },
  };
}

function cancelled(item: SyncItem): ImageResult {
  return {
    source: item.source,
    target: item.target,
    status: "failed",
    reason: "the run was cancelled before this image",
    blobs: { uploaded: 0, present: 0, mounted: 0 },
    manifests: 0,
    bytes: 0,
    referrers: 0,
    warnings: [],
  };
}
