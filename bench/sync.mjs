// The sync section of `npm run bench` (opt-in: --sync, or --sync-only): `mirrorize sync` of an image
// set against `skopeo copy --all --preserve-digests` of the same set, between the same two local
// registries (Debian's docker-registry on 127.0.0.1), cold (an empty mirror: a fresh registry for each
// run) and warm (everything already there). Runs alternate mirrorize / skopeo, each with its defaults:
// mirrorize sync (8 images at once), skopeo copy of one image per process, 4 processes at once (each
// copies an image's layers in parallel). Checks that every digest at both mirrors equals upstream's.
import { execFile, spawn, spawnSync } from "node:child_process";
import { createCipheriv, createHash } from "node:crypto";
import { mkdirSync, openSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { join } from "node:path";
import { promisify } from "node:util";
import { gzipSync } from "node:zlib";

const run = promisify(execFile);

export function syncToolsAvailable() {
  const has = (tool) => spawnSync("sh", ["-c", `command -v ${tool}`], { stdio: "ignore" }).status === 0;
  return has("docker-registry") && has("skopeo");
}

const sha256 = (data) => `sha256:${createHash("sha256").update(data).digest("hex")}`;

function randomBytes(size, seed) {
  const cipher = createCipheriv("aes-128-ctr", createHash("md5").update(seed).digest(), Buffer.alloc(16, 0));
  return cipher.update(Buffer.alloc(size));
}

/** A ustar archive of one file (mtime 0): the layer content. */
function tarOneFile(name, content) {
  const header = Buffer.alloc(512, 0);
  const put = (text, offset) => header.write(text, offset, "ascii");
  const octal = (value, length) => `${value.toString(8).padStart(length - 1, "0")}\0`;
  put(name, 0);
  put(octal(0o644, 8), 100);
  put(octal(0, 8), 108);
  put(octal(0, 8), 116);
  put(octal(content.length, 12), 124);
  put(octal(0, 12), 136);
  put("        ", 148);
  put("0", 156);
  put("ustar\0", 257);
  put("00", 263);
  let sum = 0;
  for (const byte of header) sum += byte;
  put(`${sum.toString(8).padStart(6, "0")}\0 `, 148);
  const padded = Buffer.alloc(Math.ceil(content.length / 512) * 512, 0);
  content.copy(padded);
  return Buffer.concat([header, padded, Buffer.alloc(1024, 0)]);
}

/**
 * An OCI layout in `dir`, tag `1.0`: one image (even i) or a two-platform index (odd i), each
 * platform with two layers of random bytes (`layerBytes` and a small one).
 */
function writeLayout(dir, i, layerBytes) {
  mkdirSync(join(dir, "blobs", "sha256"), { recursive: true });
  const blob = (data) => {
    const digest = sha256(data);
    writeFileSync(join(dir, "blobs", "sha256", digest.slice(7)), data);
    return { digest, size: data.length };
  };
  const platforms = i % 2 === 0 ? ["amd64"] : ["amd64", "arm64"];
  const manifests = platforms.map((arch) => {
    const layers = [layerBytes, 64 * 1024].map((size, n) => {
      const tar = tarOneFile(`file-${n}`, randomBytes(size, `image ${i} ${arch} layer ${n}`));
      return { tar, gz: blob(gzipSync(tar, { level: 1 })) };
    });
    const config = blob(
      Buffer.from(
        JSON.stringify({
          architecture: arch,
          os: "linux",
          rootfs: { type: "layers", diff_ids: layers.map((l) => sha256(l.tar)) },
        }),
      ),
    );
    const manifest = blob(
      Buffer.from(
        JSON.stringify({
          schemaVersion: 2,
          mediaType: "application/vnd.oci.image.manifest.v1+json",
          config: { mediaType: "application/vnd.oci.image.config.v1+json", ...config },
          layers: layers.map((l) => ({ mediaType: "application/vnd.oci.image.layer.v1.tar+gzip", ...l.gz })),
        }),
      ),
    );
    return { ...manifest, arch };
  });
  let top;
  if (manifests.length === 1)
    top = { mediaType: "application/vnd.oci.image.manifest.v1+json", ...manifests[0] };
  else {
    const index = blob(
      Buffer.from(
        JSON.stringify({
          schemaVersion: 2,
          mediaType: "application/vnd.oci.image.index.v1+json",
          manifests: manifests.map((m) => ({
            mediaType: "application/vnd.oci.image.manifest.v1+json",
            digest: m.digest,
            size: m.size,
            platform: { os: "linux", architecture: m.arch },
          })),
        }),
      ),
    );
    top = { mediaType: "application/vnd.oci.image.index.v1+json", ...index };
  }
  writeFileSync(join(dir, "oci-layout"), JSON.stringify({ imageLayoutVersion: "1.0.0" }));
  writeFileSync(
    join(dir, "index.json"),
    JSON.stringify({
      schemaVersion: 2,
      manifests: [
        {
          mediaType: top.mediaType,
          digest: top.digest,
          size: top.size,
          annotations: { "org.opencontainers.image.ref.name": "1.0" },
        },
      ],
    }),
  );
  return top.digest;
}

async function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

export async function startRegistry(dir) {
  mkdirSync(dir, { recursive: true });
  const port = await freePort();
  const config = join(dir, "config.yml");
  writeFileSync(
    config,
    [
      "version: 0.1",
      "log: {level: error, accesslog: {disabled: true}}",
      `storage: {filesystem: {rootdirectory: ${join(dir, "data")}}, cache: {blobdescriptor: inmemory}}`,
      `http: {addr: "127.0.0.1:${port}", secret: bench}`,
      "",
    ].join("\n"),
  );
  const log = openSync(join(dir, "registry.log"), "w");
  const child = spawn("docker-registry", ["serve", config], { stdio: ["ignore", log, log] });
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 100; i++) {
    try {
      const r = await fetch(`${url}/v2/`);
      await r.body?.cancel();
      if (r.status === 200) break;
    } catch {
      // not yet listening
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return {
    host: `127.0.0.1:${port}`,
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve();
        child.once("exit", resolve);
        child.kill("SIGTERM");
      }),
  };
}

async function rawDigest(ref) {
  const { stdout } = await run("skopeo", ["inspect", "--raw", "--tls-verify=false", `docker://${ref}`], {
    maxBuffer: 16 * 1024 * 1024,
  });
  return sha256(Buffer.from(stdout));
}

/** Runs `commands` (arrays of argv) `parallel` at a time; resolves when all are done. */
export async function pool(commands, parallel) {
  let next = 0;
  let failures = 0;
  const worker = async () => {
    while (next < commands.length) {
      const argv = commands[next++];
      try {
        await run(argv[0], argv.slice(1), { maxBuffer: 16 * 1024 * 1024 });
      } catch {
        failures++;
      }
    }
  };
  await Promise.all(Array.from({ length: parallel }, worker));
  return failures;
}

/**
 * The benchmark. `timed(cmd, args, {cwd})` is run.mjs's timer (wall s, exit code, peak RSS). Returns
 * the section of results.json.
 */
export async function benchSync({
  cli,
  work,
  images = 20,
  layerMiB = 4,
  runs = 3,
  timed,
  log = console.log,
}) {
  const root = join(work, "sync");
  rmSync(root, { recursive: true, force: true });
  mkdirSync(root, { recursive: true });
  log(`sync: writing ${images} images (${layerMiB} MiB layers) ...`);
  const layouts = [];
  for (let i = 0; i < images; i++) {
    const dir = join(root, "layouts", `img${i}`);
    layouts.push({ dir, name: `bench/img${i}`, digest: writeLayout(dir, i, layerMiB * 1024 * 1024) });
  }
  const upstream = await startRegistry(join(root, "upstream"));
  const stops = [upstream.stop];
  try {
    const seedFailures = await pool(
      layouts.map((l) => [
        "skopeo",
        "--insecure-policy",
        "copy",
        "--quiet",
        "--all",
        "--preserve-digests",
        "--dest-tls-verify=false",
        `oci:${l.dir}:1.0`,
        `docker://${upstream.host}/${l.name}:1.0`,
      ]),
      4,
    );
    if (seedFailures > 0) throw new Error(`seeding the upstream registry failed for ${seedFailures} images`);
    const tree = join(root, "tree");
    const mirrorize = async (mirror) => {
      mkdirSync(tree, { recursive: true });
      writeFileSync(
        join(tree, "pods.yaml"),
        layouts
          .map((l, i) =>
            [
              "apiVersion: v1",
              "kind: Pod",
              `metadata: {name: p${i}}`,
              "spec:",
              "  containers:",
              "    - name: c",
              `      image: ${upstream.host}/${l.name}:1.0`,
            ].join("\n"),
          )
          .join("\n---\n"),
      );
      writeFileSync(
        join(tree, ".mirrorize.yaml"),
        `rules:\n  - match: ${upstream.host}\n    mirror: ${mirror.host}\n`,
      );
      return timed(process.execPath, [cli, "sync", "--quiet"], { cwd: tree });
    };
    const skopeo = async (mirror) => {
      const started = process.hrtime.bigint();
      const failures = await pool(
        layouts.map((l) => [
          "skopeo",
          "--insecure-policy",
          "copy",
          "--quiet",
          "--all",
          "--preserve-digests",
          "--src-tls-verify=false",
          "--dest-tls-verify=false",
          `docker://${upstream.host}/${l.name}:1.0`,
          `docker://${mirror.host}/${l.name}:1.0`,
        ]),
        4,
      );
      return { seconds: Number(process.hrtime.bigint() - started) / 1e9, code: failures > 0 ? 1 : 0 };
    };
    const sample = { mirrorize: { cold: [], warm: [], rssMB: 0 }, skopeo: { cold: [], warm: [] } };
    const mismatches = [];
    for (let r = 0; r < runs; r++) {
      for (const tool of ["mirrorize", "skopeo"]) {
        const mirror = await startRegistry(join(root, `mirror-${tool}-${r}`));
        stops.push(mirror.stop);
        const go = tool === "mirrorize" ? mirrorize : skopeo;
        const cold = await go(mirror);
        const warm = await go(mirror);
        if (cold.code !== 0 || warm.code !== 0) {
          throw new Error(`${tool} failed (exit ${cold.code}/${warm.code}) ${cold.stderr ?? ""}`);
        }
        sample[tool].cold.push(cold.seconds);
        sample[tool].warm.push(warm.seconds);
        if (tool === "mirrorize") sample.mirrorize.rssMB = Math.max(sample.mirrorize.rssMB, cold.rssMB ?? 0);
        if (r === 0) {
          for (const l of layouts) {
            const got = await rawDigest(`${mirror.host}/${l.name}:1.0`);
            if (got !== l.digest) mismatches.push(`${tool}: ${l.name} ${got} != ${l.digest}`);
          }
        }
        await mirror.stop();
        rmSync(join(root, `mirror-${tool}-${r}`), { recursive: true, force: true });
      }
    }
    const median = (xs) => {
      const s = [...xs].sort((a, b) => a - b);
      const m = s.length >> 1;
      return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
    };
    const pairs = (kind) => sample.mirrorize[kind].map((m, i) => m / sample.skopeo[kind][i]);
    const round = (x) => Number(x.toFixed(3));
    const bytes = layouts.length * layerMiB;
    return {
      images,
      layerMiB,
      runs,
      approxMiB: bytes + Math.floor(images / 2) * layerMiB,
      identicalDigests: mismatches.length === 0,
      mismatches,
      mirrorize: {
        cold: round(median(sample.mirrorize.cold)),
        warm: round(median(sample.mirrorize.warm)),
        coldRuns: sample.mirrorize.cold.map(round),
        warmRuns: sample.mirrorize.warm.map(round),
        rssMB: round(sample.mirrorize.rssMB),
      },
      skopeo: {
        cold: round(median(sample.skopeo.cold)),
        warm: round(median(sample.skopeo.warm)),
        coldRuns: sample.skopeo.cold.map(round),
        warmRuns: sample.skopeo.warm.map(round),
      },
      coldRatio: round(median(pairs("cold"))),
      warmRatio: round(median(pairs("warm"))),
    };
  } finally {
    for (const stop of stops) await stop();
  }
}
