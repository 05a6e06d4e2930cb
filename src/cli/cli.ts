import { parseArgs } from "node:util";
import { guardLog, oneLine } from "../report/escape.js";
import { COMMANDS, type CommandSpec } from "./commands.js";
import { type CliIO, type ParsedArgs, UsageError } from "./types.js";
import { VERSION } from "./version.js";

export const EXIT_USAGE = 2;
export const EXIT_INTERNAL = 70;

function globalHelp(): string {
  const width = Math.max(...Object.keys(COMMANDS).map((c) => c.length));
  const lines = Object.entries(COMMANDS).map(([name, c]) => `  ${name.padEnd(width)}  ${c.summary}`);
  return [
    `mirrorize ${VERSION} — rewrite container image references to registry mirrors`,
    "",
    "Usage: mirrorize <command> [options]",
    "",
    "Commands:",
    ...lines,
    "",
    "Run `mirrorize <command> --help` for a command's options.",
    "Exit codes: 0 clean/done · 1 findings (check) or errors in some files · 2 usage or config error",
    "",
  ].join("\n");
}

function commandHelp(name: string, spec: CommandSpec): string {
  const opts = Object.entries(spec.options).map(([k, o]) => {
    const flag = `${o.short ? `-${o.short}, ` : "    "}--${k}${o.type === "string" ? " VALUE" : ""}`;
    return `  ${flag.padEnd(30)} ${o.description}`;
  });
  return [
    `mirrorize ${name} — ${spec.summary}`,
    "",
    `Usage: ${spec.usage}`,
    "",
    "Options:",
    ...opts,
    `  ${"    --debug".padEnd(30)} print stack traces of errors`,
    `  ${"-h, --help".padEnd(30)} show this help`,
    "",
  ].join("\n");
}

/**
 * The streams a command writes to, guarded: a line that a repository string made look like a GitHub
 * workflow command (the CLI runs in workflows too) is neutralised. Not the data a command writes on
 * purpose: the ResourceList of `krm`, the workflow commands of `--format github`.
 */
function guardedIO(io: CliIO, command: string | undefined, format: unknown): CliIO {
  const data = command === "krm" || format === "github";
  return {
    ...io,
    stdout: data ? io.stdout : (s) => io.stdout(guardLog(s)),
    stderr: (s) => io.stderr(guardLog(s)),
  };
}

/** Parse argv and run a command; returns the exit code. Never throws. */
export async function main(argv: string[], rawIO: CliIO): Promise<number> {
  const [name] = argv;
  let io = guardedIO(rawIO, name, undefined);
  const rest = argv.slice(1);
  if (!name || name === "--help" || name === "-h" || name === "help") {
    io.stdout(globalHelp());
    return name ? 0 : EXIT_USAGE;
  }
  if (name === "--version" || name === "-V" || name === "version") {
    io.stdout(`${VERSION}\n`);
    return 0;
  }
  const spec = COMMANDS[name];
  if (!spec) {
    io.stderr(`mirrorize: unknown command '${name}'. Run \`mirrorize --help\` for the list of commands.\n`);
    return EXIT_USAGE;
  }
  const debug = rest.includes("--debug");
  let args: ParsedArgs;
  try {
    const { values, positionals } = parseArgs({
      args: rest,
      allowPositionals: true,
      strict: true,
      options: {
        ...Object.fromEntries(
          Object.entries(spec.options).map(([k, o]) => [
            k,
            {
              type: o.type,
              ...(o.short ? { short: o.short } : {}),
              ...(o.multiple ? { multiple: true } : {}),
            },
          ]),
        ),
        help: { type: "boolean", short: "h" },
        debug: { type: "boolean" },
      },
    });
    if (values.help) {
      io.stdout(commandHelp(name, spec));
      return 0;
    }
    args = { command: name, positionals, flags: values as ParsedArgs["flags"] };
  } catch (e) {
    io.stderr(
      `mirrorize ${name}: ${(e as Error).message.replace(/\.$/, "")}. Run \`mirrorize ${name} --help\`.\n`,
    );
    return EXIT_USAGE;
  }
  io = guardedIO(rawIO, name, args.flags.format);
  if (args.flags["no-color"]) io.color = false;
  try {
    if ((io.env ?? process.env).MIRRORIZE_TEST_INTERNAL_ERROR === "1") throw testInternalError();
    const command = await spec.load();
    return await command.run(args, io);
  } catch (e) {
    return reportError(e, name, io, debug);
  }
}

/**
 * Test-only: MIRRORIZE_TEST_INTERNAL_ERROR=1 makes every command fail as on a bug (a plain Error from
 * inside the program), so tests can check what an internal error looks like: the stack and exit 70.
 */
function testInternalError(): Error {
  return new TypeError("MIRRORIZE_TEST_INTERNAL_ERROR is set: an internal error made on purpose");
}

/** User errors are one sentence and exit 2; anything else is a bug: stack trace and exit 70. */
function reportError(e: unknown, name: string, io: CliIO, debug: boolean): number {
  const err = e as Error;
  if (
    err &&
    (err instanceof UsageError || ["ConfigError", "UsageError", "SelectionError"].includes(err.name))
  ) {
    io.stderr(`mirrorize ${name}: ${oneLine(err.message)}\n`);
    if (debug && err.stack) io.stderr(`${err.stack}\n`);
    return EXIT_USAGE;
  }
  io.stderr(
    `mirrorize ${name}: internal error — this is a bug, please report it with the trace below.\n${err?.stack ?? String(e)}\n`,
  );
  return EXIT_INTERNAL;
}

/** The real process's streams and environment. */
export function defaultIO(): CliIO {
  const env = process.env;
  ignoreClosedPipes();
  const noColor = "NO_COLOR" in env && env.NO_COLOR !== "";
  return {
    stdout: (s) => process.stdout.write(s),
    stderr: (s) => process.stderr.write(s),
    cwd: process.cwd(),
    isTTY: Boolean(process.stdout.isTTY),
    stderrIsTTY: Boolean(process.stderr.isTTY) && !env.CI,
    color: Boolean(process.stdout.isTTY) && !noColor && env.TERM !== "dumb",
    readStdin: async () => {
      const chunks: Buffer[] = [];
      for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
      return Buffer.concat(chunks).toString("utf8");
    },
    env,
  };
}

/**
 * Output piped into a command that stops reading (`mirrorize list | head`) fails with EPIPE: that is
 * not an error of the run, which finishes (and writes its files) and exits with its own code.
 */
function ignoreClosedPipes(): void {
  for (const stream of [process.stdout, process.stderr]) {
    if (stream.listenerCount("error") > 0) continue;
    stream.on("error", (e: NodeJS.ErrnoException) => {
      if (e.code !== "EPIPE") throw e;
    });
  }
}
