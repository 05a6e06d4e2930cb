import { mkdir, mkdtemp, writeFile } from "node:fs/promises";
import { join } from "node:path";
import type { Finding, FindingKind, ScanResult } from "../engine/index.js";
import { unifiedDiff } from "../report/diff.js";
import { oneLine } from "../report/escape.js";
import { renderJson } from "../report/json.js";
import { errorMessage } from "./errors.js";
import type { FailOn } from "./inputs.js";
import type { ActionIO, Annotation } from "./io.js";
import type { LineLink } from "./markdown.js";
import { plural } from "./markdown.js";
import type { Step } from "./step.js";
import { renderSummary, splitFindings } from "./summary.js";

const TITLES: Record<FindingKind, string> = {
  rewrite: "Image not from a mirror",
  "already-mirrored": "Already mirrored",
  excluded: "Excluded image",
  "no-rule": "No mirror rule",
  skipped: "Skipped value",
  invalid: "Invalid image reference",
  "unsafe-edit": "Cannot edit safely",
  "parse-error": "YAML parse error",
  "file-error": "Cannot read file",
  collision: "Mirror collision",
  "dead-mirror": "Dead mirror",
  "verify-failed": "Mirror verification failed",
  "chart-setting": "Chart setting",
  overridden: "Set by a kustomization",
  ignored: "Ignored (# mirrorize-ignore)",
};

/** Where an annotation for `finding` points; columns only on single-line findings, as GitHub requires. */
export function annotationFor(finding: Finding): Annotation {
  const where: Annotation = {
    title: `mirrorize: ${TITLES[finding.kind] ?? finding.kind}`,
    file: finding.file,
  };
  if (finding.line > 0) {
    where.startLine = finding.line;
    where.endLine = Math.max(finding.line, finding.endLine || finding.line);
    if (where.endLine === where.startLine && finding.column > 0) {
      where.startColumn = finding.column;
      if (finding.endColumn > 0) where.endColumn = finding.endColumn;
    }
  }
  return where;
}

/**
 * Emit error and warning findings as annotations, at most `max` per level, then one notice saying how
 * many more there are and where to find them. Returns how many were left out.
 */
export function annotate(io: ActionIO, findings: Finding[], max: number, whereMore: string): number {
  let hidden = 0;
  for (const level of ["error", "warning"] as const) {
    const atLevel = findings.filter((f) => f.severity === level);
    for (const finding of atLevel.slice(0, max)) io[level](oneLine(finding.message), annotationFor(finding));
    hidden += Math.max(0, atLevel.length - max);
  }
  if (hidden > 0) {
    const what = hidden === 1 ? "1 more finding is" : `${hidden} more findings are`;
    io.notice(`${what} not shown as annotations; see ${whereMore}.`);
  }
  return hidden;
}

/** Findings at `failOn` severity or worse. */
export function failingFindings(findings: Finding[], failOn: FailOn): Finding[] {
  if (failOn === "never") return [];
  return findings.filter((f) => f.severity === "error" || (failOn === "warning" && f.severity === "warning"));
}

/** What a mode reports once its work is done. */
export interface PublishOptions {
  result: ScanResult;
  /** The scan ran in `fix` mode (its rewrites are made, reported at `info`) rather than `check`. */
  applied: boolean;
  /** First line of the job summary. */
  headline: string;
  /** Paragraphs under the headline. */
  notes: string[];
  /** Links from the tables to the scanned commit. */
  link?: LineLink;
}

/**
 * Report a scan the same way in every mode: annotations, the JSON report and patch files (in the step's
 * artifacts directory), the job summary and the finding outputs. Returns the failure message per
 * `fail-on`, if the step fails.
 */
export async function publish(step: Step, options: PublishOptions): Promise<string | undefined> {
  const { io, outputs, inputs } = step;
  const { result } = options;
  const { rewrites } = splitFindings(result.findings, options.applied);
  const changed = result.files.filter((f) => f.changed).map((f) => f.file);
  const attention = result.findings.filter((f) => f.severity !== "info");

  await mkdir(step.artifactsDir, { recursive: true });
  const reportPath = join(step.artifactsDir, "report.json");
  await writeFile(reportPath, renderJson(result));
  const patch = unifiedDiff(result.files);
  let patchPath = "";
  if (patch !== "") {
    patchPath = join(step.artifactsDir, "changes.patch");
    await writeFile(patchPath, patch);
  }

  annotate(
    io,
    attention,
    inputs.maxAnnotations,
    inputs.summary ? "the job summary" : `the JSON report ${reportPath}`,
  );

  if (inputs.summary) {
    const markdown = renderSummary({
      headline: options.headline,
      notes: options.notes,
      result,
      patch,
      applied: options.applied,
      dryRun: inputs.dryRun,
      link: options.link,
    });
    try {
      await io.writeSummary(markdown);
    } catch (error) {
      io.warning(`Could not write the job summary: ${errorMessage(error)}`);
    }
  }

  outputs.set("changed", String(changed.length > 0));
  outputs.set("changed-files", JSON.stringify(changed));
  outputs.set("findings-count", String(attention.length));
  outputs.set("rewrites-count", String(rewrites.length));
  outputs.set("report", reportPath);
  outputs.set("patch", patchPath);

  const failing = failingFindings(attention, inputs.failOn);
  if (failing.length === 0) return undefined;
  const needMirror = failing.filter((f) => rewrites.includes(f)).length;
  const other = failing.length - needMirror;
  const what = [
    needMirror > 0
      ? `${plural(needMirror, "image reference")} ${needMirror === 1 ? "needs" : "need"} a mirror`
      : "",
    other > 0 ? `${plural(other, "problem")} at '${inputs.failOn}' level or above` : "",
  ]
    .filter(Boolean)
    .join(" and ");
  return `${what}; see the annotations and the job summary${needMirror > 0 ? ", or run 'mirrorize fix' and commit the result" : ""}.`;
}

/** A fresh directory for this step's report and patch under RUNNER_TEMP. */
export async function artifactsDirectory(runnerTemp: string): Promise<string> {
  await mkdir(runnerTemp, { recursive: true });
  return mkdtemp(join(runnerTemp, "mirrorize-"));
}
