/**
 * The exported files run by their real consumers, on 127.0.0.1 only:
 * - `skopeo sync --src yaml`, with the command line written in the generated file, copies every image
 *   the tree uses from one docker-registry to another; the digests are then equal;
 * - skopeo with `--registries-conf` set to the generated registries.conf pulls `upstream.test/...`
 *   (a name that does not resolve) through a loopback mirror, after a dead first mirror;
 * - containerd 1.6 (started here as root, with its own root, state and socket, stopped by PID) fetches
 *   `upstream.test/...` through the generated hosts.toml with `ctr content fetch --hosts-dir`;
 * - dockerd (Debian's docker.io, started here as root with its own data root and socket, stopped by
 *   PID) with the generated daemon.json pulls a Docker Hub name that exists only on the mirror.
 */
import { type ChildProcess, execFile, spawn } from "node:child_process";
import { existsSync, mkdirSync, openSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { runCli } from "../helpers/cli.js";
import { inCI, requirePrerequisite } from "../helpers/shared.js";
import { sha256Of, type TestImages, writeTestImages } from "../registry/harness/images.js";
import {
  freePort,
  hasTool,
  REGISTRY_TOOLS,
  type RegistryProcess,
  registryToolsAvailable,
  skopeoCopy,
  skopeoRawManifest,
  startRegistry,
  stopAll,
  tempDir,
} from "../registry/harness/processes.js";

const run = promisify(execFile);
const available = requirePrerequisite(registryToolsAvailable(), REGISTRY_TOOLS);

/** A policy that accepts any image (the tests copy their own images between loopback registries). */
function writePolicy(dir: string): string {
  const path = join(dir, "policy.json");
  writeFileSync(path, JSON.stringify({ default: [{ type: "insecureAcceptAnything" }] }));
  return path;
}

function manifest(dir: string, images: string[]): void {
  mkdirSync(join(dir, "k"), { recursive: true });
  const containers = images.map((image, i) => `    - name: c${i}\n      image: ${image}\n`).join("");
  writeFileSync(
    join(dir, "k", "pod.yaml"),
    `apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  containers:\n${containers}`,
  );
}

async function exportTo(dir: string, format: string, out: string): Promise<void> {
  const r = await runCli(["export", format, "--out", out], dir);
  if (r.code !== 0) throw new Error(`mirrorize export ${format} failed (${r.code}): ${r.stderr}`);
}

describe.skipIf(!available)("exports run by their real consumers", () => {
  let images: TestImages;
  let upstream: RegistryProcess;
  let mirror: RegistryProcess;
  let closedPort: number;
  let policy: string;

  beforeAll(async () => {
    const work = tempDir("mirrorize-export-");
    images = writeTestImages(work);
    policy = writePolicy(work);
    [upstream, mirror] = await Promise.all([startRegistry("upstream"), startRegistry("mirror")]);
    closedPort = await freePort();
    const up = upstream.host;
    await Promise.all([
      skopeoCopy(images.tiny.dir, "1.0", `${up}/team/tiny:1.0`),
      skopeoCopy(images.multi.dir, "2.0", `${up}/team/multi:2.0`, { all: true }),
      skopeoCopy(images.tiny.dir, "1.0", `${up}/tools/tiny:1.0`),
      // What the mirror serves for the runtime tests: upstream.test/... lives under mirror/up/...
      skopeoCopy(images.tiny.dir, "1.0", `${mirror.host}/up/team/tiny:1.0`),
      skopeoCopy(images.multi.dir, "2.0", `${mirror.host}/up/team/multi:2.0`, { all: true }),
    ]);
  });

  afterAll(async () => {
    await stopAll();
  });

  test("skopeo sync --src yaml runs the generated skopeo-sync files; digests are equal", async () => {
    const dir = tempDir("mirrorize-export-sync-");
    const up = upstream.host;
    const m = mirror.host;
    writeFileSync(
      join(dir, ".mirrorize.yaml"),
      [
        "rules:",
        `  - match: ${up}/team`,
        `    mirror: ${m}/synced/team`,
        `  - match: ${up}/tools`,
        `    mirror: ${m}/other`,
        "registries:",
        `  insecure: [${up}, ${m}]`,
        "",
      ].join("\n"),
    );
    manifest(dir, [`${up}/team/tiny:1.0`, `${up}/team/multi@${images.multi.digest}`, `${up}/tools/tiny:1.0`]);
    await exportTo(dir, "skopeo-sync", "sync");
    const script = readFileSync(join(dir, "sync", "sync.sh"), "utf8");
    const commands = script.split("\n").filter((line) => line.startsWith("skopeo sync "));
    // One run per destination. (--scoped, for prefix mirrors, is not run here: the prefix strategy
    // cannot carry a host with a port, and loopback registries have one.)
    expect(commands).toHaveLength(2);
    for (const command of commands) {
      const args = command.split(" ").slice(1);
      // The generated command line, as written; only the test's trust policy is added in front.
      await run("skopeo", ["--policy", policy, ...args], { cwd: join(dir, "sync") });
    }
    const pairs: [string, string, string][] = [
      [`${up}/team/tiny:1.0`, `${m}/synced/team/tiny:1.0`, images.tiny.digest],
      [
        `${up}/team/multi@${images.multi.digest}`,
        `${m}/synced/team/multi@${images.multi.digest}`,
        images.multi.digest,
      ],
      [`${up}/tools/tiny:1.0`, `${m}/other/tiny:1.0`, images.tiny.digest],
    ];
    for (const [source, target, digest] of pairs) {
      const a = sha256Of(await skopeoRawManifest(source));
      const b = sha256Of(await skopeoRawManifest(target));
      expect({ target, digest: b }).toEqual({ target, digest: a });
      expect(a).toBe(digest);
    }
    // Every platform of the index came along (--all): each platform manifest is served by the mirror.
    for (const image of images.multi.images) {
      const raw = await skopeoRawManifest(`${m}/synced/team/multi@${image.manifestDigest}`);
      expect(sha256Of(raw)).toBe(image.manifestDigest);
    }
  });

  test("skopeo with --registries-conf pulls upstream.test/... through the generated mirror", async () => {
    const dir = tempDir("mirrorize-export-crio-");
    writeFileSync(
      join(dir, ".mirrorize.yaml"),
      [
        "rules:",
        "  - match: upstream.test",
        `    mirror: [127.0.0.1:${closedPort}/nothing, ${mirror.host}/up]`,
        "registries:",
        `  insecure: [127.0.0.1:${closedPort}, ${mirror.host}]`,
        "",
      ].join("\n"),
    );
    await exportTo(dir, "podman", "registries.conf");
    const conf = join(dir, "registries.conf");
    expect(readFileSync(conf, "utf8")).toContain('prefix = "upstream.test"');
    for (const [ref, digest] of [
      ["upstream.test/team/tiny:1.0", images.tiny.digest],
      ["upstream.test/team/multi:2.0", images.multi.digest],
    ] as const) {
      const target = join(dir, `pulled-${digest.slice(7, 19)}`);
      await run("skopeo", [
        "--policy",
        policy,
        "--registries-conf",
        conf,
        "copy",
        "--all",
        "--preserve-digests",
        `docker://${ref}`,
        `oci:${target}:pulled`,
      ]);
      const index = JSON.parse(readFileSync(join(target, "index.json"), "utf8"));
      expect(index.manifests[0].digest).toBe(digest);
    }
    // Without the generated file the name does not resolve: the mirror is what made the pull work.
    await expect(
      run("skopeo", ["--policy", policy, "inspect", "--raw", "docker://upstream.test/team/tiny:1.0"], {
        env: { ...process.env, CONTAINERS_REGISTRIES_CONF: join(dir, "empty.conf") },
      }),
    ).rejects.toThrow();
  });

  const containerdReady = hasTool("containerd") && hasTool("ctr");
  const root = process.getuid?.() === 0;
  const containerdOk = requirePrerequisite(
    containerdReady && root,
    containerdReady
      ? "root (the containerd test starts containerd, which needs root)"
      : "containerd and ctr (apt-get install -y containerd)",
  );

  test.skipIf(!containerdOk)(
    "containerd 1.6 fetches upstream.test/... through the generated hosts.toml",
    async () => {
      const dir = tempDir("mirrorize-export-ctrd-");
      writeFileSync(
        join(dir, ".mirrorize.yaml"),
        [
          "rules:",
          "  - match: upstream.test",
          `    mirror: [127.0.0.1:${closedPort}/nothing, ${mirror.host}/up]`,
          "registries:",
          `  insecure: [127.0.0.1:${closedPort}, ${mirror.host}]`,
          "",
        ].join("\n"),
      );
      await exportTo(dir, "containerd", "nodes");
      const hostsDir = join(dir, "nodes", "certs.d");
      expect(existsSync(join(hostsDir, "upstream.test", "hosts.toml"))).toBe(true);
      const daemon = await startContainerd(tempDir("mirrorize-ctrd-"));
      try {
        for (const [ref, digest] of [
          ["upstream.test/team/tiny:1.0", images.tiny.digest],
          ["upstream.test/team/multi:2.0", images.multi.digest],
        ] as const) {
          const { stdout } = await ctr(daemon.socket, [
            "content",
            "fetch",
            "--all-platforms",
            "--hosts-dir",
            hostsDir,
            ref,
          ]);
          expect(stdout).toMatch(/elapsed/);
          // The index/manifest with the upstream digest is now in containerd's content store.
          const { stdout: content } = await ctr(daemon.socket, ["content", "get", digest]);
          expect(sha256Of(content)).toBe(digest);
        }
        const { stdout: ls } = await ctr(daemon.socket, ["content", "ls", "-q"]);
        for (const image of images.multi.images) expect(ls).toContain(image.layerDigest);
        // Without the generated hosts.toml the upstream name does not resolve: the fetch fails.
        const empty = tempDir("mirrorize-export-nohosts-");
        await expect(
          ctr(daemon.socket, ["content", "fetch", "--hosts-dir", empty, "upstream.test/team/tiny:1.0"]),
        ).rejects.toThrow();
      } finally {
        await daemon.stop();
      }
    },
  );

  const dockerOk = requirePrerequisite(
    hasTool("dockerd") && hasTool("docker") && root,
    hasTool("dockerd")
      ? "root (the Docker test starts dockerd)"
      : "dockerd and docker (apt-get install -y docker.io)",
  );

  test.skipIf(!dockerOk)(
    "dockerd with the generated daemon.json pulls Docker Hub images from the mirror",
    async () => {
      const dir = tempDir("mirrorize-export-docker-");
      writeFileSync(
        join(dir, ".mirrorize.yaml"),
        [
          "rules:",
          "  - match: docker.io",
          `    mirror: ${mirror.host}`,
          "registries:",
          `  insecure: [${mirror.host}]`,
          "",
        ].join("\n"),
      );
      await exportTo(dir, "docker", "daemon.json");
      expect(JSON.parse(readFileSync(join(dir, "daemon.json"), "utf8"))).toEqual({
        "registry-mirrors": [`http://${mirror.host}`],
        "insecure-registries": [mirror.host],
      });
      // An image that exists only on the mirror: pulling it as a Docker Hub name works only through it.
      await skopeoCopy(images.tiny.dir, "1.0", `${mirror.host}/library/mirrorize-export-test-tiny:1.0`);
      const daemon = await startDockerd(tempDir("mirrorize-dockerd-"), join(dir, "daemon.json"));
      try {
        const env = { ...process.env, DOCKER_HOST: `unix://${daemon.socket}` };
        const { stdout: info } = await run(
          "docker",
          ["info", "--format", "{{json .RegistryConfig.Mirrors}}"],
          { env },
        );
        expect(JSON.parse(info)).toEqual([`http://${mirror.host}/`]);
        await run("docker", ["pull", "--quiet", "mirrorize-export-test-tiny:1.0"], { env });
        const { stdout } = await run(
          "docker",
          ["image", "inspect", "--format", "{{json .RepoDigests}}", "mirrorize-export-test-tiny:1.0"],
          { env },
        );
        expect(JSON.parse(stdout)).toEqual([`mirrorize-export-test-tiny@${images.tiny.digest}`]);
      } finally {
        await daemon.stop();
      }
    },
  );
});

interface Containerd {
  socket: string;
  pid: number;
  stop: () => Promise<void>;
}

function ctr(socket: string, args: string[]) {
  return run("ctr", ["--address", socket, "--timeout", "60s", ...args], { maxBuffer: 16 * 1024 * 1024 });
}

/** containerd with its own root, state and socket folders; stopped by PID. */
async function startContainerd(dir: string): Promise<Containerd> {
  const socket = join(dir, "c.sock");
  const config = join(dir, "config.toml");
  writeFileSync(
    config,
    [
      "version = 2",
      `root = "${join(dir, "root")}"`,
      `state = "${join(dir, "state")}"`,
      // Only the content store and the image service are needed: no CRI, no snapshotters to probe.
      'disabled_plugins = ["io.containerd.grpc.v1.cri", "io.containerd.snapshotter.v1.btrfs", "io.containerd.snapshotter.v1.zfs", "io.containerd.snapshotter.v1.devmapper", "io.containerd.snapshotter.v1.aufs"]',
      "[grpc]",
      `  address = "${socket}"`,
      "[ttrpc]",
      `  address = "${join(dir, "c.ttrpc.sock")}"`,
      "",
    ].join("\n"),
  );
  const logPath = join(dir, "containerd.log");
  const log = openSync(logPath, "w");
  const child: ChildProcess = spawn("containerd", ["--config", config], { stdio: ["ignore", log, log] });
  const stop = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null || child.pid === undefined) return resolve();
      const force = setTimeout(() => child.kill("SIGKILL"), 10_000);
      child.once("exit", () => {
        clearTimeout(force);
        resolve();
      });
      process.kill(child.pid, "SIGTERM");
    });
  for (let attempt = 0; attempt < 200; attempt++) {
    if (child.exitCode !== null) break;
    if (existsSync(socket)) {
      try {
        await ctr(socket, ["version"]);
        return { socket, pid: child.pid!, stop };
      } catch {
        // not serving yet
      }
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  await stop();
  const reason = `containerd did not start (exit ${child.exitCode}): ${readFileSync(logPath, "utf8").slice(-2000)}`;
  // In CI this is a failure with the reason; outside CI too: the tool is there, so it must work.
  throw new Error(inCI ? reason : `${reason} (run as root on a machine that allows it)`);
}

/** dockerd with its own data, exec root and socket (no iptables, no bridge, vfs); stopped by PID. */
async function startDockerd(
  dir: string,
  configFile: string,
): Promise<{ socket: string; stop: () => Promise<void> }> {
  const socket = join(dir, "d.sock");
  const logPath = join(dir, "dockerd.log");
  const log = openSync(logPath, "w");
  const child: ChildProcess = spawn(
    "dockerd",
    [
      "--config-file",
      configFile,
      "--data-root",
      join(dir, "data"),
      "--exec-root",
      join(dir, "exec"),
      "--pidfile",
      join(dir, "dockerd.pid"),
      "--host",
      `unix://${socket}`,
      "--iptables=false",
      "--ip6tables=false",
      "--bridge=none",
      "--storage-driver=vfs",
    ],
    { stdio: ["ignore", log, log] },
  );
  const stop = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null || child.pid === undefined) return resolve();
      const force = setTimeout(() => child.kill("SIGKILL"), 20_000);
      child.once("exit", () => {
        clearTimeout(force);
        resolve();
      });
      process.kill(child.pid, "SIGTERM");
    });
  for (let attempt = 0; attempt < 300; attempt++) {
    if (child.exitCode !== null) break;
    if (existsSync(socket)) {
      try {
        await run("docker", ["version"], { env: { ...process.env, DOCKER_HOST: `unix://${socket}` } });
        return { socket, stop };
      } catch {
        // not serving yet
      }
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  await stop();
  throw new Error(
    `dockerd did not start (exit ${child.exitCode}): ${readFileSync(logPath, "utf8").slice(-2000)}`,
  );
}
