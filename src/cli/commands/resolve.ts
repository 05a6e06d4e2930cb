import { loadSettings } from "../../config/index.js";
import { createResolver, type Resolution, type ResolutionStatus } from "../../resolver/index.js";
import { type CliIO, type ParsedArgs, UsageError } from "../types.js";
import { formatFlag } from "./options.js";

const FORMATS = ["text", "json"] as const;

/** Statuses that make `resolve` exit 1. */
const FAILING: ReadonlySet<ResolutionStatus> = new Set(["invalid", "dead-mirror"]);

const COLORS: Record<ResolutionStatus, string> = {
  rewrite: "32", // green
  "already-mirrored": "2", // dim
  excluded: "2",
  "no-rule": "33", // yellow
  skipped: "2",
  "dead-mirror": "31", // red
  invalid: "31",
};

/**
 * `mirrorize resolve REF... [--preset P] [--config F] [--format text|json]`: resolve references given on
 * the command line. Exit 0 when every reference resolved, 1 when one is invalid or only has dead
 * mirrors, 2 for usage and config errors (thrown).
 */
export async function run(args: ParsedArgs, io: CliIO): Promise<number> {
  const format = formatFlag(args, FORMATS);
  if (args.positionals.length === 0) {
    throw new UsageError("resolve needs at least one image reference, e.g. `mirrorize resolve nginx:1.25`.");
  }
  const settings = await loadSettings({
    cwd: io.cwd,
    configFile: optionalString(args.flags.config, "--config"),
    preset: optionalString(args.flags.preset, "--preset"),
  });
  const resolver = createResolver(settings);
  const resolutions = args.positionals.map((ref) => resolver.resolve(ref));
  io.stdout(
    format === "json" ? `${JSON.stringify(resolutions, null, 2)}\n` : renderTable(resolutions, io.color),
  );
  return resolutions.some((r) => FAILING.has(r.status)) ? 1 : 0;
}

function optionalString(value: string | boolean | string[] | undefined, flag: string): string | undefined {
  if (value === undefined || value === false) return undefined;
  if (Array.isArray(value)) return value[value.length - 1];
  if (value === true) throw new UsageError(`${flag} needs a value.`);
  return value;
}

/** An aligned table: input, status, output (or reason); warnings on the lines below. */
export function renderTable(resolutions: readonly Resolution[], color: boolean): string {
  const rows = resolutions.map((r) => ({
    input: r.input === "" ? '""' : r.input,
    status: r.status,
    detail: r.output ?? r.reason ?? "",
    warnings: r.warnings,
  }));
  const inputWidth = Math.max(5, ...rows.map((r) => r.input.length));
  const statusWidth = Math.max(6, ...rows.map((r) => r.status.length));
  const paint = (status: ResolutionStatus, text: string) =>
    color ? `\u001b[${COLORS[status]}m${text}\u001b[0m` : text;
  const lines = [`${"INPUT".padEnd(inputWidth)}  ${"STATUS".padEnd(statusWidth)}  OUTPUT / REASON`];
  for (const row of rows) {
    const status = paint(row.status, row.status.padEnd(statusWidth));
    lines.push(`${row.input.padEnd(inputWidth)}  ${status}  ${row.detail}`.trimEnd());
    for (const warning of row.warnings) lines.push(`${" ".repeat(inputWidth + 2)}warning: ${warning}`);
  }
  return `${lines.join("\n")}\n`;
}
