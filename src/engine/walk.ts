import { existsSync, lstatSync, realpathSync, type Stats, statSync } from "node:fs";
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from "node:path";
import { type GlobEntry, globbySync } from "globby";
import picomatch from "picomatch";
import type { Settings } from "../config/types.js";
import type { FileRole, ValuesBasis } from "../locate/index.js";
import { quoted } from "../report/escape.js";

/**
 * Never scanned: dependencies, VCS data, GitHub settings other than the Actions workflows, vendored
 * trees.
 */
export const DEFAULT_EXCLUDES = [
  "**/node_modules/**",
  "**/.git/**",
  ".github/!(workflows)/**",
  ".github/workflows/*/**",
  "**/vendor/**",
  "**/third_party/**",
];

const YAML_OR_JSON = "**/*.{yaml,yml,json,gotmpl}";
/** Go templates by name: helmfile's `*.yaml.gotmpl`, `*.gotmpl`. */
const GO_TEMPLATE = /\.gotmpl$/;
/** Dockerfiles and Containerfiles, and kubeadm configs that are not named *.yaml. */
const OTHER_SOURCES = [
  "**/{Dockerfile,Containerfile,*.Dockerfile,*.Containerfile,Dockerfile.*,Containerfile.*}",
  "**/*kubeadm*.{conf,j2}",
];
const DOCKERFILE = /^(?:(?:Dockerfile|Containerfile)(?:\.[^/]+)?|[^/]+\.(?:Dockerfile|Containerfile))$/;
const NOT_DOCKERFILE = /\.(?:dockerignore|ya?ml|json|md|txt)$/i;
const COMPOSE = /^(?:compose(?:\.[^/]+)?|docker-compose[^/]*)\.ya?ml$/;
const WORKFLOW = /(?:^|\/)\.github\/workflows\/[^/]+\.ya?ml$/;
const KUBEADM_TEXT = /kubeadm[^/]*\.(?:conf|j2)$/;
const CHART = /^Chart\.ya?ml$/;
const KUSTOMIZATION = /^(?:kustomization\.ya?ml|Kustomization)$/;
const HELM_VALUES = /^values[^/]*\.ya?ml$/;
/**
 * File names read as Helm values when the file is not a Kubernetes object, beside a `Chart.yaml` or
 * not (GitOps repositories keep values for upstream charts beside the object that installs them).
 * `files.valuesNames` replaces them.
 */
export const DEFAULT_VALUES_NAMES = [
  "values.{yaml,yml}",
  "values-*.{yaml,yml}",
  "*-values.{yaml,yml}",
  "*.values.{yaml,yml}",
];
const NOT_MANIFESTS = /^(?:Chart\.lock|requirements\.ya?ml|package(?:-lock)?\.json|tsconfig.*\.json)$/;

export interface WalkEntry {
  /** Absolute path. */
  path: string;
  /** Relative to cwd, `/`-separated, for findings. */
  file: string;
  role: FileRole;
  /** For Helm values files: why the file is read as values (see `ValuesBasis`). */
  valuesBy?: ValuesBasis;
  /** For a Go template of a chart (`templates/`, `files/`): the chart's folder (absolute). */
  chart?: string;
  /**
   * For a file another file named (not found by the walk): the folder it must be inside once links
   * are resolved; it is read confined (src/fs/safe-read.ts).
   */
  confinedTo?: string;
}

export interface WalkProblem {
  file: string;
  message: string;
}

export interface WalkResult {
  entries: WalkEntry[];
  problems: WalkProblem[];
}

/**
 * The files to scan under `paths`: YAML and JSON files, honouring .gitignore, the default excludes,
 * `files.include`/`files.exclude`, and Helm `templates/` (Go templates, not YAML) of every chart.
 * Explicit file arguments are always taken (if they exist and are regular files).
 *
 * Nothing outside the scanned folders is read: symbolic links are never followed out of them (nor
 * inside: what they point to is scanned under its own name), and a path argument that reaches outside
 * the current folder through a symbolic link is refused. Links out, link loops, and FIFOs, sockets or
 * devices with a scanned name are reported, once each.
 */
export async function walk(cwd: string, paths: readonly string[], settings: Settings): Promise<WalkResult> {
  const entries = new Map<string, WalkEntry>();
  const problems: WalkProblem[] = [];
  const rel = (p: string) => toPosix(relative(cwd, p)) || ".";
  const isHelmValues =
    settings.files.helmValues.length > 0 ? picomatch(settings.files.helmValues, { dot: true }) : undefined;
  const valuesNames = settings.files.valuesNames ?? DEFAULT_VALUES_NAMES;
  const isValuesName = valuesNames.length > 0 ? picomatch(valuesNames, { dot: true }) : () => false;
  const classify: Classifier = { isHelmValues, isValuesName, cwd };
  const realCwd = safeRealpath(cwd) ?? cwd;
  for (const p of paths.length > 0 ? paths : ["."]) {
    const abs = resolve(cwd, p);
    const arg = argument(abs, p, cwd, realCwd, rel);
    if ("problem" in arg) {
      problems.push(arg.problem);
      continue;
    }
    const { real, st } = arg;
    if (st.isDirectory()) {
      const root = real;
      // Synchronous: globby's asynchronous `gitignore` filter stats every result through the thread
      // pool, several times slower on large trees (7,500 files: 0.4 s instead of 1–2 s). Not only
      // files: links and special files with a scanned name are reported.
      let found: GlobEntry[];
      try {
        found = globbySync(
          settings.files.include.length > 0 ? settings.files.include : [YAML_OR_JSON, ...OTHER_SOURCES],
          {
            cwd: abs,
            absolute: true,
            onlyFiles: false,
            objectMode: true,
            dot: true,
            gitignore: true,
            followSymbolicLinks: false,
            ignore: [...DEFAULT_EXCLUDES, ...settings.files.exclude],
            suppressErrors: true,
          },
        );
      } catch (e) {
        // A .gitignore of the repository (a pull request writes it) with a pattern the pattern engine
        // cannot compile (70,000 characters): reported, never an internal error, never quoted.
        if (!(e instanceof SyntaxError || e instanceof RangeError)) throw e;
        const label = rel(abs) === "." ? "the folder scanned" : rel(abs);
        problems.push({
          file: rel(abs),
          message: `The .gitignore rules of ${label} cannot be applied (a pattern is too long or invalid for the pattern engine); nothing in it is scanned. Shorten or fix the pattern.`,
        });
        continue;
      }
      found.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
      const realFolders = new Map<string, string | undefined>();
      const realInFolder = (file: string) => {
        const dir = dirname(file);
        let real = realFolders.get(dir);
        if (real === undefined && !realFolders.has(dir)) {
          real = safeRealpath(dir);
          realFolders.set(dir, real);
        }
        return real === undefined ? undefined : join(real, basename(file));
      };
      const charts = new Map<string, boolean>();
      const hasChart = (dir: string) => {
        let v = charts.get(dir);
        if (v === undefined) {
          v = existsSync(join(dir, "Chart.yaml")) || existsSync(join(dir, "Chart.yml"));
          charts.set(dir, v);
        }
        return v;
      };
      for (const { path: file, dirent } of found) {
        if (dirent.isDirectory()) continue;
        const name = basename(file);
        if (NOT_MANIFESTS.test(name)) continue;
        const chart = chartOfTemplate(file, abs, hasChart);
        // A chart's `_helpers.tpl`-like partials (`templates/_*`) hold helpers, not manifests.
        if (chart?.templates && name.startsWith("_")) continue;
        if (!isInside(file, abs)) {
          // files.include reaching out (`../x/**`, `/etc/*`): never read.
          problems.push({
            file: rel(file),
            message: `${rel(file)} is outside ${rel(abs) === "." ? "the folder scanned" : rel(abs)}, so it is not read; files.include must name files inside the folders scanned.`,
          });
          continue;
        }
        // A Chart.yaml is read only for its artifacthub.io/images annotation (metadata, not a pull):
        // one that is a link or not a regular file is left alone quietly, as before it was read.
        if (CHART.test(basename(file)) && (dirent.isSymbolicLink() || !dirent.isFile())) continue;
        if (dirent.isSymbolicLink()) {
          const problem = symlinkProblem(file, root, rel, rel(abs));
          if (problem) problems.push(problem);
          continue;
        }
        if (!dirent.isFile()) {
          problems.push({ file: rel(file), message: notRegular(rel(file)) });
          continue;
        }
        // A regular file's real path is its folder's and its name: one realpath(3) a folder, not a file.
        // (A name with a backslash is looked at on its own: the glob library mangles it, see below.)
        const realFile = dirent.name.includes("\\") ? safeRealpath(file) : realInFolder(file);
        if (!realFile && !exists(file)) {
          // The glob library turns a backslash in a name into `/`: the path it gives does not exist.
          const seen = rel(file);
          const shown = dirent.name.includes("\\")
            ? seen.slice(0, seen.length - dirent.name.length) + dirent.name
            : seen;
          problems.push({ file: shown, message: backslashProblem(shown, seen, dirent.name) });
          continue;
        }
        if (!realFile || !isInside(realFile, root)) {
          problems.push({
            file: rel(file),
            message: `${rel(file)} leads outside ${rel(abs)}; it is not read.`,
          });
          continue;
        }
        if (!entries.has(file)) {
          const role = templateRole(chart, roleOf(file, classify, hasChart));
          entries.set(file, { path: file, file: rel(file), ...role, ...(chart ? { chart: chart.dir } : {}) });
        }
      }
    } else if (st.isFile()) {
      // A link given as an argument is scanned (and written) as the file it names.
      if (!entries.has(real)) {
        const hasChart = (d: string) => existsSync(join(d, "Chart.yaml")) || existsSync(join(d, "Chart.yml"));
        const chart = chartOfTemplate(real, dirname(dirname(dirname(real))), hasChart);
        entries.set(real, {
          path: real,
          file: rel(abs),
          ...templateRole(chart, roleOf(abs, classify, hasChart)),
          ...(chart ? { chart: chart.dir } : {}),
        });
      }
    } else {
      problems.push({ file: rel(abs), message: notRegular(rel(abs)) });
    }
  }
  return { entries: [...entries.values()], problems };
}

/**
 * A path argument, resolved: its real path and what it is; or why it is refused (missing, a link
 * loop, or a link that leads out of the current folder although the argument is inside it). An
 * argument written outside the current folder is the user's explicit choice and is taken.
 */
function argument(
  abs: string,
  given: string,
  cwd: string,
  realCwd: string,
  rel: (p: string) => string,
): { real: string; st: Stats } | { problem: WalkProblem } {
  let st: Stats;
  try {
    st = statSync(abs);
  } catch (e) {
    const loop = (e as NodeJS.ErrnoException).code === "ELOOP";
    const message = loop
      ? `${given} is a symbolic link loop; fix or remove the link.`
      : `${given} does not exist or cannot be read; check the path.`;
    return { problem: { file: toPosix(given), message } };
  }
  const real = safeRealpath(abs) ?? abs;
  if (isInside(abs, cwd) && !isInside(real, realCwd)) {
    const message = `${rel(abs)} is a symbolic link that leads outside the current folder; it is not followed (name the target itself to scan it).`;
    return { problem: { file: rel(abs), message } };
  }
  return { real, st };
}

/** Why a symbolic link found in a scanned folder is reported; undefined when it is skipped quietly. */
function symlinkProblem(
  file: string,
  root: string,
  rel: (p: string) => string,
  label: string,
): WalkProblem | undefined {
  try {
    const target = realpathSync.native(file);
    if (isInside(target, root)) return undefined; // what it names is scanned under its own name
    return {
      file: rel(file),
      message: `${rel(file)} is a symbolic link that leads outside ${label === "." ? "the folder scanned" : label}; it is not followed.`,
    };
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === "ELOOP")
      return { file: rel(file), message: `${rel(file)} is a symbolic link loop; fix or remove the link.` };
    return undefined; // a dangling link: nothing to scan
  }
}

/** Does `path` exist (a link counts, even a dangling one)? */
function exists(path: string): boolean {
  try {
    lstatSync(path);
    return true;
  } catch {
    return false;
  }
}

/** Why a file whose name (or a folder name on its path) holds a backslash is not read. */
function backslashProblem(shown: string, seen: string, name: string): string {
  const which = name.includes("\\")
    ? "its name holds a backslash"
    : "a folder on its path has a backslash in its name";
  return `${quoted(shown)} cannot be read: ${which}, which the file search takes for a folder separator (${quoted(seen)}); rename it without the backslash.`;
}

function notRegular(file: string): string {
  return `${file} is not a regular file (a FIFO, socket or device); it is not read.`;
}

/** What decides a file's role besides its folder. */
interface Classifier {
  /** `files.helmValues`, on the path relative to `cwd`. */
  isHelmValues: ((path: string) => boolean) | undefined;
  /** `files.valuesNames`, on the file name. */
  isValuesName: (name: string) => boolean;
  cwd: string;
}

/** A file's role, and for Helm values why (a chart beside it, the config, or its name). */
export function roleOf(
  file: string,
  c: Classifier,
  hasChart: (dir: string) => boolean,
): { role: FileRole; valuesBy?: ValuesBasis } {
  const name = basename(file);
  if (GO_TEMPLATE.test(name)) return { role: "template" };
  if (KUSTOMIZATION.test(name)) return { role: "kustomization" };
  if (CHART.test(name)) return { role: "chart" };
  if (DOCKERFILE.test(name) && !NOT_DOCKERFILE.test(name)) return { role: "dockerfile" };
  if (COMPOSE.test(name)) return { role: "compose" };
  if (KUBEADM_TEXT.test(name)) return { role: "kubeadm" };
  if (WORKFLOW.test(toPosix(file))) return { role: "workflow" };
  if (HELM_VALUES.test(name) && hasChart(dirname(file))) return { role: "helm-values", valuesBy: "chart" };
  if (c.isHelmValues?.(toPosix(relative(c.cwd, file)))) return { role: "helm-values", valuesBy: "config" };
  if (c.isValuesName(name)) return { role: "helm-values", valuesBy: "name" };
  return { role: "manifest" };
}

/** YAML in a chart's `templates/` or `files/` is a Go template; other kinds keep their role. */
function templateRole<R extends { role: FileRole }>(
  chart: { dir: string } | undefined,
  r: R,
): R | { role: "template" } {
  return chart && r.role === "manifest" ? { role: "template" } : r;
}

/**
 * The chart whose Go templates `file` is one of: a file below `templates/` or `files/` of a folder
 * beside a Chart.yaml (no higher than `root`). Those are read as templates (src/locate/template).
 */
function chartOfTemplate(
  file: string,
  root: string,
  hasChart: (dir: string) => boolean,
): { dir: string; templates: boolean } | undefined {
  let dir = dirname(file);
  while (dir.length >= root.length) {
    const base = basename(dir);
    if ((base === "templates" || base === "files") && hasChart(dirname(dir)))
      return { dir: dirname(dir), templates: base === "templates" };
    const up = dirname(dir);
    if (up === dir) break;
    dir = up;
  }
  return undefined;
}

function safeRealpath(p: string): string | undefined {
  try {
    // One realpath(3) call; the JavaScript realpathSync lstat()s every component of every path.
    return realpathSync.native(p);
  } catch {
    return undefined;
  }
}

export function toPosix(p: string): string {
  return sep === "/" ? p : p.split(sep).join("/");
}

export function isInside(child: string, parent: string): boolean {
  const r = relative(parent, child);
  return r === "" || (!r.startsWith("..") && !isAbsolute(r));
}
