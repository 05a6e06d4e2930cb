import { writeFileSync } from "node:fs";
import { resolve } from "node:path";
import type { ScanResult } from "../engine/types.js";
import { plural } from "./markdown.js";
import type { Step } from "./step.js";

const WORKFLOW = /^\.github\/workflows\/[^/]+\.ya?ml$/;

/**
 * In `commit` and `pull-request` modes, fixes of `.github/workflows/` files are left out unless
 * `include-workflows: true`: GitHub refuses a push that changes them without the `workflow` scope,
 * which the default GITHUB_TOKEN never has, and one refused file would lose every other fix. The
 * files are put back as they were, their rewrites stay in the report as warnings, and the returned
 * note says why and which input opts in (none when nothing was held back).
 */
export function holdBackWorkflows(step: Step, root: string, result: ScanResult, written: boolean): string[] {
  if (step.inputs.includeWorkflows) return [];
  const held = result.files.filter((f) => f.changed && WORKFLOW.test(f.file));
  if (held.length === 0) return [];
  const why =
    "GitHub refuses a push that changes .github/workflows/ unless the token has the 'workflow' scope (the default GITHUB_TOKEN never has it); set 'include-workflows: true' with such a token to commit them.";
  for (const file of held) {
    if (written && file.before !== undefined) writeFileSync(resolve(root, file.file), file.before);
    file.changed = false;
    file.after = undefined;
    for (const f of file.findings) {
      if (f.kind !== "rewrite") continue;
      f.severity = "warning";
      f.message = `${f.message} Not committed: ${why}`;
    }
  }
  result.summary.filesChanged -= held.length;
  const note = `${plural(held.length, "workflow file")} left out of the commit (${held.map((f) => f.file).join(", ")}): ${why}`;
  step.io.warning(note);
  return [note];
}
