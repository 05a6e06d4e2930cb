import { mkdir, mkdtemp, writeFile } from "node:fs/promises";
import { join } from "node:path";
import type { Finding, FindingKind, ScanResult } from "../engine/index.js";
import { unifiedDiff } from "../report/diff.js";
import { renderJson } from "../report/json.js";
import { errorMessage } from "./errors.js";
import type { FailOn } from "./inputs.js";
import type { ActionIO, Annotation } from "./io.js";
import type { LineLink } from "./markdown.js";
import { plural } from "./markdown.js";
import type { Outputs } from "./outputs.js";
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
    for (const finding of atLevel.slice(0, max)) io[level](finding.message, annotationFor(finding));
    hidden += Math.max(0, atLevel.length - max);
  }
  if (hidden > 0)
    io.notice(`${plural(hidden, "more finding")} are not shown as annotations; see ${whereMore}.`);
  return hidden;
}

/** Findings at `failOn` severity or worse. */
export function failingFindings(findings: Finding[], failOn: FailOn): Finding[] {
  if (failOn === "never") return [];
  return findings.filter((f) => f.severity === "error" || (failOn === "warning" && f.severity === "warning"));
}

export interface PublishOptions {
  io: ActionIO;
  outputs: Outputs;
  result: ScanResult;
  /** Where the report and the patch are written (a fresh directory under RUNNER_TEMP). */
  artifactsDir: string;
  /** Rewrites were applied (fix modes): they are not annotated and do not fail the step. */
  applied: boolean;
  failOn: FailOn;
  maxAnnotations: number;
  summary: boolean;
  headline: string;
  notes: string[];
  link?: LineLink;
}

/**
 * Report a scan the same way in every mode: annotations, the JSON report and patch files, the job
 * summary and the finding outputs; then fail the step per `fail-on`. Returns the failure message, if any.
 */
export async function publish(options: PublishOptions): Promise<string | undefined> {
  const { io, outputs, result } = options;
  const { rewrites, problems } = splitFindings(result.findings);
  const changed = result.files.filter((f) => f.changed).map((f) => f.file);
  const counted = options.applied
    ? problems
    : [...rewrites.filter((f) => f.severity !== "info"), ...problems];

  await mkdir(options.artifactsDir, { recursive: true });
  const reportPath = join(options.artifactsDir, "report.json");
  await writeFile(reportPath, renderJson(result));
  const patch = unifiedDiff(result.files);
  let patchPath = "";
  if (patch !== "") {
    patchPath = join(options.artifactsDir, "changes.patch");
    await writeFile(patchPath, patch);
  }

  const annotated = options.applied ? result.findings.filter((f) => f.kind !== "rewrite") : result.findings;
  annotate(
    io,
    annotated,
    options.maxAnnotations,
    options.summary ? "the job summary" : `the JSON report ${reportPath}`,
  );

  if (options.summary) {
    const markdown = renderSummary({
      headline: options.headline,
      notes: options.notes,
      result,
      patch,
      applied: options.applied,
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
  outputs.set("findings-count", String(counted.length));
  outputs.set("rewrites-count", String(rewrites.length));
  outputs.set("report", reportPath);
  outputs.set("patch", patchPath);

  const failing = failingFindings(annotated, options.failOn);
  if (failing.length === 0) return undefined;
  const needMirror = failing.filter((f) => f.kind === "rewrite").length;
  const other = failing.length - needMirror;
  const what = [
    needMirror > 0
      ? `${plural(needMirror, "image reference")} ${needMirror === 1 ? "needs" : "need"} a mirror`
      : "",
    other > 0 ? `${plural(other, "problem")} at '${options.failOn}' level or above` : "",
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
