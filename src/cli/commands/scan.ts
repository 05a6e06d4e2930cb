import { scan, type VerifyScanResult, verifyScan } from "../../engine/index.js";
import type { Finding, ScanResult } from "../../engine/types.js";
import {
  findRenderTools,
  fixWithRenderCheck,
  type RenderCheckResult,
  type RenderTools,
} from "../../render/check.js";
import { unifiedDiff } from "../../report/diff.js";
import { oneLine, quoted } from "../../report/escape.js";
import { renderGithub } from "../../report/github.js";
import { renderJson } from "../../report/json.js";
import { renderSarif } from "../../report/sarif.js";
import { renderText, summaryLine } from "../../report/text.js";
import { type CliIO, type ParsedArgs, UsageError } from "../types.js";
import { VERSION } from "../version.js";
import { formatFlag, scanTarget, selectionFlags } from "./options.js";
import { progress } from "./progress.js";

const FORMATS: Record<string, readonly string[]> = {
  check: ["text", "json", "sarif", "github"],
  fix: ["text", "json"],
  diff: ["text"],
  list: ["text", "json", "csv"],
};

/** check, fix, diff and list: one scan, rendered per command. */
export async function run(args: ParsedArgs, io: CliIO): Promise<number> {
  const command = args.command;
  const format = formatFlag(args, FORMATS[command]!);
  const { paths, settings } = await scanTarget(args, io);
  const dryRun = command === "diff" || Boolean(args.flags["dry-run"]);
  const fixing = command === "fix" || command === "diff";
  const select = selectionFlags(args);
  const wantsRenderCheck = command === "fix" && Boolean(args.flags["render-check"]);
  const tools = wantsRenderCheck ? renderTools(dryRun, io) : undefined;
  const bar = io.stderrIsTTY && format === "text" ? progress(io) : undefined;
  // list is the offline inventory; check, fix and diff verify mirrors when the config asks (verify, pin).
  const options = {
    env: io.env ?? process.env,
    cwd: io.cwd,
    paths,
    settings,
    write: command === "fix" && !dryRun,
    mode: fixing ? ("fix" as const) : ("check" as const),
    keepText: dryRun,
    onProgress: bar?.update,
    ...(select ? { select } : {}),
  };
  let rendered: RenderCheckResult | undefined;
  let result: VerifyScanResult;
  if (tools) {
    rendered = await fixWithRenderCheck(options, tools, (o) => verifyScan({ ...options, ...o }));
    result = rendered.result;
  } else result = await (command === "list" ? scan : verifyScan)(options);
  bar?.done();
  if (rendered) reportRenderCheck(rendered, io);
  for (const warning of result.verification?.warnings ?? [])
    io.stderr(`mirrorize ${command}: warning: ${warning}\n`);
  const quiet = Boolean(args.flags.quiet);
  const verbose = Boolean(args.flags.verbose);
  switch (command) {
    case "check":
      io.stdout(renderCheck(result, format, io, quiet, verbose));
      return exitCode(result, true);
    case "list":
      io.stdout(renderList(result, format));
      return hasErrors(result, (f) => f.kind !== "rewrite") ? 1 : 0;
    default:
      if (format === "json") io.stdout(renderJson(result));
      else if (dryRun) {
        // The diff goes to stdout (pipe it to `git apply`); problems and the summary to stderr.
        io.stdout(unifiedDiff(result.files, { color: io.color }));
        const problems = { ...result, findings: result.findings.filter((f) => f.severity !== "info") };
        io.stderr(renderText(problems, { color: io.color, quiet, verb: "to rewrite" }));
      } else {
        io.stdout(renderText(result, { color: io.color, quiet, verbose, verb: "rewritten" }));
      }
      return rendered?.problems.length ? 1 : exitCode(result, false);
  }
}

/** The renderers `fix --render-check` runs; kubectl is required. */
function renderTools(dryRun: boolean, io: CliIO): RenderTools {
  if (dryRun)
    throw new UsageError("--render-check renders the files fix writes; it cannot be used with --dry-run.");
  const tools = findRenderTools(io.env ?? process.env);
  if (!tools.kubectl) {
    throw new UsageError(
      "--render-check needs kubectl on PATH (for kubectl kustomize; GitHub-hosted runners have it); install it or leave the flag out.",
    );
  }
  return tools;
}

/** What the render check did, on stderr; its problems say the fix was undone. */
function reportRenderCheck(r: RenderCheckResult, io: CliIO): void {
  const helm = r.rendered.some((t) => t.startsWith("helm")) ? "" : " (no helm on PATH: charts not rendered)";
  io.stderr(
    `mirrorize fix: render check: ${r.rendered.length} rendered before and after${helm}${r.unbuilt.length ? `, ${r.unbuilt.length} did not build before and were not checked` : ""}.\n`,
  );
  if (r.problems.length === 0) return;
  for (const p of r.problems) io.stderr(`mirrorize fix: render check: ${oneLine(p)}\n`);
  io.stderr(
    `mirrorize fix: the fix would change what is deployed, so it was undone (${r.restored.length} ${r.restored.length === 1 ? "file" : "files"} written back): set the images named above by hand (the findings say where), or report a bug if mirrorize wrote them.\n`,
  );
}

function renderCheck(
  result: ScanResult,
  format: string,
  io: CliIO,
  quiet: boolean,
  verbose: boolean,
): string {
  switch (format) {
    case "json":
      return renderJson(result);
    case "sarif":
      return renderSarif(result, VERSION, result.scope?.shard);
    case "github":
      return renderGithub(result);
    default:
      return renderText(result, { color: io.color, quiet, verbose });
  }
}

/** check: 1 when anything needs a rewrite or any error; fix/diff: 1 when any error is left. */
function exitCode(result: ScanResult, check: boolean): number {
  return hasErrors(result, (f) => check || f.kind !== "rewrite") ? 1 : 0;
}

function hasErrors(result: ScanResult, counts: (f: Finding) => boolean): boolean {
  return result.findings.some((f) => f.severity === "error" && counts(f));
}

const LIST_COLUMNS = ["file", "line", "column", "field", "kind", "from", "to", "rule"] as const;

/** One row per image reference (and per file problem): where, what, and its resolution. */
function renderList(result: ScanResult, format: string): string {
  const rows = result.findings.map((f) => ({
    file: f.file,
    line: f.line,
    column: f.column,
    field: f.field,
    kind: f.kind,
    from: f.from ?? "",
    to: f.to ?? "",
    rule: f.rule ?? "",
    message: f.message,
    source: f.source ?? "",
    shape: f.shape ?? "",
  }));
  if (format === "json")
    return `${JSON.stringify({ version: 1, images: rows, summary: result.summary }, null, 2)}\n`;
  if (format === "csv") {
    const esc = (v: string | number) => {
      // A cell a spreadsheet would run as a formula (`=…`, `+…`, `-…`, `@…`) gets a leading `'`.
      const s = typeof v === "string" && /^[=+\-@\t\r]/.test(v) ? `'${v}` : String(v);
      return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
    };
    return `${[LIST_COLUMNS.join(","), ...rows.map((r) => LIST_COLUMNS.map((c) => esc(r[c])).join(","))].join("\n")}\n`;
  }
  // Repository strings: quoted when they hold a newline, a control or a command form (a terminal or a
  // workflow log reads them).
  const table = rows.map((r) => [
    `${quoted(r.file)}:${r.line}:${r.column}`,
    r.kind,
    oneLine(r.from || r.message),
    oneLine(r.to),
  ]);
  const widths = [0, 1, 2].map((i) => Math.max(...table.map((t) => t[i]!.length), 0));
  const lines = table.map((t) =>
    [
      t[0]!.padEnd(widths[0]!),
      t[1]!.padEnd(widths[1]!),
      t[3] ? `${t[2]!.padEnd(widths[2]!)}  → ${t[3]}` : t[2],
    ].join("  "),
  );
  return `${[...lines, summaryLine(result, {})].join("\n")}\n`;
}
