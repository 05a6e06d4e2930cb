/**
 * Online verification against real registries (distribution 2.8.2 on 127.0.0.1):
 * an upstream, a faithful pull-through mirror (`proxy.remoteurl`), and a static mirror holding
 * faithful, tampered, converted (v2s2) and platform-subset copies. Counting proxies in front of
 * the upstream and the static mirror prove one request per unique (host, repository, reference).
 */
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import {
  type CandidateOutcome,
  emptyLock,
  mergeLock,
  pinReference,
  RegistryClient,
  resolveDigest,
  type VerifyLevel,
  type VerifyStatus,
  verifyCandidate,
  verifyCandidates,
} from "../../src/registry/index.js";
import { requirePrerequisite } from "../helpers/shared.js";
import { type FaultProxy, startFaultProxy } from "./harness/fault-proxy.js";
import { sha256Of, type TestImages, writeTestImages } from "./harness/images.js";
import {
  freePort,
  REGISTRY_TOOLS,
  type RegistryProcess,
  registryToolsAvailable,
  skopeoCopy,
  skopeoRawManifest,
  startRegistry,
  stopAll,
  tempDir,
} from "./harness/processes.js";

const available = requirePrerequisite(registryToolsAvailable(), REGISTRY_TOOLS);

describe.skipIf(!available)("verify against real registries", () => {
  let images: TestImages;
  let upstream: RegistryProcess;
  let pullThrough: RegistryProcess;
  let mirror: RegistryProcess;
  let upstreamProxy: FaultProxy;
  let mirrorProxy: FaultProxy;
  /** `HOST` of the upstream and the static mirror, both seen through their counting proxies. */
  let UP: string;
  let MIR: string;
  let PULL: string;
  let closedPort: number;
  let convertedTinyDigest: string;
  let convertedMultiDigest: string;

  beforeAll(async () => {
    images = writeTestImages(tempDir());
    [upstream, mirror] = await Promise.all([startRegistry("upstream"), startRegistry("mirror")]);
    pullThrough = await startRegistry("pull-through", { proxyRemoteUrl: upstream.url });
    upstreamProxy = await startFaultProxy({ target: upstream.url, port: await freePort() });
    mirrorProxy = await startFaultProxy({ target: mirror.url, port: await freePort() });
    UP = upstreamProxy.host;
    MIR = mirrorProxy.host;
    PULL = pullThrough.host;
    closedPort = await freePort();
    const up = upstream.host;
    const m = mirror.host;
    await Promise.all([
      skopeoCopy(images.tiny.dir, "1.0", `${up}/library/tiny:1.0`),
      skopeoCopy(images.multi.dir, "2.0", `${up}/library/multi:2.0`, { all: true }),
      skopeoCopy(images.tiny.dir, "1.0", `${m}/good/library/tiny:1.0`),
      skopeoCopy(images.multi.dir, "2.0", `${m}/good/library/multi:2.0`, { all: true }),
      skopeoCopy(images.tinyTampered.dir, "1.0", `${m}/tampered/library/tiny:1.0`),
      skopeoCopy(images.multiTampered.dir, "2.0", `${m}/tampered/library/multi:2.0`, { all: true }),
      skopeoCopy(images.tiny.dir, "1.0", `${m}/converted/library/tiny:1.0`, { format: "v2s2" }),
      skopeoCopy(images.multi.dir, "2.0", `${m}/converted/library/multi:2.0`, { all: true, format: "v2s2" }),
      skopeoCopy(images.multiAmd64Only.dir, "2.0", `${m}/partial/library/multi:2.0`, { all: true }),
    ]);
    convertedTinyDigest = sha256Of(await skopeoRawManifest(`${m}/converted/library/tiny:1.0`));
    convertedMultiDigest = sha256Of(await skopeoRawManifest(`${m}/converted/library/multi:2.0`));
  });

  afterAll(async () => {
    await upstreamProxy?.close();
    await mirrorProxy?.close();
    await stopAll();
  });

  test("the seeds are what the layouts say (checked with skopeo, not with the code under test)", async () => {
    expect(sha256Of(await skopeoRawManifest(`${upstream.host}/library/tiny:1.0`))).toBe(images.tiny.digest);
    expect(sha256Of(await skopeoRawManifest(`${upstream.host}/library/multi:2.0`))).toBe(images.multi.digest);
    expect(convertedTinyDigest).not.toBe(images.tiny.digest);
    expect(convertedMultiDigest).not.toBe(images.multi.digest);
  });

  interface Scenario {
    name: string;
    source: () => string;
    candidate: () => string;
    level: VerifyLevel;
    status: VerifyStatus;
    reason?: RegExp;
    digest?: () => string;
  }

  const scenarios: Scenario[] = [
    {
      name: "faithful pull-through mirror, single image",
      source: () => `${UP}/library/tiny:1.0`,
      candidate: () => `${PULL}/library/tiny:1.0`,
      level: "digest",
      status: "ok",
      digest: () => images.tiny.digest,
    },
    {
      name: "faithful pull-through mirror, multi-arch index",
      source: () => `${UP}/library/multi:2.0`,
      candidate: () => `${PULL}/library/multi:2.0`,
      level: "digest",
      status: "ok",
      digest: () => images.multi.digest,
    },
    {
      name: "faithful prefix copy, multi-arch index",
      source: () => `${UP}/library/multi:2.0`,
      candidate: () => `${MIR}/good/library/multi:2.0`,
      level: "digest",
      status: "ok",
      digest: () => images.multi.digest,
    },
    {
      name: "tampered single image",
      source: () => `${UP}/library/tiny:1.0`,
      candidate: () => `${MIR}/tampered/library/tiny:1.0`,
      level: "digest",
      status: "mismatch",
      reason: /image config differs/,
    },
    {
      name: "tampered amd64 image inside an index",
      source: () => `${UP}/library/multi:2.0`,
      candidate: () => `${MIR}/tampered/library/multi:2.0`,
      level: "digest",
      status: "mismatch",
      reason: /linux\/amd64 image config differs/,
    },
    {
      name: "converted (v2s2) single image",
      source: () => `${UP}/library/tiny:1.0`,
      candidate: () => `${MIR}/converted/library/tiny:1.0`,
      level: "digest",
      status: "converted",
      reason: /re-packed/,
      digest: () => convertedTinyDigest,
    },
    {
      name: "converted (v2s2 manifest list) multi-arch index",
      source: () => `${UP}/library/multi:2.0`,
      candidate: () => `${MIR}/converted/library/multi:2.0`,
      level: "digest",
      status: "converted",
      reason: /linux\/amd64, linux\/arm64/,
      digest: () => convertedMultiDigest,
    },
    {
      name: "mirror index lacking a platform",
      source: () => `${UP}/library/multi:2.0`,
      candidate: () => `${MIR}/partial/library/multi:2.0`,
      level: "digest",
      status: "mismatch",
      reason: /lacks platform linux\/arm64/,
    },
    {
      name: "missing tag",
      source: () => `${UP}/library/tiny:1.0`,
      candidate: () => `${MIR}/good/library/tiny:9.9`,
      level: "digest",
      status: "missing",
      reason: /HTTP 404 \(MANIFEST_UNKNOWN/,
    },
    {
      name: "missing repository",
      source: () => `${UP}/library/tiny:1.0`,
      candidate: () => `${MIR}/nowhere/tiny:1.0`,
      level: "exists",
      status: "missing",
      reason: /HTTP 404/,
    },
    {
      name: "exists: tampered copy still exists",
      source: () => `${UP}/library/tiny:1.0`,
      candidate: () => `${MIR}/tampered/library/tiny:1.0`,
      level: "exists",
      status: "ok",
    },
    {
      name: "exists: converted multi-arch copy (config blob of linux/amd64 reachable)",
      source: () => `${UP}/library/multi:2.0`,
      candidate: () => `${MIR}/converted/library/multi:2.0`,
      level: "exists",
      status: "ok",
      digest: () => convertedMultiDigest,
    },
    {
      name: "reference pinned by digest, mirror has it",
      source: () => `${UP}/library/tiny:1.0@${images.tiny.digest}`,
      candidate: () => `${MIR}/good/library/tiny:1.0@${images.tiny.digest}`,
      level: "digest",
      status: "ok",
      digest: () => images.tiny.digest,
    },
    {
      name: "reference pinned by digest, tampered mirror does not have that digest",
      source: () => `${UP}/library/tiny@${images.tiny.digest}`,
      candidate: () => `${MIR}/tampered/library/tiny@${images.tiny.digest}`,
      level: "digest",
      status: "missing",
    },
    {
      name: "upstream unreachable and no lock entry",
      source: () => `127.0.0.1:${closedPort}/library/tiny:1.0`,
      candidate: () => `${MIR}/good/library/tiny:1.0`,
      level: "digest",
      status: "unreachable",
      reason: /ECONNREFUSED.*mirrorize lock/,
    },
  ];

  test.each(scenarios)("$name → $status", async (scenario) => {
    const client = new RegistryClient({ retries: 0 });
    const outcome = await verifyCandidate(scenario.source(), scenario.candidate(), scenario.level, client);
    console.info(`[scenario] ${scenario.name} → ${outcome.status}: ${outcome.reason}`);
    expect(outcome.status, outcome.reason).toBe(scenario.status);
    if (scenario.reason) expect(outcome.reason).toMatch(scenario.reason);
    if (scenario.digest) expect(outcome.digest).toBe(scenario.digest());
    expect(outcome.reason.startsWith(scenario.candidate())).toBe(true);
  });

  test("digest: ok records where the upstream digest came from", async () => {
    const client = new RegistryClient();
    const fromUpstream = await verifyCandidate(
      `${UP}/library/tiny:1.0`,
      `${PULL}/library/tiny:1.0`,
      "digest",
      client,
    );
    expect(fromUpstream).toMatchObject({
      status: "ok",
      upstreamDigest: images.tiny.digest,
      upstreamDigestSource: "upstream",
    });
    const fromRef = await verifyCandidate(
      `${UP}/library/tiny@${images.tiny.digest}`,
      `${MIR}/good/library/tiny@${images.tiny.digest}`,
      "digest",
      client,
    );
    expect(fromRef).toMatchObject({ status: "ok", upstreamDigestSource: "reference" });
  });

  test("upstream unreachable: the lock file's digest verifies the mirror, and a wrong one fails it", async () => {
    const source = `127.0.0.1:${closedPort}/library/tiny:1.0`;
    const lock = mergeLock(emptyLock(), [{ ref: source, digest: images.tiny.digest }], {
      date: "2026-11-27",
    }).lock;
    const client = new RegistryClient({ retries: 0 });
    const good = await verifyCandidate(source, `${MIR}/good/library/tiny:1.0`, "digest", client, { lock });
    expect(good).toMatchObject({
      status: "ok",
      upstreamDigest: images.tiny.digest,
      upstreamDigestSource: "lock",
    });
    const tampered = await verifyCandidate(source, `${MIR}/tampered/library/tiny:1.0`, "digest", client, {
      lock,
    });
    expect(tampered.status).toBe("mismatch");
    expect(tampered.reason).toMatch(/upstream could not be read/);
  });

  test("candidates: the first that passes is chosen, and later ones are not tried", async () => {
    const client = new RegistryClient({ retries: 0 });
    const source = `${UP}/library/tiny:1.0`;
    const result = await verifyCandidates(
      source,
      [
        `${MIR}/gone/library/tiny:1.0`,
        `${MIR}/tampered/library/tiny:1.0`,
        `${PULL}/library/tiny:1.0`,
        `${MIR}/good/library/tiny:1.0`,
      ],
      "digest",
      client,
    );
    expect(result.outcomes.map((o: CandidateOutcome) => o.status)).toEqual(["missing", "mismatch", "ok"]);
    expect(result.chosen).toBe(`${PULL}/library/tiny:1.0`);
    expect(result.pinDigest).toBe(images.tiny.digest);
    expect(pinReference(result.chosen!, result.pinDigest!)).toBe(
      `${PULL}/library/tiny:1.0@${images.tiny.digest}`,
    );
  });

  test("candidates: a converted copy passes (a warning) unless converted copies are refused", async () => {
    const client = new RegistryClient();
    const source = `${UP}/library/multi:2.0`;
    const list = [`${MIR}/converted/library/multi:2.0`, `${MIR}/good/library/multi:2.0`];
    const accepted = await verifyCandidates(source, list, "digest", client);
    expect(accepted.chosen).toBe(list[0]);
    expect(accepted.outcome?.status).toBe("converted");
    // A converted copy is pinned to the mirror's own (verified) digest: upstream's does not exist there.
    expect(accepted.pinDigest).toBe(convertedMultiDigest);
    const refused = await verifyCandidates(source, list, "digest", client, { acceptConverted: false });
    expect(refused.chosen).toBe(list[1]);
    expect(refused.outcomes.map((o) => o.status)).toEqual(["converted", "ok"]);
  });

  test("candidates: none passes → no choice, every outcome reported", async () => {
    const client = new RegistryClient({ retries: 0 });
    const result = await verifyCandidates(
      `${UP}/library/tiny:1.0`,
      [`${MIR}/tampered/library/tiny:1.0`, `${MIR}/absent/tiny:1.0`],
      "digest",
      client,
    );
    expect(result.chosen).toBeUndefined();
    expect(result.pinDigest).toBeUndefined();
    expect(result.outcomes.map((o) => o.status)).toEqual(["mismatch", "missing"]);
  });

  test("verify off: the first candidate, no request", async () => {
    const client = new RegistryClient();
    const result = await verifyCandidates(
      `${UP}/library/tiny:1.0`,
      [`${MIR}/x/tiny:1.0`, "y.example/tiny:1.0"],
      "off",
      client,
    );
    expect(result.chosen).toBe(`${MIR}/x/tiny:1.0`);
    expect(client.stats().requests).toBe(0);
  });

  test("pinned references verify, for an identical and for a converted mirror", async () => {
    const client = new RegistryClient();
    const pinned = pinReference(`${MIR}/good/library/multi:2.0`, images.multi.digest);
    expect(pinned).toBe(`${MIR}/good/library/multi:2.0@${images.multi.digest}`);
    const ok = await verifyCandidate(
      `${UP}/library/multi:2.0@${images.multi.digest}`,
      pinned,
      "digest",
      client,
    );
    expect(ok.status).toBe("ok");
    const convertedPinned = pinReference(`${MIR}/converted/library/multi:2.0`, convertedMultiDigest);
    const converted = await verifyCandidate(`${UP}/library/multi:2.0`, convertedPinned, "digest", client);
    expect(converted.status).toBe("converted");
    expect(converted.digest).toBe(convertedMultiDigest);
  });

  test("resolveDigest (what `mirrorize lock` records) uses one HEAD upstream", async () => {
    const client = new RegistryClient();
    upstreamProxy.reset();
    const resolved = await resolveDigest(`${UP}/library/multi:2.0`, client);
    expect(resolved).toEqual({ ok: true, digest: images.multi.digest });
    expect(upstreamProxy.records.map((r) => `${r.method} ${r.path}`)).toEqual([
      "HEAD /v2/library/multi/manifests/2.0",
    ]);
  });

  test("one request per unique (host, repository, reference), however often and concurrently asked", async () => {
    upstreamProxy.reset();
    mirrorProxy.reset();
    const client = new RegistryClient();
    const jobs: Array<[string, string[]]> = [
      [`${UP}/library/tiny:1.0`, [`${MIR}/good/library/tiny:1.0`]],
      [`${UP}/library/multi:2.0`, [`${MIR}/converted/library/multi:2.0`]],
      [`${UP}/library/multi:2.0`, [`${MIR}/tampered/library/multi:2.0`, `${MIR}/good/library/multi:2.0`]],
      [`${UP}/library/tiny:1.0`, [`${MIR}/missing/tiny:1.0`, `${MIR}/good/library/tiny:1.0`]],
    ];
    // Every job five times over, all at once: the same images found in many files.
    const runs = jobs.flatMap((job) => Array.from({ length: 5 }, () => job));
    const results = await Promise.all(
      runs.map(([source, list]) => verifyCandidates(source, list, "digest", client)),
    );
    expect(results.map((r) => r.outcome?.status)).toEqual(
      runs.map((_, i) => ["ok", "converted", "ok", "ok"][Math.floor(i / 5)]),
    );
    const counts = new Map<string, number>();
    for (const r of [...upstreamProxy.records, ...mirrorProxy.records]) {
      const key = `${r.method} ${r.path}`;
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    const repeated = [...counts].filter(([, n]) => n !== 1);
    expect(repeated).toEqual([]);
    const upstreamRequests = upstreamProxy.records.map((r) => `${r.method} ${r.path}`).sort();
    expect(upstreamRequests).toEqual(
      [
        "HEAD /v2/library/multi/manifests/2.0",
        "HEAD /v2/library/tiny/manifests/1.0",
        // comparing the converted and tampered indexes reads upstream's index and children by digest
        `GET /v2/library/multi/manifests/${images.multi.digest}`,
        ...images.multi.images.map((i) => `GET /v2/library/multi/manifests/${i.manifestDigest}`),
      ].sort(),
    );
    const summary = {
      verifications: runs.length,
      upstreamRequests: upstreamProxy.records.length,
      mirrorRequests: mirrorProxy.records.length,
      uniqueRequests: counts.size,
      clientRequests: client.stats().requests,
    };
    console.info(`request counts: ${JSON.stringify(summary)}`);
    expect(summary.clientRequests).toBe(summary.upstreamRequests + summary.mirrorRequests);
  });
});
