import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, realpathSync, statSync } from "node:fs";
import { dirname, isAbsolute, join, parse, relative, resolve } from "node:path";
import { checkTextLimits } from "../limits/index.js";
import { fastOnly, parseDocuments } from "./parse.js";
import { readTextSync } from "./read.js";
import type { WalkEntry } from "./walk.js";

/**
 * Which of the walked files a run scans: all of them (the default), those a change since a git
 * revision touches or gives another meaning to (`changedSince`), or one stable share of them (`shard`).
 */
export interface Selection {
  /** A git revision: scan what changed since its merge base with HEAD (committed and working tree). */
  changedSince?: string;
  /** Take share `index` (1-based) of `count`, by a hash of each file's path. */
  shard?: { index: number; count: number };
}

/** What a selection took: reported in the JSON report and the summaries. */
export interface ScanScope {
  /** Files the walk found: what a run without a selection scans. */
  total: number;
  /** Files scanned. */
  scanned: number;
  changedSince?: {
    ref: string;
    /** The commit compared with: the merge base of `ref` and HEAD. */
    base: string;
    /** Paths git reports as changed (added, modified, deleted, untracked). */
    changed: number;
    /** Why every file is scanned although only some changed (the config or lock file changed). */
    everything?: string;
  };
  shard?: { index: number; count: number };
}

/** A selection that cannot be made: the user's to fix (a bad revision, not a git checkout). */
export class SelectionError extends Error {
  override name = "SelectionError";
}

/** `I/N` as a shard, or why it is not one. */
export function parseShard(value: string): { index: number; count: number } | string {
  const m = /^(\d{1,4})\/(\d{1,4})$/.exec(value.trim());
  const index = m ? Number(m[1]) : Number.NaN;
  const count = m ? Number(m[2]) : Number.NaN;
  if (!m || count < 1 || index < 1 || index > count)
    return `expected I/N with 1 ≤ I ≤ N, such as 2/4 (got "${value}")`;
  return { index, count };
}

/**
 * The shard (1-based) a file belongs to among `count`: a hash of its path as findings name it, so a
 * file never moves to another shard when files are added or removed, and shares are even.
 */
export function shardOf(file: string, count: number): number {
  const h = createHash("sha1").update(file).digest();
  return (h.readUInt32BE(0) % count) + 1;
}

/** What git says changed since `ref`: absolute paths, and the commit compared with. */
export interface ChangedFiles {
  base: string;
  /** The work tree's top folder, as a path from the scan's current folder (which may be a link). */
  top: string;
  paths: Set<string>;
}

/**
 * Files changed since `ref` in the git work tree holding `cwd`: the diff of the working tree (committed,
 * staged and unstaged changes) against the merge base of `ref` and HEAD — what a pull request changed,
 * not what its base branch did since — plus untracked files that are not ignored. Renames count as a
 * deletion and an addition, so both names are in the set.
 */
export function gitChangedFiles(cwd: string, ref: string): ChangedFiles {
  if (ref.startsWith("-") || /[\0\n]/.test(ref))
    throw new SelectionError(`--changed-since must name a git revision (got "${ref}").`);
  const git = (args: string[]) =>
    execFileSync("git", ["-c", "core.quotepath=off", ...args], {
      cwd,
      encoding: "utf8",
      stdio: ["ignore", "pipe", "pipe"],
      maxBuffer: 256 * 1024 * 1024,
    });
  let top: string;
  try {
    top = git(["rev-parse", "--show-toplevel"]).trim();
  } catch {
    throw new SelectionError(
      "--changed-since needs a git checkout, and the folder scanned is not in one; scan without it.",
    );
  }
  let commit: string;
  try {
    commit = git(["rev-parse", "--verify", "--quiet", "--end-of-options", `${ref}^{commit}`]).trim();
  } catch {
    throw new SelectionError(
      `--changed-since ${ref} is not a commit of this repository; fetch it first (git fetch origin ${ref}) or name another revision.`,
    );
  }
  let base = commit;
  try {
    base = git(["merge-base", commit, "HEAD"]).trim() || commit;
  } catch {
    // No common ancestor (or no HEAD yet): compare with the revision itself.
  }
  // Paths as the walk names them: from the current folder as given, which may lie behind a link.
  let realCwd = cwd;
  try {
    realCwd = realpathSync.native(cwd);
  } catch {}
  const topHere = resolve(cwd, relative(realCwd, top));
  const paths = new Set<string>();
  const add = (out: string) => {
    for (const p of out.split("\0")) if (p) paths.add(join(topHere, p));
  };
  add(git(["diff", "--name-only", "-z", "--no-renames", base, "--"]));
  add(git(["ls-files", "-z", "--others", "--exclude-standard"]));
  return { base, top: topHere, paths };
}

/** Everything the change selection needs to know besides the walk. */
export interface ChangedContext {
  changed: ChangedFiles;
  /** The config file and the lock file: when either changed, every file's meaning may have. */
  controlFiles: string[];
  maxFileSize: number;
}

/**
 * The walked files a change touches or gives another meaning to:
 * - the changed files themselves;
 * - every file of a Helm chart (a folder with a Chart.yaml) with a changed file: its values, templates
 *   and Chart.yaml are read together;
 * - every kustomization that reaches a changed file through `resources`, `components`, patches,
 *   generators, `helmCharts` values files and the like (directly or through other kustomizations), and
 *   everything a changed kustomization reaches (its `images:` and patches apply to those files);
 * - the files that could name a changed file as Helm values (the scan then plans it as values, and
 *   plans as values what a changed naming file names).
 * A changed config or lock file selects everything.
 */
export function selectChanged(
  entries: readonly WalkEntry[],
  ctx: ChangedContext,
): { entries: WalkEntry[]; everything?: string } {
  const changed = ctx.changed.paths;
  const control = ctx.controlFiles.find((f) => changed.has(f));
  if (control !== undefined)
    return { entries: [...entries], everything: `${baseName(control)} changed, so every file is scanned` };
  const picked = new Set<string>();
  for (const e of entries) if (changed.has(e.path)) picked.add(e.path);
  // Every folder holding a changed path, for "does this folder hold a change" in one look-up.
  const changedDirs = new Set<string>();
  for (const p of changed) for (const d of ancestors(p)) changedDirs.add(d);

  // Helm charts with a changed file.
  const chartDirs = new Set<string>();
  for (const p of changed) {
    const chart = chartRoot(p);
    if (chart !== undefined) chartDirs.add(chart);
  }
  if (chartDirs.size > 0) for (const e of entries) if (under(e.path, chartDirs)) picked.add(e.path);

  // kustomizations, both ways.
  const read = (path: string) => {
    const r = readTextSync(path, path, ctx.maxFileSize);
    return r.ok ? r.text : undefined;
  };
  // A kustomization whose fields cannot be read here (not plain YAML) is taken to reach the whole
  // repository: it is scanned with any change, and a change to it scans everything.
  const { graph, reachOf } = kustomizeGraph(entries, read, ctx.changed.top);
  for (const k of graph.keys()) {
    const reached = reachOf(k);
    if (changed.has(k)) {
      picked.add(k);
      for (const e of entries) if (under(e.path, reached)) picked.add(e.path);
    } else if ([...reached].some((r) => changed.has(r) || changedDirs.has(r))) picked.add(k);
  }

  // A changed file may be Helm values only because another file names it (Argo CD `valueFiles`,
  // helmfile `releases[].values`, Flux `valuesFiles`/`valuesFrom` a generated ConfigMap): the naming
  // files are scanned too, and the scan plans what they name as values (engine/named-values.ts — the
  // same pass plans the files a changed naming file names). A naming file names a file by its path,
  // so its text holds the file's name; a Flux `valuesFrom` names a ConfigMap a kustomization
  // generates, so it is scanned whenever a kustomization is.
  const names = new Set([...changed].map(baseName));
  const generated = [...graph.keys()].some((k) => picked.has(k));
  for (const e of entries) {
    if (picked.has(e.path)) continue;
    const text = read(e.path);
    if (text === undefined || !NAMES_VALUES.test(text)) continue;
    if ((generated && text.includes("valuesFrom")) || [...names].some((n) => text.includes(n)))
      picked.add(e.path);
  }

  return { entries: entries.filter((e) => picked.has(e.path)) };
}

function baseName(p: string): string {
  return p.slice(p.lastIndexOf("/") + 1);
}

/**
 * The documents of a small YAML text as plain data, parsed in this thread by the fast parser only (the
 * `yaml` parser runs on untrusted text in workers); undefined when it needs more, or breaks a limit.
 */
function plainData(text: string): unknown[] | undefined {
  if (checkTextLimits(text, "", { maxDepth: 64, maxDocuments: 100 })) return undefined;
  return fastOnly(() =>
    parseDocuments(text)
      .filter((d) => d.errors.length === 0)
      .map((d) => d.toJS()),
  );
}

/**
 * What the kustomizations among `entries` reach: the files and folders they name, through the
 * kustomizations of the folders they name, transitively. One whose fields cannot be read here reaches
 * `unknown` (a folder above everything it could name).
 */
function kustomizeGraph(
  entries: readonly WalkEntry[],
  read: (path: string) => string | undefined,
  unknown: string,
): { graph: Map<string, string[]>; reachOf: (k: string) => Set<string> } {
  const graph = new Map<string, string[]>();
  for (const e of entries)
    if (e.role === "kustomization") graph.set(e.path, kustomizationRefs(e.path, read) ?? [unknown]);
  const reach = new Map<string, Set<string>>();
  const reachOf = (k: string, seen = new Set<string>()): Set<string> => {
    const known = reach.get(k);
    if (known) return known;
    const out = new Set<string>();
    if (seen.has(k)) return out; // a cycle: kustomize refuses it; never loop
    seen.add(k);
    for (const ref of graph.get(k) ?? []) {
      out.add(ref);
      const inner = kustomizationIn(ref);
      if (inner !== undefined) {
        out.add(inner);
        for (const r of reachOf(inner, seen)) out.add(r);
      }
    }
    reach.set(k, out);
    return out;
  };
  return { graph, reachOf: (k) => reachOf(k) };
}

/**
 * The files left out of a partial scan that kustomize scoping still needs (read only): every
 * kustomization that reaches a scanned file or is scanned itself, and every file such a kustomization
 * reaches — its `images:` entries apply to all of them, so whether an entry may follow a mirror
 * depends on every image it matches. Kustomizations unrelated to the scanned files are not read.
 */
export function kustomizeContextEntries(
  rest: readonly WalkEntry[],
  scanned: readonly WalkEntry[],
  maxFileSize: number,
): WalkEntry[] {
  const all = [...scanned, ...rest];
  if (!all.some((e) => e.role === "kustomization")) return [];
  const read = (path: string) => {
    const r = readTextSync(path, path, maxFileSize);
    return r.ok ? r.text : undefined;
  };
  const { graph, reachOf } = kustomizeGraph(all, read, parse(all[0]!.path).root);
  const targets = new Set<string>();
  for (const e of scanned) {
    targets.add(e.path);
    for (const d of ancestors(e.path)) targets.add(d);
  }
  const reached = new Set<string>();
  for (const k of graph.keys()) {
    const r = reachOf(k);
    if (!targets.has(k) && ![...r].some((x) => targets.has(x))) continue;
    reached.add(k);
    for (const x of r) reached.add(x);
  }
  return rest.filter((e) => under(e.path, reached));
}

/** The nearest folder at or above `path`'s folder holding a Chart.yaml. */
function chartRoot(path: string): string | undefined {
  let dir = dirname(path);
  for (let i = 0; i < 64; i++) {
    if (existsSync(join(dir, "Chart.yaml")) || existsSync(join(dir, "Chart.yml"))) return dir;
    const up = dirname(dir);
    if (up === dir) return undefined;
    dir = up;
  }
  return undefined;
}

const KUSTOMIZATION_NAMES = ["kustomization.yaml", "kustomization.yml", "Kustomization"];

function kustomizationIn(dir: string): string | undefined {
  for (const name of KUSTOMIZATION_NAMES) {
    const p = join(dir, name);
    if (existsSync(p)) return p;
  }
  return undefined;
}

/** kustomization fields that name files or folders (lists of paths, or lists of maps with a path key). */
const PATH_LISTS = [
  "resources",
  "bases",
  "components",
  "crds",
  "patchesStrategicMerge",
  "generators",
  "transformers",
  "validators",
  "configurations",
] as const;
const PATH_KEYS: Record<string, readonly string[]> = {
  patches: ["path"],
  patchesJson6902: ["path"],
  replacements: ["path"],
  helmCharts: ["valuesFile", "additionalValuesFiles"],
  configMapGenerator: ["files", "envs", "env"],
  secretGenerator: ["files", "envs", "env"],
};

/**
 * The local files and folders a kustomization names (absolute); remote and inline ones are left out.
 * Undefined when the text is not plain YAML the fast parser takes (the caller then assumes the worst).
 */
export function kustomizationRefs(
  path: string,
  read: (path: string) => string | undefined,
): string[] | undefined {
  const text = read(path);
  if (text === undefined) return [];
  const dir = dirname(path);
  const out: string[] = [];
  const add = (value: unknown) => {
    if (
      typeof value !== "string" ||
      value === "" ||
      /[\n\r]/.test(value) ||
      /^[a-z][a-z0-9+.-]*:\/\//i.test(value)
    )
      return;
    const file = value.includes("=") && !value.startsWith("=") ? value.slice(value.indexOf("=") + 1) : value;
    if (/^(?:github\.com|gitlab\.com|bitbucket\.org)\//.test(file) || file.startsWith("git@")) return;
    out.push(isAbsolute(file) ? file : resolve(dir, file));
  };
  const docs = plainData(text);
  if (docs === undefined) return undefined;
  for (const data of docs) {
    if (data === null || typeof data !== "object") continue;
    const k = data as Record<string, unknown>;
    for (const field of PATH_LISTS) if (Array.isArray(k[field])) for (const v of k[field]) add(v);
    for (const [field, keys] of Object.entries(PATH_KEYS)) {
      if (!Array.isArray(k[field])) continue;
      for (const item of k[field]) {
        if (item === null || typeof item !== "object") continue;
        for (const key of keys) {
          const v = (item as Record<string, unknown>)[key];
          if (Array.isArray(v)) for (const x of v) add(x);
          else add(v);
        }
      }
    }
  }
  return out;
}

/** Words of the fields that name Helm values files (see src/locate/values-files.ts). */
const NAMES_VALUES = /valueFiles|valuesFiles?|additionalValuesFiles|releases|valuesFrom/;

/** Is `path`, or a folder above it, in `set`? */
function under(path: string, set: ReadonlySet<string>): boolean {
  return set.has(path) || ancestors(path).some((d) => set.has(d));
}

/** The folders above `path`, nearest first. */
function ancestors(path: string): string[] {
  const out: string[] = [];
  let dir = dirname(path);
  for (;;) {
    out.push(dir);
    const up = dirname(dir);
    if (up === dir) return out;
    dir = up;
  }
}

/** The walk, narrowed to a selection; `rest` is what was left out (context for collisions). */
export interface Selected<E extends { file: string; path: string }, P extends { file: string }> {
  entries: E[];
  problems: P[];
  rest: E[];
  scope: ScanScope;
}

/**
 * Narrow a walk to `selection`. `controlFiles` are the config and lock files (absolute): a change to
 * either selects every file. Throws a `SelectionError` for a revision git does not know.
 */
export function applySelection<P extends { file: string }>(
  walked: { entries: WalkEntry[]; problems: P[] },
  selection: Selection,
  cwd: string,
  paths: readonly string[],
  controlFiles: string[],
  maxFileSize: number,
): Selected<WalkEntry, P> {
  // Files as the summary counts them: planned ones and those the walk could not take (each a result).
  const total = walked.entries.length + walked.problems.length;
  let entries = walked.entries;
  let problems = walked.problems;
  const scope: ScanScope = { total, scanned: total };
  if (selection.changedSince !== undefined) {
    const changed = gitChangedFiles(gitFolder(cwd, paths), selection.changedSince);
    const picked = selectChanged(entries, { changed, controlFiles, maxFileSize });
    entries = picked.entries;
    if (picked.everything === undefined) {
      const files = new Set(entries.map((e) => e.file));
      const changedFiles = new Set([...changed.paths].map((p) => toFile(cwd, p)));
      problems = problems.filter((p) => files.has(p.file) || changedFiles.has(p.file));
    }
    scope.changedSince = {
      ref: selection.changedSince,
      base: changed.base,
      changed: changed.paths.size,
      ...(picked.everything !== undefined ? { everything: picked.everything } : {}),
    };
  }
  if (selection.shard !== undefined) {
    const { index, count } = selection.shard;
    entries = entries.filter((e) => shardOf(e.file, count) === index);
    problems = problems.filter((p) => shardOf(p.file, count) === index);
    scope.shard = { index, count };
  }
  const kept = new Set(entries);
  scope.scanned = entries.length + problems.length;
  return { entries, problems, rest: walked.entries.filter((e) => !kept.has(e)), scope };
}

/** Where git is asked: the first scanned folder (or the folder of the first scanned file). */
function gitFolder(cwd: string, paths: readonly string[]): string {
  const first = resolve(cwd, paths[0] ?? ".");
  try {
    return statSync(first).isDirectory() ? first : dirname(first);
  } catch {
    return cwd;
  }
}

function toFile(cwd: string, path: string): string {
  return relative(cwd, path).split("\\").join("/");
}
