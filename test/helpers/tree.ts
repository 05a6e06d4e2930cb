import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";

/** A fresh temporary copy of `src` (a folder), removed by the returned cleanup. */
export function tempCopy(src: string): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), "mirrorize-test-"));
  cpSync(src, dir, { recursive: true });
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

export function tempDir(): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), "mirrorize-test-"));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Every file below `dir` with its bytes, keyed by relative path. */
export function snapshot(dir: string): Map<string, Buffer> {
  const out = new Map<string, Buffer>();
  const visit = (d: string) => {
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      const st = statSync(p, { throwIfNoEntry: false });
      if (!st) continue;
      if (st.isDirectory()) visit(p);
      else if (st.isFile()) out.set(relative(dir, p), readFileSync(p));
    }
  };
  visit(dir);
  return out;
}
