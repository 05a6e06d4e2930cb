/**
 * Verification wired into the scan, end to end, against real registries (distribution 2.8.2 on
 * 127.0.0.1, seeded with skopeo): a tree of manifests whose rules point at loopback mirrors — a
 * faithful pull-through cache, a mirror holding tampered and converted copies, mirrors that lack the
 * image, rate-limit, refuse us or do not answer, and a Basic-auth mirror whose password comes from an
 * environment variable named in the config. The CLI runs in-process (`check`, `fix`, `verify`,
 * `lock`); counting proxies in front of every registry prove one request per unique reference.
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { rolldown } from "rolldown";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { settingsFromText } from "../../src/config/index.js";
import { type Finding, verifyScan } from "../../src/engine/index.js";
import { RegistryClient } from "../../src/registry/index.js";
import { type CliRun, runCli } from "../helpers/cli.js";
import { repoRoot, requirePrerequisite } from "../helpers/shared.js";
import { snapshot } from "../helpers/tree.js";
import { type FaultProxy, startFaultProxy } from "../registry/harness/fault-proxy.js";
import { sha256Of, type TestImages, writeTestImages } from "../registry/harness/images.js";
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
  writeHtpasswd,
} from "../registry/harness/processes.js";

const available = requirePrerequisite(registryToolsAvailable(), REGISTRY_TOOLS);

const PRIV_USER = "mirrorize";
const PRIV_PASSWORD = "pull-only-secret";

/** The CLI in-process, with an environment (credentials by variable, a Docker config of our own). */
function cli(args: string[], cwd: string, env: Record<string, string> = {}): Promise<CliRun> {
  return runCli(args, cwd, "", { DOCKER_CONFIG: join(cwd, ".no-docker-config"), ...env });
}

/** A Deployment whose containers use `images`, one per container. */
function deployment(name: string, images: string[]): string {
  const lines = [
    "apiVersion: apps/v1",
    "kind: Deployment",
    "metadata:",
    `  name: ${name}`,
    "spec:",
    "  template:",
    "    spec:",
    "      containers:",
    ...images.flatMap((image, i) => [`        - name: c${i}`, `          image: ${image}`]),
  ];
  return `${lines.join("\n")}\n`;
}

/** 1-based line and column of `image: <ref>`'s value in `text`. */
function positionOf(text: string, ref: string): { line: number; column: number } {
  const lines = text.split("\n");
  const index = lines.findIndex((l) => l.endsWith(`image: ${ref}`));
  if (index < 0) throw new Error(`${ref} is not in the text`);
  return { line: index + 1, column: lines[index]!.indexOf(ref) + 1 };
}

function write(path: string, text: string): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
}

describe.skipIf(!available)("verification wired into check, fix, verify and lock", () => {
  let images: TestImages;
  let upstream: RegistryProcess;
  let mirror: RegistryProcess;
  let pullThrough: RegistryProcess;
  let privateMirror: RegistryProcess;
  let upProxy: FaultProxy;
  let mirProxy: FaultProxy;
  let pullProxy: FaultProxy;
  let privProxy: FaultProxy;
  /** Hosts as written in references: every registry is seen through its counting proxy. */
  let UP: string;
  let MIR: string;
  let PULL: string;
  let PRIV: string;
  let closedPort: number;
  let convertedMultiDigest: string;
  let workerEntry: string;
  const runs = tempDir("mirrorize-verify-e2e-");
  let treeCount = 0;

  /** The upstream references of the tree, by scenario. */
  const ref = {
    tiny: () => `${UP}/pt/tiny:1.0`,
    multi: () => `${UP}/pt/multi:2.0`,
    tampered: () => `${UP}/tamper/tiny:1.0`,
    converted: () => `${UP}/conv/multi:2.0`,
    gone: () => `${UP}/gone/tiny:1.0`,
    ordered: () => `${UP}/order/tiny:1.0`,
    limited: () => `${UP}/limited/tiny:1.0`,
    private: () => `${UP}/priv/tiny:1.0`,
    dead: () => `${UP}/dead/tiny:1.0`,
  };

  function config(options: { verify?: string; pin?: boolean; extra?: string[] } = {}): string {
    return [
      "rules:",
      `  - match: ${UP}/pt`,
      `    mirror: ${PULL}/pt`,
      `  - match: ${UP}/tamper`,
      `    mirror: ${MIR}/tamper`,
      `  - match: ${UP}/conv`,
      `    mirror: ${MIR}/conv`,
      `  - match: ${UP}/gone`,
      `    mirror: ${MIR}/gone`,
      `  - match: ${UP}/order`,
      `    mirror: [${MIR}/nothere, ${MIR}/tampered-order, ${MIR}/good-order]`,
      `  - match: ${UP}/limited`,
      `    mirror: ${MIR}/limited`,
      `  - match: ${UP}/priv`,
      `    mirror: ${PRIV}/priv`,
      `  - match: ${UP}/dead`,
      `    mirror: 127.0.0.1:${closedPort}/dead`,
      "registries:",
      "  credentials:",
      `    "${PRIV}": { username: ${PRIV_USER}, passwordEnv: MIRRORIZE_PRIV_PASSWORD }`,
      ...(options.extra ?? []),
      ...(options.verify ? [`verify: ${options.verify}`] : []),
      ...(options.pin ? ["pin: true"] : []),
      "",
    ].join("\n");
  }

  /** A fresh tree: the config, the main manifests, 40 services repeating three images, the rest. */
  function makeTree(configText: string): string {
    const dir = join(runs, `tree-${++treeCount}`);
    write(join(dir, ".mirrorize.yaml"), configText);
    write(join(dir, "deploy/web.yaml"), deployment("web", [ref.tiny(), ref.tampered()]));
    write(join(dir, "deploy/multi.yaml"), deployment("multi", [ref.multi(), ref.converted()]));
    write(join(dir, "deploy/gone.yaml"), deployment("gone", [ref.gone()]));
    write(join(dir, "deploy/order.yaml"), deployment("order", [ref.ordered()]));
    for (let i = 0; i < 40; i++) {
      const name = `svc-${String(i).padStart(2, "0")}`;
      write(join(dir, `many/${name}.yaml`), deployment(name, [ref.tiny(), ref.tampered(), ref.multi()]));
    }
    write(join(dir, "reasons/limited.yaml"), deployment("limited", [ref.limited()]));
    write(join(dir, "reasons/private.yaml"), deployment("private", [ref.private()]));
    write(join(dir, "reasons/dead.yaml"), deployment("dead", [ref.dead()]));
    write(
      join(dir, "mirrored/app.yaml"),
      deployment("mirrored", [`${PULL}/pt/tiny:1.0`, `${MIR}/gone/tiny:1.0`]),
    );
    return dir;
  }

  function resetCounts(): void {
    for (const proxy of [upProxy, mirProxy, pullProxy, privProxy]) proxy.reset();
  }

  /** Requests seen by a proxy, by `METHOD path`; and those seen more than once. */
  function tally(proxy: FaultProxy): { total: number; repeated: string[] } {
    const counts = new Map<string, number>();
    for (const r of proxy.records)
      counts.set(`${r.method} ${r.path}`, (counts.get(`${r.method} ${r.path}`) ?? 0) + 1);
    return { total: proxy.records.length, repeated: [...counts].filter(([, n]) => n > 1).map(([k]) => k) };
  }

  function findingFor(findings: Finding[], file: string, from: string): Finding {
    const found = findings.find((f) => f.file === file && f.from === from);
    if (!found) throw new Error(`no finding for ${from} in ${file}`);
    return found;
  }

  beforeAll(async () => {
    images = writeTestImages(tempDir());
    const htpasswd = join(tempDir(), "htpasswd");
    await writeHtpasswd(htpasswd, { [PRIV_USER]: PRIV_PASSWORD });
    [upstream, mirror, privateMirror] = await Promise.all([
      startRegistry("e2e-upstream"),
      startRegistry("e2e-mirror"),
      startRegistry("e2e-private", { htpasswd }),
    ]);
    pullThrough = await startRegistry("e2e-pull-through", { proxyRemoteUrl: upstream.url });
    const ports = await Promise.all([freePort(), freePort(), freePort(), freePort(), freePort()]);
    if (new Set(ports).size !== ports.length) throw new Error("freePort gave the same port twice; run again");
    [upProxy, mirProxy, pullProxy, privProxy] = await Promise.all([
      startFaultProxy({ target: upstream.url, port: ports[0]! }),
      startFaultProxy({ target: mirror.url, port: ports[1]! }),
      startFaultProxy({ target: pullThrough.url, port: ports[2]! }),
      startFaultProxy({ target: privateMirror.url, port: ports[3]! }),
    ]);
    closedPort = ports[4]!;
    UP = upProxy.host;
    MIR = mirProxy.host;
    PULL = pullProxy.host;
    PRIV = privProxy.host;
    // The mirror rate-limits one repository with a Retry-After longer than the client waits.
    mirProxy.setRules([
      (r) =>
        r.path.startsWith("/v2/limited/")
          ? {
              kind: "respond",
              status: 429,
              headers: { "retry-after": "3600", "content-type": "application/json" },
              body: '{"errors":[{"code":"TOOMANYREQUESTS","message":"pull rate limit"}]}',
            }
          : undefined,
    ]);
    const up = upstream.host;
    const m = mirror.host;
    await Promise.all([
      skopeoCopy(images.tiny.dir, "1.0", `${up}/pt/tiny:1.0`),
      skopeoCopy(images.multi.dir, "2.0", `${up}/pt/multi:2.0`, { all: true }),
      skopeoCopy(images.tiny.dir, "1.0", `${up}/tamper/tiny:1.0`),
      skopeoCopy(images.multi.dir, "2.0", `${up}/conv/multi:2.0`, { all: true }),
      skopeoCopy(images.tiny.dir, "1.0", `${up}/gone/tiny:1.0`),
      skopeoCopy(images.tiny.dir, "1.0", `${up}/order/tiny:1.0`),
      skopeoCopy(images.tiny.dir, "1.0", `${up}/limited/tiny:1.0`),
      skopeoCopy(images.tiny.dir, "1.0", `${up}/priv/tiny:1.0`),
      skopeoCopy(images.tiny.dir, "1.0", `${up}/dead/tiny:1.0`),
      skopeoCopy(images.tinyTampered.dir, "1.0", `${m}/tamper/tiny:1.0`),
      skopeoCopy(images.multi.dir, "2.0", `${m}/conv/multi:2.0`, { all: true, format: "v2s2" }),
      skopeoCopy(images.tinyTampered.dir, "1.0", `${m}/tampered-order/tiny:1.0`),
      skopeoCopy(images.tiny.dir, "1.0", `${m}/good-order/tiny:1.0`),
      skopeoCopy(images.tiny.dir, "1.0", `${m}/limited/tiny:1.0`),
      skopeoCopy(images.tiny.dir, "1.0", `${privateMirror.host}/priv/tiny:1.0`, {
        creds: `${PRIV_USER}:${PRIV_PASSWORD}`,
      }),
    ]);
    convertedMultiDigest = sha256Of(await skopeoRawManifest(`${m}/conv/multi:2.0`));
    // Workers run a real bundle of the CLI entry, as in the engine's pool test.
    workerEntry = join(tempDir(), "cli.js");
    const bundle = await rolldown({
      input: join(repoRoot, "src/cli/main.ts"),
      platform: "node",
      logLevel: "silent",
    });
    await bundle.write({ file: workerEntry, format: "esm", codeSplitting: false });
    await bundle.close();
  });

  afterAll(async () => {
    await Promise.all([upProxy, mirProxy, pullProxy, privProxy].map((p) => p?.close()));
    await stopAll();
  });

  test("check, verify exists: missing mirror → verify-failed; a tampered copy still exists; the first candidate that exists is chosen", async () => {
    const dir = makeTree(config({ verify: "exists" }));
    const before = snapshot(dir);
    const run = await cli(["check", "deploy", "--format", "json"], dir, {
      MIRRORIZE_PRIV_PASSWORD: PRIV_PASSWORD,
    });
    expect(run.code).toBe(1);
    const { findings } = JSON.parse(run.stdout) as { findings: Finding[] };
    const status = (file: string, from: string) => {
      const f = findingFor(findings, file, from);
      return [f.kind, f.severity, f.to];
    };
    expect(status("deploy/web.yaml", ref.tiny())).toEqual(["rewrite", "error", `${PULL}/pt/tiny:1.0`]);
    expect(status("deploy/web.yaml", ref.tampered())).toEqual(["rewrite", "error", `${MIR}/tamper/tiny:1.0`]);
    expect(status("deploy/multi.yaml", ref.converted())).toEqual([
      "rewrite",
      "error",
      `${MIR}/conv/multi:2.0`,
    ]);
    expect(status("deploy/order.yaml", ref.ordered())).toEqual([
      "rewrite",
      "error",
      `${MIR}/tampered-order/tiny:1.0`,
    ]);
    const gone = findingFor(findings, "deploy/gone.yaml", ref.gone());
    const text = readFileSync(join(dir, "deploy/gone.yaml"), "utf8");
    expect(gone).toMatchObject({ kind: "verify-failed", severity: "error", ...positionOf(text, ref.gone()) });
    expect(gone.to).toBeUndefined();
    expect(gone.message).toMatch(/is not rewritten: no mirror passed `exists` verification \(missing\)/);
    expect(gone.message).toContain("HTTP 404");
    console.info(`[scenario] check exists: missing mirror → ${gone.kind}: ${gone.message}`);
    expect(snapshot(dir)).toEqual(before);
  });

  test("check, verify digest: tampered → mismatch, converted → rewrite with a warning, ordered list → first that passes", async () => {
    const dir = makeTree(config({ verify: "digest" }));
    const run = await cli(["check", "deploy", "--format", "json"], dir, {
      MIRRORIZE_PRIV_PASSWORD: PRIV_PASSWORD,
    });
    expect(run.code).toBe(1);
    const { findings } = JSON.parse(run.stdout) as { findings: Finding[] };
    const tampered = findingFor(findings, "deploy/web.yaml", ref.tampered());
    const webText = readFileSync(join(dir, "deploy/web.yaml"), "utf8");
    expect(tampered).toMatchObject({
      kind: "verify-failed",
      severity: "error",
      ...positionOf(webText, ref.tampered()),
    });
    expect(tampered.message).toMatch(/\(mismatch\).*image config differs/);
    const converted = findingFor(findings, "deploy/multi.yaml", ref.converted());
    expect(converted).toMatchObject({ kind: "rewrite", severity: "error", to: `${MIR}/conv/multi:2.0` });
    expect(converted.message).toMatch(/Warning: .*re-packed the image/);
    const ordered = findingFor(findings, "deploy/order.yaml", ref.ordered());
    expect(ordered).toMatchObject({ kind: "rewrite", to: `${MIR}/good-order/tiny:1.0` });
    for (const [name, f] of Object.entries({ tampered, converted, ordered })) {
      console.info(`[scenario] check digest: ${name} → ${f.kind} ${f.to ?? ""}: ${f.message}`);
    }
  });

  test("verify-failed reasons: rate-limited, denied (credential variable unset), unreachable; the password from the environment passes", async () => {
    const dir = makeTree(config({ verify: "digest" }));
    const without = await cli(["check", "reasons", "--format", "json"], dir);
    expect(without.code).toBe(1);
    expect(without.stderr).toContain(
      `warning: registries.credentials.${PRIV}.passwordEnv names the environment variable MIRRORIZE_PRIV_PASSWORD, which is not set`,
    );
    const { findings } = JSON.parse(without.stdout) as { findings: Finding[] };
    const reasons = {
      "rate-limited": findingFor(findings, "reasons/limited.yaml", ref.limited()),
      denied: findingFor(findings, "reasons/private.yaml", ref.private()),
      unreachable: findingFor(findings, "reasons/dead.yaml", ref.dead()),
    };
    for (const [reason, f] of Object.entries(reasons)) {
      expect(f.kind, f.message).toBe("verify-failed");
      expect(f.message).toContain(`verification (${reason})`);
      console.info(`[scenario] ${reason} → ${f.kind}: ${f.message}`);
    }
    expect(reasons["rate-limited"].message).toContain("Retry-After 3600");
    expect(privProxy.records.some((r) => r.authorization !== undefined)).toBe(false);
    privProxy.reset();
    const withPassword = await cli(["check", "reasons/private.yaml", "--format", "json"], dir, {
      MIRRORIZE_PRIV_PASSWORD: PRIV_PASSWORD,
    });
    const privateFinding = findingFor(
      (JSON.parse(withPassword.stdout) as { findings: Finding[] }).findings,
      "reasons/private.yaml",
      ref.private(),
    );
    expect(privateFinding).toMatchObject({ kind: "rewrite", to: `${PRIV}/priv/tiny:1.0` });
    expect(privProxy.records.some((r) => r.authorization?.startsWith("Basic "))).toBe(true);
    expect(withPassword.stderr).not.toContain(PRIV_PASSWORD);
    expect(withPassword.stdout).not.toContain(PRIV_PASSWORD);
  });

  test("fix, verify digest: rewrites what passed, leaves the tampered and the missing reference byte for byte", async () => {
    const dir = makeTree(config({ verify: "digest" }));
    const web = readFileSync(join(dir, "deploy/web.yaml"), "utf8");
    const run = await cli(["fix", "deploy", "--format", "json"], dir, {
      MIRRORIZE_PRIV_PASSWORD: PRIV_PASSWORD,
    });
    expect(run.code).toBe(1); // verify-failed errors are left
    const after = readFileSync(join(dir, "deploy/web.yaml"), "utf8");
    expect(after).toBe(web.replace(ref.tiny(), `${PULL}/pt/tiny:1.0`));
    expect(readFileSync(join(dir, "deploy/gone.yaml"), "utf8")).toBe(deployment("gone", [ref.gone()]));
    expect(readFileSync(join(dir, "deploy/order.yaml"), "utf8")).toBe(
      deployment("order", [`${MIR}/good-order/tiny:1.0`]),
    );
    expect(readFileSync(join(dir, "deploy/multi.yaml"), "utf8")).toBe(
      deployment("multi", [`${PULL}/pt/multi:2.0`, `${MIR}/conv/multi:2.0`]),
    );
    const { findings } = JSON.parse(run.stdout) as { findings: Finding[] };
    expect(findingFor(findings, "deploy/web.yaml", ref.tampered())).toMatchObject({
      kind: "verify-failed",
      ...positionOf(web, ref.tampered()),
    });
    expect(findingFor(findings, "deploy/multi.yaml", ref.converted()).severity).toBe("warning");
    // A second fix changes nothing: the rewritten references are now already mirrored.
    const snap = snapshot(dir);
    const again = await cli(["fix", "deploy"], dir, { MIRRORIZE_PRIV_PASSWORD: PRIV_PASSWORD });
    expect(again.code).toBe(1);
    expect(snapshot(dir)).toEqual(snap);
  });

  test("fix with pin: true writes mirror/repo:tag@sha256:<upstream digest> (a converted copy: the mirror's own digest)", async () => {
    const dir = makeTree(config({ verify: "exists", pin: true }));
    const run = await cli(["fix", "deploy"], dir, { MIRRORIZE_PRIV_PASSWORD: PRIV_PASSWORD });
    expect(run.code).toBe(1);
    expect(readFileSync(join(dir, "deploy/web.yaml"), "utf8")).toBe(
      deployment("web", [`${PULL}/pt/tiny:1.0@${images.tiny.digest}`, ref.tampered()]),
    );
    expect(readFileSync(join(dir, "deploy/multi.yaml"), "utf8")).toBe(
      deployment("multi", [
        `${PULL}/pt/multi:2.0@${images.multi.digest}`,
        `${MIR}/conv/multi:2.0@${convertedMultiDigest}`,
      ]),
    );
    expect(readFileSync(join(dir, "deploy/order.yaml"), "utf8")).toBe(
      deployment("order", [`${MIR}/good-order/tiny:1.0@${images.tiny.digest}`]),
    );
    expect(run.stdout).toMatch(/warning .*conv\/multi:2\.0@sha256:[0-9a-f]{64} Warning: .*re-packed/);
    // The pinned references verify at `digest` as they are (already mirrored, with their digest).
    const verify = await cli(["verify", "deploy/multi.yaml", "deploy/order.yaml", "--level", "digest"], dir);
    expect(verify.code, verify.stdout).toBe(0);
    expect(verify.stdout).toMatch(/3 references verified at `digest`, 3 passed, 0 converted, 0 failed/);
  });

  test("mirrorize verify: failures at the image's line, already mirrored references checked too, JSON report", async () => {
    const dir = makeTree(config());
    const run = await cli(["verify", "deploy", "mirrored", "--level", "digest"], dir, {
      MIRRORIZE_PRIV_PASSWORD: PRIV_PASSWORD,
    });
    expect(run.code).toBe(1);
    const web = readFileSync(join(dir, "deploy/web.yaml"), "utf8");
    const at = positionOf(web, ref.tampered());
    expect(run.stdout).toContain(
      `deploy/web.yaml:${at.line}:${at.column} error ${ref.tampered()} is not rewritten`,
    );
    const mirrored = readFileSync(join(dir, "mirrored/app.yaml"), "utf8");
    const goneAt = positionOf(mirrored, `${MIR}/gone/tiny:1.0`);
    expect(run.stdout).toContain(
      `mirrored/app.yaml:${goneAt.line}:${goneAt.column} error ${MIR}/gone/tiny:1.0 failed \`exists\` verification (missing)`,
    );
    expect(run.stdout).toContain(
      `${ref.tiny()} → ${PULL}/pt/tiny:1.0: the mirror passed \`digest\` verification.`,
    );
    const json = await cli(["verify", "deploy/order.yaml", "--format", "json"], dir);
    expect(json.code).toBe(0);
    const report = JSON.parse(json.stdout) as {
      verification: {
        level: string;
        references: Array<{ input: string; result: string; outcomes: unknown[] }>;
      };
    };
    expect(report.verification.level).toBe("exists");
    expect(report.verification.references).toEqual([
      expect.objectContaining({
        input: ref.ordered(),
        result: "verified",
        chosen: `${MIR}/tampered-order/tiny:1.0`,
      }),
    ]);
    expect(report.verification.references[0]!.outcomes).toHaveLength(2);
    const usage = await cli(["verify", "--level", "off"], dir);
    expect(usage.code).toBe(2);
    expect(usage.stderr).toContain("--level must be one of exists, digest");
  });

  test("one request per unique reference across 44 files, in this thread and in worker threads alike", async () => {
    const dir = makeTree(config({ verify: "digest", pin: true }));
    const settings = settingsFromText(readFileSync(join(dir, ".mirrorize.yaml"), "utf8"), ".mirrorize.yaml");
    const counts: Record<string, unknown> = {};
    let inThread: Finding[] = [];
    for (const workers of [0, 2]) {
      resetCounts();
      const client = new RegistryClient({ retries: 0 });
      const result = await verifyScan({
        cwd: dir,
        paths: ["deploy", "many"],
        settings,
        write: false,
        mode: "fix",
        client,
        workers,
        ...(workers > 0 ? { workerEntry } : {}),
      });
      const references = result.findings.filter((f) => f.from !== undefined).length;
      const up = tally(upProxy);
      const mir = tally(mirProxy);
      const pull = tally(pullProxy);
      expect([...up.repeated, ...mir.repeated, ...pull.repeated]).toEqual([]);
      // Upstream: one HEAD per unique upstream reference, plus the reads that compare the contents of
      // the converted and the tampered copies (manifests by digest, once each).
      // (The missing mirror of `gone` fails before upstream is asked: 5 of the 6.)
      expect(upProxy.count("HEAD", /\/manifests\/[^/]+$/)).toBe(5);
      expect(client.stats().requests).toBe(up.total + mir.total + pull.total);
      counts[workers === 0 ? "inThread" : "twoWorkers"] = {
        files: result.summary.files,
        references,
        uniqueReferences: result.verification?.references.length,
        upstream: up.total,
        mirror: mir.total,
        pullThrough: pull.total,
        total: client.stats().requests,
      };
      if (workers === 0) inThread = result.findings;
      else expect(result.findings).toEqual(inThread);
    }
    console.info(`request counts: ${JSON.stringify(counts)}`);
    expect(counts.inThread).toMatchObject({ files: 44, references: 126, uniqueReferences: 6 });
    expect(counts.twoWorkers).toEqual(counts.inThread);
    const pinned = inThread.filter((f) => f.kind === "rewrite" && f.to?.includes("@sha256:"));
    expect(pinned.length).toBe(40 + 40 + 4); // svc tiny + multi, web tiny, multi ×2, order
  });

  test("mirrorize lock records upstream digests (sorted, dates kept), --check finds it stale, and it verifies and pins with upstream down", async () => {
    const dir = makeTree(config({ verify: "digest", pin: true, extra: ["  timeout: 2000"] }));
    const lockPath = join(dir, "mirrorize.lock");
    resetCounts();
    const first = await cli(["lock", "deploy"], dir);
    expect(first.code, first.stdout + first.stderr).toBe(0);
    expect(first.stdout).toContain("mirrorize.lock written (6 added, 0 changed, 0 removed)");
    // One HEAD per unique upstream reference, nothing else.
    expect(upProxy.records.map((r) => r.method)).toEqual(Array(6).fill("HEAD"));
    const text = readFileSync(lockPath, "utf8");
    const keys = [...text.matchAll(/^ {2}"([^"]+)":$/gm)].map((m) => m[1]);
    expect(keys).toEqual(
      [ref.converted(), ref.gone(), ref.ordered(), ref.multi(), ref.tiny(), ref.tampered()].sort(),
    );
    expect(text).toContain(`"${ref.multi()}":\n    digest: ${images.multi.digest}\n`);
    expect(text).toContain(`"${ref.tiny()}":\n    digest: ${images.tiny.digest}\n`);

    // Refreshing keeps the dates of unchanged entries; --check is clean.
    const backdated = text.replaceAll(/date: \d{4}-\d{2}-\d{2}/g, "date: 2020-01-02");
    writeFileSync(lockPath, backdated);
    const refresh = await cli(["lock", "deploy"], dir);
    expect(refresh.stdout).toContain("mirrorize.lock is up to date");
    expect(readFileSync(lockPath, "utf8")).toBe(backdated);
    expect((await cli(["lock", "deploy", "--check"], dir)).code).toBe(0);

    // A changed digest and an entry no longer used: --check exits 1 and writes nothing.
    const multiEntry = `"${ref.multi()}":\n    digest: `;
    const stale = backdated
      .replace(`${multiEntry}${images.multi.digest}`, `${multiEntry}sha256:${"0".repeat(64)}`)
      .replace(
        "images:\n",
        `images:\n  "${UP}/old/unused:0.1":\n    digest: sha256:${"1".repeat(64)}\n    date: 2020-01-01\n`,
      );
    writeFileSync(lockPath, stale);
    const check = await cli(["lock", "deploy", "--check"], dir);
    expect(check.code).toBe(1);
    expect(check.stdout).toContain(
      `changed  ${ref.multi()}  sha256:${"0".repeat(64)} → ${images.multi.digest}`,
    );
    expect(check.stdout).toContain(`removed  ${UP}/old/unused:0.1`);
    expect(check.stdout).toContain("is out of date (0 added, 1 changed, 1 removed)");
    expect(readFileSync(lockPath, "utf8")).toBe(stale);
    expect((await cli(["lock", "deploy"], dir)).code).toBe(0);
    expect(readFileSync(lockPath, "utf8")).toContain(
      `"${ref.multi()}":\n    digest: ${images.multi.digest}\n    date: 20`,
    );

    // Upstream goes down (every request hangs). The lock's digests verify and pin; upstream sees nothing.
    write(join(dir, "down/app.yaml"), deployment("down", [ref.tiny(), ref.multi()]));
    upProxy.setRules([() => ({ kind: "hang" })]);
    try {
      resetCounts();
      const fix = await cli(["fix", "down"], dir);
      expect(fix.code, fix.stdout).toBe(0);
      expect(upProxy.records).toEqual([]);
      expect(readFileSync(join(dir, "down/app.yaml"), "utf8")).toBe(
        deployment("down", [
          `${PULL}/pt/tiny:1.0@${images.tiny.digest}`,
          `${PULL}/pt/multi:2.0@${images.multi.digest}`,
        ]),
      );
      const settings = settingsFromText(
        readFileSync(join(dir, ".mirrorize.yaml"), "utf8"),
        ".mirrorize.yaml",
      );
      const quick = () => new RegistryClient({ retries: 0, requestTimeoutMs: 300 });
      // The tampered copy differs from the lock's digest; comparing contents needs upstream, so it fails.
      const tamperedRun = await verifyScan({
        cwd: dir,
        paths: ["deploy/web.yaml"],
        settings,
        write: false,
        client: quick(),
      });
      const tampered = findingFor(tamperedRun.findings, "deploy/web.yaml", ref.tampered());
      expect(tampered.kind).toBe("verify-failed");
      expect(tampered.message).toMatch(/\(mismatch\).*upstream could not be read/);
      console.info(`[scenario] upstream down, lock: tampered → ${tampered.kind}: ${tampered.message}`);
      // Without the lock, the digest cannot be known: unreachable, and the message says to run `lock`.
      const noLock = makeTree(config({ verify: "digest" }));
      const result = await verifyScan({
        cwd: noLock,
        paths: ["deploy/order.yaml"],
        settings,
        write: false,
        client: quick(),
      });
      const unreachable = findingFor(result.findings, "deploy/order.yaml", ref.ordered());
      expect(unreachable.kind).toBe("verify-failed");
      expect(unreachable.message).toMatch(/\(missing, unreachable\)/);
      expect(unreachable.message).toContain("run `mirrorize lock` where upstream is reachable");
      console.info(`[scenario] upstream down, no lock → ${unreachable.kind}: ${unreachable.message}`);
    } finally {
      upProxy.setRules([]);
    }
  });

  test("verify: off with pin: true pins from the lock without any request", async () => {
    const dir = makeTree(config({ pin: true }));
    expect((await cli(["lock", "deploy/web.yaml"], dir)).code).toBe(0);
    resetCounts();
    const settings = settingsFromText(readFileSync(join(dir, ".mirrorize.yaml"), "utf8"), ".mirrorize.yaml");
    const client = new RegistryClient();
    const result = await verifyScan({ cwd: dir, paths: ["deploy"], settings, write: true, client });
    expect(client.stats().requests).toBe(0);
    expect([...upProxy.records, ...mirProxy.records, ...pullProxy.records]).toEqual([]);
    // Both are pinned to upstream's digest: the node runtime refuses the tampered copy.
    expect(readFileSync(join(dir, "deploy/web.yaml"), "utf8")).toBe(
      deployment("web", [
        `${PULL}/pt/tiny:1.0@${images.tiny.digest}`,
        `${MIR}/tamper/tiny:1.0@${images.tiny.digest}`,
      ]),
    );
    // Not in the lock: rewritten unpinned, with a warning that says how to fix it.
    const multi = findingFor(result.findings, "deploy/multi.yaml", ref.multi());
    expect(multi).toMatchObject({ kind: "rewrite", severity: "warning", to: `${PULL}/pt/multi:2.0` });
    expect(multi.message).toContain("not pinned: no digest is recorded");
    expect(result.verification?.references.find((r) => r.input === ref.tiny())?.result).toBe("pinned");
  });
});
