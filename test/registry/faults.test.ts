/**
 * Faults injected by a proxy in front of a real registry (distribution 2.8.2 on 127.0.0.1):
 * 429 + Retry-After, 5xx then success, hangs (timeouts, deadline), a lying Docker-Content-Digest,
 * 403 on blobs only, HTML error bodies, rate-limit headers, redirects to plain HTTP, and the
 * per-host concurrency limit.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, test } from "vitest";
import { RegistryClient, type RegistryClientOptions, verifyCandidate } from "../../src/registry/index.js";
import { requirePrerequisite } from "../helpers/shared.js";
import { type FaultProxy, type FaultRule, startFaultProxy } from "./harness/fault-proxy.js";
import { type TestImages, writeTestImages } from "./harness/images.js";
import {
  freePort,
  REGISTRY_TOOLS,
  type RegistryProcess,
  registryToolsAvailable,
  skopeoCopy,
  startRegistry,
  stopAll,
  tempDir,
} from "./harness/processes.js";

const available = requirePrerequisite(registryToolsAvailable(), REGISTRY_TOOLS);

/** Short timings so that retries and timeouts take little time; nothing asserts on durations. */
const FAST: RegistryClientOptions = {
  retries: 2,
  backoffMs: 20,
  requestTimeoutMs: 2_000,
  maxRetryAfterMs: 2_000,
};

describe.skipIf(!available)("faults between the client and a real registry", () => {
  let images: TestImages;
  let registry: RegistryProcess;
  let proxy: FaultProxy;
  let SOURCE: string;
  let TINY: string;
  let TINY_PATH: string;

  const manifestGet =
    (path: string, action: (seen: number) => ReturnType<FaultRule>): FaultRule =>
    (request) =>
      request.method === "GET" && request.path === path ? action(request.seen) : undefined;

  beforeAll(async () => {
    images = writeTestImages(tempDir());
    registry = await startRegistry("faults");
    await Promise.all([
      skopeoCopy(images.tiny.dir, "1.0", `${registry.host}/library/tiny:1.0`),
      skopeoCopy(images.tinyTampered.dir, "1.0", `${registry.host}/tampered/tiny:1.0`),
      skopeoCopy(images.multi.dir, "2.0", `${registry.host}/library/multi:2.0`, { all: true }),
    ]);
    proxy = await startFaultProxy({ target: registry.url, port: await freePort() });
    SOURCE = `${registry.host}/library/tiny:1.0`;
    TINY = `${proxy.host}/library/tiny:1.0`;
    TINY_PATH = "/v2/library/tiny/manifests/1.0";
  });

  beforeEach(() => {
    proxy?.reset();
    proxy?.setRules([]);
  });

  afterAll(async () => {
    await proxy?.close();
    await stopAll();
  });

  test("429 with Retry-After: 1, then success → ok after one retry", async () => {
    proxy.setRules([
      manifestGet(TINY_PATH, (seen) =>
        seen === 1
          ? { kind: "respond", status: 429, headers: { "retry-after": "1" }, body: "slow down" }
          : undefined,
      ),
    ]);
    const outcome = await verifyCandidate(SOURCE, TINY, "digest", new RegistryClient(FAST));
    expect(outcome.status).toBe("ok");
    expect(proxy.count("GET", TINY_PATH)).toBe(2);
  });

  test("429 with a Retry-After longer than allowed → rate-limited at once, no retry", async () => {
    proxy.setRules([
      manifestGet(TINY_PATH, () => ({
        kind: "respond",
        status: 429,
        headers: { "retry-after": "3600", "content-type": "application/json" },
        body: '{"errors":[{"code":"TOOMANYREQUESTS","message":"You have reached your pull rate limit."}]}',
      })),
    ]);
    const outcome = await verifyCandidate(SOURCE, TINY, "exists", new RegistryClient(FAST));
    expect(outcome.status).toBe("rate-limited");
    expect(outcome.reason).toMatch(
      /HTTP 429 \(TOOMANYREQUESTS: You have reached your pull rate limit\.\) with Retry-After 3600/,
    );
    expect(proxy.count("GET", TINY_PATH)).toBe(1);
  });

  test("429 without Retry-After every time → rate-limited after the retries", async () => {
    proxy.setRules([manifestGet(TINY_PATH, () => ({ kind: "respond", status: 429 }))]);
    const outcome = await verifyCandidate(SOURCE, TINY, "exists", new RegistryClient(FAST));
    expect(outcome.status).toBe("rate-limited");
    expect(proxy.count("GET", TINY_PATH)).toBe(3);
  });

  test("503 twice, then success → ok", async () => {
    proxy.setRules([
      manifestGet(TINY_PATH, (seen) => (seen <= 2 ? { kind: "respond", status: 503 } : undefined)),
    ]);
    const outcome = await verifyCandidate(SOURCE, TINY, "digest", new RegistryClient(FAST));
    expect(outcome.status).toBe("ok");
    expect(proxy.count("GET", TINY_PATH)).toBe(3);
  });

  test("500 every time → unreachable after the retries", async () => {
    proxy.setRules([manifestGet(TINY_PATH, () => ({ kind: "respond", status: 500, body: "{}" }))]);
    const outcome = await verifyCandidate(SOURCE, TINY, "exists", new RegistryClient(FAST));
    expect(outcome.status).toBe("unreachable");
    expect(outcome.reason).toMatch(/HTTP 500/);
    expect(proxy.count("GET", TINY_PATH)).toBe(3);
  });

  test("no answer → unreachable (per-request timeout), retried", async () => {
    proxy.setRules([manifestGet(TINY_PATH, () => ({ kind: "hang" }))]);
    const client = new RegistryClient({ ...FAST, requestTimeoutMs: 300, retries: 1 });
    const outcome = await verifyCandidate(SOURCE, TINY, "exists", client);
    expect(outcome.status).toBe("unreachable");
    expect(outcome.reason).toMatch(/no answer within 300 ms/);
    expect(proxy.count("GET", TINY_PATH)).toBe(2);
  });

  test("no answer → unreachable when the overall deadline passes", async () => {
    proxy.setRules([manifestGet(TINY_PATH, () => ({ kind: "hang" }))]);
    const client = new RegistryClient({ ...FAST, requestTimeoutMs: 60_000, timeBudgetMs: 400 });
    const outcome = await verifyCandidate(SOURCE, TINY, "exists", client);
    expect(outcome.status).toBe("unreachable");
    expect(outcome.reason).toMatch(/overall deadline passed/);
    // Nothing more is started after the deadline.
    const later = await verifyCandidate(SOURCE, `${proxy.host}/library/multi:2.0`, "exists", client);
    expect(later.reason).toMatch(/overall deadline passed/);
    expect(proxy.count("GET", "/v2/library/multi/manifests/2.0")).toBe(0);
  });

  test("a lying Docker-Content-Digest on tampered content → still mismatch (we hash the bytes)", async () => {
    proxy.setRules([
      manifestGet("/v2/tampered/tiny/manifests/1.0", () => ({
        kind: "rewrite",
        headers: (h) => ({ ...h, "docker-content-digest": images.tiny.digest }),
      })),
    ]);
    const outcome = await verifyCandidate(
      SOURCE,
      `${proxy.host}/tampered/tiny:1.0`,
      "digest",
      new RegistryClient(FAST),
    );
    expect(outcome.status).toBe("mismatch");
    expect(outcome.digest).toBe(images.tinyTampered.digest);
  });

  test("a lying Docker-Content-Digest on faithful content → ok (the header is not trusted either way)", async () => {
    proxy.setRules([
      manifestGet(TINY_PATH, () => ({
        kind: "rewrite",
        headers: (h) => ({ ...h, "docker-content-digest": images.tinyTampered.digest }),
      })),
    ]);
    const outcome = await verifyCandidate(SOURCE, TINY, "digest", new RegistryClient(FAST));
    expect(outcome.status).toBe("ok");
    expect(outcome.digest).toBe(images.tiny.digest);
  });

  test("403 on blobs only (an allowlist mirror) → missing, for exists and digest", async () => {
    proxy.setRules([
      (request) =>
        request.path.includes("/blobs/")
          ? {
              kind: "respond",
              status: 403,
              headers: { "content-type": "application/json" },
              body: '{"errors":[{"code":"DENIED","message":"this image is not in the allowlist"}]}',
            }
          : undefined,
    ]);
    for (const level of ["exists", "digest"] as const) {
      const outcome = await verifyCandidate(SOURCE, TINY, level, new RegistryClient(FAST));
      expect(outcome.status).toBe("missing");
      expect(outcome.reason).toMatch(/config blob is refused \(403\)/);
    }
    const index = await verifyCandidate(
      `${registry.host}/library/multi:2.0`,
      `${proxy.host}/library/multi:2.0`,
      "exists",
      new RegistryClient(FAST),
    );
    expect(index.status).toBe("missing");
    expect(proxy.count("HEAD", `/v2/library/multi/blobs/${images.multi.images[0]!.configDigest}`)).toBe(1);
  });

  test("an HTML 403 on the manifest → denied, with the page's text in the reason", async () => {
    proxy.setRules([
      manifestGet(TINY_PATH, () => ({
        kind: "respond",
        status: 403,
        headers: { "content-type": "text/html" },
        body: "<html><head><title>403 Forbidden</title></head><body><h1>403 Forbidden</h1><hr>nginx</body></html>",
      })),
    ]);
    const outcome = await verifyCandidate(SOURCE, TINY, "exists", new RegistryClient(FAST));
    expect(outcome.status).toBe("denied");
    expect(outcome.reason).toMatch(/HTTP 403 \(403 Forbidden 403 Forbidden nginx\)/);
  });

  test("rate-limit headers are surfaced in the outcome and the client's stats", async () => {
    proxy.setRules([
      manifestGet(TINY_PATH, () => ({
        kind: "rewrite",
        headers: (h) => ({
          ...h,
          "ratelimit-limit": "100;w=21600",
          "ratelimit-remaining": "7;w=21600",
          "docker-ratelimit-source": "203.0.113.7",
        }),
      })),
    ]);
    const client = new RegistryClient(FAST);
    const outcome = await verifyCandidate(SOURCE, TINY, "exists", client);
    const expected = { limit: 100, remaining: 7, windowSeconds: 21600, source: "203.0.113.7" };
    expect(outcome.status).toBe("ok");
    expect(outcome.rateLimit).toEqual(expected);
    expect(client.stats().rateLimits[proxy.host]).toEqual(expected);
  });

  test("a redirect to plain HTTP on a non-loopback host is refused", async () => {
    proxy.setRules([
      (request) =>
        request.path.includes("/blobs/")
          ? { kind: "redirect", location: "http://mirrorize.invalid/blob" }
          : undefined,
    ]);
    const outcome = await verifyCandidate(SOURCE, TINY, "exists", new RegistryClient(FAST));
    expect(outcome.status).toBe("unreachable");
    expect(outcome.reason).toMatch(/redirect to plain HTTP \(mirrorize\.invalid\) was refused/);
  });

  test("a closed port → unreachable", async () => {
    const port = await freePort();
    const outcome = await verifyCandidate(
      SOURCE,
      `127.0.0.1:${port}/library/tiny:1.0`,
      "exists",
      new RegistryClient(FAST),
    );
    expect(outcome.status).toBe("unreachable");
    expect(outcome.reason).toMatch(/ECONNREFUSED/);
  });

  test("at most `concurrencyPerHost` requests in flight per host", async () => {
    proxy.setRules([() => ({ kind: "delay", ms: 100 })]);
    const refs = Array.from({ length: 8 }, (_, i) => `${proxy.host}/library/tiny:c${i}`);
    const limited = new RegistryClient({ ...FAST, concurrencyPerHost: 2 });
    const outcomes = await Promise.all(refs.map((ref) => verifyCandidate(SOURCE, ref, "exists", limited)));
    expect(outcomes.map((o) => o.status)).toEqual(refs.map(() => "missing"));
    expect(proxy.count("GET", /\/manifests\/c\d$/)).toBe(8);
    expect(proxy.maxInFlight).toBeLessThanOrEqual(2);
    // The proxy does see parallel requests when the limit allows them.
    proxy.reset();
    const wide = new RegistryClient({ ...FAST, concurrencyPerHost: 8 });
    await Promise.all(refs.map((ref) => verifyCandidate(SOURCE, ref, "exists", wide)));
    expect(proxy.maxInFlight).toBeGreaterThan(2);
  });
});
