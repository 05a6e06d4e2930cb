/**
 * The copy of one image from upstream to a mirror, byte for byte, through the registry client.
 *
 * - A HEAD on the mirror first: when the mirror's tag already has the upstream digest, that is the
 *   whole cost (one request to the mirror, plus one HEAD upstream when the reference has no digest).
 * - Manifests are PUT with their exact upstream bytes and media type, so the mirror's digest is the
 *   upstream digest. An index is copied with every platform (children by digest first, then the
 *   index); `platforms` narrows it, which writes a new index whose digest is not upstream's (said).
 * - Blobs the mirror repository has are skipped; a blob this run saw in another repository of the
 *   same mirror registry is mounted (`?mount=&from=`); the others stream from upstream to the mirror
 *   without being held in memory, hashed on the way. A registry that refuses a large request (413)
 *   or asks for a minimum chunk gets chunked PATCHes.
 * - A failed blob is retried with a new upload session; what was uploaded stays (a killed run
 *   resumes where it stopped: blobs and child manifests present at the mirror are not sent again).
 */
import { createHash, type Hash } from "node:crypto";
import {
  apiHostOf,
  type Descriptor,
  digestOf,
  type ImageTarget,
  imageTarget,
  isRunnableEntry,
  KeyedLimiter,
  type ParsedManifest,
  parseManifest,
  platformKey,
  type RegistryClient,
  type RegistryFailure,
  type RepositoryTarget,
} from "../registry/index.js";
import type { SyncItem } from "./plan.js";

export interface CopyOptions {
  client: RegistryClient;
  /** Platforms to keep of an index (`os/arch[/variant]`); empty or unset: all of them. */
  platforms?: string[];
  /** Also copy referrers: the OCI 1.1 referrers API, else the `sha256-<hex>` fallback and `.sig`/`.att`/`.sbom` tags. */
  withReferrers?: boolean;
  /** Blob uploads running at once per mirror registry (default 8). */
  blobConcurrency?: number;
  /** Attempts after the first for one blob (a new upload session each; default 3). */
  retries?: number;
  /** First wait before a blob is retried (ms, doubled per attempt; default 500). */
  backoffMs?: number;
  /** A transfer that moves no byte for this long is abandoned (and retried) (ms; default 60 000). */
  idleTimeoutMs?: number;
  /** Always upload in chunks of this many bytes; unset: one streamed PATCH, chunks only when needed. */
  chunkSize?: number;
  signal?: AbortSignal;
  /** The other mirror repositories of the run, asked to mount a blob this run has not seen yet. */
  neighbours?: RepositoryTarget[];
  /** Bytes moved, as they move (for progress). */
  onBytes?: (bytes: number) => void;
}

export type ImageStatus = "copied" | "present" | "failed";

export interface BlobCounts {
  uploaded: number;
  present: number;
  mounted: number;
}

export interface ImageResult {
  source: string;
  target: string;
  status: ImageStatus;
  /** Digest of the manifest the mirror now has under the target (upstream's, unless narrowed). */
  digest?: string;
  /** Upstream's digest of the reference. */
  upstreamDigest?: string;
  /** One sentence, for a failure. */
  reason?: string;
  blobs: BlobCounts;
  /** Manifests PUT (children, index, referrers). */
  manifests: number;
  /** Bytes uploaded (blobs that were sent, not skipped or mounted). */
  bytes: number;
  /** Referrer manifests and tags copied (`withReferrers`). */
  referrers: number;
  warnings: string[];
}

class CopyFailure extends Error {
  constructor(readonly reason: string) {
    super(reason);
  }
}

function fail(failure: RegistryFailure | string): never {
  throw new CopyFailure(typeof failure === "string" ? failure : failure.reason);
}

const DEFAULT_CHUNK = 8 * 1024 * 1024;
const SMALLEST_CHUNK = 256 * 1024;

/** The per-run state shared by every image: which mirror repositories hold which blobs, limits. */
export class Copier {
  /** `apiHost digest` → a repository of that registry known (this run) to hold the blob. */
  private readonly known = new Map<string, string>();
  /** `apiHost digest` → the copy of that blob in flight (a second image waits, then mounts). */
  private readonly inflight = new Map<string, Promise<unknown>>();
  /** Mirror hosts that refused a whole blob in one request: chunks from then on, of this size. */
  private readonly chunked = new Map<string, number>();
  private readonly slots: KeyedLimiter;
  private readonly client: RegistryClient;

  constructor(private readonly options: CopyOptions) {
    this.client = options.client;
    this.slots = new KeyedLimiter(options.blobConcurrency ?? 8);
  }

  /** Copies one planned image; never throws (a failure is a result). */
  async copy(item: SyncItem): Promise<ImageResult> {
    const result: ImageResult = {
      source: item.source,
      target: item.target,
      status: "failed",
      blobs: { uploaded: 0, present: 0, mounted: 0 },
      manifests: 0,
      bytes: 0,
      referrers: 0,
      warnings: [],
    };
    const source = imageTarget(item.source);
    const target = imageTarget(item.target);
    if (!source.ok || !target.ok) {
      result.reason = source.ok ? (target as { reason: string }).reason : source.reason;
      return result;
    }
    try {
      const top = await this.copyTop(
        source.target,
        target.target,
        result,
        this.options.platforms ?? [],
        item.lockedDigest ?? source.target.reference,
      );
      result.status = top.copied ? "copied" : "present";
      result.digest = top.digest;
      result.upstreamDigest = top.upstreamDigest;
      if (this.options.withReferrers) {
        if (top.digest !== top.upstreamDigest) {
          result.warnings.push(
            "referrers were not copied: they refer to the upstream index digest, which the narrowed index does not have",
          );
        } else {
          const copied = await this.copyReferrers(source.target, target.target, top.upstreamDigest, result);
          if (copied > 0 && result.status === "present") result.status = "copied";
        }
      }
    } catch (error) {
      if (!(error instanceof CopyFailure)) throw error;
      result.status = "failed";
      result.reason = error.reason;
    }
    return result;
  }

  /** The manifest under `target`'s tag (or digest): present already, or copied now. */
  private async copyTop(
    source: ImageTarget,
    target: ImageTarget,
    result: ImageResult,
    platforms: string[],
    sourceRef = source.reference,
    targetRef = target.tag ?? target.reference,
  ): Promise<{ copied: boolean; digest: string; upstreamDigest: string }> {
    const { client } = this;
    let upstreamDigest = sourceRef.includes(":") ? sourceRef : undefined;
    if (upstreamDigest === undefined && platforms.length === 0) {
      const head = await client.headManifest(source, sourceRef);
      if (!head.ok) fail(head);
      upstreamDigest = head.value.digest;
    }
    if (upstreamDigest !== undefined && platforms.length === 0) {
      const there = await client.probeManifest(target, targetRef, true);
      if (!there.ok) fail(there);
      if (there.value?.digest === upstreamDigest) {
        return { copied: false, digest: upstreamDigest, upstreamDigest };
      }
    }
    const fetched = await client.getManifest(source, upstreamDigest ?? sourceRef);
    if (!fetched.ok) fail(fetched);
    upstreamDigest = fetched.value.digest;
    let bytes = fetched.value.bytes;
    let parsed = parseManifest(bytes, fetched.value.mediaType);
    const mediaType = mediaTypeOf(fetched.value.mediaType, parsed);
    if (platforms.length > 0 && parsed.kind === "index") {
      const narrowed = narrowIndex(bytes, parsed, platforms);
      if (typeof narrowed === "string") fail(`${source.display}: ${narrowed}`);
      bytes = narrowed.bytes;
      parsed = narrowed.parsed;
      const digest = digestOf(bytes);
      if (target.digest !== undefined) {
        fail(
          `${target.display} names the upstream digest, which a narrowed index (--platform) cannot have; sync all platforms or drop the digest`,
        );
      }
      result.warnings.push(
        `--platform narrowed the index: the mirror's digest is ${digest}, not upstream's ${upstreamDigest}; \`verify: digest\` and \`pin\` against upstream will not match it`,
      );
      const there = await client.probeManifest(target, targetRef, true);
      if (!there.ok) fail(there);
      if (there.value?.digest === digest) return { copied: false, digest, upstreamDigest };
    }
    await this.copyContent(source, target, parsed, result);
    const digest = digestOf(bytes);
    const put = await client.putManifest(target, targetRef, bytes, mediaType);
    if (!put.ok) fail(put);
    result.manifests++;
    if (put.value.digest !== undefined && put.value.digest !== digest) {
      fail(`${target.display}: the mirror stored the manifest as ${put.value.digest}, not as ${digest}`);
    }
    return { copied: true, digest, upstreamDigest };
  }

  /** What a manifest points at: an index's children (PUT by digest), an image's config and layers. */
  private async copyContent(
    source: RepositoryTarget,
    target: RepositoryTarget,
    parsed: ParsedManifest,
    result: ImageResult,
  ): Promise<void> {
    if (parsed.kind === "unknown") fail(`${source.registry}/${source.repository}: ${parsed.problem}`);
    if (parsed.kind === "index") {
      await Promise.all(
        parsed.manifests.map((child) => this.copyByDigest(source, target, child.digest, result)),
      );
      return;
    }
    // Foreign (non-distributable) layers, such as Windows base layers, are not served by registries:
    // the runtime fetches them from their URLs, so there is nothing to copy.
    const blobs = [parsed.config, ...parsed.layers].filter(
      (blob, i, all) =>
        all.findIndex((b) => b.digest === blob.digest) === i &&
        !/foreign|nondistributable/.test(blob.mediaType ?? ""),
    );
    const outcomes = await Promise.allSettled(
      blobs.map((blob) => this.copyBlob(source, target, blob, result)),
    );
    const failed = outcomes.find((o): o is PromiseRejectedResult => o.status === "rejected");
    if (failed) throw failed.reason;
  }

  /** A manifest addressed by digest (an index child, a referrer): skipped when the mirror has it. */
  private async copyByDigest(
    source: RepositoryTarget,
    target: RepositoryTarget,
    digest: string,
    result: ImageResult,
  ): Promise<boolean> {
    const there = await this.client.probeManifest(target, digest, true);
    if (!there.ok) fail(there);
    if (there.value !== undefined) return false;
    const fetched = await this.client.getManifest(source, digest);
    if (!fetched.ok) fail(fetched);
    const parsed = parseManifest(fetched.value.bytes, fetched.value.mediaType);
    await this.copyContent(source, target, parsed, result);
    const put = await this.client.putManifest(
      target,
      digest,
      fetched.value.bytes,
      mediaTypeOf(fetched.value.mediaType, parsed),
    );
    if (!put.ok) fail(put);
    result.manifests++;
    return true;
  }

  /**
   * Referrers of `digest`: the referrers API's list, else the OCI fallback tag `sha256-<hex>` and the
   * cosign tags `sha256-<hex>.sig`, `.att`, `.sbom`. Returns how many were copied (not present).
   */
  private async copyReferrers(
    source: ImageTarget,
    target: ImageTarget,
    digest: string,
    result: ImageResult,
  ): Promise<number> {
    let copied = 0;
    const listed = await this.client.getReferrers(source, digest);
    if (!listed.ok) fail(listed);
    if (listed.value !== undefined) {
      const parsed = parseManifest(listed.value, "application/vnd.oci.image.index.v1+json");
      if (parsed.kind === "index") {
        for (const referrer of parsed.manifests) {
          if (await this.copyByDigest(source, target, referrer.digest, result)) copied++;
        }
        result.referrers += copied;
        if (parsed.manifests.length > 0) return copied;
      }
    }
    const base = digest.replace(":", "-");
    for (const tag of [base, `${base}.sig`, `${base}.att`, `${base}.sbom`]) {
      const exists = await this.client.probeManifest(source, tag);
      if (!exists.ok) fail(exists);
      if (exists.value === undefined) continue;
      const top = await this.copyTop(source, target, result, [], tag, tag);
      if (top.copied) copied++;
    }
    result.referrers += copied;
    return copied;
  }

  /**
   * A repository of the same mirror registry that may hold a blob (another image of the plan, one
   * with the same last path segment first): asking it to mount costs nothing when it does not, since
   * the registry then opens the upload session we need anyway.
   */
  private neighbourOf(target: RepositoryTarget, host: string): string | undefined {
    const last = (repository: string) => repository.slice(repository.lastIndexOf("/") + 1);
    const others = (this.options.neighbours ?? []).filter(
      (n) => apiHostOf(n.registry) === host && n.repository !== target.repository,
    );
    return (others.find((n) => last(n.repository) === last(target.repository)) ?? others[0])?.repository;
  }

  /** One blob: present, mounted from another repository of the mirror registry, or streamed. */
  private async copyBlob(
    source: RepositoryTarget,
    target: RepositoryTarget,
    blob: Descriptor,
    result: ImageResult,
  ): Promise<void> {
    const key = `${apiHostOf(target.registry)} ${blob.digest}`;
    // One copy of a blob per mirror registry at a time: the second waits, then finds it or mounts it.
    for (let pending = this.inflight.get(key); pending; pending = this.inflight.get(key)) {
      await pending.catch(() => undefined);
    }
    const work = this.copyBlobNow(source, target, blob, result, key);
    this.inflight.set(key, work);
    try {
      await work;
    } finally {
      if (this.inflight.get(key) === work) this.inflight.delete(key);
    }
  }

  private async copyBlobNow(
    source: RepositoryTarget,
    target: RepositoryTarget,
    blob: Descriptor,
    result: ImageResult,
    key: string,
  ): Promise<void> {
    const { client } = this;
    const present = await client.probeBlob(target, blob.digest, true);
    if (!present.ok) fail(present);
    if (present.value) {
      result.blobs.present++;
      this.known.set(key, target.repository);
      return;
    }
    const host = apiHostOf(target.registry);
    const from = this.known.get(key) ?? this.neighbourOf(target, host);
    await this.slots.run(host, async () => {
      const retries = this.options.retries ?? 3;
      let last = "";
      for (let attempt = 0; attempt <= retries; attempt++) {
        if (attempt > 0)
          await sleep((this.options.backoffMs ?? 500) * 2 ** (attempt - 1), this.options.signal);
        if (this.options.signal?.aborted) fail("the run was cancelled");
        const mount = attempt === 0 && from !== undefined && from !== target.repository;
        let start = await client.startUpload(
          target,
          mount ? { digest: blob.digest, from: from! } : undefined,
        );
        // A mount may be refused where a plain upload is not (no pull right on the other repository).
        if (mount && !start.ok) start = await client.startUpload(target);
        if (!start.ok) {
          last = start.reason;
          if (!retriable(start)) break;
          continue;
        }
        if (start.value.kind === "mounted") {
          result.blobs.mounted++;
          this.known.set(key, target.repository);
          return;
        }
        const sent = await this.upload(source, target, blob, start.value.location, start.value.minChunk);
        if (sent.ok) {
          result.blobs.uploaded++;
          result.bytes += sent.bytes;
          this.known.set(key, target.repository);
          return;
        }
        last = sent.reason;
        await client.cancelUpload(target, start.value.location).catch(() => undefined);
        if (sent.final) break;
      }
      fail(last);
    });
  }

  /** Streams one blob from upstream into an open upload session, hashing it on the way. */
  private async upload(
    source: RepositoryTarget,
    target: RepositoryTarget,
    blob: Descriptor,
    location: string,
    minChunk: number | undefined,
  ): Promise<{ ok: true; bytes: number } | { ok: false; reason: string; final: boolean }> {
    const { client } = this;
    const idleMs = this.options.idleTimeoutMs ?? 60_000;
    const controller = new AbortController();
    const abortRun = () => controller.abort(new Error("the run was cancelled"));
    this.options.signal?.addEventListener("abort", abortRun, { once: true });
    // The watchdog: one timer per transfer that checks when a byte last moved (not a timer per chunk).
    let lastMoved = Date.now();
    const watch = () => {
      lastMoved = Date.now();
    };
    const idle = setInterval(
      () => {
        if (Date.now() - lastMoved >= idleMs) {
          controller.abort(new Error(`no data moved for ${Math.round(idleMs / 1000)} s`));
        }
      },
      Math.max(10, Math.min(idleMs / 4, 5_000)),
    );
    try {
      watch();
      const opened = await client.openBlob(source, blob.digest, controller.signal);
      if (!opened.ok) return { ok: false, reason: opened.reason, final: !retriable(opened) };
      const size = blob.size ?? opened.value.size;
      const algorithm = blob.digest.slice(0, blob.digest.indexOf(":"));
      const onBytes = this.options.onBytes;
      const host = apiHostOf(target.registry);
      const chunkSize =
        this.options.chunkSize ??
        this.chunked.get(host) ??
        (minChunk ? Math.max(minChunk, DEFAULT_CHUNK) : undefined);
      // A blob up to a chunk is read into memory and sent in the closing PUT (one request fewer, and the
      // transport may retry it). Node's fetch does not hold back a streamed request body for a slow
      // socket, so a bigger blob goes in chunked PATCHes, one chunk in memory at a time.
      if (chunkSize === undefined && size !== undefined && size <= DEFAULT_CHUNK) {
        return await this.uploadSmall(source, target, blob, location, opened.value.stream, size, host, watch);
      }
      const hash: Hash = createHash(algorithm);
      let moved = 0;
      const hashed = opened.value.stream.pipeThrough(
        new TransformStream<Uint8Array, Uint8Array>({
          transform(chunk, out) {
            hash.update(chunk);
            moved += chunk.byteLength;
            onBytes?.(chunk.byteLength);
            watch();
            out.enqueue(chunk);
          },
        }),
      );
      const sent = await this.uploadChunks(
        target,
        location,
        hashed,
        chunkSize ?? DEFAULT_CHUNK,
        blob.digest,
        host,
        controller.signal,
      );
      if (!sent.ok) {
        await hashed.cancel().catch(() => undefined);
        const aborted = controller.signal.aborted
          ? (controller.signal.reason as Error | undefined)?.message
          : undefined;
        const reason = aborted ? `${sent.reason} (${aborted})` : sent.reason;
        return { ok: false, reason, final: this.options.signal?.aborted === true || !retriable(sent) };
      }
      const actual = `${algorithm}:${hash.digest("hex")}`;
      if (actual !== blob.digest) {
        return {
          ok: false,
          reason: `${source.registry}/${source.repository} served blob ${blob.digest} with bytes whose digest is ${actual}`,
          final: true,
        };
      }
      return { ok: true, bytes: moved };
    } finally {
      clearInterval(idle);
      this.options.signal?.removeEventListener("abort", abortRun);
    }
  }

  /** A blob of at most a chunk: read whole, hashed, sent in the closing PUT. */
  private async uploadSmall(
    source: RepositoryTarget,
    target: RepositoryTarget,
    blob: Descriptor,
    location: string,
    stream: ReadableStream<Uint8Array>,
    size: number,
    host: string,
    watch: () => void,
  ): Promise<{ ok: true; bytes: number } | { ok: false; reason: string; final: boolean }> {
    const reader = stream.getReader();
    const parts: Uint8Array[] = [];
    let read = 0;
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      parts.push(value);
      read += value.byteLength;
      this.options.onBytes?.(value.byteLength);
      watch();
      if (read > size) break;
    }
    const where = `${source.registry}/${source.repository}`;
    if (read !== size) {
      await reader.cancel().catch(() => undefined);
      const what = read > size ? "more" : "fewer";
      return {
        ok: false,
        reason: `${where} served ${what} bytes than the ${size} of blob ${blob.digest}`,
        final: false,
      };
    }
    const bytes = Buffer.concat(parts, read);
    const algorithm = blob.digest.slice(0, blob.digest.indexOf(":"));
    const actual = `${algorithm}:${createHash(algorithm).update(bytes).digest("hex")}`;
    if (actual !== blob.digest) {
      return {
        ok: false,
        reason: `${where} served blob ${blob.digest} with bytes whose digest is ${actual}`,
        final: true,
      };
    }
    const put = await this.client.uploadWhole(target, location, bytes, blob.digest);
    if (put.ok) return { ok: true, bytes: read };
    if (put.httpStatus === 413) {
      this.chunked.set(host, DEFAULT_CHUNK);
      return { ok: false, reason: `${put.reason}; sending it in chunks`, final: false };
    }
    return { ok: false, reason: put.reason, final: !retriable(put) };
  }

  /** Chunked upload: PATCHes of `size` bytes with `Content-Range` (one chunk in memory at a time). */
  private async uploadChunks(
    target: RepositoryTarget,
    location: string,
    stream: ReadableStream<Uint8Array>,
    size: number,
    digest: string,
    host: string,
    signal: AbortSignal,
  ): Promise<{ ok: true } | { ok: false; reason: string; httpStatus?: number; status?: string }> {
    const reader = stream.getReader();
    let offset = 0;
    const buffer = new Uint8Array(size);
    let filled = 0;
    const flush = async (): Promise<{ ok: true } | { ok: false; reason: string; httpStatus?: number }> => {
      if (filled === 0) return { ok: true };
      const sent = await this.client.uploadChunk(
        target,
        location,
        buffer.subarray(0, filled),
        offset,
        digest,
      );
      if (!sent.ok) {
        if (sent.httpStatus === 413 && size > SMALLEST_CHUNK)
          this.chunked.set(host, Math.max(SMALLEST_CHUNK, size / 2));
        return sent;
      }
      location = sent.value;
      offset += filled;
      filled = 0;
      return { ok: true };
    };
    for (;;) {
      // Cancelled (the time limit, or the run): stop between chunks rather than send the next one.
      if (signal.aborted) {
        await reader.cancel().catch(() => undefined);
        return { ok: false, reason: "the upload was cancelled" };
      }
      const { done, value } = await reader.read();
      if (done) break;
      let at = 0;
      while (at < value.byteLength) {
        const take = Math.min(size - filled, value.byteLength - at);
        buffer.set(value.subarray(at, at + take), filled);
        filled += take;
        at += take;
        if (filled === size) {
          const sent = await flush();
          if (!sent.ok) {
            await reader.cancel().catch(() => undefined);
            return sent;
          }
        }
      }
    }
    const last = await flush();
    if (!last.ok) return last;
    const finished = await this.client.finishUpload(target, location, digest);
    return finished.ok ? { ok: true } : finished;
  }
}

/** Whether a failure may pass on another attempt (server trouble, the network, a timeout). */
function retriable(failure: { status?: string; httpStatus?: number }): boolean {
  if (failure.httpStatus === 413) return true;
  if (failure.httpStatus !== undefined && failure.httpStatus >= 500) return true;
  return failure.status === "unreachable" || failure.status === "rate-limited";
}

/** The Content-Type to PUT: what upstream sent, else the manifest's own `mediaType`. */
function mediaTypeOf(contentType: string, parsed: ParsedManifest): string {
  if (contentType && contentType !== "application/json" && contentType !== "text/plain") return contentType;
  return parsed.mediaType ?? "application/vnd.oci.image.manifest.v1+json";
}

/** Whether an index entry's platform is one of `wanted` (`os/arch`, or `os/arch/variant`). */
function platformWanted(entry: Descriptor, wanted: string[]): boolean {
  if (!entry.platform || !isRunnableEntry(entry)) return false;
  const key = platformKey(entry.platform);
  const base = `${entry.platform.os}/${entry.platform.architecture}`;
  return wanted.some((w) => w === key || w === base);
}

/** An index keeping only `platforms` (a new JSON serialisation: a new digest). */
function narrowIndex(
  bytes: Uint8Array,
  parsed: Extract<ParsedManifest, { kind: "index" }>,
  platforms: string[],
): { bytes: Uint8Array; parsed: ParsedManifest } | string {
  const kept = parsed.manifests.filter((entry) => platformWanted(entry, platforms));
  if (kept.length === 0) {
    const have = parsed.manifests.flatMap((m) => (m.platform ? [platformKey(m.platform)] : [])).join(", ");
    return `no platform of the index is one of ${platforms.join(", ")} (it has ${have || "none"})`;
  }
  if (kept.length === parsed.manifests.length) return { bytes, parsed };
  const json = JSON.parse(new TextDecoder().decode(bytes)) as { manifests: Array<{ digest: string }> };
  const keep = new Set(kept.map((k) => k.digest));
  json.manifests = json.manifests.filter((m) => keep.has(m.digest));
  const out = new TextEncoder().encode(JSON.stringify(json));
  return { bytes: out, parsed: { ...parsed, manifests: kept } };
}

function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal?.aborted) return resolve();
    const timer = setTimeout(done, ms);
    function done() {
      signal?.removeEventListener("abort", done);
      clearTimeout(timer);
      resolve();
    }
    signal?.addEventListener("abort", done, { once: true });
  });
}
