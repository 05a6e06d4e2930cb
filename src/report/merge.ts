import { collisionMessage } from "../engine/collisions.js";
import type { ScanScope } from "../engine/select.js";
import type { FileResult, Finding, ScanResult } from "../engine/types.js";
import { parseNormalized, name as refName } from "../reference/index.js";
import { canonicalSourceName, createCollisionTracker } from "../resolver/index.js";

/** One JSON report to merge: where it came from (for messages) and its text. */
export interface ReportInput {
  name: string;
  text: string;
}

export type MergeOutcome = { ok: true; result: ScanResult } | { ok: false; message: string };

interface Parsed {
  name: string;
  findings: Finding[];
  summary: ScanResult["summary"];
  scope?: ScanScope;
}

/**
 * Merge the JSON reports of runs over disjoint parts of one tree (the shards of `--shard I/N`) into
 * the report one run over the whole tree gives: findings in file order, counts added up, and flatten
 * collisions decided again across the parts (two shards can each rewrite a different image to one
 * target). Refuses reports that are not mirrorize's, overlap, or leave a shard out.
 */
export function mergeReports(inputs: readonly ReportInput[]): MergeOutcome {
  const parsed: Parsed[] = [];
  for (const input of inputs) {
    const p = parseReport(input);
    if (typeof p === "string") return { ok: false, message: p };
    parsed.push(p);
  }
  if (parsed.length === 0) return { ok: false, message: "name at least one JSON report to merge." };
  const scope = mergedScope(parsed);
  if (typeof scope === "string") return { ok: false, message: scope };
  const owner = new Map<string, string>();
  for (const p of parsed) {
    for (const f of p.findings) {
      const seen = owner.get(f.file);
      if (seen !== undefined && seen !== p.name)
        return {
          ok: false,
          message: `${seen} and ${p.name} both report ${JSON.stringify(f.file)}; merge the reports of disjoint shards of one run.`,
        };
      owner.set(f.file, p.name);
    }
  }
  const findings = parsed
    .flatMap((p) => p.findings)
    .sort(
      (a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) || a.line - b.line || a.column - b.column,
    );
  const unchanged = markCrossCollisions(findings);
  const byFile = new Map<string, Finding[]>();
  for (const f of findings) {
    const list = byFile.get(f.file);
    if (list) list.push(f);
    else byFile.set(f.file, [f]);
  }
  const files: FileResult[] = [...byFile].map(([file, list]) => ({
    file,
    findings: list,
    changed: false,
    references: 0,
  }));
  const sum = (key: "files" | "filesChanged" | "references") =>
    parsed.reduce((n, p) => n + p.summary[key], 0);
  const summary: ScanResult["summary"] = {
    files: sum("files"),
    filesChanged: Math.max(0, sum("filesChanged") - unchanged),
    references: sum("references"),
    rewrites: 0,
    problems: 0,
    errors: 0,
    warnings: 0,
    ignored: 0,
    elapsedMs: Math.max(...parsed.map((p) => p.summary.elapsedMs)),
  };
  for (const f of findings) {
    if (f.kind === "rewrite") summary.rewrites++;
    else if (f.severity !== "info") summary.problems++;
    if (f.severity === "error") summary.errors++;
    else if (f.severity === "warning") summary.warnings++;
    if (f.kind === "ignored") summary.ignored!++;
  }
  return { ok: true, result: { files, findings, summary, ...(scope ? { scope } : {}) } };
}

/**
 * Flattening rewrites of different sources to one target become `collision` errors, as in one run
 * (engine/collisions.ts). Returns the number of files whose every rewrite is now a collision: they no
 * longer change.
 */
function markCrossCollisions(findings: Finding[]): number {
  const tracker = createCollisionTracker();
  const named: { finding: Finding; source: string; target: string }[] = [];
  for (const f of findings) {
    if (f.kind !== "rewrite" || f.strategy !== "flatten" || !f.from || !f.to) continue;
    const from = parseNormalized(f.from);
    const to = parseNormalized(f.to);
    if (!from.ok || !to.ok) continue;
    const item = { finding: f, source: refName(from.ref), target: refName(to.ref) };
    named.push(item);
    tracker.add(item.source, item.target);
  }
  const colliding = new Map(tracker.collisions().map((c) => [c.target, c.sources]));
  if (colliding.size === 0) return 0;
  const hit = new Set<string>();
  for (const { finding, source, target } of named) {
    const sources = colliding.get(target);
    if (sources === undefined) continue;
    const others = sources.filter((s) => canonicalSourceName(s) !== canonicalSourceName(source));
    finding.kind = "collision";
    finding.severity = "error";
    finding.message = collisionMessage(finding.from!, others, target);
    delete finding.replacement;
    hit.add(finding.file);
  }
  let unchanged = 0;
  for (const file of hit)
    if (!findings.some((f) => f.file === file && f.kind === "rewrite" && f.replacement !== undefined))
      unchanged++;
  return unchanged;
}

/** The scope of the merged run: shards must be of one count, each once, none missing. */
function mergedScope(parsed: readonly Parsed[]): ScanScope | undefined | string {
  const shards = parsed.filter((p) => p.scope?.shard);
  if (shards.length === 0) return undefined;
  if (shards.length !== parsed.length)
    return `${parsed.find((p) => !p.scope?.shard)!.name} is not the report of a shard; merge only the reports of --shard runs.`;
  const count = shards[0]!.scope!.shard!.count;
  const seen = new Map<number, string>();
  for (const p of shards) {
    const s = p.scope!.shard!;
    if (s.count !== count)
      return `${p.name} is shard ${s.index}/${s.count} but ${shards[0]!.name} is one of ${count}; merge the shards of one run.`;
    const other = seen.get(s.index);
    if (other !== undefined)
      return `${other} and ${p.name} are both shard ${s.index}/${count}; merge each shard once.`;
    seen.set(s.index, p.name);
  }
  const missing = Array.from({ length: count }, (_, i) => i + 1).filter((i) => !seen.has(i));
  if (missing.length > 0)
    return `shard ${missing.map((i) => `${i}/${count}`).join(", ")} ${missing.length === 1 ? "is" : "are"} missing, so files would go unchecked; pass the reports of all ${count} shards.`;
  const total = shards[0]!.scope!.total;
  const scanned = shards.reduce((n, p) => n + p.scope!.scanned, 0);
  return { total, scanned };
}

/** A report's findings and summary, or why it is not a mirrorize JSON report. */
function parseReport(input: ReportInput): Parsed | string {
  const bad = (why: string) =>
    `${input.name} is not a mirrorize JSON report (${why}); pass the files written by --format json.`;
  let data: unknown;
  try {
    data = JSON.parse(input.text);
  } catch {
    return bad("not JSON");
  }
  if (data === null || typeof data !== "object") return bad("not an object");
  const d = data as Record<string, unknown>;
  if (d.version !== 1) return bad("no version 1");
  if (!Array.isArray(d.findings)) return bad("no findings list");
  const s = d.summary as Record<string, unknown> | undefined;
  const counts = ["files", "filesChanged", "references", "elapsedMs"] as const;
  if (!s || typeof s !== "object" || counts.some((k) => typeof s[k] !== "number")) return bad("no summary");
  for (const f of d.findings as unknown[]) {
    const x = f as Record<string, unknown> | null;
    if (
      !x ||
      typeof x.file !== "string" ||
      typeof x.line !== "number" ||
      typeof x.column !== "number" ||
      typeof x.message !== "string" ||
      typeof x.kind !== "string" ||
      !["error", "warning", "info"].includes(x.severity as string)
    )
      return bad("a finding without file, line, column, kind, severity and message");
  }
  const scope = d.scope as ScanScope | undefined;
  return {
    name: input.name,
    findings: d.findings as Finding[],
    summary: s as unknown as ScanResult["summary"],
    ...(scope && typeof scope === "object" ? { scope } : {}),
  };
}
