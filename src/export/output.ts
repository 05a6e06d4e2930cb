/**
 * Writing an export to `--out FILE|DIR`, or comparing it with what is there (`--check`). A file is
 * rewritten only when its content changes (temp file + rename: never half-written); files the export
 * did not produce are left alone. Returns data; the adapters print it.
 */
import { randomBytes } from "node:crypto";
import { lstat, mkdir, readFile, rename, stat, unlink, writeFile } from "node:fs/promises";
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from "node:path";
import type { ExportResult } from "./types.js";

export interface OutputReport {
  /** The folder (tree, or an existing directory given as `--out`) or the file written. */
  target: string;
  /** Whether `target` is a folder. */
  folder: boolean;
  /** Absolute paths, sorted. */
  written: string[];
  unchanged: string[];
  /** `--check`: files that are missing or differ. */
  stale: string[];
}

export class OutputError extends Error {
  override name = "UsageError";
}

/** Where each file of `result` goes for `--out out` (relative to `cwd`). */
export async function outputPaths(
  result: ExportResult,
  out: string,
  cwd: string,
): Promise<{ target: string; folder: boolean; files: { path: string; content: string }[] }> {
  const target = resolve(cwd, out);
  const isDir = await stat(target).then(
    (s) => s.isDirectory(),
    () => false,
  );
  const folder = result.tree || result.files.length !== 1 || isDir || out.endsWith("/");
  for (const file of result.files) {
    // Paths come from registry host names, which the grammar keeps free of `/` and `..`: check anyway.
    if (isAbsolute(file.path) || file.path.split("/").some((s) => s === ".." || s === "")) {
      throw new Error(`export produced an unsafe path: ${JSON.stringify(file.path)}`);
    }
  }
  if (!folder) return { target, folder, files: [{ path: target, content: result.files[0]!.content }] };
  return {
    target,
    folder,
    files: result.files.map((f) => ({ path: join(target, ...f.path.split("/")), content: f.content })),
  };
}

async function readIfExists(path: string): Promise<string | undefined> {
  try {
    return await readFile(path, "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return undefined;
    throw new OutputError(`Cannot read ${path}: ${(error as Error).message}.`);
  }
}

/**
 * Refuse a path that leaves `root` or passes through a symbolic link below it: in the Action the
 * workspace is a pull request's tree, and a link there must not make the export write elsewhere.
 */
async function confined(path: string, root: string): Promise<void> {
  const rel = relative(root, path);
  if (rel === "" || rel === ".." || rel.startsWith(`..${sep}`) || isAbsolute(rel)) {
    throw new OutputError(`Cannot write ${path}: it is not inside ${root}.`);
  }
  let current = root;
  for (const part of rel.split(sep)) {
    current = join(current, part);
    const info = await lstat(current).catch(() => undefined);
    if (info === undefined) return;
    if (info.isSymbolicLink()) {
      throw new OutputError(
        `Cannot write ${path}: ${current} is a symbolic link; export writes only regular files.`,
      );
    }
  }
}

/**
 * Write the export (or, with `check`, only compare it). `confineTo`: every file must lie inside that
 * folder and no path to it may pass through a symbolic link.
 */
export async function writeExport(
  result: ExportResult,
  out: string,
  cwd: string,
  check: boolean,
  options: { confineTo?: string } = {},
): Promise<OutputReport> {
  const { target, folder, files } = await outputPaths(result, out, cwd);
  const report: OutputReport = { target, folder, written: [], unchanged: [], stale: [] };
  for (const file of files) {
    if (options.confineTo !== undefined) await confined(file.path, options.confineTo);
    const before = await readIfExists(file.path);
    if (before === file.content) {
      report.unchanged.push(file.path);
      continue;
    }
    if (check) {
      report.stale.push(file.path);
      continue;
    }
    await writeAtomic(file.path, file.content);
    report.written.push(file.path);
  }
  return report;
}

async function writeAtomic(path: string, text: string): Promise<void> {
  const tmp = join(dirname(path), `.${basename(path)}.mirrorize-${randomBytes(4).toString("hex")}.tmp`);
  try {
    await mkdir(dirname(path), { recursive: true });
    await writeFile(tmp, text, { flag: "wx", mode: path.endsWith(".sh") ? 0o755 : 0o644 });
    await rename(tmp, path);
  } catch (error) {
    await unlink(tmp).catch(() => {});
    throw new OutputError(`Cannot write ${path}: ${(error as Error).message}.`);
  }
}
