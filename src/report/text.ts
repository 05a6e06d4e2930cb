import type { Finding, ScanResult } from "../engine/types.js";
import { oneLine, quoted } from "./escape.js";
import { paint, plain } from "./style.js";

export interface TextOptions {
  color: boolean;
  /** Show info findings too (already mirrored, no rule, skipped...). */
  verbose?: boolean;
  /** Only the summary line. */
  quiet?: boolean;
  /** The command's verb for the summary ("would rewrite" / "rewrote"). */
  verb?: string;
}

/** `file:line:col severity message [rule]`, one line each, then a one-line summary. */
export function renderText(result: ScanResult, opts: TextOptions): string {
  const p = opts.color ? paint : plain;
  const lines: string[] = [];
  if (!opts.quiet) {
    for (const f of result.findings) {
      if (f.severity === "info" && !opts.verbose && f.kind !== "rewrite") continue;
      lines.push(findingLine(f, p));
    }
  }
  lines.push(summaryLine(result, opts, p));
  return `${lines.join("\n")}\n`;
}

export function findingLine(f: Finding, p = plain): string {
  const sev =
    f.severity === "error" ? p.red("error") : f.severity === "warning" ? p.yellow("warning") : p.cyan("info");
  const rule = f.rule ? p.dim(` [${oneLine(f.rule)}]`) : "";
  return `${p.bold(`${quoted(f.file)}:${f.line}:${f.column}`)} ${sev} ${oneLine(f.message)}${rule}`;
}

export function summaryLine(result: ScanResult, opts: Pick<TextOptions, "verb">, p = plain): string {
  const s = result.summary;
  const n = (count: number, word: string) => `${count} ${word}${count === 1 ? "" : "s"}`;
  const verb = opts.verb ?? "to rewrite";
  const parts = [
    `${n(s.files, "file")} scanned${scopeText(result)}`,
    `${n(s.references, "reference")} found`,
    `${s.rewrites} ${verb}`,
    n(s.problems, "problem"),
    ...(s.ignored ? [`${s.ignored} ignored`] : []),
  ];
  const text = `${parts.join(", ")} (${(s.elapsedMs / 1000).toFixed(2)}s)`;
  return s.errors > 0 ? p.bold(text) : text;
}

/** ` of 7500 (changed since 1a2b3c4)`, ` of 7500 (shard 2/4)`: what a partial scan took; "" for a full one. */
export function scopeText(result: Pick<ScanResult, "scope">): string {
  const scope = result.scope;
  if (!scope) return "";
  const why: string[] = [];
  if (scope.changedSince)
    why.push(
      scope.changedSince.everything
        ? `${scope.changedSince.everything}`
        : `changed since ${scope.changedSince.base.slice(0, 12)}`,
    );
  if (scope.shard) why.push(`shard ${scope.shard.index}/${scope.shard.count}`);
  return ` of ${scope.total}${why.length > 0 ? ` (${why.join(", ")})` : ""}`;
}
