import { MAX_PATTERN_LENGTH } from "../config/schema.js";
import { parseShard } from "../engine/select.js";
import { needsQuoting, quote } from "../report/escape.js";
import { UserError } from "./errors.js";

export const MODES = ["check", "commit", "pull-request", "transform", "merge", "sync", "export"] as const;
export type Mode = (typeof MODES)[number];

export const FAIL_ON = ["error", "warning", "never"] as const;
export type FailOn = (typeof FAIL_ON)[number];

/** A git identity from `Display Name <email@example.com>`. */
export interface Identity {
  name: string;
  email: string;
}

/** Every input of `action.yml`, parsed and validated once. */
export interface ActionInputs {
  /** What to do with the findings. */
  mode: Mode;
  /** Files or directories to scan, as given (relative to the workspace). */
  paths: string[];
  /** File globs to leave alone, added to the config's `files.exclude`. */
  exclude: string[];
  /** Config file path as given, or undefined to search upward from the paths. */
  config?: string;
  /** Preset replacing the config's `preset`. */
  preset?: string;
  /** Lowest severity that fails the step (`never`: never fail on findings). */
  failOn: FailOn;
  /** Compute and report only: no file writes, commits, pushes or write API calls. */
  dryRun: boolean;
  /**
   * Which files a `check` scans: `auto` (on a pull request, what it changed since its base commit;
   * elsewhere everything), `off` (everything), or a git revision.
   */
  changedSince: string;
  /** Scan one share of the files (`I/N`); the `merge` mode joins the shards' reports. */
  shard?: { index: number; count: number };
  /** `merge` mode: globs of the shards' JSON reports, relative to the workspace. */
  reports: string[];
  /** `export` mode: the format (`mirrorize export FORMAT`), where to write it, and the stale-file gate. */
  export: { format?: string; out?: string; check: boolean };
  /**
   * `commit` / `pull-request`: also commit the fixes of `.github/workflows/` files (the token must have
   * the `workflow` scope, which the default GITHUB_TOKEN never has).
   */
  includeWorkflows: boolean;
  /**
   * Fixing modes: render every kustomization (`kubectl kustomize`, and charts with `helm template` when
   * helm is on PATH) before and after, and undo the fix when anything but image strings changes.
   */
  renderCheck: boolean;
  /** Most annotations per level; the rest go to the job summary. */
  maxAnnotations: number;
  /** Whether to write the job summary. */
  summary: boolean;
  /** Token for pushes and the pull request API ("" when none). */
  token: string;
  /** `sync` mode: where images go and what is copied. */
  sync: {
    /** One registry that receives every image instead of the rules' mirrors. */
    to?: string;
    /** Platforms of an index to copy (empty: all). */
    platforms: string[];
    withReferrers: boolean;
  };
  commit: {
    message: string;
    author: Identity;
    committer: Identity;
  };
  pullRequest: {
    /** Branch holding the fix; undefined means `mirrorize/<base>`. */
    branch?: string;
    /** Branch to merge into; undefined means the branch checked out. */
    base?: string;
    title: string;
    /** Text above the generated table. */
    body: string;
    labels: string[];
    draft: boolean;
    deleteBranch: boolean;
  };
}

/** The most annotations GitHub shows per level and step. */
export const MAX_ANNOTATIONS_PER_LEVEL = 10;

const DEFAULT_TITLE = "Use registry mirrors for container images";
const BOT: Identity = {
  name: "github-actions[bot]",
  email: "41898282+github-actions[bot]@users.noreply.github.com",
};

/**
 * Read and validate every input. `getInput` returns the trimmed value or "" (as `core.getInput` does);
 * empty values take the defaults of `action.yml`, so the action also behaves when run outside a runner.
 * Throws a `UserError` naming the input and the accepted values.
 */
export function parseInputs(getInput: (name: string) => string): ActionInputs {
  const text = (name: string, fallback = ""): string => getInput(name).trim() || fallback;
  const optional = (name: string): string | undefined => getInput(name).trim() || undefined;
  const commitMessage = text("commit-message", DEFAULT_TITLE);
  return {
    mode: parseEnum("mode", text("mode", "check"), MODES),
    paths: nonEmptyOr(patternList("paths", getInput("paths")), ["."]),
    exclude: patternList("exclude", getInput("exclude")),
    config: optional("config"),
    preset: optional("preset"),
    failOn: parseEnum("fail-on", text("fail-on", "error"), FAIL_ON),
    dryRun: parseBoolean("dry-run", text("dry-run", "false")),
    changedSince: parseChangedSince(text("changed-since", "auto")),
    shard: parseShardInput(optional("shard")),
    reports: parseList(getInput("reports")),
    export: {
      format: optional("export-format"),
      out: optional("export-out"),
      check: parseBoolean("export-check", text("export-check", "false")),
    },
    includeWorkflows: parseBoolean("include-workflows", text("include-workflows", "false")),
    renderCheck: parseBoolean("render-check", text("render-check", "false")),
    maxAnnotations: parseWholeNumber(
      "max-annotations",
      text("max-annotations", "10"),
      0,
      MAX_ANNOTATIONS_PER_LEVEL,
    ),
    summary: parseBoolean("summary", text("summary", "true")),
    token: getInput("token").trim(),
    sync: {
      to: optional("sync-to"),
      platforms: parseList(getInput("sync-platforms")),
      withReferrers: parseBoolean("sync-referrers", text("sync-referrers", "false")),
    },
    commit: {
      message: commitMessage,
      author: parseIdentity("author", optional("author")) ?? BOT,
      committer: parseIdentity("committer", optional("committer")) ?? BOT,
    },
    pullRequest: {
      branch: optional("branch"),
      base: optional("base"),
      title: text("title", DEFAULT_TITLE),
      body: getInput("body").trim(),
      labels: parseList(getInput("labels")),
      draft: parseBoolean("draft", text("draft", "false")),
      deleteBranch: parseBoolean("delete-branch", text("delete-branch", "true")),
    },
  };
}

function parseChangedSince(value: string): string {
  if (value === "false" || value === "off") return "off";
  if (value.startsWith("-") || /\s/.test(value))
    throw invalid("changed-since", value, "auto, off, or a git revision (a branch, tag or commit SHA)");
  return value;
}

function parseShardInput(value: string | undefined): ActionInputs["shard"] {
  if (value === undefined) return undefined;
  const shard = parseShard(value);
  if (typeof shard === "string") throw invalid("shard", value, "I/N with 1 ≤ I ≤ N, such as 2/4");
  return shard;
}

/** `parseList`, refusing an item longer than a glob may be (`MAX_PATTERN_LENGTH`, as in the config). */
function patternList(name: string, value: string): string[] {
  const items = parseList(value);
  const long = items.find((item) => item.length > MAX_PATTERN_LENGTH);
  if (long !== undefined)
    throw invalid(name, long, `paths or globs of at most ${MAX_PATTERN_LENGTH} characters`);
  return items;
}

/** Split a list input on commas and newlines, dropping blanks. */
export function parseList(value: string): string[] {
  return value
    .split(/[\n,]+/)
    .map((item) => item.trim())
    .filter((item) => item !== "");
}

/** One of `accepted`, or a `UserError` naming the input and the accepted values. */
export function parseEnum<T extends string>(name: string, value: string, accepted: readonly T[]): T {
  if ((accepted as readonly string[]).includes(value)) return value as T;
  throw invalid(name, value, `one of: ${accepted.join(", ")}`);
}

/** The YAML 1.2 core booleans that `core.getBooleanInput` accepts. */
export function parseBoolean(name: string, value: string): boolean {
  if (["true", "True", "TRUE"].includes(value)) return true;
  if (["false", "False", "FALSE"].includes(value)) return false;
  throw invalid(name, value, "one of: true, false");
}

function parseWholeNumber(name: string, value: string, min: number, max: number): number {
  const n = Number(value);
  if (/^\d+$/.test(value) && n >= min && n <= max) return n;
  throw invalid(name, value, `a whole number from ${min} to ${max}`);
}

/** `Display Name <email>` as an identity; undefined for an empty input. */
export function parseIdentity(name: string, value: string | undefined): Identity | undefined {
  if (value === undefined) return undefined;
  const match = /^([^<>]*?)\s*<([^<>\s]+@[^<>\s]+)>$/.exec(value);
  if (!match?.[1]) throw invalid(name, value, "the form 'Display Name <email@example.com>'");
  return { name: match[1], email: match[2]! };
}

function nonEmptyOr(list: string[], fallback: string[]): string[] {
  return list.length > 0 ? list : fallback;
}

function invalid(name: string, value: string, expected: string): UserError {
  return new UserError(`Invalid '${name}' value ${inputValue(value)}. Expected ${expected}.`);
}

/** An input's value in a message: `'value'`, or a short escaped excerpt when it is long or not plain. */
export function inputValue(value: string): string {
  return value.length > MAX_SHOWN || needsQuoting(value) ? quote(value, MAX_SHOWN) : `'${value}'`;
}

const MAX_SHOWN = 100;
