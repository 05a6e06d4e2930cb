/**
 * HTTP transport on Node's global `fetch`: per-host concurrency limit, per-request timeout, overall
 * deadline, retries with jitter on 5xx/429/network errors (honouring a bounded `Retry-After`), and
 * redirects followed by hand so that `Authorization` never crosses to another origin and HTTPS is
 * never downgraded to HTTP for a host that may not use it.
 */
import { allowsPlainHttp } from "./hosts.js";
import { KeyedLimiter } from "./limiter.js";
import type { RateLimit } from "./types.js";

export interface TransportOptions {
  /** Hosts (`host` or `host:port`) that may be spoken to over plain HTTP besides loopback. */
  insecureHosts: readonly string[];
  /** Requests in flight per host at most. */
  concurrencyPerHost: number;
  /** Time allowed for one request, body included (ms). */
  requestTimeoutMs: number;
  /** Epoch ms after which no request is started and running ones are aborted. */
  deadline?: number;
  /** Retries after the first attempt for 5xx, 429 and network errors. */
  retries: number;
  /** Longest wait for a `Retry-After` (ms); a longer one ends the retries at once. */
  maxRetryAfterMs: number;
  /** First backoff step (ms); doubles per retry, with jitter between ×0.5 and ×1.5. */
  backoffMs: number;
  maxRedirects: number;
  userAgent: string;
  signal?: AbortSignal;
  /** Random source for the jitter, in [0, 1). */
  random: () => number;
}

export type HttpMethod = "GET" | "HEAD" | "POST" | "PUT" | "PATCH" | "DELETE";

/** A request body: bytes (replayable, so retried) or a stream (sent once, never retried or redirected). */
export type HttpBody = string | Uint8Array | ReadableStream<Uint8Array>;

export interface HttpRequest {
  url: string;
  method: HttpMethod;
  headers?: Record<string, string>;
  body?: HttpBody;
  /** Largest body accepted for a 2xx response (bytes); 0 reads no body. */
  maxBytes: number;
  /**
   * Leave a 2xx body unread and hand it over as `stream` (blob downloads of any size). The request
   * timeout then covers the wait for the headers only; `signal` ends the transfer.
   */
  stream?: boolean;
  /**
   * Time for this request instead of the client's (ms); 0: none (a streamed upload, which the
   * caller watches with `signal`). The overall deadline still applies.
   */
  timeoutMs?: number;
  /** Aborts this request (besides the run's signal). */
  signal?: AbortSignal;
}

export interface HttpResponse {
  ok: true;
  status: number;
  headers: Headers;
  /** The body of a 2xx GET/POST (up to `maxBytes`), or of an error response (up to 16 KiB). */
  body: Uint8Array;
  /** URL that answered, after redirects. */
  url: string;
  /** The unread body of a 2xx response to a `stream` request. */
  stream?: ReadableStream<Uint8Array>;
}

export type TransportErrorKind = "timeout" | "deadline" | "network" | "aborted" | "refused" | "too-large";

export interface TransportError {
  ok: false;
  kind: TransportErrorKind;
  message: string;
  url: string;
}

export type HttpResult = HttpResponse | TransportError;

const ERROR_BODY_LIMIT = 16 * 1024;
const RETRIABLE_STATUS = new Set([429, 500, 502, 503, 504]);
const REDIRECT_STATUS = new Set([301, 302, 303, 307, 308]);

/** Parses `Retry-After` (seconds or an HTTP date) into milliseconds from `now`. */
export function parseRetryAfter(value: string | null, now = Date.now()): number | undefined {
  if (!value) return undefined;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000;
  const date = Date.parse(trimmed);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

/** Reads `ratelimit-limit`, `ratelimit-remaining` (`100;w=21600`) and `docker-ratelimit-source`. */
export function parseRateLimit(headers: Headers): RateLimit | undefined {
  const limit = headers.get("ratelimit-limit");
  const remaining = headers.get("ratelimit-remaining");
  const source = headers.get("docker-ratelimit-source");
  if (!limit && !remaining && !source) return undefined;
  const result: RateLimit = {};
  const read = (value: string | null) => {
    if (!value) return undefined;
    const [count, ...params] = value.split(";").map((part) => part.trim());
    const window = params.find((p) => p.startsWith("w="));
    if (window && Number.isFinite(Number(window.slice(2)))) result.windowSeconds = Number(window.slice(2));
    return count && Number.isFinite(Number(count)) ? Number(count) : undefined;
  };
  const limitValue = read(limit);
  const remainingValue = read(remaining);
  if (limitValue !== undefined) result.limit = limitValue;
  if (remainingValue !== undefined) result.remaining = remainingValue;
  if (source) result.source = source;
  return result;
}

/** Whether a body is a stream (sent once: no retry, no redirect). */
export function isStreamBody(body: HttpBody | undefined): body is ReadableStream<Uint8Array> {
  return typeof body === "object" && body !== null && !(body instanceof Uint8Array);
}

function sameOrigin(a: URL, b: URL): boolean {
  return a.protocol === b.protocol && a.host === b.host;
}

function withoutAuthorization(headers: Record<string, string>): Record<string, string> {
  const copy: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    if (name.toLowerCase() !== "authorization") copy[name] = value;
  }
  return copy;
}

function describeFetchError(error: unknown): string {
  const cause = (error as { cause?: { code?: string; message?: string } }).cause;
  if (cause?.code) return cause.code;
  if (cause?.message) return cause.message;
  return (error as Error).message ?? String(error);
}

async function readLimited(response: Response, limit: number): Promise<Uint8Array | undefined> {
  const reader = response.body?.getReader();
  if (!reader) return new Uint8Array();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel();
      return undefined;
    }
    chunks.push(value);
  }
  const body = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    body.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return body;
}

/** The HTTP layer the registry client sends every request through. */
export class Transport {
  private readonly limiter: KeyedLimiter;
  /** Requests sent, per host. */
  readonly requestsByHost = new Map<string, number>();

  constructor(private readonly options: TransportOptions) {
    this.limiter = new KeyedLimiter(options.concurrencyPerHost);
  }

  /** Sends a request with retries and redirects. A final 4xx/5xx is returned as a response, not an error. */
  async send(request: HttpRequest): Promise<HttpResult> {
    let last: HttpResult | undefined;
    // A stream can be read once: one attempt, and the caller starts over on a failure.
    if (isStreamBody(request.body)) return this.exchange({ ...request, headers: request.headers ?? {} });
    for (let attempt = 0; ; attempt++) {
      last = await this.sendFollowingRedirects(request);
      const retriable = last.ok
        ? RETRIABLE_STATUS.has(last.status)
        : last.kind === "network" || last.kind === "timeout";
      if (!retriable || attempt >= this.options.retries) return last;
      const wait = this.retryDelay(last, attempt);
      if (wait === undefined) return last;
      const slept = await this.sleep(wait);
      if (!slept) return last;
    }
  }

  /** Milliseconds to wait before the next attempt, or undefined when retrying is pointless. */
  private retryDelay(last: HttpResult, attempt: number): number | undefined {
    const retryAfter = last.ok ? parseRetryAfter(last.headers.get("retry-after")) : undefined;
    let wait: number;
    if (retryAfter !== undefined) {
      if (retryAfter > this.options.maxRetryAfterMs) return undefined;
      wait = retryAfter;
    } else {
      const step = this.options.backoffMs * 2 ** attempt;
      wait = Math.min(step * (0.5 + this.options.random()), this.options.maxRetryAfterMs);
    }
    if (this.options.deadline !== undefined && Date.now() + wait >= this.options.deadline) return undefined;
    return wait;
  }

  private sleep(ms: number): Promise<boolean> {
    const signal = this.options.signal;
    if (signal?.aborted) return Promise.resolve(false);
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        signal?.removeEventListener("abort", onAbort);
        resolve(true);
      }, ms);
      const onAbort = () => {
        clearTimeout(timer);
        resolve(false);
      };
      signal?.addEventListener("abort", onAbort, { once: true });
    });
  }

  private async sendFollowingRedirects(request: HttpRequest): Promise<HttpResult> {
    const original = new URL(request.url);
    let url = original;
    let headers = request.headers ?? {};
    for (let hop = 0; ; hop++) {
      const result = await this.exchange({ ...request, url: url.href, headers });
      if (!result.ok || !REDIRECT_STATUS.has(result.status)) return result;
      const location = result.headers.get("location");
      if (!location || (request.method !== "GET" && request.method !== "HEAD")) return result;
      if (hop >= this.options.maxRedirects) {
        return {
          ok: false,
          kind: "refused",
          message: `more than ${this.options.maxRedirects} redirects`,
          url: url.href,
        };
      }
      const next = new URL(location, url);
      if (next.protocol !== "https:" && next.protocol !== "http:") {
        return {
          ok: false,
          kind: "refused",
          message: `a redirect to ${next.protocol} was refused`,
          url: url.href,
        };
      }
      if (next.protocol === "http:" && !allowsPlainHttp(next.host, this.options.insecureHosts)) {
        return {
          ok: false,
          kind: "refused",
          message: `a redirect to plain HTTP (${next.host}) was refused; list the host as insecure if that is intended`,
          url: url.href,
        };
      }
      // Credentials belong to the origin they were meant for: drop them on any cross-origin hop.
      if (!sameOrigin(next, url)) headers = withoutAuthorization(headers);
      url = next;
    }
  }

  /** One HTTP exchange (no retry, no redirect), inside the host's concurrency slot. */
  private exchange(request: HttpRequest & { headers: Record<string, string> }): Promise<HttpResult> {
    const url = new URL(request.url);
    if (url.protocol === "http:" && !allowsPlainHttp(url.host, this.options.insecureHosts)) {
      return Promise.resolve({
        ok: false,
        kind: "refused",
        message: `plain HTTP to ${url.host} is not allowed; list the host as insecure if that is intended`,
        url: request.url,
      });
    }
    return this.limiter.run(url.host, () => this.exchangeNow(request, url));
  }

  private async exchangeNow(
    request: HttpRequest & { headers: Record<string, string> },
    url: URL,
  ): Promise<HttpResult> {
    const { deadline, requestTimeoutMs, signal: userSignal } = this.options;
    if (userSignal?.aborted) {
      return { ok: false, kind: "aborted", message: "the run was cancelled", url: url.href };
    }
    const remaining = deadline === undefined ? Number.POSITIVE_INFINITY : deadline - Date.now();
    if (remaining <= 0) {
      return { ok: false, kind: "deadline", message: "the overall deadline passed", url: url.href };
    }
    const limit = request.timeoutMs ?? requestTimeoutMs;
    const allowed = limit > 0 ? Math.min(limit, remaining) : remaining;
    const byDeadline = limit <= 0 || remaining < limit;
    // A timer (not AbortSignal.timeout) so that a streamed download can outlive it once its headers
    // are in: the timeout covers the wait for the answer, the signals cover the transfer.
    const timeout = new AbortController();
    const timer = Number.isFinite(allowed)
      ? setTimeout(() => timeout.abort(), Math.max(1, Math.min(allowed, 2 ** 31 - 1)))
      : undefined;
    const signals = [timeout.signal, userSignal, request.signal].filter((s): s is AbortSignal => !!s);
    const signal = AbortSignal.any(signals);
    this.requestsByHost.set(url.host, (this.requestsByHost.get(url.host) ?? 0) + 1);
    const streamed = isStreamBody(request.body);
    try {
      const init: RequestInit & { duplex?: "half" } = {
        method: request.method,
        headers: { "user-agent": this.options.userAgent, ...request.headers },
        body: request.body as RequestInit["body"],
        redirect: "manual",
        signal,
      };
      if (streamed) init.duplex = "half";
      const response = await fetch(url, init);
      if (request.stream && response.status >= 200 && response.status < 300 && request.method === "GET") {
        clearTimeout(timer);
        return {
          ok: true,
          status: response.status,
          headers: response.headers,
          body: new Uint8Array(),
          url: url.href,
          stream: response.body ?? new ReadableStream({ start: (c) => c.close() }),
        };
      }
      const success = response.status >= 200 && response.status < 300;
      if (
        request.method === "HEAD" ||
        REDIRECT_STATUS.has(response.status) ||
        (success && request.maxBytes === 0)
      ) {
        await response.body?.cancel();
        return {
          ok: true,
          status: response.status,
          headers: response.headers,
          body: new Uint8Array(),
          url: url.href,
        };
      }
      const limit = success ? request.maxBytes : ERROR_BODY_LIMIT;
      const declared = Number(response.headers.get("content-length") ?? "NaN");
      if (success && declared > limit) {
        await response.body?.cancel();
        return {
          ok: false,
          kind: "too-large",
          message: `the response is ${declared} bytes, over ${limit}`,
          url: url.href,
        };
      }
      const body = await readLimited(response, limit);
      if (body === undefined) {
        if (!success) {
          return {
            ok: true,
            status: response.status,
            headers: response.headers,
            body: new Uint8Array(),
            url: url.href,
          };
        }
        return {
          ok: false,
          kind: "too-large",
          message: `the response is over ${limit} bytes`,
          url: url.href,
        };
      }
      return { ok: true, status: response.status, headers: response.headers, body, url: url.href };
    } catch (error) {
      if (userSignal?.aborted) {
        return { ok: false, kind: "aborted", message: "the run was cancelled", url: url.href };
      }
      if (request.signal?.aborted) {
        const reason = request.signal.reason as { message?: string } | undefined;
        const message = typeof reason?.message === "string" ? reason.message : "the request was aborted";
        return { ok: false, kind: "aborted", message, url: url.href };
      }
      if (timeout.signal.aborted) {
        return byDeadline
          ? { ok: false, kind: "deadline", message: "the overall deadline passed", url: url.href }
          : { ok: false, kind: "timeout", message: `no answer within ${limit} ms`, url: url.href };
      }
      return { ok: false, kind: "network", message: describeFetchError(error), url: url.href };
    } finally {
      clearTimeout(timer);
    }
  }
}
