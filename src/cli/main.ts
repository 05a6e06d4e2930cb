// Entry of dist/cli.js: the `mirrorize` command (and the KRM function, `mirrorize krm`).
import { defaultIO, EXIT_INTERNAL, main } from "./cli.js";

main(process.argv.slice(2), defaultIO()).then(
  (code) => {
    process.exitCode = code;
  },
  (e) => {
    process.stderr.write(`mirrorize: internal error — ${(e as Error)?.stack ?? e}\n`);
    process.exitCode = EXIT_INTERNAL;
  },
);
