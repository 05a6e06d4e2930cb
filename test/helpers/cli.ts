import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { main } from "../../src/cli/cli.js";
import type { CliIO } from "../../src/cli/types.js";
import { repoRoot } from "./shared.js";

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** A CliIO that records what a command prints (no terminal, no colour). */
export function captureIO(
  cwd: string,
  opts: { stdin?: string; env?: NodeJS.ProcessEnv } = {},
): { io: CliIO; output: () => { stdout: string; stderr: string } } {
  let stdout = "";
  let stderr = "";
  const io: CliIO = {
    stdout: (s) => {
      stdout += s;
    },
    stderr: (s) => {
      stderr += s;
    },
    cwd,
    isTTY: false,
    stderrIsTTY: false,
    color: false,
    readStdin: async () => opts.stdin ?? "",
    env: opts.env ?? {},
  };
  return { io, output: () => ({ stdout, stderr }) };
}

/** Run the CLI in-process with captured output (fast; same code as the bundle). */
export async function runCli(
  args: string[],
  cwd: string,
  stdin = "",
  env: NodeJS.ProcessEnv = {},
): Promise<CliRun> {
  const { io, output } = captureIO(cwd, { stdin, env });
  const code = await main(args, io);
  return { code, ...output() };
}

/** The bundled CLI (dist/cli.js, or MIRRORIZE_CLI), as users run it. */
export const bundledCli = process.env.MIRRORIZE_CLI ?? join(repoRoot, "dist", "cli.js");

export function runBundled(args: string[], cwd: string, input?: string): CliRun {
  const r = spawnSync(process.execPath, [bundledCli, ...args], {
    cwd,
    encoding: "utf8",
    input,
    env: { ...process.env, NO_COLOR: "1" },
  });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}
