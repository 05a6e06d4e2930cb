import type { SiteSource } from "../locate/types.js";
import type { ScanScope } from "./select.js";

export type FindingKind =
  | "rewrite"
  | "already-mirrored"
  | "excluded"
  | "no-rule"
  | "skipped"
  | "invalid"
  | "unsafe-edit"
  | "parse-error"
  | "file-error"
  | "collision"
  | "dead-mirror"
  | "verify-failed"
  | "chart-setting"
  | "overridden"
  | "ignored"; // left alone by a `# mirrorize-ignore` comment (info)

export type Severity = "error" | "warning" | "info";

/** One thing the scan has to say, at the exact scalar it is about. Contract: DESIGN.md §6. */
export interface Finding {
  /** Relative to the current directory, `/`-separated. */
  file: string;
  /** 1-based line and column of the scalar that changes (or of the problem). */
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  /** Path of the field, e.g. `spec.template.spec.containers[0].image`; "" for file-level findings. */
  field: string;
  kind: FindingKind;
  severity: Severity;
  message: string;
  from?: string;
  to?: string;
  rule?: string;
  /**
   * `flatten` on a rewrite made by a flattening rule: such rewrites can collide across files, which
   * `mirrorize merge` decides again across the reports of shards.
   */
  strategy?: "flatten";
  shape?: string;
  source?: SiteSource;
  /** For a rewrite that replaces exactly `line:column`–`endLine:endColumn`: the new text (SARIF fixes). */
  replacement?: string;
}

export interface FileResult {
  file: string;
  findings: Finding[];
  /** True when the file's text changed (or would change, in dry-run). */
  changed: boolean;
  /** Original and new text, kept only for changed files (diffs, reports). */
  before?: string;
  after?: string;
  /** Number of image references found in the file. */
  references: number;
  /** Number of rewrites written to the file (or that would be, checking). */
  rewrites?: number;
}

export interface ScanSummary {
  files: number;
  filesChanged: number;
  references: number;
  rewrites: number;
  problems: number;
  errors: number;
  warnings: number;
  /** References left alone by a `# mirrorize-ignore` comment. */
  ignored?: number;
  elapsedMs: number;
}

export interface ScanResult {
  files: FileResult[];
  findings: Finding[];
  summary: ScanSummary;
  /** Set when the scan took only some files (`--changed-since`, `--shard`): how many of how many. */
  scope?: ScanScope;
}
