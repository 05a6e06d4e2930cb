import { plural } from "./markdown.js";
import { publish } from "./report.js";
import { lineLink, type Step, scanTree } from "./step.js";

/**
 * `mode: transform`, the pre-deploy step: rewrite the files in the workspace in place and touch nothing
 * else (no git). With `dry-run`, write nothing and report what would change.
 */
export async function runTransform(step: Step): Promise<string | undefined> {
  const { dryRun } = step.inputs;
  const result = await scanTree(step, step.runner.workspace, !dryRun);
  const changed = result.files.filter((f) => f.changed).length;
  if (dryRun) step.io.info(`DRY RUN: would update ${plural(changed, "file")}`);
  return publish({
    io: step.io,
    outputs: step.outputs,
    result,
    artifactsDir: step.artifactsDir,
    applied: true,
    failOn: step.inputs.failOn,
    maxAnnotations: step.inputs.maxAnnotations,
    summary: step.inputs.summary,
    headline: `${dryRun ? "DRY RUN: would rewrite" : "rewrote"} ${plural(result.summary.rewrites, "image reference")} in ${plural(changed, "file")}`,
    notes: [],
    link: lineLink(step.runner),
  });
}
