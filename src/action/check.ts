import type { ScanResult } from "../engine/index.js";
import { plural } from "./markdown.js";
import { publish } from "./report.js";
import { lineLink, type Step, scanTree } from "./step.js";
import { scopeNote, splitFindings } from "./summary.js";

/**
 * `mode: check`, the pull request gate: scan without writing, annotate the findings, write the report,
 * the patch and the job summary, and fail per `fail-on`. Needs only `contents: read`, so it works on pull
 * requests from forks. `notes` are extra lines for the summary (e.g. why a fixing mode fell back to this).
 * Returns the failure message, if the step fails.
 */
export async function runCheck(step: Step, notes: string[] = []): Promise<string | undefined> {
  const result = await scanTree(step, step.runner.workspace, "check", false);
  const scope = scopeNote(result);
  const headline = checkHeadline(result);
  return publish(step, {
    result,
    applied: false,
    headline,
    notes: scope ? [scope, ...notes] : notes,
    link: lineLink(step.runner),
  });
}

/** The job summary's first line for a check: how many references need a mirror, or that none does. */
export function checkHeadline(result: ScanResult): string {
  const { rewrites, problems } = splitFindings(result.findings, false);
  return rewrites.length > 0
    ? `${plural(rewrites.length, "image reference")} ${rewrites.length === 1 ? "needs" : "need"} a mirror`
    : problems.length > 0
      ? `no image reference needs a mirror, but there ${problems.length === 1 ? "is 1 problem" : `are ${problems.length} problems`}`
      : `all ${plural(result.summary.references, "image reference")} use a mirror`;
}
