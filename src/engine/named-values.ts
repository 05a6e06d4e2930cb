import { existsSync, lstatSync, realpathSync, statSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import picomatch from "picomatch";
import type { Settings } from "../config/types.js";
import type { FilePlan } from "./plan.js";
import type { Finding } from "./types.js";
import { DEFAULT_EXCLUDES, isInside, toPosix, type WalkEntry } from "./walk.js";

/** A planned file, as the named-values pass sees it. */
export interface PlannedFile {
  entry: WalkEntry;
  plan: FilePlan;
}

/** What the files of a scan name as Helm values, found after they were planned. */
export interface NamedValues {
  /** Files to plan as Helm values: new ones, and files planned before as manifests holding nothing. */
  entries: WalkEntry[];
  /** Files planned before that are planned again as values (their earlier plans are dropped). */
  replanned: Set<string>;
  /** Findings for the naming files, about named files that are not read. */
  problems: { file: string; finding: Finding }[];
}

/**
 * The Helm values files that planned files name (Argo CD `valueFiles`, Flux `valuesFiles` and
 * `valuesFrom` a ConfigMap or Secret that a kustomization generates from files, kustomize
 * `helmCharts[].valuesFile`, helmfile `releases[].values`), resolved and confined: only regular files
 * inside `cwd` once links are resolved, never in the default excludes or `files.exclude`. A missing
 * file is not a problem (it may live in another repository); one that leads outside is reported.
 */
export function namedValues(planned: readonly PlannedFile[], cwd: string, settings: Settings): NamedValues {
  const out: NamedValues = { entries: [], replanned: new Set(), problems: [] };
  const named = planned.filter((p) => p.plan.names);
  if (named.length === 0) return out;
  const realCwd = realpath(cwd) ?? cwd;
  const excluded = picomatch([...DEFAULT_EXCLUDES, ...settings.files.exclude], { dot: true });
  const byPath = new Map<string, PlannedFile>();
  for (const p of planned) {
    byPath.set(p.entry.path, p);
    const real = realpath(p.entry.path);
    if (real) byPath.set(real, p);
  }
  const wanted = new Set(
    named.flatMap((p) => p.plan.names!.from.map((f) => `${f.kind}\0${f.name}\0${f.key}`)),
  );
  const roots = new Map<string, string>();
  const seen = new Set<string>();
  const take = (by: PlannedFile, path: string, line: number, what: string) => {
    const abs = resolve(path);
    if (seen.has(abs)) return;
    seen.add(abs);
    const st = lstatSync(abs, { throwIfNoEntry: false });
    if (!st) return; // not in this repository (or not yet): nothing to read
    const real = realpath(abs);
    const shown = toPosix(relative(cwd, abs)) || ".";
    const problem = (why: string) =>
      out.problems.push({
        file: by.entry.file,
        finding: {
          file: by.entry.file,
          line,
          column: 1,
          endLine: line,
          endColumn: 1,
          field: "",
          kind: "file-error",
          severity: "warning",
          message: `${shown} is named as Helm values (${what}) but ${why}; it is not read.`,
        },
      });
    if (!real || !isInside(real, realCwd)) return problem("leads outside the folder scanned");
    if (!statSync(real).isFile()) return problem("is not a regular file");
    if (excluded(toPosix(relative(cwd, abs)))) return;
    const known = byPath.get(abs) ?? byPath.get(real);
    if (known) {
      if (known.entry.role !== "manifest" || known.plan.references > 0 || known.plan.findings.length > 0)
        return;
      out.replanned.add(known.entry.path);
      out.entries.push({ ...known.entry, role: "helm-values", valuesBy: "reference" });
      return;
    }
    out.entries.push({
      path: real,
      file: shown,
      role: "helm-values",
      valuesBy: "reference",
      confinedTo: realCwd,
    });
  };
  for (const p of named) {
    const names = p.plan.names!;
    const dir = dirname(p.entry.path);
    for (const f of names.files) {
      const base = f.from === "file" ? dir : join(repoRoot(dir, realCwd, cwd, roots), f.dir ?? "");
      take(p, resolve(base, f.path), f.line, f.by);
    }
    for (const g of names.generated) {
      if (!wanted.has(`${g.kind}\0${g.name}\0${g.key}`)) continue;
      const what = `key ${g.key} of the ${g.kind} ${g.name} that a Flux HelmRelease takes values from`;
      take(p, resolve(dir, g.path), g.line, what);
    }
  }
  return out;
}

/**
 * The repository root a file's repository-relative names start from: the nearest folder at or above
 * `dir` holding `.git`, when it is inside the folder scanned; otherwise the current folder.
 */
function repoRoot(dir: string, realCwd: string, cwd: string, memo: Map<string, string>): string {
  const hit = memo.get(dir);
  if (hit !== undefined) return hit;
  let found = cwd;
  for (let d = dir; ; d = dirname(d)) {
    if (existsSync(join(d, ".git"))) {
      const real = realpath(d);
      if (real && isInside(real, realCwd)) found = d;
      break;
    }
    if (dirname(d) === d) break;
  }
  memo.set(dir, found);
  return found;
}

function realpath(p: string): string | undefined {
  try {
    return realpathSync.native(p);
  } catch {
    return undefined;
  }
}
