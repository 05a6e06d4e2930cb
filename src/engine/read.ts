import { open } from "node:fs/promises";

export type ReadResult = { ok: true; text: string } | { ok: false; message: string; skip?: boolean };

const decoder = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });

/**
 * Read a file as UTF-8 text for scanning, refusing what cannot be scanned safely: files over the size
 * cap, binary files, UTF-16, invalid UTF-8. The BOM is kept in the text (edits must keep it).
 */
export async function readText(path: string, file: string, maxSize: number): Promise<ReadResult> {
  let handle: Awaited<ReturnType<typeof open>> | undefined;
  try {
    handle = await open(path, "r");
    const st = await handle.stat();
    if (!st.isFile()) return { ok: false, message: `${file} is not a regular file; skipped.` };
    if (st.size > maxSize) {
      return {
        ok: false,
        message: `${file} is ${mib(st.size)}, over the ${mib(maxSize)} size limit; it is not scanned (raise limits.maxFileSize to scan it).`,
      };
    }
    const buf = await handle.readFile();
    return decode(buf, file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const why =
      code === "EACCES" || code === "EPERM"
        ? "permission denied"
        : code === "ELOOP"
          ? "a symbolic link loop"
          : (code ?? String(e));
    return { ok: false, message: `${file} cannot be read (${why}); check its permissions.` };
  } finally {
    await handle?.close();
  }
}

export function decode(buf: Uint8Array, file: string): ReadResult {
  if ((buf[0] === 0xff && buf[1] === 0xfe) || (buf[0] === 0xfe && buf[1] === 0xff)) {
    return { ok: false, message: `${file} is UTF-16 encoded; convert it to UTF-8 to have it scanned.` };
  }
  if (buf.indexOf(0) >= 0)
    return { ok: false, message: `${file} contains NUL bytes (a binary file?); not scanned.` };
  try {
    return { ok: true, text: decoder.decode(buf) };
  } catch {
    return { ok: false, message: `${file} is not valid UTF-8; convert it to UTF-8 to have it scanned.` };
  }
}

function mib(n: number): string {
  return n >= 1024 * 1024 ? `${(n / 1024 / 1024).toFixed(1)} MiB` : `${Math.ceil(n / 1024)} KiB`;
}
