import { listPresets } from "../../config/index.js";
import { type CliIO, type ParsedArgs, UsageError } from "../types.js";

/** `mirrorize presets [--format text|json]`: the built-in presets with their date, source and size. */
export async function run(args: ParsedArgs, io: CliIO): Promise<number> {
  const format = String(args.flags.format ?? "text");
  if (format !== "text" && format !== "json") {
    throw new UsageError(`--format must be one of text, json for presets (got "${format}").`);
  }
  const presets = listPresets();
  if (format === "json") {
    const data = presets.map((p) => ({
      name: p.name,
      description: p.description,
      checked: p.checked,
      source: p.source,
      rules: p.rules.length,
    }));
    io.stdout(`${JSON.stringify(data, null, 2)}\n`);
    return 0;
  }
  const nameWidth = Math.max(4, ...presets.map((p) => p.name.length));
  const lines = [`${"NAME".padEnd(nameWidth)}  CHECKED     RULES  SOURCE`];
  for (const p of presets) {
    const rules = String(p.rules.length).padStart(5);
    lines.push(`${p.name.padEnd(nameWidth)}  ${p.checked.padEnd(10)}  ${rules}  ${p.source[0] ?? ""}`);
    for (const more of p.source.slice(1)) lines.push(`${" ".repeat(nameWidth + 21)}${more}`);
    lines.push(`${" ".repeat(nameWidth + 2)}${p.description}`);
  }
  lines.push(
    "",
    "Use one with --preset NAME or `preset: NAME` in .mirrorize.yaml; without a config file: daocloud.",
  );
  io.stdout(`${lines.join("\n")}\n`);
  return 0;
}
