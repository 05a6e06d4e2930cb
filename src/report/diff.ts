import { createTwoFilesPatch } from "diff";
import type { FileResult } from "../engine/types.js";
import { paint } from "./style.js";

/** A unified diff (`a/` and `b/` prefixes, git-style) of every changed file that kept its text. */
export function unifiedDiff(files: readonly FileResult[], opts: { color?: boolean } = {}): string {
  const parts: string[] = [];
  for (const f of files) {
    if (!f.changed || f.before === undefined || f.after === undefined) continue;
    // jsdiff quotes a name with a newline, a quote or a backslash as git does (`"a/x\ny"`).
    const patch = createTwoFilesPatch(`a/${f.file}`, `b/${f.file}`, f.before, f.after, undefined, undefined, {
      context: 3,
    });
    // Drop the "Index:"/"===" preamble some versions emit; keep ---/+++ and hunks.
    const body = patch.replace(/^(?:Index: .*\n)?=+\n/, "");
    parts.push(opts.color ? colorize(body) : body);
  }
  return parts.join("");
}

function colorize(patch: string): string {
  return patch
    .split("\n")
    .map((line) => {
      if (line.startsWith("+++") || line.startsWith("---")) return paint.bold(line);
      if (line.startsWith("+")) return paint.green(line);
      if (line.startsWith("-")) return paint.red(line);
      if (line.startsWith("@@")) return paint.cyan(line);
      return line;
    })
    .join("\n");
}
