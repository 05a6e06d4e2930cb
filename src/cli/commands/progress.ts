import type { CliIO } from "../types.js";

/**
 * A progress line on stderr for runs longer than a second; only when stderr is a terminal and not
 * in CI (the caller decides that).
 */
export function progress(io: CliIO): { update: (done: number, total: number) => void; done: () => void } {
  const started = Date.now();
  let shown = false;
  let last = 0;
  return {
    update(done, total) {
      const now = Date.now();
      if (now - started < 1000 || now - last < 100) return;
      last = now;
      shown = true;
      io.stderr(`\r\u001b[2Kscanning ${done}/${total} files…`);
    },
    done() {
      if (shown) io.stderr("\r\u001b[2K");
    },
  };
}
