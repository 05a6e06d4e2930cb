import { spawn, spawnSync } from "node:child_process";
import { chmodSync, copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { bundledCli } from "../helpers/cli.js";

/** How a guarded run of the bundled CLI ended. */
export interface GuardedRun {
  /** Exit code; -1 when the process was ended by a signal. */
  code: number;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  /** True when the wall-clock guard had to kill the run (a hang). */
  timedOut: boolean;
  /** Peak resident set size of the CLI process (worker threads included), in KiB; undefined if unknown. */
  peakRssKb?: number;
  /** Where `peakRssKb` comes from. */
  rssSource: "time -v" | "/proc" | "none";
}

export interface GuardOptions {
  /** The run is killed (and the test fails on `timedOut`) after this long. Not a timing assertion. */
  guardMs: number;
  /** Extra environment variables. */
  env?: NodeJS.ProcessEnv;
  /** Run as this user and group (the tests run as root in CI). */
  uid?: number;
  gid?: number;
}

/** GNU time reports the child's peak RSS exactly; without it, /proc is sampled while the run lasts. */
const GNU_TIME = "/usr/bin/time";
const hasGnuTime = existsSync(GNU_TIME);

/**
 * Run the bundled CLI (`dist/cli.js`, or `MIRRORIZE_CLI`) with `args` in `cwd`, killing its whole
 * process group when it runs longer than the guard, and measure its peak RSS.
 */
export function runGuarded(args: string[], cwd: string, options: GuardOptions): Promise<GuardedRun> {
  const cli = options.uid !== undefined ? bundleForOthers() : bundledCli;
  const node = [process.execPath, cli, ...args];
  const command = hasGnuTime ? [GNU_TIME, "-f", "MIRRORIZE_PEAK_RSS_KB=%M", ...node] : node;
  return new Promise((resolve, reject) => {
    const child = spawn(command[0]!, command.slice(1), {
      cwd,
      env: { ...process.env, NO_COLOR: "1", ...options.env },
      stdio: ["ignore", "pipe", "pipe"],
      detached: true,
      ...(options.uid !== undefined ? { uid: options.uid, gid: options.gid ?? options.uid } : {}),
    });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on("data", (b: Buffer) => out.push(b));
    child.stderr.on("data", (b: Buffer) => err.push(b));
    let timedOut = false;
    let sampled: number | undefined;
    const sampler = hasGnuTime
      ? undefined
      : setInterval(() => {
          const kb = peakFromProc(child.pid);
          if (kb !== undefined) sampled = Math.max(sampled ?? 0, kb);
        }, 20);
    const guard = setTimeout(() => {
      timedOut = true;
      killGroup(child.pid);
    }, options.guardMs);
    child.on("error", reject);
    child.on("close", (code, signal) => {
      clearTimeout(guard);
      if (sampler) clearInterval(sampler);
      let stderr = Buffer.concat(err).toString("utf8");
      let peakRssKb = sampled;
      if (hasGnuTime) {
        const m = /MIRRORIZE_PEAK_RSS_KB=(\d+)\n?$/.exec(stderr);
        if (m) {
          peakRssKb = Number(m[1]);
          stderr = stderr.slice(0, m.index);
        }
        // GNU time reports a signal death of its child as a status line of its own.
        stderr = stderr.replace(
          /^Command (?:exited with non-zero status \d+|terminated by signal \d+)\n/m,
          "",
        );
      }
      resolve({
        code: code ?? -1,
        signal,
        stdout: Buffer.concat(out).toString("utf8"),
        stderr,
        timedOut,
        peakRssKb,
        rssSource: hasGnuTime ? "time -v" : peakRssKb !== undefined ? "/proc" : "none",
      });
    });
  });
}

let copy: string | undefined;

/** Remove the copy of the bundle made by `bundleForOthers` (test files call it when they end). */
export function removeBundleCopy(): void {
  if (copy !== undefined) rmSync(dirname(copy), { recursive: true, force: true });
  copy = undefined;
}

/**
 * A copy of the bundle that any user can read (the checkout may sit in a folder only root can enter),
 * for runs as another user. The bundle is self-contained: it runs anywhere with plain node.
 */
export function bundleForOthers(): string {
  if (copy === undefined) {
    const dir = mkdtempSync(join(tmpdir(), "mirrorize-bundle-"));
    chmodSync(dir, 0o755);
    copy = join(dir, "cli.js");
    copyFileSync(bundledCli, copy);
    chmodSync(copy, 0o644);
  }
  return copy;
}

/**
 * Can `uid` run the built CLI (node itself and the bundle's copy)? When the tests run as root, a
 * chmod 000 file is still readable: the cases about unreadable files run the CLI as nobody instead.
 */
export function canRunAs(uid: number): boolean {
  return spawnSync(process.execPath, [bundleForOthers(), "--version"], { uid, gid: uid }).status === 0;
}

/** VmHWM (the peak RSS so far) of a process, in KiB. */
function peakFromProc(pid: number | undefined): number | undefined {
  if (pid === undefined) return undefined;
  try {
    const m = /^VmHWM:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
    return m ? Number(m[1]) : undefined;
  } catch {
    return undefined;
  }
}

/** SIGKILL a detached child's process group (the CLI and, with GNU time, its wrapper). */
export function killGroup(pid: number | undefined): void {
  if (pid === undefined) return;
  try {
    process.kill(-pid, "SIGKILL");
  } catch {}
}
