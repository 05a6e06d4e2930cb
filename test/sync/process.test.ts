/**
 * `mirrorize sync` as users run it (the bundled CLI in a child process) against real registries on
 * 127.0.0.1: killed in the middle of a run and resumed (what was uploaded is not uploaded again), and
 * a layer larger than the memory cap of the test streamed through without raising the peak RSS
 * (measured by /usr/bin/time).
 */
import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { createCipheriv, createHash } from "node:crypto";
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { bundledCli, runCli } from "../helpers/cli.js";
import { requirePrerequisite } from "../helpers/shared.js";
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

const TIME = "/usr/bin/time";
const available =
  requirePrerequisite(registryToolsAvailable(), REGISTRY_TOOLS) &&
  requirePrerequisite(existsSync(bundledCli), `the bundled CLI ${bundledCli} (npm run build)`) &&
  requirePrerequisite(existsSync(TIME), "/usr/bin/time (apt-get install -y time)");

const USER = "sync-bot";
const PASSWORD = "push-secret";
const CREDS = `${USER}:${PASSWORD}`;
const ENV = { MIRRORIZE_MIRROR_PASSWORD: PASSWORD };
/** The layer of the memory test, and the peak RSS the whole CLI run must stay under. */
const LARGE_LAYER = 384 * 1024 * 1024;
const RSS_CAP = 256 * 1024 * 1024;
/** A third of it: the peak must not grow with the layer's size. */
const MEDIUM_LAYER = 128 * 1024 * 1024;

function write(path: string, text: string): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
}

/** `size` pseudo-random bytes (AES-CTR over zeros with a fixed key), 1 MiB at a time. */
function* randomBytesStream(size: number): Generator<Uint8Array> {
  const cipher = createCipheriv("aes-128-ctr", Buffer.alloc(16, 7), Buffer.alloc(16, 0));
  const zeros = Buffer.alloc(1024 * 1024);
  for (let left = size; left > 0; left -= zeros.length) {
    yield cipher.update(left >= zeros.length ? zeros : zeros.subarray(0, left));
  }
}

/**
 * Pushes an image whose single layer is `size` random bytes straight to a registry with fetch (the
 * distribution API by hand, not the code under test), streaming it.
 */
async function pushLargeImage(
  registryUrl: string,
  repository: string,
  tag: string,
  size: number,
): Promise<string> {
  const hash = createHash("sha256");
  for (const chunk of randomBytesStream(size)) hash.update(chunk);
  const layerDigest = `sha256:${hash.digest("hex")}`;
  const upload = async (body: RequestInit["body"], digest: string, length: number) => {
    const post = await fetch(`${registryUrl}/v2/${repository}/blobs/uploads/`, { method: "POST" });
    const location = new URL(post.headers.get("location")!, registryUrl);
    location.searchParams.set("digest", digest);
    const put = await fetch(location, {
      method: "PUT",
      body,
      headers: { "content-length": String(length), "content-type": "application/octet-stream" },
      duplex: "half",
    } as RequestInit);
    if (put.status !== 201) throw new Error(`upload of ${digest} failed: ${put.status} ${await put.text()}`);
  };
  const generator = randomBytesStream(size);
  await upload(
    new ReadableStream<Uint8Array>({
      pull(controller) {
        const next = generator.next();
        if (next.done) controller.close();
        else controller.enqueue(next.value);
      },
    }),
    layerDigest,
    size,
  );
  const config = Buffer.from(
    JSON.stringify({
      architecture: "amd64",
      os: "linux",
      rootfs: { type: "layers", diff_ids: [layerDigest] },
    }),
  );
  const configDigest = `sha256:${createHash("sha256").update(config).digest("hex")}`;
  await upload(config, configDigest, config.length);
  const manifest = Buffer.from(
    JSON.stringify({
      schemaVersion: 2,
      mediaType: "application/vnd.oci.image.manifest.v1+json",
      config: {
        mediaType: "application/vnd.oci.image.config.v1+json",
        digest: configDigest,
        size: config.length,
      },
      layers: [{ mediaType: "application/vnd.oci.image.layer.v1.tar", digest: layerDigest, size }],
    }),
  );
  const put = await fetch(`${registryUrl}/v2/${repository}/manifests/${tag}`, {
    method: "PUT",
    body: manifest,
    headers: { "content-type": "application/vnd.oci.image.manifest.v1+json" },
  });
  if (put.status !== 201) throw new Error(`manifest PUT failed: ${put.status}`);
  return `sha256:${createHash("sha256").update(manifest).digest("hex")}`;
}

describe.skipIf(!available)("mirrorize sync in a child process", () => {
  let images: TestImages;
  let upstream: RegistryProcess;
  let mirror: RegistryProcess;
  let mirProxy: FaultProxy;
  let root: string;
  let largeDigest: string;
  let mediumDigest: string;
  const children: ChildProcess[] = [];

  beforeAll(async () => {
    root = tempDir("mirrorize-sync-proc-");
    images = writeTestImages(join(root, "images"));
    const htpasswd = join(root, "htpasswd");
    await writeHtpasswd(htpasswd, { [USER]: PASSWORD });
    [upstream, mirror] = await Promise.all([
      startRegistry("upstream"),
      startRegistry("mirror", { htpasswd }),
    ]);
    mirProxy = await startFaultProxy({ target: mirror.url, port: await freePort() });
    await Promise.all([
      skopeoCopy(images.tiny.dir, "1.0", `${upstream.host}/library/tiny:1.0`),
      skopeoCopy(images.multi.dir, "2.0", `${upstream.host}/library/multi:2.0`, { all: true }),
    ]);
    largeDigest = await pushLargeImage(upstream.url, "library/large", "1.0", LARGE_LAYER);
    mediumDigest = await pushLargeImage(upstream.url, "library/medium", "1.0", MEDIUM_LAYER);
  });

  afterAll(async () => {
    for (const child of children)
      if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
    await mirProxy?.close();
    await stopAll();
  });

  function tree(name: string, refs: string[], mirrorHost: string): string {
    const dir = join(root, "trees", name);
    const lines = ["apiVersion: v1", "kind: Pod", "metadata: {name: p}", "spec:", "  containers:"];
    for (const [i, ref] of refs.entries()) lines.push(`    - name: c${i}`, `      image: ${ref}`);
    write(join(dir, "pod.yaml"), `${lines.join("\n")}\n`);
    write(
      join(dir, ".mirrorize.yaml"),
      [
        "rules:",
        `  - match: ${upstream.host}`,
        `    mirror: ${mirrorHost}/${name}`,
        "registries:",
        "  credentials:",
        `    ${mirrorHost}: {username: ${USER}, passwordEnv: MIRRORIZE_MIRROR_PASSWORD}`,
      ].join("\n"),
    );
    return dir;
  }

  const childEnv = (dir: string) => ({
    ...process.env,
    ...ENV,
    NO_COLOR: "1",
    DOCKER_CONFIG: join(dir, ".no-docker-config"),
  });

  /** Blob digests whose upload the mirror accepted (`PUT …?digest=` answered 201) since the last reset. */
  const committedBlobs = () =>
    mirProxy.records
      .filter((r) => r.method === "PUT" && r.status === 201 && r.path.includes("digest="))
      .map((r) => decodeURIComponent(/digest=([^&]+)/.exec(r.path)![1]!));

  test("killed in the middle of a run, the next run uploads only what had not been uploaded", async () => {
    const dir = tree(
      "resume",
      [`${upstream.host}/library/multi:2.0`, `${upstream.host}/library/tiny:1.0`],
      mirProxy.host,
    );
    const tinyLayer = images.tiny.images[0]!.layerDigest;
    mirProxy.reset();
    // Hold the commit of tiny's layer (the last image with --concurrency 1): the run is then killed.
    mirProxy.setRules([
      (request) =>
        request.method === "PUT" && request.path.includes(`digest=${encodeURIComponent(tinyLayer)}`)
          ? { kind: "hang" }
          : undefined,
    ]);
    const child = spawn(process.execPath, [bundledCli, "sync", "--concurrency", "1"], {
      cwd: dir,
      env: childEnv(dir),
      stdio: "ignore",
    });
    children.push(child);
    const exited = new Promise((resolve) => child.once("exit", resolve));
    for (let i = 0; i < 600 && !mirProxy.records.some((r) => r.method === "PUT" && r.status === 0); i++) {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    expect(mirProxy.records.some((r) => r.method === "PUT" && r.status === 0)).toBe(true);
    process.kill(child.pid!, "SIGKILL");
    await exited;
    // Requests the child had sent are still being answered by the registry: let them finish, so
    // that the records say what the mirror holds.
    for (let i = 0; i < 600 && mirProxy.forwarding > 0; i++)
      await new Promise((resolve) => setTimeout(resolve, 50));
    expect(mirProxy.forwarding).toBe(0);
    mirProxy.setRules([]);
    const before = new Set(committedBlobs());
    // multi's two configs and two layers were committed before tiny started.
    for (const image of images.multi.images) {
      expect(before.has(image.layerDigest)).toBe(true);
      expect(before.has(image.configDigest)).toBe(true);
    }
    expect(before.has(tinyLayer)).toBe(false);

    mirProxy.reset();
    const resumed = await runCli(["sync", "--format", "json"], dir, "", {
      ...ENV,
      DOCKER_CONFIG: join(dir, ".no-docker-config"),
    });
    expect(resumed.code, resumed.stdout + resumed.stderr).toBe(0);
    const after = committedBlobs();
    expect(after).toContain(tinyLayer);
    expect(after.filter((d) => before.has(d))).toEqual([]);
    const report = JSON.parse(resumed.stdout) as {
      images: Array<{ source: string; status: string; blobs: Record<string, number> }>;
    };
    // multi was done before the kill: one HEAD. tiny was cut before its layer was committed.
    const [multi, tiny] = report.images;
    expect(multi).toMatchObject({ status: "present" });
    const tinyBlobs = [images.tiny.images[0]!.configDigest, tinyLayer];
    const kept = tinyBlobs.filter((d) => before.has(d)).length;
    // The config blob may have been committed by the registry as the child was killed, before the
    // proxy saw its answer: then the mirror has it although the records do not. Either way each of
    // tiny's two blobs is uploaded once or found present, and the layer (held, never committed) is
    // uploaded now.
    expect(tiny).toMatchObject({ status: "copied", blobs: { mounted: 0 } });
    expect(tiny!.blobs.uploaded! + tiny!.blobs.present!).toBe(2);
    expect(tiny!.blobs.present).toBeGreaterThanOrEqual(kept);
    expect(tiny!.blobs.uploaded).toBeGreaterThanOrEqual(1);
    expect(sha256Of(await skopeoRawManifest(`${mirror.host}/resume/library/multi:2.0`, CREDS))).toBe(
      images.multi.digest,
    );
    expect(sha256Of(await skopeoRawManifest(`${mirror.host}/resume/library/tiny:1.0`, CREDS))).toBe(
      images.tiny.digest,
    );
  });

  test(`a ${LARGE_LAYER / 2 ** 20} MiB layer streams through: peak RSS under ${RSS_CAP / 2 ** 20} MiB, as for a third of it`, async () => {
    const peakRss = (dir: string) => {
      const run = spawnSync(TIME, ["-f", "maxrss=%M", process.execPath, bundledCli, "sync"], {
        cwd: dir,
        env: childEnv(dir),
        encoding: "utf8",
        timeout: 300_000,
      });
      expect(run.status, run.stdout + run.stderr).toBe(0);
      expect(run.stdout).toMatch(/1 image: 1 copied/);
      return Number(/maxrss=(\d+)/.exec(run.stderr)?.[1]) * 1024;
    };
    const medium = peakRss(tree("medium", [`${upstream.host}/library/medium:1.0`], mirror.host));
    const large = peakRss(tree("large", [`${upstream.host}/library/large:1.0`], mirror.host));
    const mib = (n: number) => `${(n / 2 ** 20).toFixed(1)} MiB`;
    console.log(
      `peak RSS: sync of a ${mib(LARGE_LAYER)} layer ${mib(large)}, of a ${mib(MEDIUM_LAYER)} layer ${mib(medium)}`,
    );
    expect(large).toBeLessThan(RSS_CAP);
    // Flat: three times the bytes, about the same peak (chunks and unread garbage, not the layer).
    expect(large - medium).toBeLessThan(48 * 2 ** 20);
    expect(sha256Of(await skopeoRawManifest(`${mirror.host}/medium/library/medium:1.0`, CREDS))).toBe(
      mediumDigest,
    );
    expect(sha256Of(await skopeoRawManifest(`${mirror.host}/large/library/large:1.0`, CREDS))).toBe(
      largeDigest,
    );
  });
});
