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
import { type HttpRequest, type HttpResult, parseRateLimit, Transport } from "./transport.js";
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

/** The client. Create one per run: its memo and token cache live as long as it does. */
export class RegistryClient {
  private readonly transport: Transport;
  private readonly auth: Authenticator;
  private readonly insecureHosts: string[];
  private readonly maxBodyBytes: number;
  private readonly memo = new Map<string, Promise<RegistryResult<unknown>>>();
  private readonly rateLimits = new Map<string, RateLimit>();

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
   * One authenticated request to `/v2/<repository><path>`. Success is a 2xx response; anything else
   * is classified into a failure with a reason.
   */
  private async request(
    target: RepositoryTarget,
    spec: { method: "GET" | "HEAD"; path: string; what: string; accept?: string; maxBytes?: number },
  ): Promise<RegistryResult<{ headers: Headers; body: Uint8Array }>> {
    const apiHost = apiHostOf(target.registry);
    const url = `${baseUrlOf(apiHost, this.insecureHosts)}/v2/${target.repository}${spec.path}`;
    const scope = `repository:${target.repository}:pull`;
    const headers: Record<string, string> = {};
    if (spec.accept) headers.accept = spec.accept;
    const request: HttpRequest = { url, method: spec.method, headers, maxBytes: spec.maxBytes ?? 0 };
    const first = this.auth.preemptive(target.registry, scope);
    let result = await this.transport.send(
      first ? { ...request, headers: { ...headers, authorization: first } } : request,
    );
    let note: string | undefined;
    if (result.ok && result.status === 401) {
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
  ): RegistryResult<{ headers: Headers; body: Uint8Array }> {
    if (!result.ok) {
      return { ok: false, status: "unreachable", reason: this.withNote(`${what}: ${result.message}`, note) };
    }
    const rateLimit = parseRateLimit(result.headers);
    if (rateLimit) this.rateLimits.set(apiHostOf(target.registry), rateLimit);
    if (result.status >= 200 && result.status < 300) {
      return { ok: true, value: { headers: result.headers, body: result.body }, rateLimit };
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
