/**
 * Rendering kustomizations with the real `kubectl kustomize` and comparing builds: the property every
 * `fix` must keep (issue 17) — after `fix`, each kustomization renders exactly what it rendered
 * before, but for image strings, each of which is its resolution.
 */
import { spawnSync } from "node:child_process";
import { accessSync, constants, mkdirSync, readdirSync, statSync, writeFileSync } from "node:fs";
import { delimiter, dirname, join, relative } from "node:path";
import { parseAllDocuments } from "yaml";
import type { Settings } from "../../src/config/types.js";
import { createResolver } from "../../src/resolver/index.js";

export function which(name: string): string | undefined {
  for (const dir of (process.env.PATH ?? "").split(delimiter)) {
    const candidate = join(dir, name);
    try {
      accessSync(candidate, constants.X_OK);
      return candidate;
    } catch {
      // not here
    }
  }
  return undefined;
}

/** Write `files` (relative path → text) under `dir`. */
export function writeTree(dir: string, files: Record<string, string>): void {
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
}

const KUSTOMIZATION = /^(?:kustomization\.ya?ml|Kustomization)$/;

/** Every folder below `dir` (relative, `.` for `dir`) that holds a kustomization that is not a Component. */
export function kustomizationDirs(
  dir: string,
  skip: RegExp = /(?:^|\/)(?:node_modules|\.git)(?:\/|$)/,
): string[] {
  const out: string[] = [];
  const visit = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      const p = join(d, name);
      const rel = relative(dir, p);
      if (skip.test(rel)) continue;
      const st = statSync(p, { throwIfNoEntry: false });
      if (st?.isDirectory()) visit(p);
      else if (st?.isFile() && KUSTOMIZATION.test(name)) out.push(relative(dir, d) || ".");
    }
  };
  visit(dir);
  return out;
}

/** `kubectl kustomize DIR`: the rendered text, or undefined when it does not build. */
export function build(
  kubectl: string,
  dir: string,
): { ok: true; text: string } | { ok: false; error: string } {
  const r = spawnSync(kubectl, ["kustomize", dir], { encoding: "utf8", timeout: 60_000 });
  if (r.status !== 0) return { ok: false, error: (r.stderr || r.error?.message || "").trim() };
  return { ok: true, text: r.stdout };
}

export interface RenderDiff {
  /** Values other than image strings that differ (path: before → after): must be none. */
  other: string[];
  /** Image strings that changed to something that is not their resolution. */
  wrong: string[];
  /** Image strings the resolver would rewrite that are rendered as before (unmirrored). */
  unmirrored: string[];
  /** Image strings rendered after the fix (in order). */
  images: string[];
}

/** Compare two renderings of one kustomization. */
export function compareRenders(before: string, after: string, settings: Settings): RenderDiff {
  const resolver = createResolver(settings);
  const a = parseAllDocuments(before).map((d) => d.toJS());
  const b = parseAllDocuments(after).map((d) => d.toJS());
  const diff: RenderDiff = { other: [], wrong: [], unmirrored: [], images: [] };
  const walk = (x: unknown, y: unknown, path: string) => {
    if (typeof x === "string" && typeof y === "string" && /(?:^|\.)image$/.test(path)) {
      diff.images.push(y);
      const r = resolver.resolve(x);
      const want = r.status === "rewrite" && r.output !== undefined ? r.output : x;
      if (y !== want) {
        if (y === x) diff.unmirrored.push(`${path}: ${x} (should be ${want})`);
        else diff.wrong.push(`${path}: ${x} → ${y} (should be ${want})`);
      }
      return;
    }
    if (Array.isArray(x) && Array.isArray(y)) {
      if (x.length !== y.length) diff.other.push(`${path}: ${x.length} items → ${y.length}`);
      for (let i = 0; i < Math.min(x.length, y.length); i++) walk(x[i], y[i], `${path}[${i}]`);
      return;
    }
    if (x && y && typeof x === "object" && typeof y === "object" && !Array.isArray(x) && !Array.isArray(y)) {
      const keys = new Set([...Object.keys(x), ...Object.keys(y)]);
      for (const k of keys)
        walk((x as Record<string, unknown>)[k], (y as Record<string, unknown>)[k], path ? `${path}.${k}` : k);
      return;
    }
    if (JSON.stringify(x) !== JSON.stringify(y))
      diff.other.push(`${path}: ${JSON.stringify(x)} → ${JSON.stringify(y)}`);
  };
  if (a.length !== b.length) diff.other.push(`${a.length} documents → ${b.length}`);
  for (let i = 0; i < Math.min(a.length, b.length); i++) walk(a[i], b[i], "");
  return diff;
}
