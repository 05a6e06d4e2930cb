/**
 * Real registries for the tests: Debian's `docker-registry` (distribution 2.8.2) on 127.0.0.1 ports
 * chosen at run time, seeded with `skopeo`. Every process is killed by PID in `stopAll()` and, as a
 * safety net, when the test process exits.
 */
import { type ChildProcess, execFile, spawn, spawnSync } from "node:child_process";
import { mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";

const run = promisify(execFile);

/** Ports that undici's fetch refuses ("bad ports"); a test server must not use them. */
const FETCH_BAD_PORTS = new Set([
  1, 7, 9, 11, 13, 15, 17, 19, 20, 21, 22, 23, 25, 37, 42, 43, 53, 69, 77, 79, 87, 95, 101, 102, 103, 104,
  109, 110, 111, 113, 115, 117, 119, 123, 135, 137, 139, 143, 161, 179, 389, 427, 465, 512, 513, 514, 515,
  526, 530, 531, 532, 540, 548, 554, 556, 563, 587, 601, 636, 989, 990, 993, 995, 1719, 1720, 1723, 2049,
  3659, 4045, 4190, 5060, 5061, 6000, 6566, 6665, 6666, 6667, 6668, 6669, 6679, 6697, 10080,
]);

const children = new Set<ChildProcess>();
const tempDirs = new Set<string>();

process.on("exit", () => {
  for (const child of children) {
    if (child.pid !== undefined && child.exitCode === null) {
      try {
        process.kill(child.pid, "SIGKILL");
      } catch {
        // already gone
      }
    }
  }
});

/** Whether a command is on PATH. */
export function hasTool(name: string): boolean {
  return spawnSync("sh", ["-c", `command -v ${name}`], { stdio: "ignore" }).status === 0;
}

/** The tools the real-registry suites need, for `requirePrerequisite`. */
export function registryToolsAvailable(): boolean {
  return hasTool("docker-registry") && hasTool("skopeo") && hasTool("openssl") && hasTool("htpasswd");
}

export const REGISTRY_TOOLS =
  "docker-registry, skopeo, openssl and htpasswd (apt-get install -y docker-registry skopeo apache2-utils)";

/** A fresh temporary directory, removed by `stopAll()`. */
export function tempDir(prefix = "mirrorize-reg-"): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  tempDirs.add(dir);
  return dir;
}

/** A free TCP port on `host` that fetch accepts. */
export async function freePort(host = "127.0.0.1"): Promise<number> {
  for (;;) {
    const port = await new Promise<number>((resolve, reject) => {
      const server = createServer();
      server.once("error", reject);
      server.listen(0, host, () => {
        const address = server.address();
        const chosen = typeof address === "object" && address ? address.port : 0;
        server.close(() => resolve(chosen));
      });
    });
    if (!FETCH_BAD_PORTS.has(port)) return port;
  }
}

export interface RegistryProcess {
  /** `127.0.0.1:PORT`, the registry part of a reference. */
  host: string;
  url: string;
  pid: number;
  dir: string;
  log: () => string;
  stop: () => Promise<void>;
}

export interface RegistryOptions {
  htpasswd?: string;
  token?: { realm: string; service: string; issuer: string; rootCertBundle: string };
  proxyRemoteUrl?: string;
}

function registryConfig(dir: string, port: number, options: RegistryOptions): string {
  const lines = [
    "version: 0.1",
    "log:",
    "  level: error",
    "  accesslog:",
    "    disabled: true",
    "storage:",
    "  filesystem:",
    `    rootdirectory: ${join(dir, "data")}`,
    "  delete:",
    "    enabled: true",
    "  cache:",
    "    blobdescriptor: inmemory",
    "http:",
    `  addr: 127.0.0.1:${port}`,
    "  secret: mirrorize-test-secret",
  ];
  if (options.htpasswd) {
    lines.push("auth:", "  htpasswd:", "    realm: test-realm", `    path: ${options.htpasswd}`);
  }
  if (options.token) {
    lines.push(
      "auth:",
      "  token:",
      `    realm: ${options.token.realm}`,
      `    service: ${options.token.service}`,
      `    issuer: ${options.token.issuer}`,
      `    rootcertbundle: ${options.token.rootCertBundle}`,
    );
  }
  if (options.proxyRemoteUrl) lines.push("proxy:", `  remoteurl: ${options.proxyRemoteUrl}`);
  return `${lines.join("\n")}\n`;
}

async function waitUntilServing(url: string, child: ChildProcess, log: () => string): Promise<void> {
  // Startup takes well under a second; 150 polls of 100 ms is only a guard against a hung start.
  for (let attempt = 0; attempt < 150; attempt++) {
    if (child.exitCode !== null) throw new Error(`docker-registry exited early: ${log()}`);
    try {
      const response = await fetch(`${url}/v2/`);
      await response.body?.cancel();
      if (response.status === 200 || response.status === 401) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`docker-registry did not start at ${url}: ${log()}`);
}

function stopChild(child: ChildProcess): Promise<void> {
  children.delete(child);
  if (child.exitCode !== null || child.pid === undefined) return Promise.resolve();
  return new Promise((resolve) => {
    const force = setTimeout(() => child.kill("SIGKILL"), 5_000);
    child.once("exit", () => {
      clearTimeout(force);
      resolve();
    });
    process.kill(child.pid!, "SIGTERM");
  });
}

/** Starts `docker-registry serve` on a free loopback port with a config written to a temp dir. */
export async function startRegistry(name: string, options: RegistryOptions = {}): Promise<RegistryProcess> {
  const dir = tempDir(`mirrorize-${name}-`);
  for (let attempt = 0; ; attempt++) {
    const port = await freePort();
    const configPath = join(dir, "config.yml");
    writeFileSync(configPath, registryConfig(dir, port, options));
    const logPath = join(dir, `registry-${port}.log`);
    const logFd = openSync(logPath, "w");
    const child = spawn("docker-registry", ["serve", configPath], { stdio: ["ignore", logFd, logFd] });
    children.add(child);
    const log = () => readFileSync(logPath, "utf8");
    const url = `http://127.0.0.1:${port}`;
    try {
      await waitUntilServing(url, child, log);
    } catch (error) {
      await stopChild(child);
      // Another process may have taken the port between the probe and the bind: try another one.
      if (attempt < 2 && /address already in use/.test(log())) continue;
      throw error;
    }
    return { host: `127.0.0.1:${port}`, url, pid: child.pid!, dir, log, stop: () => stopChild(child) };
  }
}

/** Kills every registry started by this process (by PID) and removes the temp dirs. */
export async function stopAll(): Promise<void> {
  await Promise.all([...children].map((child) => stopChild(child)));
  for (const dir of tempDirs) rmSync(dir, { recursive: true, force: true });
  tempDirs.clear();
}

export interface SeedOptions {
  /** Copy every platform of an index (`--all`). */
  all?: boolean;
  /** Convert the manifest format, e.g. `v2s2` (changes the digest). */
  format?: "v2s2" | "oci";
  creds?: string;
}

/** `skopeo copy oci:DIR:TAG docker://DEST` (HTTP, no TLS verification: loopback only). */
export async function skopeoCopy(ociDir: string, tag: string, dest: string, options: SeedOptions = {}) {
  const args = ["--insecure-policy", "copy", "--quiet", "--dest-tls-verify=false"];
  if (options.all) args.push("--all");
  if (options.format) args.push("--format", options.format);
  else args.push("--preserve-digests");
  if (options.creds) args.push("--dest-creds", options.creds);
  args.push(`oci:${ociDir}:${tag}`, `docker://${dest}`);
  try {
    await run("skopeo", args, { env: { ...process.env, TMPDIR: tmpdir() } });
  } catch (error) {
    const stderr = (error as { stderr?: string }).stderr ?? String(error);
    throw new Error(`skopeo ${args.join(" ")} failed: ${stderr}`);
  }
}

/** The exact manifest bytes a registry serves, read with skopeo (not with the code under test). */
export async function skopeoRawManifest(ref: string, creds?: string): Promise<string> {
  const args = ["--insecure-policy", "inspect", "--raw", "--tls-verify=false"];
  if (creds) args.push("--creds", creds);
  args.push(`docker://${ref}`);
  const { stdout } = await run("skopeo", args);
  return stdout;
}

/** A bcrypt htpasswd file with the given users (`htpasswd -B`, as distribution 2.8.2 requires). */
export async function writeHtpasswd(path: string, users: Record<string, string>): Promise<void> {
  const lines: string[] = [];
  for (const [user, password] of Object.entries(users)) {
    const { stdout } = await run("htpasswd", ["-nbB", user, password]);
    lines.push(stdout.trim());
  }
  writeFileSync(path, `${lines.join("\n")}\n`);
}

/** A self-signed RSA certificate and key for the token server (openssl). */
export async function makeSigningCert(dir: string): Promise<{ certPath: string; keyPath: string }> {
  const certPath = join(dir, "token-cert.pem");
  const keyPath = join(dir, "token-key.pem");
  await run("openssl", [
    "req",
    "-x509",
    "-newkey",
    "rsa:2048",
    "-nodes",
    "-keyout",
    keyPath,
    "-out",
    certPath,
    "-days",
    "2",
    "-subj",
    "/CN=mirrorize-test-token-issuer",
  ]);
  return { certPath, keyPath };
}
