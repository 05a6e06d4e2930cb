import { readTextSync } from "../../engine/read.js";
import { renderGithub } from "../../report/github.js";
import { renderJson } from "../../report/json.js";
import { mergeReports } from "../../report/merge.js";
import { renderSarif } from "../../report/sarif.js";
import { renderText } from "../../report/text.js";
import { type CliIO, type ParsedArgs, UsageError } from "../types.js";
import { VERSION } from "../version.js";
import { formatFlag } from "./options.js";

/** Most bytes of one report read (a report of 10^5 findings is ~40 MB). */
const MAX_REPORT = 256 * 1024 * 1024;

/** `mirrorize merge a.json b.json …`: one report from the shards' reports; exit 1 on any error left. */
export async function run(args: ParsedArgs, io: CliIO): Promise<number> {
  const format = formatFlag(args, ["text", "json", "sarif", "github"]);
  if (args.positionals.length === 0)
    throw new UsageError("name the JSON reports to merge, e.g. mirrorize merge reports/*.json.");
  const inputs = args.positionals.map((name) => {
    const read = readTextSync(name.startsWith("/") ? name : `${io.cwd}/${name}`, name, MAX_REPORT);
    if (!read.ok) throw new UsageError(read.message);
    return { name, text: read.text };
  });
  const merged = mergeReports(inputs);
  if (!merged.ok) throw new UsageError(merged.message);
  const { result } = merged;
  switch (format) {
    case "json":
      io.stdout(renderJson(result));
      break;
    case "sarif":
      io.stdout(renderSarif(result, VERSION));
      break;
    case "github":
      io.stdout(renderGithub(result));
      break;
    default:
      io.stdout(
        renderText(result, {
          color: io.color,
          quiet: Boolean(args.flags.quiet),
          verbose: Boolean(args.flags.verbose),
        }),
      );
  }
  return result.findings.some((f) => f.severity === "error") ? 1 : 0;
}
