/**
 * Confined reads: how mirrorize reads a file that a path or a repository file named (the config file,
 * the lock file, a values file named by an Argo CD Application or a kustomization, a patch). Everything
 * in a repository is hostile (a fork's pull request writes every file), so such a file is read only when
 * it is a regular file, inside one of the allowed roots after resolving symbolic links, and under a size
 * cap; it is opened without blocking (a FIFO never hangs the run) and never read past the cap (a link
 * to `/dev/zero` or a 1 GB sparse file costs nothing). Anything else is one sentence naming the file.
 *
 * Pure: returns data, never throws for a file problem, never prints. Callers turn a refusal into their
 * own error (a ConfigError, a finding at file:line).
 */
import {
  closeSync,
  constants,
  fstatSync,
  openSync,
  readlinkSync,
  readSync,
  realpathSync,
  type Stats,
  statSync,
} from "node:fs";
import { open, realpath, stat } from "node:fs/promises";
import { isAbsolute, relative, resolve } from "node:path";
import { decode, mib } from "./decode.js";

/** The size cap when the caller gives none: the scanner's default `limits.maxFileSize`. */
export const DEFAULT_MAX_READ_SIZE = 8 * 1024 * 1024;

export interface ConfinedReadOptions {
  /**
   * Folders the file must be inside after resolving links (any one of them), e.g. the workspace or
   * the folder scanned. Relative roots are taken from the process's current folder.
   */
  roots: readonly string[];
  /** The file's name in messages (relative to the workspace, `/`-separated). */
  label: string;
  /** What the file is, for messages: "config file", "lock file", "values file", "patch file". */
  what: string;
  /** Largest size read, in bytes (default `DEFAULT_MAX_READ_SIZE`). */
  maxSize?: number;
  /** How to raise the cap, appended to the too-big message (e.g. "raise limits.maxFileSize"). */
  raiseHint?: string;
}

/** Why a confined read was refused. `missing` is for the caller to decide (a missing lock is empty). */
export type RefusalReason =
  | "missing"
  | "outside"
  | "not-regular"
  | "too-big"
  | "link-loop"
  | "unreadable"
  | "not-text";

export type ConfinedRead =
  | { ok: true; text: string /** The real path read. */; realPath: string }
  | {
      ok: false;
      reason: RefusalReason;
      message: string /** 1-based, for not-text problems. */;
      line?: number;
    };

const OPEN_FLAGS =
  constants.O_RDONLY | (constants.O_NONBLOCK ?? 0) | (constants.O_NOCTTY ?? 0) | (constants.O_NOFOLLOW ?? 0);

/** Read `path` as UTF-8 text, confined as the module describes. Synchronous. */
export function readConfinedSync(path: string, options: ConfinedReadOptions): ConfinedRead {
  const maxSize = options.maxSize ?? DEFAULT_MAX_READ_SIZE;
  let real: string;
  try {
    real = realpathSync.native(path);
  } catch (e) {
    return refusedByError(e, options);
  }
  const outside = checkInside(real, options, (p) => safe(() => realpathSync.native(p)));
  if (outside) return outside;
  let st: Stats;
  try {
    st = statSync(real);
  } catch (e) {
    return refusedByError(e, options);
  }
  const shape = checkStats(st, options, maxSize);
  if (shape) return shape;
  let fd: number | undefined;
  try {
    fd = openSync(real, OPEN_FLAGS);
    // What was opened is what was checked (not swapped for a link or a FIFO in between).
    const opened = fstatSync(fd);
    const again =
      checkStats(opened, options, maxSize) ??
      sameFile(st, opened, options) ??
      openedInside(fd, options, (p) => safe(() => realpathSync.native(p)));
    if (again) return again;
    const buf = Buffer.allocUnsafe(Math.min(opened.size, maxSize) + 1);
    let length = 0;
    while (length < buf.length) {
      const n = readSync(fd, buf, length, buf.length - length, null);
      if (n === 0) break;
      length += n;
    }
    if (length > maxSize) return tooBig(options, length, maxSize, true);
    return decoded(buf.subarray(0, length), real, options);
  } catch (e) {
    return refusedByError(e, options);
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** `readConfinedSync` with asynchronous I/O. */
export async function readConfined(path: string, options: ConfinedReadOptions): Promise<ConfinedRead> {
  const maxSize = options.maxSize ?? DEFAULT_MAX_READ_SIZE;
  let real: string;
  try {
    real = await realpath(path);
  } catch (e) {
    return refusedByError(e, options);
  }
  const realRoots = await Promise.all(options.roots.map((r) => realpath(r).catch(() => undefined)));
  const outside = checkInside(real, options, (_p, i) => realRoots[i]);
  if (outside) return outside;
  let st: Stats;
  try {
    st = await stat(real);
  } catch (e) {
    return refusedByError(e, options);
  }
  const shape = checkStats(st, options, maxSize);
  if (shape) return shape;
  let handle: Awaited<ReturnType<typeof open>> | undefined;
  try {
    handle = await open(real, OPEN_FLAGS);
    const opened = await handle.stat();
    const again =
      checkStats(opened, options, maxSize) ??
      sameFile(st, opened, options) ??
      openedInside(handle.fd, options, (_p, i) => realRoots[i]);
    if (again) return again;
    const buf = Buffer.allocUnsafe(Math.min(opened.size, maxSize) + 1);
    let length = 0;
    while (length < buf.length) {
      const { bytesRead } = await handle.read(buf, length, buf.length - length, null);
      if (bytesRead === 0) break;
      length += bytesRead;
    }
    if (length > maxSize) return tooBig(options, length, maxSize, true);
    return decoded(buf.subarray(0, length), real, options);
  } catch (e) {
    return refusedByError(e, options);
  } finally {
    await handle?.close();
  }
}

/** Is `child` (an absolute path) inside `parent` or `parent` itself? Lexical. */
export function isInsideFolder(child: string, parent: string): boolean {
  const r = relative(parent, child);
  return r === "" || (!r.startsWith("..") && !isAbsolute(r));
}

function checkInside(
  real: string,
  options: ConfinedReadOptions,
  realRoot: (root: string, index: number) => string | undefined,
): ConfinedRead | undefined {
  const inside = options.roots.some((root, i) => {
    const r = realRoot(resolve(root), i);
    return r !== undefined && isInsideFolder(real, r);
  });
  if (inside) return undefined;
  return {
    ok: false,
    reason: "outside",
    message: `The ${options.what} ${options.label} leads outside the repository (through a symbolic link or \`..\`); it is not read. Keep the file itself inside the repository.`,
  };
}

/**
 * Where the opened descriptor really is (Linux: /proc/self/fd), checked against the roots again: a
 * folder on the path swapped for a link between realpath and open cannot move the read outside.
 * Where /proc is not mounted the checks before the open stand alone.
 */
function openedInside(
  fd: number,
  options: ConfinedReadOptions,
  realRoot: (root: string, index: number) => string | undefined,
): ConfinedRead | undefined {
  let where: string;
  try {
    where = readlinkSync(`/proc/self/fd/${fd}`);
  } catch {
    return undefined;
  }
  if (!where.startsWith("/")) return undefined;
  return checkInside(where, options, realRoot);
}

function checkStats(st: Stats, options: ConfinedReadOptions, maxSize: number): ConfinedRead | undefined {
  if (!st.isFile()) {
    const kind = st.isDirectory()
      ? "a directory"
      : st.isFIFO()
        ? "a FIFO"
        : st.isSocket()
          ? "a socket"
          : st.isCharacterDevice() || st.isBlockDevice()
            ? "a device"
            : "not a regular file";
    return {
      ok: false,
      reason: "not-regular",
      message: `The ${options.what} ${options.label} is ${kind === "not a regular file" ? kind : `${kind}, not a regular file`}; it is not read.`,
    };
  }
  if (st.size > maxSize) return tooBig(options, st.size, maxSize, false);
  return undefined;
}

function sameFile(before: Stats, after: Stats, options: ConfinedReadOptions): ConfinedRead | undefined {
  if (before.dev === after.dev && before.ino === after.ino) return undefined;
  return {
    ok: false,
    reason: "unreadable",
    message: `The ${options.what} ${options.label} changed while it was read; it is not read.`,
  };
}

function tooBig(options: ConfinedReadOptions, size: number, maxSize: number, atLeast: boolean): ConfinedRead {
  const hint = options.raiseHint ? ` (${options.raiseHint})` : "";
  return {
    ok: false,
    reason: "too-big",
    message: `The ${options.what} ${options.label} is ${atLeast ? "more than " : ""}${mib(atLeast ? maxSize : size)}, over the ${mib(maxSize)} size limit; it is not read${hint}.`,
  };
}

function decoded(buf: Uint8Array, real: string, options: ConfinedReadOptions): ConfinedRead {
  const result = decode(buf, options.label);
  if (result.ok) return { ok: true, text: result.text, realPath: real };
  return {
    ok: false,
    reason: "not-text",
    message: `The ${options.what} ${result.message.replace(" to have it scanned", "").replace("it is not scanned", "it is not read")}`,
    ...(result.line === undefined ? {} : { line: result.line }),
  };
}

function refusedByError(e: unknown, options: ConfinedReadOptions): ConfinedRead {
  const code = (e as NodeJS.ErrnoException).code;
  const name = `The ${options.what} ${options.label}`;
  if (code === "ENOENT" || code === "ENOTDIR")
    return { ok: false, reason: "missing", message: `${name} does not exist.` };
  if (code === "ELOOP")
    return {
      ok: false,
      reason: "link-loop",
      message: `${name} is a symbolic link loop; fix or remove the link.`,
    };
  const why = code === "EACCES" || code === "EPERM" ? "permission denied" : (code ?? "an I/O error");
  return {
    ok: false,
    reason: "unreadable",
    message: `${name} cannot be read (${why}); check its permissions.`,
  };
}

function safe<T>(f: () => T): T | undefined {
  try {
    return f();
  } catch {
    return undefined;
  }
}
