import { randomBytes } from "node:crypto";
import { chmodSync, closeSync, openSync, renameSync, statSync, unlinkSync, writeSync } from "node:fs";
import { chmod, open, rename, stat, unlink } from "node:fs/promises";
import { basename, dirname, join } from "node:path";

/**
 * Replace a file's content atomically: write a temp file beside it, keep the mode, fsync, rename.
 * A crash leaves either the old or the new content, never a truncated file.
 */
export async function writeAtomic(path: string, text: string): Promise<void> {
  const st = await stat(path);
  const tmp = tempName(path);
  let handle: Awaited<ReturnType<typeof open>> | undefined;
  try {
    handle = await open(tmp, "wx", st.mode & 0o7777);
    await handle.writeFile(text, "utf8");
    await handle.sync();
    await handle.close();
    handle = undefined;
    await chmod(tmp, st.mode & 0o7777);
    await rename(tmp, path);
  } catch (e) {
    await handle?.close().catch(() => {});
    await unlink(tmp).catch(() => {});
    throw e;
  }
}

/**
 * Replace a file's content atomically with synchronous I/O (the engine writes from worker threads):
 * a temp file beside it with the same mode, then a rename over it. A killed or crashed process leaves
 * the old or the new content, never a truncated file. There is no fsync per file: it costs 5–10 ms
 * each (most of a large `fix`), and the rename already orders the data on the usual Linux file
 * systems (ext4 `auto_da_alloc`, XFS, btrfs), like `sed -i` and git's default.
 */
export function writeAtomicSync(path: string, text: string): void {
  const mode = statSync(path).mode & 0o7777;
  const tmp = tempName(path);
  let fd: number | undefined;
  try {
    fd = openSync(tmp, "wx", mode);
    const bytes = Buffer.from(text, "utf8");
    for (let at = 0; at < bytes.length; ) at += writeSync(fd, bytes, at, bytes.length - at);
    closeSync(fd);
    fd = undefined;
    chmodSync(tmp, mode); // open() applies the umask
    renameSync(tmp, path);
  } catch (e) {
    if (fd !== undefined) closeSync(fd);
    try {
      unlinkSync(tmp);
    } catch {}
    throw e;
  }
}

function tempName(path: string): string {
  return join(dirname(path), `.${basename(path)}.mirrorize-${randomBytes(4).toString("hex")}.tmp`);
}
