/**
 * A small HTTP proxy (node:http) in front of a real registry. It forwards requests byte for byte,
 * records every request (method, path, status, Authorization) and can inject faults chosen per
 * request by rules: canned responses (429, 5xx, 403), hangs (timeouts), redirects, rewritten headers.
 */
import { createServer, request as httpRequest, type IncomingHttpHeaders, type Server } from "node:http";

export interface ProxyRequest {
  method: string;
  /** Path and query, e.g. `/v2/library/tiny/manifests/1.0`. */
  path: string;
  headers: IncomingHttpHeaders;
  /** How many times this method + path was seen, this request included (1 for the first). */
  seen: number;
}

export type FaultAction =
  | { kind: "respond"; status: number; headers?: Record<string, string>; body?: string }
  | { kind: "hang" }
  /** Forward after a pause (holds requests in flight). */
  | { kind: "delay"; ms: number }
  | { kind: "redirect"; location: string; status?: number }
  | { kind: "rewrite"; headers: (headers: Record<string, string>) => Record<string, string> };

/** Returns the fault for a request, or undefined to forward it untouched. */
export type FaultRule = (request: ProxyRequest) => FaultAction | undefined;

export interface ProxyRecord {
  method: string;
  path: string;
  status: number;
  authorization?: string;
}

export interface FaultProxy {
  url: string;
  /** `HOST:PORT`, the registry part of a reference through the proxy. */
  host: string;
  records: ProxyRecord[];
  maxInFlight: number;
  /**
   * Requests forwarded to the target whose answer has not come back yet (a client that went away
   * in the middle of its body cancels its request to the target).
   */
  forwarding: number;
  setRules: (rules: FaultRule[]) => void;
  reset: () => void;
  /** Requests whose method and path match (path: exact, or a RegExp). */
  count: (method: string, path: string | RegExp) => number;
  close: () => Promise<void>;
}

export interface FaultProxyOptions {
  /** Base URL of the registry behind the proxy; omit for a proxy that only answers by rules. */
  target?: string;
  host?: string;
  port: number;
  /** Authorization to add toward the target (to model a pre-signed CDN URL). */
  targetAuthorization?: string;
}

function flatHeaders(headers: IncomingHttpHeaders): Record<string, string> {
  const flat: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    if (value !== undefined) flat[name] = Array.isArray(value) ? value.join(", ") : value;
  }
  return flat;
}

export async function startFaultProxy(options: FaultProxyOptions): Promise<FaultProxy> {
  const host = options.host ?? "127.0.0.1";
  const records: ProxyRecord[] = [];
  const seen = new Map<string, number>();
  let rules: FaultRule[] = [];
  let inFlight = 0;
  const state = { maxInFlight: 0, forwarding: 0 };

  const hostPort = `${host}:${options.port}`;
  const server: Server = createServer((req, res) => {
    const method = req.method ?? "GET";
    const path = req.url ?? "/";
    const key = `${method} ${path}`;
    const count = (seen.get(key) ?? 0) + 1;
    seen.set(key, count);
    const authorization = req.headers.authorization;
    const record = (status: number) => records.push({ method, path, status, authorization });
    inFlight++;
    state.maxInFlight = Math.max(state.maxInFlight, inFlight);
    res.on("close", () => inFlight--);

    let action: FaultAction | undefined;
    for (const rule of rules) {
      action = rule({ method, path, headers: req.headers, seen: count });
      if (action) break;
    }
    if (action?.kind === "hang") {
      record(0);
      return;
    }
    if (action?.kind === "respond") {
      record(action.status);
      res.writeHead(action.status, action.headers ?? {});
      res.end(method === "HEAD" ? undefined : action.body);
      return;
    }
    if (action?.kind === "redirect") {
      const status = action.status ?? 307;
      record(status);
      res.writeHead(status, { location: action.location, "content-length": "0" }).end();
      return;
    }
    const forward = () => {
      if (!options.target) {
        record(404);
        res.writeHead(404, { "content-type": "application/json" }).end('{"errors":[{"code":"NOT_FOUND"}]}');
        return;
      }
      const target = new URL(options.target);
      const headers = { ...req.headers, host: target.host };
      state.forwarding++;
      let settled = false;
      const settle = () => {
        if (!settled) {
          settled = true;
          state.forwarding--;
        }
      };
      if (options.targetAuthorization) headers.authorization = options.targetAuthorization;
      const upstream = httpRequest(
        { host: target.hostname, port: target.port, method, path, headers },
        (upstreamResponse) => {
          const status = upstreamResponse.statusCode ?? 502;
          record(status);
          let responseHeaders = flatHeaders(upstreamResponse.headers);
          // As a reverse proxy does: the registry's own absolute URLs (upload Locations) point here.
          const location = responseHeaders.location;
          if (location?.startsWith(target.origin)) {
            responseHeaders.location = `http://${hostPort}${location.slice(target.origin.length)}`;
          }
          if (action?.kind === "rewrite") responseHeaders = action.headers(responseHeaders);
          res.writeHead(status, responseHeaders);
          upstreamResponse.on("end", settle);
          upstreamResponse.on("close", settle);
          upstreamResponse.pipe(res);
        },
      );
      req.on("close", () => {
        if (!req.complete) upstream.destroy();
      });
      upstream.on("error", () => {
        settle();
        record(502);
        if (!res.headersSent) res.writeHead(502).end();
        else res.destroy();
      });
      req.pipe(upstream);
    };
    if (action?.kind === "delay") setTimeout(forward, action.ms);
    else forward();
  });

  await new Promise<void>((resolve) => server.listen(options.port, host, resolve));
  const matches = (pattern: string | RegExp, path: string) =>
    typeof pattern === "string" ? pattern === path : pattern.test(path);
  return {
    url: `http://${hostPort}`,
    host: hostPort,
    records,
    get maxInFlight() {
      return state.maxInFlight;
    },
    get forwarding() {
      return state.forwarding;
    },
    setRules: (next) => {
      rules = next;
    },
    reset: () => {
      records.length = 0;
      seen.clear();
      state.maxInFlight = 0;
    },
    count: (method, path) => records.filter((r) => r.method === method && matches(path, r.path)).length,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
