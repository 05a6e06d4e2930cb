import type { ScanResult } from "../engine/types.js";

/** The JSON report of DESIGN.md §6: `{ version: 1, findings, summary }`. */
export interface JsonReport {
  version: 1;
  findings: ScanResult["findings"];
  summary: ScanResult["summary"];
  /** Present when the run scanned only some files (`--changed-since`, `--shard`). */
  scope?: ScanResult["scope"];
}

export function toJsonReport(result: ScanResult): JsonReport {
  return {
    version: 1,
    findings: result.findings,
    summary: result.summary,
    ...(result.scope ? { scope: result.scope } : {}),
  };
}

export function renderJson(result: ScanResult): string {
  return `${JSON.stringify(toJsonReport(result), null, 2)}\n`;
}
