/**
 * `mirrorize sync` against real registries (distribution 2.8.2 on 127.0.0.1): an upstream seeded by
 * skopeo with a single image, a two-platform index and a signature tag (`sha256-<hex>.sig`), and a
 * mirror with Basic auth whose password comes from a `MIRRORIZE_*` variable named in the config.
 * Counting/fault proxies in front of both prove what is sent: one HEAD per image when nothing
 * changed, mounts, retries after a 500, chunks after a 413. The digests at the mirror are read back
 * with skopeo, not with the code under test.
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { octokitPullRequestApi } from "../../src/action/github-api.js";
import { run as runAction } from "../../src/action/run.js";
import { main } from "../../src/cli/cli.js";
import { loadSettings } from "../../src/config/index.js";
import { verifyScan } from "../../src/engine/index.js";
import { recordingIO } from "../action/harness.js";
import { type CliRun, captureIO, runCli } from "../helpers/cli.js";
import { requirePrerequisite } from "../helpers/shared.js";
import { type FaultProxy, startFaultProxy } from "../registry/harness/fault-proxy.js";
import { sha256Of, type TestImages, writeTestImages } from "../registry/harness/images.js";
import { type WrittenLayout, writeOciLayout } from "../registry/harness/oci-layout.js";
import {
  freePort,
  makeSigningCert,
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
import { startTokenServer, type TokenServer } from "../registry/harness/token-server.js";

const available = requirePrerequisite(registryToolsAvailable(), REGISTRY_TOOLS);

const USER = "sync-bot";
const PASSWORD = "push-secret";
const CREDS = `${USER}:${PASSWORD}`;
const ENV = { MIRRORIZE_MIRROR_PASSWORD: PASSWORD };

function write(path: string, text: string): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
}

function deployment(images: string[]): string {
  const lines = [
    "apiVersion: apps/v1",
    "kind: Deployment",
    "metadata:",
    "  name: app",
    "spec:",
    "  template:",
    "    spec:",
    "      containers:",
    ...images.flatMap((image, i) => [`        - name: c${i}`, `          image: ${image}`]),
  ];
  return `${lines.join("\n")}\n`;
}

interface SyncJson {
  images: Array<{
    source: string;
    target: string;
    status: string;
    digest?: string;
    reason?: string;
    blobs: { uploaded: number; present: number; mounted: number };
    referrers: number;
    warnings: string[];
  }>;
  skipped: Array<{ reference: string; reason: string; message: string }>;
  summary: Record<string, number>;
}

describe.skipIf(!available)("mirrorize sync against real registries", () => {
  let images: TestImages;
  let signature: WrittenLayout;
  let upstream: RegistryProcess;
  let mirror: RegistryProcess;
  let upProxy: FaultProxy;
  let mirProxy: FaultProxy;
  let tokenServer: TokenServer;
  let tokenRegistry: RegistryProcess;
  let UP: string;
  let MIR: string;
  let root: string;

  beforeAll(async () => {
    root = tempDir("mirrorize-sync-");
    images = writeTestImages(join(root, "images"));
    signature = writeOciLayout(join(root, "images", "sig"), "sig", [{ marker: "a signature of multi" }]);
    const htpasswd = join(root, "htpasswd");
    await writeHtpasswd(htpasswd, { [USER]: PASSWORD });
    [upstream, mirror] = await Promise.all([
      startRegistry("upstream"),
      startRegistry("mirror", { htpasswd }),
    ]);
    const cert = await makeSigningCert(root);
    tokenServer = await startTokenServer({
      ...cert,
      port: await freePort(),
      service: "sync-test-registry",
      issuer: "sync-test-issuer",
      users: { [USER]: PASSWORD },
    });
    tokenRegistry = await startRegistry("token", {
      token: {
        realm: tokenServer.realm,
        service: "sync-test-registry",
        issuer: "sync-test-issuer",
        rootCertBundle: cert.certPath,
      },
    });
    upProxy = await startFaultProxy({ target: upstream.url, port: await freePort() });
    mirProxy = await startFaultProxy({ target: mirror.url, port: await freePort() });
    UP = upProxy.host;
    MIR = mirProxy.host;
    const up = upstream.host;
    const sigTag = `${images.multi.digest.replace(":", "-")}.sig`;
    await Promise.all([
      skopeoCopy(images.tiny.dir, "1.0", `${up}/library/tiny:1.0`),
      skopeoCopy(images.multi.dir, "2.0", `${up}/library/multi:2.0`, { all: true }),
      skopeoCopy(images.multi.dir, "2.0", `${up}/other/multi:2.0`, { all: true }),
      skopeoCopy(signature.dir, "sig", `${up}/library/multi:${sigTag}`),
    ]);
  });

  afterAll(async () => {
    await upProxy?.close();
    await mirProxy?.close();
    await tokenServer?.close();
    await stopAll();
  });

  /** A tree using `refs`, with a config whose own rule sends upstream to `MIR/<path>`. */
  function tree(name: string, refs: string[], extra = ""): string {
    const dir = join(root, "trees", name);
    write(join(dir, "app.yaml"), deployment(refs));
    write(
      join(dir, ".mirrorize.yaml"),
      [
        "rules:",
        `  - match: ${UP}`,
        `    mirror: ${MIR}/${name}`,
        "registries:",
        "  credentials:",
        `    ${MIR}: {username: ${USER}, passwordEnv: MIRRORIZE_MIRROR_PASSWORD}`,
        extra,
      ].join("\n"),
    );
    return dir;
  }

  async function sync(dir: string, args: string[] = []): Promise<CliRun & { json: SyncJson }> {
    const run = await runCli(["sync", "--format", "json", ...args], dir, "", {
      ...ENV,
      DOCKER_CONFIG: join(dir, ".no-docker-config"),
    });
    let json: SyncJson;
    try {
      json = JSON.parse(run.stdout) as SyncJson;
    } catch {
      throw new Error(`sync did not print JSON (exit ${run.code}): ${run.stdout}${run.stderr}`);
    }
    return { ...run, json };
  }

  const mirrorDigest = async (ref: string) =>
    sha256Of(await skopeoRawManifest(`${mirror.host}/${ref}`, CREDS));

  test("copies a single image and a two-platform index byte for byte, then a re-run costs one HEAD per image", async () => {
    const dir = tree("copy", [`${UP}/library/tiny:1.0`, `${UP}/library/multi:2.0`]);
    mirProxy.reset();
    const first = await sync(dir);
    expect(first.code, first.stderr).toBe(0);
    expect(first.json.summary).toMatchObject({ images: 2, copied: 2, present: 0, failed: 0 });
    // tiny: config + layer; multi: 2 configs + 2 layers.
    expect(first.json.summary.blobsUploaded).toBe(6);
    expect(await mirrorDigest("copy/library/tiny:1.0")).toBe(images.tiny.digest);
    expect(await mirrorDigest("copy/library/multi:2.0")).toBe(images.multi.digest);
    for (const child of images.multi.images) {
      expect(await mirrorDigest(`copy/library/multi@${child.manifestDigest}`)).toBe(child.manifestDigest);
    }
    // Children first, then the index.
    const puts = mirProxy.records.filter((r) => r.method === "PUT" && r.path.includes("/manifests/"));
    expect(puts.map((r) => r.path.split("/manifests/")[1]).at(-1)).toMatch(/^(1\.0|2\.0)$/);
    const indexPut = puts.findIndex((r) => r.path.endsWith("/multi/manifests/2.0"));
    for (const child of images.multi.images) {
      const childPut = puts.findIndex((r) => r.path.endsWith(`/multi/manifests/${child.manifestDigest}`));
      expect(childPut).toBeGreaterThanOrEqual(0);
      expect(childPut).toBeLessThan(indexPut);
    }

    mirProxy.reset();
    upProxy.reset();
    const second = await sync(dir);
    expect(second.code, second.stderr).toBe(0);
    expect(second.json.summary).toMatchObject({ images: 2, copied: 0, present: 2, blobsUploaded: 0 });
    expect(mirProxy.count("POST", /\/blobs\/uploads\//)).toBe(0);
    expect(mirProxy.count("PATCH", /./)).toBe(0);
    expect(mirProxy.count("PUT", /./)).toBe(0);
    const heads = mirProxy.records.filter((r) => r.method === "HEAD" && r.status === 200);
    expect(heads).toHaveLength(2);
    expect(heads.every((r) => r.path.includes("/manifests/"))).toBe(true);
    // Upstream: one HEAD per image (the tag's digest), nothing downloaded.
    expect(upProxy.records.filter((r) => r.method !== "HEAD")).toHaveLength(0);
  });

  test("mounts blobs from another repository of the mirror instead of uploading them", async () => {
    const dir = tree("mount", [`${UP}/library/multi:2.0`]);
    expect((await sync(dir)).json.summary.copied).toBe(1);
    write(join(dir, "app.yaml"), deployment([`${UP}/library/multi:2.0`, `${UP}/other/multi:2.0`]));
    mirProxy.reset();
    const run = await sync(dir);
    expect(run.code, run.stderr).toBe(0);
    const other = run.json.images.find((i) => i.source.endsWith("other/multi:2.0"))!;
    expect(other.status).toBe("copied");
    expect(other.blobs).toEqual({ uploaded: 0, present: 0, mounted: 4 });
    expect(
      mirProxy.count("POST", /\/blobs\/uploads\/\?mount=sha256%3A[0-9a-f]+&from=mount%2Flibrary%2Fmulti/),
    ).toBe(4);
    expect(mirProxy.count("PATCH", /./)).toBe(0);
    expect(await mirrorDigest("mount/other/multi:2.0")).toBe(images.multi.digest);
  });

  test("a 500 on a blob upload is retried with a new session and the copy succeeds", async () => {
    const dir = tree("retry", [`${UP}/library/tiny:1.0`]);
    const layer = images.tiny.images[0]!.layerDigest;
    let failed = 0;
    mirProxy.setRules([
      (request) => {
        if (
          request.method === "PUT" &&
          request.path.includes(`digest=${encodeURIComponent(layer)}`) &&
          failed === 0
        ) {
          failed++;
          return {
            kind: "respond",
            status: 500,
            body: '{"errors":[{"code":"UNKNOWN","message":"disk hiccup"}]}',
          };
        }
        return undefined;
      },
    ]);
    try {
      const run = await sync(dir);
      expect(run.code, run.stdout).toBe(0);
      expect(failed).toBe(1);
      expect(run.json.images[0]!.status).toBe("copied");
      expect(await mirrorDigest("retry/library/tiny:1.0")).toBe(images.tiny.digest);
    } finally {
      mirProxy.setRules([]);
    }
  });

  test("a registry that refuses a whole blob in one request (413) gets it in chunks", async () => {
    const dir = tree("chunks", [`${UP}/library/tiny:1.0`]);
    mirProxy.reset();
    mirProxy.setRules([
      // A whole blob in one request (a monolithic PUT, or a PATCH without Content-Range) is too large.
      (request) =>
        (request.method === "PATCH" && !request.headers["content-range"]) ||
        (request.method === "PUT" &&
          request.path.includes("digest=") &&
          request.headers["content-length"] !== "0")
          ? { kind: "respond", status: 413, body: "request entity too large" }
          : undefined,
    ]);
    try {
      const run = await sync(dir);
      expect(run.code, run.stdout).toBe(0);
      expect(mirProxy.records.some((r) => r.status === 413)).toBe(true);
      expect(mirProxy.records.some((r) => r.method === "PATCH" && r.status === 202)).toBe(true);
      expect(await mirrorDigest("chunks/library/tiny:1.0")).toBe(images.tiny.digest);
    } finally {
      mirProxy.setRules([]);
    }
  });

  test("--with-referrers copies the sha256-<digest>.sig tag; --platform narrows the index and says so", async () => {
    const sigTag = `${images.multi.digest.replace(":", "-")}.sig`;
    const dir = tree("refs", [`${UP}/library/multi:2.0`]);
    const run = await sync(dir, ["--with-referrers"]);
    expect(run.code, run.stdout).toBe(0);
    expect(run.json.images[0]!.referrers).toBe(1);
    expect(await mirrorDigest(`refs/library/multi:${sigTag}`)).toBe(signature.digest);
    const again = await sync(dir, ["--with-referrers"]);
    expect(again.json.images[0]).toMatchObject({ status: "present", referrers: 0 });

    const narrow = tree("narrow", [`${UP}/library/multi:2.0`]);
    const narrowed = await sync(narrow, ["--platform", "linux/arm64"]);
    expect(narrowed.code, narrowed.stdout).toBe(0);
    const image = narrowed.json.images[0]!;
    expect(image.digest).not.toBe(images.multi.digest);
    expect(image.warnings.join(" ")).toMatch(/narrowed the index.*not upstream's/);
    const raw = JSON.parse(await skopeoRawManifest(`${mirror.host}/narrow/library/multi:2.0`, CREDS)) as {
      manifests: Array<{ platform: { architecture: string } }>;
    };
    expect(raw.manifests.map((m) => m.platform.architecture)).toEqual(["arm64"]);
  });

  test("a tampered mirror image is found by verify: digest afterwards, and fix leaves it alone", async () => {
    const dir = tree(
      "tamper",
      [`${UP}/library/tiny:1.0`, `${UP}/library/multi:2.0`],
      "verify: digest\npin: true\n",
    );
    expect((await sync(dir)).code).toBe(0);
    const clean = await runCli(["verify", "--format", "json"], dir, "", ENV);
    expect(clean.code, clean.stdout).toBe(0);
    await skopeoCopy(images.tinyTampered.dir, "1.0", `${mirror.host}/tamper/library/tiny:1.0`, {
      creds: CREDS,
    });
    const verify = await runCli(["verify"], dir, "", ENV);
    expect(verify.code).toBe(1);
    expect(verify.stdout).toMatch(/tiny:1\.0.*(mismatch|different)/is);
    const fix = await runCli(["fix"], dir, "", ENV);
    expect(fix.code).toBe(1);
    const fixed = await import("node:fs").then((fs) => fs.readFileSync(join(dir, "app.yaml"), "utf8"));
    expect(fixed).toContain(`image: ${UP}/library/tiny:1.0`);
    expect(fixed).toContain(`image: ${MIR}/tamper/library/multi:2.0@${images.multi.digest}`);
  });

  test("a reference covered only by a preset rule is never pushed; --dry-run prints the plan", async () => {
    const dir = join(root, "trees", "preset");
    write(
      join(dir, "app.yaml"),
      deployment(["quay.io/prometheus/node-exporter:v1.8.0", `${UP}/library/tiny:1.0`]),
    );
    write(
      join(dir, ".mirrorize.yaml"),
      ["preset: daocloud", "rules:", `  - match: ${UP}`, `    mirror: ${MIR}/preset`].join("\n"),
    );
    const dry = await runCli(["sync", "--dry-run"], dir, "", ENV);
    expect(dry.code, dry.stderr).toBe(0);
    expect(dry.stdout).toContain(`would copy ${UP}/library/tiny:1.0 → ${MIR}/preset/library/tiny:1.0`);
    expect(dry.stdout).toMatch(
      /quay\.io\/prometheus\/node-exporter:v1\.8\.0 is covered only by a preset's rule/,
    );
    expect(dry.stdout).toMatch(/1 image to sync, 1 reference not synced; nothing was copied/);
    const to = await runCli(["sync", "--dry-run", "--format", "json", "--to", `${MIR}/all`], dir, "", ENV);
    const plan = JSON.parse(to.stdout) as { items: Array<{ source: string; target: string }> };
    expect(plan.items.map((i) => i.target).sort()).toEqual([
      `${MIR}/all/library/tiny:1.0`,
      // daocloud's quay.io rule is a host rule: its layout under --to drops the host.
      `${MIR}/all/prometheus/node-exporter:v1.8.0`,
    ]);
  });

  test("a failed image does not stop the others, and the exit code is 1", async () => {
    const dir = tree("partial", [`${UP}/library/tiny:1.0`, `${UP}/library/missing:9.9`]);
    const run = await sync(dir);
    expect(run.code).toBe(1);
    expect(run.json.summary, JSON.stringify(run.json.images)).toMatchObject({
      images: 2,
      copied: 1,
      failed: 1,
    });
    const failed = run.json.images.find((i) => i.status === "failed")!;
    expect(failed.reason).toMatch(/missing:9\.9/);
  });

  test("the Action's sync mode copies with credentials from the step's env and writes a job summary", async () => {
    const dir = tree("action", [`${UP}/library/tiny:1.0`, `${UP}/library/missing:9.9`]);
    const temp = join(root, "runner-temp-action");
    mkdirSync(temp, { recursive: true });
    const rec = recordingIO({ mode: "sync" });
    const env = {
      GITHUB_WORKSPACE: dir,
      RUNNER_TEMP: temp,
      GITHUB_EVENT_NAME: "push",
      DOCKER_CONFIG: join(dir, ".no-docker-config"),
      INPUT_MODE: "sync",
      ...ENV,
    };
    const status = await runAction({
      io: rec.io,
      env,
      cwd: dir,
      scan: (options) => verifyScan({ ...options, env }),
      loadSettings,
      pullRequestApi: octokitPullRequestApi,
    });
    expect(status).toBe("failed");
    expect(rec.failed).toBe("1 image could not be synced; see the log and the job summary.");
    expect(rec.summary).toContain("## mirrorize sync");
    expect(rec.summary).toMatch(/\| 2 \| 1 \| 0 \| 1 \| 2 \| 0 \|/);
    expect(rec.summary).toContain(`\`${MIR}/action/library/tiny:1.0\``);
    expect(rec.annotations.some((a) => a.level === "error" && a.message.includes("missing:9.9"))).toBe(true);
    expect(rec.outputs["findings-count"]).toBe("1");
    expect(await mirrorDigest("action/library/tiny:1.0")).toBe(images.tiny.digest);
  });

  test("pushes to a token-auth registry (--to), with a push token from the realm", async () => {
    const dir = tree("token", [`${UP}/library/multi:2.0`]);
    const config = join(dir, ".mirrorize.yaml");
    writeFileSync(
      config,
      `${readFileSync(config, "utf8")}\n    ${tokenRegistry.host}: {username: ${USER}, passwordEnv: MIRRORIZE_MIRROR_PASSWORD}\n`,
    );
    const run = await sync(dir, ["--to", `${tokenRegistry.host}/synced`]);
    expect(run.code, run.stdout + run.stderr).toBe(0);
    expect(run.json.images[0]).toMatchObject({
      target: `${tokenRegistry.host}/synced/library/multi:2.0`,
      status: "copied",
    });
    expect(
      tokenServer.requests.some((r) =>
        /scope=repository%3Asynced%2Flibrary%2Fmulti%3Apull%2Cpush/.test(r.url),
      ),
    ).toBe(true);
    expect(sha256Of(await skopeoRawManifest(`${tokenRegistry.host}/synced/library/multi:2.0`, CREDS))).toBe(
      images.multi.digest,
    );
    const again = await sync(dir, ["--to", `${tokenRegistry.host}/synced`]);
    expect(again.json.summary).toMatchObject({ present: 1, blobsUploaded: 0 });
  });

  test("on a terminal, progress (images done/total, bytes moved) goes to stderr and is cleared", async () => {
    const dir = tree("progress", [`${UP}/library/tiny:1.0`, `${UP}/library/multi:2.0`]);
    const { io, output } = captureIO(dir, { env: { ...ENV, DOCKER_CONFIG: join(dir, ".no-docker-config") } });
    io.stderrIsTTY = true;
    expect(await main(["sync"], io)).toBe(0);
    const { stdout, stderr } = output();
    expect(stderr).toMatch(/\[1\/2 images\] [\d.]+ (B|KiB|MiB) moved/);
    expect(stderr).toMatch(/\[2\/2 images\]/);
    expect(stderr.endsWith("\r\u001b[2K")).toBe(true);
    expect(stdout).toMatch(
      /^2 images: 2 copied, 0 already present, 0 failed; blobs: 6 uploaded, 0 mounted, 0 present; \d+ B moved/m,
    );
  });

  test("with a lock file, an image already at the mirror costs one HEAD there and nothing upstream", async () => {
    const dir = tree("locked", [`${UP}/library/tiny:1.0`, `${UP}/library/multi:2.0`]);
    expect((await sync(dir)).code).toBe(0);
    const lock = await runCli(["lock"], dir, "", ENV);
    expect(lock.code, lock.stdout + lock.stderr).toBe(0);
    upProxy.reset();
    mirProxy.reset();
    const run = await sync(dir);
    expect(run.json.summary).toMatchObject({ images: 2, present: 2 });
    expect(upProxy.records).toHaveLength(0);
    expect(mirProxy.records.filter((r) => r.status === 200)).toHaveLength(2);
    expect(mirProxy.records.every((r) => r.method === "HEAD" && r.path.includes("/manifests/"))).toBe(true);
  });

  test("--with-referrers follows the OCI 1.1 referrers API when upstream has it", async () => {
    // distribution 2.8.2 has no referrers API: the upstream proxy answers it, listing the signature
    // manifest (which upstream holds in the same repository).
    const sigBytes = await skopeoRawManifest(
      `${upstream.host}/library/multi:${images.multi.digest.replace(":", "-")}.sig`,
    );
    const index = JSON.stringify({
      schemaVersion: 2,
      mediaType: "application/vnd.oci.image.index.v1+json",
      manifests: [
        {
          mediaType: "application/vnd.oci.image.manifest.v1+json",
          digest: signature.digest,
          size: Buffer.byteLength(sigBytes),
          artifactType: "application/vnd.dev.cosign.artifact.sig.v1+json",
        },
      ],
    });
    upProxy.setRules([
      (request) =>
        request.method === "GET" && request.path === `/v2/library/multi/referrers/${images.multi.digest}`
          ? {
              kind: "respond",
              status: 200,
              headers: { "content-type": "application/vnd.oci.image.index.v1+json" },
              body: index,
            }
          : undefined,
    ]);
    try {
      const dir = tree("api-refs", [`${UP}/library/multi:2.0`]);
      upProxy.reset();
      const run = await sync(dir, ["--with-referrers"]);
      expect(run.code, run.stdout).toBe(0);
      expect(run.json.images[0]!.referrers).toBe(1);
      expect(await mirrorDigest(`api-refs/library/multi@${signature.digest}`)).toBe(signature.digest);
      // The API answered: the tag schema was not needed.
      expect(upProxy.records.some((r) => r.path.endsWith(".sig"))).toBe(false);
    } finally {
      upProxy.setRules([]);
    }
  });

  test("a mirror that refuses a mount gets a plain upload instead", async () => {
    const dir = tree("no-mount", [`${UP}/library/multi:2.0`]);
    expect((await sync(dir)).json.summary.copied).toBe(1);
    write(join(dir, "app.yaml"), deployment([`${UP}/library/multi:2.0`, `${UP}/other/multi:2.0`]));
    mirProxy.setRules([
      (request) =>
        request.method === "POST" && request.path.includes("mount=")
          ? {
              kind: "respond",
              status: 403,
              body: '{"errors":[{"code":"DENIED","message":"no pull on the source"}]}',
            }
          : undefined,
    ]);
    try {
      const run = await sync(dir);
      expect(run.code, run.stdout).toBe(0);
      const other = run.json.images.find((i) => i.source.endsWith("other/multi:2.0"))!;
      expect(other).toMatchObject({ status: "copied", blobs: { uploaded: 4, mounted: 0, present: 0 } });
      expect(await mirrorDigest("no-mount/other/multi:2.0")).toBe(images.multi.digest);
    } finally {
      mirProxy.setRules([]);
    }
  });
});
