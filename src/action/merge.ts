import { globbySync } from "globby";
import { readTextSync } from "../engine/read.js";
import { mergeReports } from "../report/merge.js";
import { checkHeadline } from "./check.js";
import { UserError } from "./errors.js";
import { plural } from "./markdown.js";
import { publish } from "./report.js";
import { lineLink, pathsInside, type Step } from "./step.js";
import { scopeNote } from "./summary.js";

/** Most bytes of one shard report read. */
const MAX_REPORT = 256 * 1024 * 1024;

/**
 * `mode: merge`, the last job of a sharded check: join the shards' JSON reports (`reports` globs, e.g.
 * downloaded artifacts) into the report of one run — flatten collisions across shards decided again —
 * then annotate, summarise and fail as `check` does. Refuses a missing or repeated shard.
 */
export async function runMerge(step: Step): Promise<string | undefined> {
  const { inputs, runner, io } = step;
  if (inputs.reports.length === 0)
    throw new UserError(
      "The 'reports' input is empty; merge mode needs the shards' JSON reports, e.g. 'reports: shards/*.json'.",
    );
  const patterns = pathsInside(runner.workspace, inputs.reports, "reports");
  const files = globbySync(patterns, {
    cwd: runner.workspace,
    onlyFiles: true,
    followSymbolicLinks: false,
    dot: true,
  }).sort();
  if (files.length === 0)
    throw new UserError(
      `No file matches the 'reports' input (${inputs.reports.join(", ")}); download the shards' reports first.`,
    );
  const inputsRead = files.map((file) => {
    const read = readTextSync(`${runner.workspace}/${file}`, file, MAX_REPORT);
    if (!read.ok) throw new UserError(read.message);
    return { name: file, text: read.text };
  });
  const merged = mergeReports(inputsRead);
  if (!merged.ok) throw new UserError(`Cannot merge the reports: ${merged.message}`);
  const { result } = merged;
  io.info(
    `Merged ${plural(files.length, "report")}: ${plural(result.summary.files, "file")}, ${plural(result.summary.rewrites, "rewrite")}, ${plural(result.summary.problems, "problem")}.`,
  );
  const headline = checkHeadline(result);
  const scope = scopeNote(result);
  return publish(step, {
    result,
    applied: false,
    headline,
    notes: [`Merged the reports of ${plural(files.length, "shard")}.`, ...(scope ? [scope] : [])],
    link: lineLink(runner),
  });
}
