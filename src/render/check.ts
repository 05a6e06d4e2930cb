/**
 * The render check of `fix --render-check` (and the Action's `render-check` input): every kustomization
 * that builds with `kubectl kustomize` (and, with a `helm` binary on PATH, every chart with
 * `helm template`) is rendered before and after the fix. The fix stands only when each rendering is
 * what it was but for image strings, each of which is its resolution; otherwise the changed files are
 * written back as they were. GitHub-hosted runners ship both kubectl and helm.
 */
import { execFileSync } from "node:child_process";
import { accessSync, constants } from "node:fs";
import { delimiter, join, posix } from "node:path";
import { parseAllDocuments } from "yaml";
import type { Settings } from "../config/types.js";
import type { ScanOptions } from "../engine/index.js";
import type { ScanResult } from "../engine/types.js";
import { walk } from "../engine/walk.js";
import { writeAtomicSync } from "../engine/write.js";
import { parseNormalized, name as refName } from "../reference/index.js";
import { createResolver } from "../resolver/index.js";

/** The renderers found on PATH. */
export interface RenderTools {
  kubectl?: string;
  helm?: string;
}

export function findRenderTools(env: NodeJS.ProcessEnv = process.env): RenderTools {
  const find = (name: string) => {
    for (const dir of (env.PATH ?? "").split(delimiter)) {
      if (!dir) continue;
      const candidate = join(dir, name);
      try {
        accessSync(candidate, constants.X_OK);
        return candidate;
      } catch {
        // not here
      }
    }
    return undefined;
  };
  const tools: RenderTools = {};
  const kubectl = find("kubectl");
  const helm = find("helm");
  if (kubectl) tools.kubectl = kubectl;
  if (helm) tools.helm = helm;
  return tools;
}

/** One thing rendered: a kustomization folder or a chart folder, relative to the scan's directory. */
interface Target {
  tool: "kubectl kustomize" | "helm template";
  dir: string;
}

export interface RenderCheckResult {
  result: ScanResult;
  /** Renderings that differ from what they must be (empty: the fix stands). */
  problems: string[];
  /** What was rendered before and after (targets that did not build before are left out). */
  rendered: string[];
  /** Targets that did not build before the fix (not checked). */
  unbuilt: string[];
  /** Files written back as they were, because of a problem. */
  restored: string[];
}

const RENDER_TIMEOUT_MS = 120_000;
const MAX_OUTPUT = 256 * 1024 * 1024;

/**
 * Fix with the render check: render, run `scan` (writing, keeping texts), render again, compare; on a
 * problem, write every changed file back as it was.
 */
export async function fixWithRenderCheck(
  options: ScanOptions,
  tools: RenderTools,
  scan: (options: ScanOptions) => Promise<ScanResult>,
): Promise<RenderCheckResult> {
  const { cwd, settings } = options;
  const targets = await renderTargets(cwd, options.paths, settings, tools);
  const before = new Map<Target, string>();
  const unbuilt: string[] = [];
  for (const t of targets) {
    const r = render(t, cwd, tools);
    if (r.ok) before.set(t, r.text);
    else unbuilt.push(`${t.tool} ${t.dir}`);
  }
  const result = await scan({ ...options, write: true, keepText: true });
  const accept = acceptor(settings);
  const problems: string[] = [];
  for (const [t, text] of before) {
    const r = render(t, cwd, tools);
    if (!r.ok) {
      problems.push(`${t.tool} ${t.dir} no longer builds after the fix: ${firstLine(r.error)}`);
      continue;
    }
    for (const p of compareRendered(text, r.text, accept)) problems.push(`${t.tool} ${t.dir}: ${p}`);
  }
  const restored: string[] = [];
  if (problems.length > 0) {
    for (const f of result.files) {
      if (!f.changed || f.before === undefined) continue;
      writeAtomicSync(join(cwd, f.file), f.before);
      f.changed = false;
      restored.push(f.file);
    }
  }
  return {
    result,
    problems,
    rendered: [...before.keys()].map((t) => `${t.tool} ${t.dir}`),
    unbuilt,
    restored,
  };
}

/** Kustomization folders (not components, which do not build alone) and, with helm, chart folders. */
async function renderTargets(
  cwd: string,
  paths: string[],
  settings: Settings,
  tools: RenderTools,
): Promise<Target[]> {
  const walked = await walk(cwd, paths, settings);
  const kustomizations = new Set<string>();
  const charts = new Set<string>();
  for (const e of walked.entries) {
    const dir = posix.dirname(e.file);
    if (e.role === "kustomization") kustomizations.add(dir);
    if (/(?:^|\/)Chart\.ya?ml$/.test(e.file) || e.role === "chart") charts.add(dir);
    if (e.role === "helm-values") charts.add(dir);
  }
  const out: Target[] = [];
  if (tools.kubectl)
    for (const dir of [...kustomizations].sort()) out.push({ tool: "kubectl kustomize", dir });
  if (tools.helm) for (const dir of [...charts].sort()) out.push({ tool: "helm template", dir });
  return out;
}

function render(
  t: Target,
  cwd: string,
  tools: RenderTools,
): { ok: true; text: string } | { ok: false; error: string } {
  const [cmd, args] =
    t.tool === "kubectl kustomize"
      ? [tools.kubectl!, ["kustomize", t.dir]]
      : [tools.helm!, ["template", "mirrorize-render-check", t.dir]];
  try {
    const text = execFileSync(cmd, args, {
      cwd,
      encoding: "utf8",
      timeout: RENDER_TIMEOUT_MS,
      maxBuffer: MAX_OUTPUT,
      stdio: ["ignore", "pipe", "pipe"],
    });
    return { ok: true, text };
  } catch (e) {
    const err = e as { stderr?: string; message: string };
    return { ok: false, error: (err.stderr || err.message || "").trim() };
  }
}

/**
 * What an image rendered as `before` may render as after the fix: its resolution (any of the mirror
 * candidates, pinned to a digest with `pin: true`), or itself when the resolver leaves it.
 */
function acceptor(settings: Settings): (before: string, after: string) => boolean {
  const resolver = createResolver(settings);
  return (before, after) => {
    const r = resolver.resolve(before);
    if (r.status !== "rewrite" || !r.output) return after === before;
    const candidates = r.candidates?.length ? r.candidates : [r.output];
    if (candidates.includes(after)) return true;
    if (!settings.pin) return false;
    const a = parseNormalized(after);
    if (!a.ok || !a.ref.digest) return false;
    return candidates.some((c) => {
      const p = parseNormalized(c);
      return p.ok && refName(p.ref) === refName(a.ref) && (p.ref.tag ?? "") === (a.ref.tag ?? "");
    });
  };
}

/**
 * The differences between two renderings that are not allowed: any value other than an `image`
 * string, and image strings that are not what `accept` allows (unmirrored ones included).
 */
export function compareRendered(
  before: string,
  after: string,
  accept: (before: string, after: string) => boolean,
): string[] {
  const a = parseAllDocuments(before).map((d) => d.toJS() as unknown);
  const b = parseAllDocuments(after).map((d) => d.toJS() as unknown);
  const problems: string[] = [];
  const visit = (x: unknown, y: unknown, path: string, key: string | undefined) => {
    if (problems.length >= 20) return;
    if (key === "image" && typeof x === "string" && typeof y === "string") {
      if (!accept(x, y)) {
        problems.push(
          x === y
            ? `${path} renders ${x}, which is not mirrored`
            : `${path} renders ${y} where it rendered ${x} (not its mirror)`,
        );
      }
      return;
    }
    if (Array.isArray(x) && Array.isArray(y)) {
      if (x.length !== y.length) problems.push(`${path} has ${y.length} items instead of ${x.length}`);
      for (let i = 0; i < Math.min(x.length, y.length); i++) visit(x[i], y[i], `${path}[${i}]`, undefined);
      return;
    }
    if (isObject(x) && isObject(y)) {
      for (const k of new Set([...Object.keys(x), ...Object.keys(y)]))
        visit(x[k], y[k], path ? `${path}.${k}` : k, k);
      return;
    }
    if (JSON.stringify(x) !== JSON.stringify(y)) problems.push(`${path || "a document"} changed`);
  };
  if (a.length !== b.length) problems.push(`renders ${b.length} documents instead of ${a.length}`);
  for (let i = 0; i < Math.min(a.length, b.length); i++) visit(a[i], b[i], `document ${i + 1}`, undefined);
  return problems;
}

function isObject(x: unknown): x is Record<string, unknown> {
  return x !== null && typeof x === "object" && !Array.isArray(x);
}

function firstLine(s: string): string {
  return (s.split("\n")[0] ?? "").slice(0, 300);
}
