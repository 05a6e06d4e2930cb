import { closeSync, constants, fstatSync, openSync, readSync } from "node:fs";
import { open } from "node:fs/promises";
import { decode, mib, type ReadResult } from "../fs/decode.js";

export { decode, type ReadResult };

/**
 * Read a file as UTF-8 text for scanning, refusing what cannot be scanned safely: files over the size
 * cap, binary files, UTF-16, invalid UTF-8. The BOM is kept in the text (edits must keep it).
 */
export async function readText(path: string, file: string, maxSize: number): Promise<ReadResult> {
  let handle: Awaited<ReturnType<typeof open>> | undefined;
  try {
    // O_NONBLOCK: opening a FIFO must not wait for a writer (it is then refused as not a regular file).
    handle = await open(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
    const st = await handle.stat();
    if (!st.isFile()) return { ok: false, message: `${file} is not a regular file; skipped.` };
    if (st.size > maxSize) return { ok: false, message: tooBig(file, st.size, maxSize) };
    const buf = await handle.readFile();
    return decode(buf, file);
  } catch (e) {
    return { ok: false, message: unreadable(file, e) };
  } finally {
    await handle?.close();
  }
}

/**
 * `readText` with synchronous I/O: for worker threads and the engine's own loop, where a small file
 * is read faster than a round trip through the thread pool takes.
 */
export function readTextSync(path: string, file: string, maxSize: number): ReadResult {
  let fd: number | undefined;
  try {
    // O_NONBLOCK: opening a FIFO must not wait for a writer (it is then refused as not a regular file).
    fd = openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
    const st = fstatSync(fd);
    if (!st.isFile()) return { ok: false, message: `${file} is not a regular file; skipped.` };
    if (st.size > maxSize) return { ok: false, message: tooBig(file, st.size, maxSize) };
    // One read of the size fstat gave (readFileSync(fd) would fstat again); a file that grew since is
    // read to its end all the same.
    let buf = Buffer.allocUnsafe(st.size + 1);
    let length = 0;
    for (;;) {
      if (length === buf.length) {
        if (length > maxSize) return { ok: false, message: tooBig(file, length, maxSize) };
        const bigger = Buffer.allocUnsafe(buf.length * 2);
        buf.copy(bigger, 0, 0, length);
        buf = bigger;
      }
      const n = readSync(fd, buf, length, buf.length - length, null);
      if (n === 0) break;
      length += n;
    }
    return decode(buf.subarray(0, length), file);
  } catch (e) {
    return { ok: false, message: unreadable(file, e) };
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

function tooBig(file: string, size: number, maxSize: number): string {
  return `${file} is ${mib(size)}, over the ${mib(maxSize)} size limit; it is not scanned (raise limits.maxFileSize to scan it).`;
}

function unreadable(file: string, e: unknown): string {
  const code = (e as NodeJS.ErrnoException).code;
  const why =
    code === "EACCES" || code === "EPERM"
      ? "permission denied"
      : code === "ELOOP"
        ? "a symbolic link loop"
        : (code ?? String(e));
  return `${file} cannot be read (${why}); check its permissions.`;
}
