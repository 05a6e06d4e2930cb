import type { Finding, ScanResult } from "../engine/index.js";
import { cell, code, codeBlock, type LineLink, location, plural, registryOf } from "./markdown.js";

/** GitHub refuses a step summary above 1 MiB; stay clearly below it. */
export const SUMMARY_LIMIT_BYTES = 1000 * 1000;

/** GitHub's limit for a pull request body, in characters. */
export const PULL_REQUEST_BODY_LIMIT = 65_536;

export interface SummaryInput {
  /** First line: what happened, e.g. "3 image references need a mirror". */
  headline: string;
  /** Short paragraphs under the headline (fork fallback, the pull request, dry run). */
  notes: string[];
  result: ScanResult;
  /** Unified diff of the changes ("" when nothing changes). */
  patch: string;
  /** The scan ran in `fix` mode (commit, pull-request, transform) rather than `check`. */
  applied: boolean;
  /** Nothing was written: the rewrites are proposed, not made. */
  dryRun: boolean;
  link?: LineLink;
}

/**
 * The rewrites (made, or to make) and the findings that need attention, in file order. The engine
 * reports a rewrite it makes (`fix`) at `info` and one to make (`check`) at `error`; a rewrite finding
 * at another severity was not made (a partial Helm map, an opt-in env value) and counts as a problem.
 */
export function splitFindings(
  findings: Finding[],
  applied: boolean,
): { rewrites: Finding[]; problems: Finding[] } {
  const isRewrite = (f: Finding) => f.kind === "rewrite" && f.severity === (applied ? "info" : "error");
  const rewrites = findings.filter(isRewrite);
  const problems = findings.filter((f) => !isRewrite(f) && f.severity !== "info");
  return { rewrites, problems };
}

/**
 * The job summary: headline, counts, rewrites per source registry, a table of file:line from -> to, the
 * problems, and the unified diff collapsed in `<details>`. Kept under `limitBytes`: the diff goes first,
 * then table rows, each replaced by a line saying where the full data is.
 */
export function renderSummary(input: SummaryInput, limitBytes = SUMMARY_LIMIT_BYTES): string {
  const { rewrites, problems } = splitFindings(input.result.findings, input.applied);
  let rows = Math.max(rewrites.length, problems.length);
  let withDiff = input.patch !== "";
  for (;;) {
    const markdown = composeSummary(input, rewrites, problems, rows, withDiff);
    if (Buffer.byteLength(markdown) <= limitBytes || (rows === 0 && !withDiff)) return markdown;
    if (withDiff) withDiff = false;
    else rows = Math.floor(rows / 2);
  }
}

function composeSummary(
  input: SummaryInput,
  rewrites: Finding[],
  problems: Finding[],
  maxRows: number,
  withDiff: boolean,
): string {
  const { summary } = input.result;
  const parts: string[] = [`## mirrorize: ${cell(input.headline)}\n`];
  for (const note of input.notes) parts.push(`${note}\n`);
  parts.push(
    [
      "| files scanned | image references | rewrites | files changed | problems |",
      "|---:|---:|---:|---:|---:|",
      `| ${summary.files} | ${summary.references} | ${rewrites.length} | ${input.result.files.filter((f) => f.changed).length} | ${problems.length} |`,
      "",
    ].join("\n"),
  );
  if (summary.ignored)
    parts.push(`${plural(summary.ignored, "reference")} left alone by \`# mirrorize-ignore\`.\n`);
  if (rewrites.length > 0) {
    parts.push(registryTable(rewrites));
    parts.push(`### ${input.applied && !input.dryRun ? "Rewritten" : "To rewrite"}\n`);
    parts.push(rewriteTable(rewrites, maxRows, input.link));
  }
  if (problems.length > 0) {
    parts.push("### Problems\n");
    parts.push(problemTable(problems, maxRows, input.link));
  }
  if (input.patch !== "") {
    parts.push(
      withDiff
        ? `<details><summary>Unified diff (${plural(countPatchFiles(input.patch), "file")})</summary>\n\n${codeBlock(input.patch, "diff")}\n</details>\n`
        : "The diff is too large for the job summary; it is in the file named by the `patch` output.\n",
    );
  }
  return parts.join("\n");
}

function registryTable(rewrites: Finding[]): string {
  const counts = new Map<string, number>();
  for (const f of rewrites) {
    const registry = registryOf(f.from ?? "");
    counts.set(registry, (counts.get(registry) ?? 0) + 1);
  }
  const lines = [...counts]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .map(([registry, n]) => `| ${code(registry)} | ${n} |`);
  return ["### By source registry\n", "| registry | rewrites |", "|---|---:|", ...lines, ""].join("\n");
}

/** Where the rows left out of a table can be found. */
const IN_REPORT = "listed in the JSON report (the `report` output)";
const IN_DIFF = "in the diff of this pull request";

/** The `location | from | to` table of rewrites, at most `maxRows` rows. */
export function rewriteTable(
  rewrites: Finding[],
  maxRows: number,
  link?: LineLink,
  rest = IN_REPORT,
): string {
  const lines = ["| location | from | to |", "|---|---|---|"];
  for (const f of rewrites.slice(0, maxRows)) {
    lines.push(`| ${location(f, link)} | ${code(f.from ?? "")} | ${code(f.to ?? "")} |`);
  }
  return `${lines.join("\n")}\n${more(rewrites.length - maxRows, rest)}`;
}

function problemTable(problems: Finding[], maxRows: number, link?: LineLink, rest = IN_REPORT): string {
  const lines = ["| location | severity | kind | message |", "|---|---|---|---|"];
  for (const f of problems.slice(0, maxRows)) {
    lines.push(`| ${location(f, link)} | ${f.severity} | ${f.kind} | ${cell(f.message)} |`);
  }
  return `${lines.join("\n")}\n${more(problems.length - maxRows, rest)}`;
}

function more(hidden: number, where: string): string {
  return hidden > 0 ? `\n…and ${hidden} more, ${where}.\n` : "";
}

function countPatchFiles(patch: string): number {
  return patch.match(/^\+\+\+ /gm)?.length ?? 0;
}

/**
 * The pull request body: the user's text, then the rewrites table, then the problems; cut to GitHub's
 * body limit by dropping rows.
 */
export function renderPullRequestBody(userText: string, result: ScanResult, link?: LineLink): string {
  const { rewrites, problems } = splitFindings(result.findings, true);
  const intro =
    userText ||
    `mirrorize rewrote ${plural(rewrites.length, "image reference")} in ${plural(
      result.files.filter((f) => f.changed).length,
      "file",
    )} to registry mirrors.`;
  let rows = Math.max(rewrites.length, problems.length);
  for (;;) {
    const parts = [`${intro}\n`];
    if (rewrites.length > 0) parts.push(rewriteTable(rewrites, rows, link, IN_DIFF));
    if (problems.length > 0)
      parts.push("Not rewritten:\n", problemTable(problems, rows, link, "listed in the job summary"));
    parts.push("<!-- mirrorize -->\n");
    const body = parts.join("\n");
    if (body.length <= PULL_REQUEST_BODY_LIMIT || rows === 0) return body.slice(0, PULL_REQUEST_BODY_LIMIT);
    rows = Math.floor(rows / 2);
  }
}

/**
 * What a partial scan took, for the job summary: "Scanned 3 of 7,500 files: those changed since
 * `1a2b3c4d5e6f` and the files whose meaning they change." Undefined for a full scan.
 */
export function scopeNote(result: Pick<ScanResult, "scope">): string | undefined {
  const scope = result.scope;
  if (!scope) return undefined;
  const parts: string[] = [];
  if (scope.changedSince?.everything) parts.push(`${scope.changedSince.everything}`);
  else if (scope.changedSince)
    parts.push(
      `those changed since ${code(scope.changedSince.base.slice(0, 12))} and the files whose meaning they change`,
    );
  if (scope.shard) parts.push(`shard ${scope.shard.index} of ${scope.shard.count}`);
  const what = parts.length > 0 ? `: ${parts.join("; ")}` : "";
  return `Scanned ${scope.scanned.toLocaleString("en-US")} of ${plural(scope.total, "file")}${what}.`;
}
