/**
 * `mirrorize export FORMAT [PATH...] [--out FILE|DIR] [--check]`: the rules (and, for sync lists, the
 * references the scanned tree uses) as node runtime configuration, copy lists or Renovate aliases.
 * Without `--out` the one file goes to stdout; `--check` writes nothing and exits 1 when a committed
 * file is out of date. What a format cannot express is printed as a warning on stderr.
 */
import { relative } from "node:path";
import { scan } from "../../engine/index.js";
import {
  buildExport,
  EXPORT_FORMATS,
  exportFormat,
  exportInput,
  formatNames,
  writeExport,
} from "../../export/index.js";
import { type CliIO, type ParsedArgs, UsageError } from "../types.js";
import { scanTarget } from "./options.js";

export async function run(args: ParsedArgs, io: CliIO): Promise<number> {
  const [name, ...rest] = args.positionals;
  if (name === undefined) {
    throw new UsageError(
      `export needs a FORMAT, one of: ${formatNames()} (e.g. \`mirrorize export containerd --out nodes/\`).`,
    );
  }
  const format = exportFormat(name);
  if (format === undefined)
    throw new UsageError(`Unknown export format "${name}"; use one of: ${formatNames()}.`);
  const out = stringFlag(args.flags.out, "--out");
  const check = Boolean(args.flags.check);
  if (check && out === undefined) {
    throw new UsageError("--check compares with the committed file: give it with --out FILE|DIR.");
  }
  const { paths, settings } = await scanTarget({ ...args, positionals: rest }, io);
  const spec = EXPORT_FORMATS[format];
  const scanned =
    spec.source === "references"
      ? await scan({ cwd: io.cwd, paths, settings, write: false, mode: "check" })
      : undefined;
  const result = buildExport(format, exportInput(settings, scanned?.findings));
  for (const finding of result.findings) {
    io.stderr(
      `mirrorize export: ${finding.severity === "warning" ? "warning" : "note"}: ${finding.message}\n`,
    );
  }
  if (out === undefined) {
    if (result.tree || result.files.length !== 1) {
      throw new UsageError(
        `${format} writes a folder tree (${result.files.map((f) => f.path).join(", ")}): give --out DIR.`,
      );
    }
    io.stdout(result.files[0]!.content);
    return 0;
  }
  const report = await writeExport(result, out, io.cwd, check);
  const show = (path: string) => relative(io.cwd, path) || ".";
  const what = `${result.entries} ${spec.source === "rules" ? "rule" : "image"}${result.entries === 1 ? "" : "s"}`;
  if (check) {
    for (const path of report.stale) io.stdout(`  out of date  ${show(path)}\n`);
    io.stdout(
      report.stale.length > 0
        ? `${show(report.target)} is out of date (${report.stale.length} of ${report.stale.length + report.unchanged.length} files); run \`mirrorize export ${format} --out ${out}\` and commit it.\n`
        : `${show(report.target)} is up to date (${what}).\n`,
    );
    return report.stale.length > 0 ? 1 : 0;
  }
  for (const path of report.written) io.stdout(`  wrote    ${show(path)}\n`);
  for (const path of report.removed) io.stdout(`  removed  ${show(path)}  (no longer exported)\n`);
  const removed = report.removed.length > 0 ? `, ${report.removed.length} removed` : "";
  io.stdout(
    `${format}: ${what} → ${show(report.target)} (${report.written.length} written, ${report.unchanged.length} unchanged${removed}).\n`,
  );
  return 0;
}

function stringFlag(value: string | boolean | string[] | undefined, flag: string): string | undefined {
  if (value === undefined || value === false) return undefined;
  if (Array.isArray(value)) return value[value.length - 1];
  if (value === true || value === "") throw new UsageError(`${flag} needs a value.`);
  return value;
}
