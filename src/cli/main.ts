// Entry of dist/cli.js: the `mirrorize` command (and the KRM function, `mirrorize krm`). Started with
// the engine's worker flag, the same file runs an engine pool worker instead (see engine/worker-entry.ts).
import { isPoolWorker, setWorkerEntry, workerBeside } from "../engine/worker-entry.js";
import { defaultIO, EXIT_INTERNAL, main } from "./cli.js";

if (isPoolWorker()) {
  const { runPoolWorker } = await import("../engine/worker.js");
  runPoolWorker();
} else {
  setWorkerEntry(workerBeside(import.meta.url));
  main(process.argv.slice(2), defaultIO()).then(
    (code) => {
      process.exitCode = code;
    },
    (e) => {
      process.stderr.write(`mirrorize: internal error — ${(e as Error)?.stack ?? e}\n`);
      process.exitCode = EXIT_INTERNAL;
    },
  );
}
