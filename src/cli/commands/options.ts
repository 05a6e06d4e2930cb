import { loadSettings } from "../../config/index.js";
import type { Settings } from "../../config/types.js";
import { parseShard, type Selection } from "../../engine/index.js";
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

/** `--changed-since REF` and `--shard I/N` as the engine's selection; undefined when neither is given. */
export function selectionFlags(args: ParsedArgs): Selection | undefined {
  const since = args.flags["changed-since"];
  const shard = args.flags.shard;
  if (since === undefined && shard === undefined) return undefined;
  const select: Selection = {};
  if (since !== undefined) {
    if (typeof since !== "string" || since.trim() === "")
      throw new UsageError("--changed-since needs a git revision, such as origin/main or a commit SHA.");
    select.changedSince = since.trim();
  }
  if (shard !== undefined) {
    const parsed = parseShard(String(shard));
    if (typeof parsed === "string") throw new UsageError(`--shard: ${parsed}.`);
    select.shard = parsed;
  }
  return select;
}
