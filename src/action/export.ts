/**
 * `mode: export`: write `mirrorize export FORMAT` for the workspace (node runtime mirror configuration,
 * sync lists, Renovate aliases) to `export-out` in the workspace, or under RUNNER_TEMP; the
 * `export-path` output names it. With `export-check`, write nothing and fail when the committed file at
 * `export-out` is out of date. Sync lists scan every file under `paths` (never only the changed ones).
 */
import { existsSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import {
  buildExport,
  EXPORT_FORMATS,
  exportFormat,
  exportInput,
  formatNames,
  OutputError,
  writeExport,
} from "../export/index.js";
import { UserError } from "./errors.js";
import { cell, code, plural } from "./markdown.js";
import { pathsInside, type Step } from "./step.js";

export async function runExport(step: Step): Promise<string | undefined> {
  const { inputs, io, runner } = step;
  const root = runner.workspace;
  const { format: name, out, check } = inputs.export;
  if (name === undefined) {
    throw new UserError(`mode 'export' needs the 'export-format' input, one of: ${formatNames()}.`);
  }
  const format = exportFormat(name);
  if (format === undefined) {
    throw new UserError(`Invalid 'export-format' value '${name}'. Expected one of: ${formatNames()}.`);
  }
  if (check && out === undefined) {
    throw new UserError("'export-check' compares with a committed file: give its path in 'export-out'.");
  }
  const paths = pathsInside(root, inputs.paths, "paths");
  const configFile = inputs.config ? pathsInside(root, [inputs.config], "config")[0] : undefined;
  if (configFile && !existsSync(resolve(root, configFile))) {
    throw new UserError(
      `Invalid 'config' value '${inputs.config}'. Expected an existing file in the repository.`,
    );
  }
  const settings = await step.deps.loadSettings({
    cwd: root,
    paths,
    configFile,
    preset: inputs.preset,
    configSource: "the 'config' input",
  });
  if (inputs.exclude.length > 0) {
    settings.files = { ...settings.files, exclude: [...settings.files.exclude, ...inputs.exclude] };
  }
  const spec = EXPORT_FORMATS[format];
  let findings: Parameters<typeof exportInput>[1];
  if (spec.source === "references") {
    io.startGroup("Scan");
    try {
      const scanned = await step.deps.scan({ cwd: root, paths, settings, mode: "check", write: false });
      findings = scanned.findings;
      io.info(
        `Scanned ${plural(scanned.summary.files, "file")}: ${plural(scanned.summary.references, "image reference")}.`,
      );
    } finally {
      io.endGroup();
    }
  }
  const result = buildExport(format, exportInput(settings, findings));
  for (const finding of result.findings) {
    if (finding.severity === "warning")
      io.warning(cell(finding.message), { title: `mirrorize export ${format}` });
    else io.info(`note: ${cell(finding.message)}`);
  }
  const target =
    out !== undefined
      ? pathsInside(root, [out], "export-out")[0]!
      : result.tree
        ? join(step.artifactsDir, `export-${format}`)
        : join(step.artifactsDir, result.files[0]!.path);
  // Inside the workspace (a pull request's tree) no path may pass through a link; RUNNER_TEMP is ours.
  const written = await writeExport(result, target, root, check || inputs.dryRun, {
    confineTo: out !== undefined ? root : undefined,
  }).catch((error: unknown) => {
    throw error instanceof OutputError ? new UserError(error.message) : error;
  });
  const shown = (path: string) => relative(root, path).split("\\").join("/");
  const stale = [...written.stale];
  const changed = check || inputs.dryRun ? stale : [...written.written, ...written.removed];
  step.outputs.set("export-path", written.target);
  step.outputs.set("changed", String(changed.length > 0));
  step.outputs.set("changed-files", JSON.stringify(changed.map(shown).filter((p) => !p.startsWith(".."))));
  const what = `${plural(result.entries, spec.source === "rules" ? "rule" : "image")}`;
  const headline =
    check || inputs.dryRun
      ? stale.length > 0
        ? `${shown(written.target)} is out of date (${plural(stale.length, "file")})`
        : `${shown(written.target)} is up to date (${what})`
      : `exported ${format}: ${what} to ${written.folder ? "the folder" : "the file"} ${written.target} (${written.written.length} written, ${written.unchanged.length} unchanged)`;
  io.info(headline);
  if (inputs.summary) {
    const warnings = result.findings.filter((f) => f.severity === "warning");
    const lines = [
      `### mirrorize export ${format}`,
      "",
      headline,
      "",
      ...changed.map((p) => `- ${code(shown(p))}`),
      ...(warnings.length > 0
        ? [
            "",
            `${plural(warnings.length, "rule or reference")} could not be written:`,
            "",
            ...warnings.map((w) => `- ${cell(w.message)}`),
          ]
        : []),
      "",
    ];
    await io.writeSummary(lines.join("\n"));
  }
  if (check && stale.length > 0) {
    return `${shown(written.target)} is out of date; run \`mirrorize export ${format} --out ${out}\` and commit it.`;
  }
  return undefined;
}
