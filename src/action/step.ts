import { existsSync } from "node:fs";
import { isAbsolute, relative, resolve, sep } from "node:path";
import type { LoadOptions } from "../config/load.js";
import { parsePresetList } from "../config/presets.js";
import type { Settings } from "../config/types.js";
import type { ScanOptions, ScanResult, Selection } from "../engine/index.js";
import { findRenderTools, fixWithRenderCheck } from "../render/check.js";
import { oneLine, quoted } from "../report/escape.js";
import { scopeText } from "../report/text.js";
import type { SyncPlan, SyncReport } from "../sync/index.js";
import type { RunnerContext } from "./context.js";
import { UserError } from "./errors.js";
import { Git } from "./git.js";
import type { PullRequestApi, RepositoryRef } from "./github-api.js";
import { type ActionInputs, inputValue } from "./inputs.js";
import type { ActionIO } from "./io.js";
import { githubLineLink, type LineLink, plural } from "./markdown.js";
import type { Outputs } from "./outputs.js";
import { splitFindings } from "./summary.js";

/**
 * The files a scan takes: one shard (`shard`), and — in `check` mode — on a pull request what it
 * changed since its base commit (`changed-since: auto`, fetched when the checkout is shallow), or what
 * changed since the revision `changed-since` names. Without the base commit, everything is scanned.
 */
async function selectionFor(step: Step, root: string, mode: "check" | "fix"): Promise<Selection | undefined> {
  const { inputs, runner, io } = step;
  const select: Selection = {};
  if (inputs.shard) select.shard = inputs.shard;
  let since: string | undefined;
  if (inputs.changedSince === "auto") {
    if (mode === "check" && PULL_REQUEST_EVENTS.has(runner.eventName) && runner.pullRequestBaseSha) {
      since = runner.pullRequestBaseSha;
      const git = new Git(root, { token: inputs.token, serverUrl: runner.serverUrl });
      if (!(await hasCommit(git, since))) {
        await git
          .run(["fetch", "--no-tags", "--quiet", "--depth=1", "origin", since], {
            auth: Boolean(inputs.token),
          })
          .catch(() => undefined);
        if (!(await hasCommit(git, since))) {
          io.notice(
            `The pull request's base commit ${since.slice(0, 12)} could not be fetched, so every file is scanned; check out with 'fetch-depth: 0' or set 'changed-since: off' to silence this.`,
          );
          since = undefined;
        }
      }
    }
  } else if (inputs.changedSince !== "off") since = inputs.changedSince;
  if (since !== undefined) select.changedSince = since;
  return select.shard || select.changedSince ? select : undefined;
}

const PULL_REQUEST_EVENTS = new Set(["pull_request", "pull_request_target"]);

async function hasCommit(git: Git, sha: string): Promise<boolean> {
  const r = await git
    .run(["cat-file", "-e", `${sha}^{commit}`], { okExitCodes: [1, 128] })
    .catch(() => undefined);
  return r?.exitCode === 0;
}

/** How settings are loaded (the signature of `loadSettings` in src/config). */
export type LoadSettings = (options: LoadOptions) => Promise<Settings>;

/** A scan result, with the warnings of online verification when the config turns it on. */
export type ActionScanResult = ScanResult & { verification?: { warnings: string[] } };

/** What the action needs from the outside world; tests pass their own. */
export interface ActionDeps {
  io: ActionIO;
  env: NodeJS.ProcessEnv;
  /** The process's current directory (used when GITHUB_WORKSPACE is not set). */
  cwd: string;
  /** The engine's scan (with online verification when the config asks for it). */
  scan: (options: ScanOptions) => Promise<ActionScanResult>;
  loadSettings: LoadSettings;
  /** Builds the pull request API client for a token. */
  pullRequestApi: (token: string, apiUrl: string, repository: RepositoryRef) => PullRequestApi;
  /**
   * `sync` mode: copies the planned images (default: a registry client from the settings, with the
   * step's environment less the inputs and the runner's tokens).
   */
  syncImages?: (plan: SyncPlan, settings: Settings, options: SyncModeOptions) => Promise<SyncReport>;
}

export interface SyncModeOptions {
  platforms: string[];
  withReferrers: boolean;
}

/** One run of the action: inputs, runner context, dependencies and the outputs being collected. */
export interface Step {
  deps: ActionDeps;
  io: ActionIO;
  inputs: ActionInputs;
  runner: RunnerContext;
  outputs: Outputs;
  /** Directory for the report and the patch (under RUNNER_TEMP). */
  artifactsDir: string;
}

/**
 * Resolve `paths` against `root` and refuse any that leaves it: the action only reads and writes inside
 * the checked-out repository, whatever a workflow (or a pull request editing it) asks.
 */
export function pathsInside(root: string, paths: string[], input: string): string[] {
  return paths.map((path) => {
    const absolute = resolve(root, path);
    const rel = relative(root, absolute);
    if (rel === ".." || rel.startsWith(`..${sep}`) || isAbsolute(rel)) {
      throw new UserError(
        `Invalid '${input}' value ${inputValue(path)}. Expected a path inside the workspace (relative to the repository root).`,
      );
    }
    return rel === "" ? "." : rel;
  });
}

/**
 * Load the settings (config file, preset, `exclude` input) for the tree at `root` and scan it in the
 * engine's `mode` (`check`: rewrites are errors; `fix`: they are the changes made). `write` writes the
 * fixed files; the texts of changed files are always kept for the diff.
 */
export async function scanTree(
  step: Step,
  root: string,
  mode: "check" | "fix",
  write: boolean,
  /** Changes the loaded settings before the scan (the `sync` mode turns verification off). */
  adjust?: (settings: Settings) => Settings,
): Promise<ActionScanResult> {
  const { inputs, io } = step;
  const paths = pathsInside(root, inputs.paths, "paths");
  const configFile = inputs.config ? pathsInside(root, [inputs.config], "config")[0] : undefined;
  if (configFile && !existsSync(resolve(root, configFile))) {
    throw new UserError(
      `Invalid 'config' value ${inputValue(inputs.config ?? "")}. Expected an existing file in the repository.`,
    );
  }
  // The preset input is checked here so that its message names the input, not `--preset`.
  if (inputs.preset !== undefined) parsePresetList(inputs.preset, "the 'preset' input");
  io.startGroup("Scan");
  try {
    const loaded = await step.deps.loadSettings({
      cwd: root,
      paths,
      configFile,
      preset: inputs.preset,
      configSource: "the 'config' input",
    });
    const settings = adjust ? adjust(loaded) : loaded;
    if (inputs.exclude.length > 0) {
      settings.files = { ...settings.files, exclude: [...settings.files.exclude, ...inputs.exclude] };
    }
    io.info(
      `Settings: ${settings.configFile ? `config ${settings.configFile}` : "no config file"}; presets: ${
        settings.presets.join(", ") || "none"
      }; ${plural(settings.rules.length, "rule")}.`,
    );
    const select = await selectionFor(step, root, mode);
    const options = {
      cwd: root,
      paths,
      settings,
      mode,
      write,
      keepText: true,
      ...(select ? { select } : {}),
    };
    const result =
      write && inputs.renderCheck ? await renderChecked(step, options) : await step.deps.scan(options);
    for (const file of result.files.filter((f) => f.changed)) {
      const n = splitFindings(file.findings, mode === "fix").rewrites.length;
      io.info(`${write ? "updated" : "would update"} ${quoted(file.file)} (${plural(n, "rewrite")})`);
    }
    for (const warning of result.verification?.warnings ?? []) io.warning(warning);
    const s = result.summary;
    io.info(
      `Scanned ${plural(s.files, "file")}${scopeText(result)}: ${plural(s.references, "image reference")}, ${plural(s.rewrites, "rewrite")}, ${plural(s.problems, "problem")}.`,
    );
    return result;
  } finally {
    io.endGroup();
  }
}

/** Links from summary tables to the scanned commit on GitHub. */
export function lineLink(runner: RunnerContext, sha = runner.sha): LineLink {
  const repository = runner.repository ? `${runner.repository.owner}/${runner.repository.repo}` : undefined;
  return githubLineLink(runner.serverUrl, repository, sha);
}

/**
 * The fix with the render check (`render-check`): kubectl (and helm, when there) render the tree before
 * and after; a rendering that changes anything but image strings, each to its mirror, undoes the fix
 * and fails the step.
 */
async function renderChecked(step: Step, options: ScanOptions): Promise<ActionScanResult> {
  const { io } = step;
  const tools = findRenderTools(step.deps.env);
  if (!tools.kubectl) {
    throw new UserError(
      "The 'render-check' input needs kubectl on PATH (GitHub-hosted runners have it); install it on this runner or set render-check: false.",
    );
  }
  const checked = await fixWithRenderCheck(options, tools, step.deps.scan);
  io.info(
    `Render check: ${plural(checked.rendered.length, "rendering")} compared before and after${tools.helm ? "" : " (no helm on PATH: charts not rendered)"}${checked.unbuilt.length ? `; ${plural(checked.unbuilt.length, "target")} did not build before and were not checked` : ""}.`,
  );
  if (checked.problems.length === 0) return checked.result as ActionScanResult;
  for (const p of checked.problems) io.info(`Render check: ${oneLine(p)}`);
  throw new UserError(
    `The render check failed: ${oneLine(checked.problems[0]!)}${checked.problems.length > 1 ? ` and ${plural(checked.problems.length - 1, "more problem")}` : ""}; the fix was undone (${plural(checked.restored.length, "file")} written back); set those images by hand (the findings say where), or report a bug if mirrorize wrote them.`,
  );
}
