import { dirname, resolve } from "node:path";
import { MAX_CONFIG_SIZE } from "../../config/load.js";
import { verifyReferences } from "../../engine/verify.js";
import { readConfined } from "../../fs/safe-read.js";
import { type RunOptions, runExecPlugin, runResourceList } from "../../krm/index.js";
import { isResourceListText } from "../../krm/resource-list.js";
import { type CliIO, type ParsedArgs, UsageError } from "../types.js";

/**
 * `mirrorize krm`: the KRM function. Reads a ResourceList on stdin and writes one on stdout (kpt,
 * `kustomize build --enable-alpha-plugins --enable-exec`). Given a file argument and a plain resource
 * stream on stdin, it speaks the kustomize exec-plugin protocol instead (`kubectl kustomize
 * --enable-alpha-plugins`, which runs no exec KRM functions). Exit 0 unless an error result exists.
 */
export async function run(args: ParsedArgs, io: CliIO): Promise<number> {
  if (io.readStdin === undefined) throw new UsageError("krm reads a ResourceList on standard input.");
  const input = await io.readStdin();
  const [configFile] = args.positionals;
  const plugin =
    configFile !== undefined && !isResourceListText(input)
      ? { text: await readConfig(configFile, io.cwd) }
      : undefined;
  const runOnce = (options?: RunOptions) =>
    plugin ? runExecPlugin(input, plugin, options) : runResourceList(input, options);
  let output = runOnce();
  if (output.verification) {
    // The function config asks for verify or pin: ask the registries, then run again with the answers.
    const { settings, references } = output.verification;
    const { resolutions, report } = await verifyReferences(references, {
      settings,
      cwd: io.cwd,
      env: io.env ?? process.env,
    });
    for (const warning of report.warnings) io.stderr(`mirrorize krm: warning: ${warning}\n`);
    output = runOnce({ resolutions });
  }
  if (output.stdout !== "") io.stdout(output.stdout);
  for (const line of output.stderr) io.stderr(`mirrorize krm: ${line}\n`);
  return output.exitCode;
}

async function readConfig(file: string, cwd: string): Promise<string> {
  // kustomize writes the plugin config to a file of its own: it may be anywhere, but not a link out of
  // its folder, a FIFO or a device, and it is capped like a config file.
  const path = resolve(cwd, file);
  const read = await readConfined(path, {
    roots: [dirname(path)],
    label: file,
    what: "plugin config",
    maxSize: MAX_CONFIG_SIZE,
  });
  if (read.ok) return read.text;
  throw new UsageError(
    read.reason === "missing"
      ? `cannot read the plugin config ${file} (it does not exist); kustomize passes it as the first argument.`
      : read.message,
  );
}
