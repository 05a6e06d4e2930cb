/**
 * A small OCI distribution client on Node's global `fetch`: manifests (HEAD/GET with the full
 * Accept list) and blobs (HEAD/GET), authenticated as the registry asks, and memoised so that one
 * run sends one request per unique (host, repository, reference).
 */
import { Authenticator } from "./auth.js";
import type { CredentialMap } from "./credentials.js";
import { apiHostOf, baseUrlOf } from "./hosts.js";
import { digestAlgorithm, digestOf, MANIFEST_ACCEPT } from "./manifest.js";
import type { RepositoryTarget } from "./target.js";
import {
  type HttpBody,
  type HttpMethod,
  type HttpRequest,
  type HttpResult,
  isStreamBody,
  parseRateLimit,
  Transport,
} from "./transport.js";
import type {
  BlobHead,
  ClientStats,
  FailureStatus,
  FetchedManifest,
  ManifestHead,
  RateLimit,
  RegistryFailure,
  RegistryResult,
} from "./types.js";

export interface RegistryClientOptions {
  /** Credentials per registry (see `readDockerConfig`, `explicitCredentials`, `mergeCredentials`). */
  credentials?: CredentialMap;
  /** Hosts (`host` or `host:port`) spoken to over plain HTTP; loopback always may be. */
  insecureHosts?: string[];
  /** Extra token-realm hosts trusted with a registry's credentials, by registry (`docker.io`, or `*`). */
  trustedRealms?: Record<string, string[]>;
  /** Requests in flight per host at most (default 4). */
  concurrencyPerHost?: number;
  /** Time for one request, body included (default 10 000 ms). */
  requestTimeoutMs?: number;
  /** Time for the whole run from the client's creation (ms); nothing is started after it. */
  timeBudgetMs?: number;
  /** Retries for 5xx, 429 and network errors (default 2). */
  retries?: number;
  /** Longest `Retry-After` honoured (default 30 000 ms); a longer one ends the retries. */
  maxRetryAfterMs?: number;
  /** First backoff step (default 500 ms), doubled per retry with ±50 % jitter. */
  backoffMs?: number;
  maxRedirects?: number;
  /** Largest manifest or config blob read (default 4 MiB, distribution's own limit). */
  maxBodyBytes?: number;
  userAgent?: string;
  signal?: AbortSignal;
  /** Random source for the jitter (tests may fix it). */
  random?: () => number;
}

const DEFAULTS = {
  concurrencyPerHost: 4,
  requestTimeoutMs: 10_000,
  retries: 2,
  maxRetryAfterMs: 30_000,
  backoffMs: 500,
  maxRedirects: 5,
  maxBodyBytes: 4 * 1024 * 1024,
  userAgent: "mirrorize (+https://github.com/mirrorize)",
};

interface RegistryErrorBody {
  code?: string;
  message?: string;
}

/** Reads `{"errors":[{"code","message"}]}`, or the first words of an HTML/text body. */
export function readErrorBody(body: Uint8Array): RegistryErrorBody {
  const text = new TextDecoder().decode(body).trim();
  if (!text) return {};
  try {
    const json = JSON.parse(text) as { errors?: Array<{ code?: unknown; message?: unknown }> };
    const first = json.errors?.[0];
    if (first) {
      return {
        code: typeof first.code === "string" ? first.code : undefined,
        message: typeof first.message === "string" ? first.message : undefined,
      };
    }
    return {};
  } catch {
    const plain = text
      .replace(/<[^>]*>/g, " ")
      .replace(/\s+/g, " ")
      .trim();
    return plain ? { message: plain.length > 120 ? `${plain.slice(0, 117)}...` : plain } : {};
  }
}

function statusForHttp(status: number): FailureStatus {
  if (status === 404) return "missing";
  if (status === 401 || status === 403) return "denied";
  if (status === 429) return "rate-limited";
  if (status >= 500) return "unreachable";
  return "missing";
}

/** What `startUpload` got: the blob mounted, or a session to upload into. */
export type UploadStart =
  | { kind: "mounted" }
  | {
      kind: "session";
      location: string;
      /** `OCI-Chunk-Min-Length`: the smallest chunk the registry takes, when it says. */
      minChunk?: number;
    };

/** A 2xx answer. */
interface Answer {
  status: number;
  headers: Headers;
  body: Uint8Array;
  stream?: ReadableStream<Uint8Array>;
}

interface RequestSpec {
  method: HttpMethod;
  /** Path after `/v2/<repository>`. */
  path?: string;
  /** An absolute URL instead (an upload location). */
  url?: string;
  /** What is asked for, for messages: `manifest quay.io/x:1`. */
  what: string;
  accept?: string;
  maxBytes?: number;
  /** Ask for `pull,push` on the repository instead of `pull`. */
  push?: boolean;
  /** More token scopes (a cross-repository mount needs `repository:<from>:pull`). */
  extraScopes?: string[];
  headers?: Record<string, string>;
  body?: HttpBody;
  stream?: boolean;
  timeoutMs?: number;
  signal?: AbortSignal;
}

/** The client. Create one per run: its memo and token cache live as long as it does. */
export class RegistryClient {
  private readonly transport: Transport;
  private readonly auth: Authenticator;
  private readonly insecureHosts: string[];
  private readonly maxBodyBytes: number;
  private readonly memo = new Map<string, Promise<RegistryResult<unknown>>>();
  private readonly rateLimits = new Map<string, RateLimit>();
  /** The Authorization that last worked per (API host, scope), for requests the token cache misses. */
  private readonly lastAuthorization = new Map<string, string>();

  constructor(options: RegistryClientOptions = {}) {
    this.insecureHosts = options.insecureHosts ?? [];
    this.maxBodyBytes = options.maxBodyBytes ?? DEFAULTS.maxBodyBytes;
    this.transport = new Transport({
      insecureHosts: this.insecureHosts,
      concurrencyPerHost: options.concurrencyPerHost ?? DEFAULTS.concurrencyPerHost,
      requestTimeoutMs: options.requestTimeoutMs ?? DEFAULTS.requestTimeoutMs,
      deadline: options.timeBudgetMs === undefined ? undefined : Date.now() + options.timeBudgetMs,
      retries: options.retries ?? DEFAULTS.retries,
      maxRetryAfterMs: options.maxRetryAfterMs ?? DEFAULTS.maxRetryAfterMs,
      backoffMs: options.backoffMs ?? DEFAULTS.backoffMs,
      maxRedirects: options.maxRedirects ?? DEFAULTS.maxRedirects,
      userAgent: options.userAgent ?? DEFAULTS.userAgent,
      signal: options.signal,
      random: options.random ?? Math.random,
    });
    this.auth = new Authenticator(this.transport, {
      credentials: options.credentials ?? {},
      trustedRealms: options.trustedRealms ?? {},
    });
  }

  /** Requests sent so far and the last rate-limit headers per host. */
  stats(): ClientStats {
    const byHost = Object.fromEntries(this.transport.requestsByHost);
    const requests = Object.values(byHost).reduce((sum, n) => sum + n, 0);
    return { requests, byHost, rateLimits: Object.fromEntries(this.rateLimits) };
  }

  /**
   * HEAD a manifest: its digest (from `Docker-Content-Digest`), media type and size. Use it on the
   * trusted side only. A GET of the same reference made earlier in the run answers instead.
   */
  headManifest(target: RepositoryTarget, reference: string): Promise<RegistryResult<ManifestHead>> {
    const getKey = this.key("manifest", target, reference);
    const cachedGet = this.memo.get(getKey) as Promise<RegistryResult<FetchedManifest>> | undefined;
    if (cachedGet) {
      return cachedGet.then((result) =>
        result.ok
          ? {
              ...result,
              value: {
                digest: result.value.digest,
                mediaType: result.value.mediaType,
                size: result.value.bytes.length,
              },
            }
          : result,
      );
    }
    return this.remember(this.key("manifest-head", target, reference), async () => {
      const response = await this.request(target, {
        method: "HEAD",
        path: `/manifests/${reference}`,
        what: this.manifestName(target, reference),
        accept: MANIFEST_ACCEPT,
      });
      if (!response.ok) return response;
      const { headers } = response.value;
      const length = Number(headers.get("content-length") ?? "NaN");
      const head: ManifestHead = {};
      const digest = headers.get("docker-content-digest");
      if (digest) head.digest = digest;
      const mediaType = headers.get("content-type");
      if (mediaType) head.mediaType = mediaType.split(";")[0]!.trim();
      if (Number.isFinite(length)) head.size = length;
      return { ok: true, value: head, rateLimit: response.rateLimit };
    });
  }

  /**
   * GET a manifest: the exact bytes and their sha256, computed here. When `reference` is a digest
   * the bytes must hash to it, or the result is a `mismatch` failure.
   */
  getManifest(target: RepositoryTarget, reference: string): Promise<RegistryResult<FetchedManifest>> {
    return this.remember(this.key("manifest", target, reference), async () => {
      const response = await this.request(target, {
        method: "GET",
        path: `/manifests/${reference}`,
        what: this.manifestName(target, reference),
        accept: MANIFEST_ACCEPT,
        maxBytes: this.maxBodyBytes,
      });
      if (!response.ok) return response;
      const { headers, body } = response.value;
      const manifest: FetchedManifest = {
        bytes: body,
        digest: digestOf(body),
        mediaType: (headers.get("content-type") ?? "").split(";")[0]!.trim(),
      };
      const headerDigest = headers.get("docker-content-digest");
      if (headerDigest) manifest.headerDigest = headerDigest;
      if (reference.includes(":")) {
        const actual = digestOf(body, digestAlgorithm(reference));
        if (actual !== reference) {
          return {
            ok: false,
            status: "mismatch",
            reason: `${this.where(target)} answered a request for ${reference} with bytes whose digest is ${actual}`,
            rateLimit: response.rateLimit,
          };
        }
      }
      return { ok: true, value: manifest, rateLimit: response.rateLimit };
    });
  }

  /** HEAD a blob. A 403 here is how allowlist mirrors refuse an image, so callers may treat it as missing. */
  headBlob(target: RepositoryTarget, digest: string): Promise<RegistryResult<BlobHead>> {
    return this.remember(this.key("blob-head", target, digest), async () => {
      const response = await this.request(target, {
        method: "HEAD",
        path: `/blobs/${digest}`,
        what: `blob ${digest} of ${this.where(target)}`,
      });
      if (!response.ok) return response;
      const length = Number(response.value.headers.get("content-length") ?? "NaN");
      return {
        ok: true,
        value: Number.isFinite(length) ? { size: length } : {},
        rateLimit: response.rateLimit,
      };
    });
  }

  /** GET a (small) blob, such as an image config; its bytes must hash to `digest`. */
  getBlob(target: RepositoryTarget, digest: string): Promise<RegistryResult<Uint8Array>> {
    return this.remember(this.key("blob", target, digest), async () => {
      const response = await this.request(target, {
        method: "GET",
        path: `/blobs/${digest}`,
        what: `blob ${digest} of ${this.where(target)}`,
        maxBytes: this.maxBodyBytes,
      });
      if (!response.ok) return response;
      const actual = digestOf(response.value.body, digestAlgorithm(digest));
      if (actual !== digest) {
        return {
          ok: false,
          status: "mismatch",
          reason: `${this.where(target)} served blob ${digest} with bytes whose digest is ${actual}`,
        };
      }
      return { ok: true, value: response.value.body, rateLimit: response.rateLimit };
    });
  }

  // ----- push: what `sync` copies with. Nothing here is memoised: the mirror changes as we write.

  /** HEAD a blob, not memoised: `true` when present, `false` on 404, a failure otherwise. */
  async probeBlob(target: RepositoryTarget, digest: string, push = false): Promise<RegistryResult<boolean>> {
    const response = await this.request(target, {
      method: "HEAD",
      path: `/blobs/${digest}`,
      what: `blob ${digest} of ${this.where(target)}`,
      push,
    });
    if (response.ok) return { ok: true, value: true, rateLimit: response.rateLimit };
    if (response.httpStatus === 404) return { ok: true, value: false };
    return response;
  }

  /** HEAD a manifest, not memoised (the mirror side of a copy). */
  async probeManifest(
    target: RepositoryTarget,
    reference: string,
    push = false,
  ): Promise<RegistryResult<ManifestHead | undefined>> {
    const response = await this.request(target, {
      method: "HEAD",
      path: `/manifests/${reference}`,
      what: this.manifestName(target, reference),
      accept: MANIFEST_ACCEPT,
      push,
    });
    if (!response.ok) {
      return response.httpStatus === 404 ? { ok: true, value: undefined } : response;
    }
    const { headers } = response.value;
    const head: ManifestHead = {};
    const digest = headers.get("docker-content-digest");
    if (digest) head.digest = digest;
    const mediaType = headers.get("content-type");
    if (mediaType) head.mediaType = mediaType.split(";")[0]!.trim();
    const length = Number(headers.get("content-length") ?? "NaN");
    if (Number.isFinite(length)) head.size = length;
    return { ok: true, value: head, rateLimit: response.rateLimit };
  }

  /**
   * GET a blob as a stream (any size; never held in memory). The caller reads or cancels `stream`;
   * `signal` aborts the transfer. The bytes are not checked here: the copy hashes them as they pass.
   */
  async openBlob(
    target: RepositoryTarget,
    digest: string,
    signal?: AbortSignal,
  ): Promise<RegistryResult<{ stream: ReadableStream<Uint8Array>; size?: number }>> {
    const spec: RequestSpec = {
      method: "GET",
      path: `/blobs/${digest}`,
      what: `blob ${digest} of ${this.where(target)}`,
      stream: true,
    };
    if (signal) spec.signal = signal;
    const response = await this.request(target, spec);
    if (!response.ok) return response;
    const length = Number(response.value.headers.get("content-length") ?? "NaN");
    const value: { stream: ReadableStream<Uint8Array>; size?: number } = {
      stream: response.value.stream ?? new ReadableStream({ start: (c) => c.close() }),
    };
    if (Number.isFinite(length)) value.size = length;
    return { ok: true, value, rateLimit: response.rateLimit };
  }

  /**
   * Opens an upload session (`POST /blobs/uploads/`). With `mount`, asks the registry to mount the
   * blob from another repository of the same registry first: `mounted` when it did (201), else
   * the session it opened instead (202).
   */
  async startUpload(
    target: RepositoryTarget,
    mount?: { digest: string; from: string },
  ): Promise<RegistryResult<UploadStart>> {
    const query = mount
      ? `?mount=${encodeURIComponent(mount.digest)}&from=${encodeURIComponent(mount.from)}`
      : "";
    const spec: RequestSpec = {
      method: "POST",
      path: `/blobs/uploads/${query}`,
      what: mount
        ? `mount of blob ${mount.digest} from ${mount.from} into ${this.where(target)}`
        : `upload to ${this.where(target)}`,
      push: true,
      headers: { "content-length": "0" },
    };
    if (mount) spec.extraScopes = [`repository:${mount.from}:pull`];
    const response = await this.request(target, spec);
    if (!response.ok) return response;
    const { headers } = response.value;
    if (mount && response.value.status === 201) return { ok: true, value: { kind: "mounted" } };
    const location = this.uploadLocation(target, headers);
    if (!location.ok) return location;
    const start: UploadStart = { kind: "session", location: location.value };
    const min = Number(headers.get("oci-chunk-min-length") ?? "NaN");
    if (Number.isFinite(min) && min > 0) start.minChunk = min;
    return { ok: true, value: start };
  }

  /**
   * Sends a whole blob in one streamed PATCH, then closes the session with `PUT ?digest=`. The
   * stream is read once; on any failure the caller starts again with a new session.
   */
  async uploadStream(
    target: RepositoryTarget,
    location: string,
    body: ReadableStream<Uint8Array>,
    size: number,
    digest: string,
    signal?: AbortSignal,
  ): Promise<RegistryResult<void>> {
    const spec: RequestSpec = {
      method: "PATCH",
      url: location,
      what: `upload of blob ${digest} to ${this.where(target)}`,
      push: true,
      headers: { "content-type": "application/octet-stream", "content-length": String(size) },
      body,
      timeoutMs: 0,
    };
    if (signal) spec.signal = signal;
    const patched = await this.request(target, spec);
    if (!patched.ok) return patched;
    const next = this.uploadLocation(target, patched.value.headers, location);
    if (!next.ok) return next;
    return this.finishUpload(target, next.value, digest);
  }

  /**
   * A monolithic upload: the whole blob in the closing `PUT <location>?digest=` (bytes in memory, so
   * the transport may retry it).
   */
  async uploadWhole(
    target: RepositoryTarget,
    location: string,
    bytes: Uint8Array,
    digest: string,
  ): Promise<RegistryResult<void>> {
    const url = new URL(location);
    url.searchParams.set("digest", digest);
    const response = await this.request(target, {
      method: "PUT",
      url: url.href,
      what: `upload of blob ${digest} to ${this.where(target)}`,
      push: true,
      headers: { "content-type": "application/octet-stream", "content-length": String(bytes.byteLength) },
      body: bytes,
    });
    if (!response.ok) return response;
    return { ok: true, value: undefined };
  }

  /** Sends one chunk (`PATCH` with `Content-Range`) and returns the session's next location. */
  async uploadChunk(
    target: RepositoryTarget,
    location: string,
    chunk: Uint8Array,
    offset: number,
    digest: string,
    signal?: AbortSignal,
  ): Promise<RegistryResult<string>> {
    const response = await this.request(target, {
      // No timeout of its own: the caller's `signal` ends a transfer that stalls.
      timeoutMs: 0,
      ...(signal ? { signal } : {}),
      method: "PATCH",
      url: location,
      what: `upload of blob ${digest} to ${this.where(target)} (bytes ${offset}-${offset + chunk.byteLength - 1})`,
      push: true,
      headers: {
        "content-type": "application/octet-stream",
        "content-length": String(chunk.byteLength),
        "content-range": `${offset}-${offset + chunk.byteLength - 1}`,
      },
      body: chunk,
    });
    if (!response.ok) return response;
    return this.uploadLocation(target, response.value.headers, location);
  }

  /** Closes an upload session: `PUT <location>?digest=` with no body. */
  async finishUpload(
    target: RepositoryTarget,
    location: string,
    digest: string,
  ): Promise<RegistryResult<void>> {
    const url = new URL(location);
    url.searchParams.set("digest", digest);
    const response = await this.request(target, {
      method: "PUT",
      url: url.href,
      what: `upload of blob ${digest} to ${this.where(target)}`,
      push: true,
      headers: { "content-length": "0" },
    });
    if (!response.ok) return response;
    return { ok: true, value: undefined };
  }

  /** Abandons an upload session (best effort). */
  async cancelUpload(target: RepositoryTarget, location: string): Promise<void> {
    await this.request(target, {
      method: "DELETE",
      url: location,
      what: `upload session of ${this.where(target)}`,
      push: true,
    });
  }

  /**
   * PUT a manifest with its exact bytes and media type; returns the digest the registry says it
   * stored (`Docker-Content-Digest`), when it says.
   */
  async putManifest(
    target: RepositoryTarget,
    reference: string,
    bytes: Uint8Array,
    mediaType: string,
  ): Promise<RegistryResult<{ digest?: string }>> {
    const response = await this.request(target, {
      method: "PUT",
      path: `/manifests/${reference}`,
      what: this.manifestName(target, reference),
      push: true,
      headers: { "content-type": mediaType, "content-length": String(bytes.byteLength) },
      body: bytes,
    });
    if (!response.ok) return response;
    const digest = response.value.headers.get("docker-content-digest");
    return { ok: true, value: digest ? { digest } : {} };
  }

  /**
   * The OCI 1.1 referrers of a manifest (`GET /referrers/<digest>`): the index bytes, or `undefined`
   * when the registry has no referrers API (404) .
   */
  async getReferrers(
    target: RepositoryTarget,
    digest: string,
  ): Promise<RegistryResult<Uint8Array | undefined>> {
    const response = await this.request(target, {
      method: "GET",
      path: `/referrers/${digest}`,
      what: `referrers of ${this.where(target)}@${digest}`,
      accept: "application/vnd.oci.image.index.v1+json",
      maxBytes: this.maxBodyBytes,
    });
    if (response.ok) return { ok: true, value: response.value.body };
    if (response.httpStatus === 404 || response.httpStatus === 400) return { ok: true, value: undefined };
    return response;
  }

  /** The absolute upload location in `headers`, resolved against the registry (or the previous one). */
  private uploadLocation(
    target: RepositoryTarget,
    headers: Headers,
    previous?: string,
  ): RegistryResult<string> {
    const location = headers.get("location");
    const base = previous ?? `${baseUrlOf(apiHostOf(target.registry), this.insecureHosts)}/`;
    if (!location) {
      return {
        ok: false,
        status: "unreachable",
        reason: `${this.where(target)} opened an upload without a Location header`,
      };
    }
    try {
      return { ok: true, value: new URL(location, base).href };
    } catch {
      return {
        ok: false,
        status: "unreachable",
        reason: `${this.where(target)} sent an upload Location that is not a URL`,
      };
    }
  }

  private key(kind: string, target: RepositoryTarget, reference: string): string {
    return `${kind} ${apiHostOf(target.registry)}/${target.repository}@${reference}`;
  }

  private remember<T>(key: string, compute: () => Promise<RegistryResult<T>>): Promise<RegistryResult<T>> {
    const existing = this.memo.get(key);
    if (existing) return existing as Promise<RegistryResult<T>>;
    const promise = compute();
    this.memo.set(key, promise);
    return promise;
  }

  private where(target: RepositoryTarget): string {
    return `${target.registry}/${target.repository}`;
  }

  private manifestName(target: RepositoryTarget, reference: string): string {
    return `manifest ${this.where(target)}${reference.includes(":") ? "@" : ":"}${reference}`;
  }

  /**
   * One authenticated request to `/v2/<repository><path>` (or to `url`, an upload location of the
   * same registry). Success is a 2xx response; anything else is classified into a failure with a
   * reason. A streamed body is sent once: when it meets a 401, the challenge is answered for the next
   * attempt and the result is an `unreachable` failure the caller may retry.
   */
  private async request(target: RepositoryTarget, spec: RequestSpec): Promise<RegistryResult<Answer>> {
    const apiHost = apiHostOf(target.registry);
    const base = baseUrlOf(apiHost, this.insecureHosts);
    const url = spec.url ?? `${base}/v2/${target.repository}${spec.path ?? ""}`;
    // Credentials go only to the registry's own origin (an upload Location elsewhere gets none).
    const authorized = new URL(url).origin === new URL(base).origin;
    const scope = [
      `repository:${target.repository}:${spec.push ? "pull,push" : "pull"}`,
      ...(spec.extraScopes ?? []),
    ].join(" ");
    const headers: Record<string, string> = { ...spec.headers };
    if (spec.accept) headers.accept = spec.accept;
    const request: HttpRequest = { url, method: spec.method, headers, maxBytes: spec.maxBytes ?? 0 };
    if (spec.body !== undefined) request.body = spec.body;
    if (spec.stream) request.stream = true;
    if (spec.timeoutMs !== undefined) request.timeoutMs = spec.timeoutMs;
    if (spec.signal) request.signal = spec.signal;
    const authKey = `${apiHost} ${scope}`;
    const first = authorized
      ? (this.auth.preemptive(target.registry, scope) ?? this.lastAuthorization.get(authKey))
      : undefined;
    let result = await this.transport.send(
      first ? { ...request, headers: { ...headers, authorization: first } } : request,
    );
    let note: string | undefined;
    if (authorized && result.ok && result.status === 401) {
      const answer = await this.auth.answer(
        target.registry,
        result.headers.get("www-authenticate"),
        scope,
        first,
      );
      note = answer.note;
      if (answer.failure) {
        return {
          ok: false,
          ...answer.failure,
          reason: this.withNote(answer.failure.reason, note),
          httpStatus: 401,
        };
      }
      if (answer.authorization) {
        this.lastAuthorization.set(authKey, answer.authorization);
        if (isStreamBody(spec.body)) {
          return {
            ok: false,
            status: "unreachable",
            reason: `${spec.what}: the registry asked to authenticate in the middle of an upload; try again`,
            httpStatus: 401,
          };
        }
        result = await this.transport.send({
          ...request,
          headers: { ...headers, authorization: answer.authorization },
        });
      }
    }
    return this.classify(target, spec.what, result, note);
  }

  private withNote(reason: string, note: string | undefined): string {
    return note ? `${reason} (${note})` : reason;
  }

  private classify(
    target: RepositoryTarget,
    what: string,
    result: HttpResult,
    note: string | undefined,
  ): RegistryResult<Answer> {
    if (!result.ok) {
      return { ok: false, status: "unreachable", reason: this.withNote(`${what}: ${result.message}`, note) };
    }
    const rateLimit = parseRateLimit(result.headers);
    if (rateLimit) this.rateLimits.set(apiHostOf(target.registry), rateLimit);
    if (result.status >= 200 && result.status < 300) {
      const value: Answer = { status: result.status, headers: result.headers, body: result.body };
      if (result.stream) value.stream = result.stream;
      return { ok: true, value, rateLimit };
    }
    const error = readErrorBody(result.body);
    const detail = [error.code, error.message].filter(Boolean).join(": ");
    let reason = `${what}: HTTP ${result.status}${detail ? ` (${detail})` : ""}`;
    if (result.status === 429) {
      const retryAfter = result.headers.get("retry-after");
      if (retryAfter) reason += ` with Retry-After ${retryAfter}`;
    }
    const failure: RegistryFailure = {
      status: statusForHttp(result.status),
      reason: this.withNote(reason, note),
      httpStatus: result.status,
    };
    if (error.code) failure.code = error.code;
    if (rateLimit) failure.rateLimit = rateLimit;
    return { ok: false, ...failure };
  }
}
