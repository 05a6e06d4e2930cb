import { type CliRun, runCli } from "../helpers/cli.js";

export type Run = CliRun;

/** Run `mirrorize krm ARGS` in-process with `input` on stdin. */
export function runKrm(input: string, args: string[] = [], cwd = process.cwd()): Promise<Run> {
  return runCli(["krm", ...args], cwd, input);
}

/** A ResourceList around `items` (YAML text of the items, already indented as list entries). */
export function resourceList(items: string, rest = "", apiVersion = "config.kubernetes.io/v1"): string {
  return `apiVersion: ${apiVersion}\nkind: ResourceList\nitems:\n${items}${rest}`;
}

/** `text` with each [from, to] replaced once, in order (the expected byte-for-byte rewrite). */
export function replaced(text: string, pairs: readonly [string, string][]): string {
  let out = text;
  let from = 0;
  for (const [a, b] of pairs) {
    const at = out.indexOf(a, from);
    if (at < 0) throw new Error(`${a} not found`);
    out = out.slice(0, at) + b + out.slice(at + a.length);
    from = at + b.length;
  }
  return out;
}
