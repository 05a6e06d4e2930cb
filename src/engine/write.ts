import { randomBytes } from "node:crypto";
import {
  closeSync,
  fchmodSync,
  fchownSync,
  fsyncSync,
  mkdtempSync,
  openSync,
  readdirSync,
  renameSync,
  rmSync,
  statSync,
  unlinkSync,
  writeSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { basename, dirname, join } from "node:path";

/**
 * Replace a file's content atomically: write the new text to a temp file with the same mode (and, when
 * running as root, the same owner), then rename it over the file. A killed or crashed process leaves
 * the old or the new content, never a truncated file, and never a temp file in the tree: temp files
 * live in a folder of this run in the OS temp folder whenever that is on the file's device (a rename
 * is atomic only within one file system). Only when it is not (a repository on its own mount) does the
 * temp file go beside the target, named `.NAME.mirrorize-PID-RANDOM.tmp`; those of runs that died are
 * removed by the next run that writes (`removeStaleTemps`).
 *
 * There is no fsync unless `sync` is set: it costs 5–10 ms per file (most of a large `fix`), and the
 * rename already orders the data on the usual Linux file systems (ext4 `auto_da_alloc`, XFS, btrfs),
 * like `sed -i` and git's default. A killed process loses nothing either way: the data is in the
 * page cache.
 */
export function writeAtomicSync(path: string, text: string, options: { sync?: boolean } = {}): void {
  const st = statSync(path);
  const mode = st.mode & 0o7777;
  const bytes = Buffer.from(text, "utf8");
  const viaRunFolder = runFolderFor(st.dev);
  if (viaRunFolder !== undefined) {
    const tmp = join(viaRunFolder, `${++written}-${basename(path)}`);
    try {
      replaceWith(tmp, path, bytes, mode, st, options);
      return;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== "EXDEV") throw e;
      // The same device but another mount (a bind mount): never again for this device.
      devices.set(st.dev, false);
    }
  }
  cleanStaleBeside(dirname(path));
  replaceWith(besideName(path), path, bytes, mode, st, options);
}

/** `writeAtomicSync`, with an fsync of the data before the rename (for the few writes that want it). */
export async function writeAtomic(path: string, text: string): Promise<void> {
  writeAtomicSync(path, text, { sync: true });
}

/** Write `bytes` to the new file `tmp` with `mode` (and owner), then rename it over `path`. */
function replaceWith(
  tmp: string,
  path: string,
  bytes: Buffer,
  mode: number,
  st: { uid: number; gid: number },
  options: { sync?: boolean },
): void {
  let fd: number | undefined;
  try {
    fd = openSync(tmp, "wx", mode);
    for (let at = 0; at < bytes.length; ) at += writeSync(fd, bytes, at, bytes.length - at);
    fchmodSync(fd, mode); // open() applied the umask
    if (isRoot && (st.uid !== 0 || st.gid !== 0)) fchownSync(fd, st.uid, st.gid);
    if (options.sync) fsyncSync(fd);
    closeSync(fd);
    fd = undefined;
    renameSync(tmp, path);
  } catch (e) {
    if (fd !== undefined) closeSync(fd);
    try {
      unlinkSync(tmp);
    } catch {}
    throw e;
  }
}

const isRoot = process.getuid?.() === 0;
let written = 0;

/** Per device of a target: can temp files go in the run folder (same device as the OS temp folder)? */
const devices = new Map<number, boolean>();
let runFolder: string | null | undefined;
let exitHook = false;

/** The run folder, when it is on `dev`; undefined when temp files must go beside the target. */
function runFolderFor(dev: number): string | undefined {
  if (runFolder === undefined) runFolder = makeRunFolder();
  if (runFolder === null) return undefined;
  let same = devices.get(dev);
  if (same === undefined) {
    same = statSync(runFolder).dev === dev;
    devices.set(dev, same);
  }
  return same ? runFolder : undefined;
}

/** Remove this run's temp folder (a scan that wrote calls it when it ends); the next write makes another. */
export function endWrites(): void {
  if (typeof runFolder === "string") rmSync(runFolder, { recursive: true, force: true });
  runFolder = undefined;
  devices.clear();
}

const RUN_FOLDER = /^mirrorize-write-(\d+)-/;

/** This run's temp folder (removed when the process exits), after removing those of dead runs. */
function makeRunFolder(): string | null {
  try {
    const base = tmpdir();
    for (const name of safeReaddir(base)) {
      const m = RUN_FOLDER.exec(name);
      if (m && isStale(join(base, name), Number(m[1])))
        rmSync(join(base, name), { recursive: true, force: true });
    }
    const folder = mkdtempSync(join(base, `mirrorize-write-${process.pid}-`));
    if (!exitHook) {
      exitHook = true;
      process.once("exit", endWrites);
    }
    return folder;
  } catch {
    return null; // no usable temp folder: write beside the targets
  }
}

const BESIDE = /^\..+\.mirrorize-(\d+)-[0-9a-f]+\.tmp$/;
const cleaned = new Set<string>();

function besideName(path: string): string {
  return join(
    dirname(path),
    `.${basename(path)}.mirrorize-${process.pid}-${randomBytes(4).toString("hex")}.tmp`,
  );
}

/**
 * Remove the temp files that runs which are gone left beside their targets, in the folders of `paths`
 * (files about to be scanned and maybe written): a run killed between writing a temp file and renaming
 * it leaves one, when temp files could not go in its run folder.
 */
export function removeStaleTemps(paths: Iterable<string>): void {
  for (const path of paths) cleanStaleBeside(dirname(path));
}

/** Remove the temp files a dead run left beside its targets in `dir` (once per folder and run). */
function cleanStaleBeside(dir: string): void {
  if (cleaned.has(dir)) return;
  cleaned.add(dir);
  for (const name of safeReaddir(dir)) {
    const m = BESIDE.exec(name);
    if (m && isGone(Number(m[1]))) {
      try {
        unlinkSync(join(dir, name));
      } catch {}
    }
  }
}

/** Is the process that wrote a temp file gone? */
function isGone(pid: number): boolean {
  if (pid === process.pid) return false;
  try {
    process.kill(pid, 0);
    return false;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code !== "EPERM";
  }
}

/**
 * Was this run folder in the shared temp folder left by a run that is gone? Its process no longer
 * exists, and it has not changed for ten minutes (a process of another PID namespace sharing the
 * temp folder looks gone).
 */
function isStale(path: string, pid: number): boolean {
  if (!isGone(pid)) return false;
  try {
    return Date.now() - statSync(path).mtimeMs > STALE_MS;
  } catch {
    return false;
  }
}

const STALE_MS = 10 * 60 * 1000;

function safeReaddir(dir: string): string[] {
  try {
    return readdirSync(dir);
  } catch {
    return [];
  }
}
