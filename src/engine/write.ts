import { randomBytes } from "node:crypto";
import { chmod, open, rename, stat, unlink } from "node:fs/promises";
import { basename, dirname, join } from "node:path";

/**
 * Replace a file's content atomically: write a temp file beside it, keep the mode, fsync, rename.
 * A crash leaves either the old or the new content, never a truncated file.
 */
export async function writeAtomic(path: string, text: string): Promise<void> {
  const st = await stat(path);
  const tmp = join(dirname(path), `.${basename(path)}.mirrorize-${randomBytes(4).toString("hex")}.tmp`);
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
