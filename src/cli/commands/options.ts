import { loadSettings } from "../../config/index.js";
import type { Settings } from "../../config/types.js";
import { type CliIO, type ParsedArgs, UsageError } from "../types.js";

/** The `--format` value, checked against what `command` accepts (default `text`). */
export function formatFlag(args: ParsedArgs, allowed: readonly string[]): string {
  const format = String(args.flags.format ?? "text");
  if (!allowed.includes(format)) {
    throw new UsageError(
      `--format must be one of ${allowed.join(", ")} for ${args.command} (got "${format}").`,
    );
  }
  return format;
}

/** The scanned paths (default `.`) and the settings for them (`--config`, `--preset`). */
export async function scanTarget(
  args: ParsedArgs,
  io: CliIO,
): Promise<{ paths: string[]; settings: Settings }> {
  const paths = args.positionals.length > 0 ? args.positionals : ["."];
  const settings = await loadSettings({
    cwd: io.cwd,
    paths,
    configFile: args.flags.config as string | undefined,
    preset: args.flags.preset as string | undefined,
  });
  return { paths, settings };
}
