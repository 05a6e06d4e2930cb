import { plural } from "./markdown.js";
import { publish } from "./report.js";
import { lineLink, type Step, scanTree } from "./step.js";
import { splitFindings } from "./summary.js";

/**
 * `mode: transform`, the pre-deploy step: rewrite the files in the workspace in place and touch nothing
 * else (no git). With `dry-run`, write nothing and report what would change.
 */
export async function runTransform(step: Step): Promise<string | undefined> {
  const { dryRun } = step.inputs;
  const result = await scanTree(step, step.runner.workspace, "fix", !dryRun);
  const changed = result.files.filter((f) => f.changed).length;
  if (dryRun) step.io.info(`DRY RUN: would update ${plural(changed, "file")}`);
  return publish(step, {
    result,
    applied: true,
    headline: `${dryRun ? "DRY RUN: would rewrite" : "rewrote"} ${plural(splitFindings(result.findings, true).rewrites.length, "image reference")} in ${plural(changed, "file")}`,
    notes: [],
    link: lineLink(step.runner),
  });
}
