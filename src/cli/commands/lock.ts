/**
 * `mirrorize lock [PATH...] [--check]`: records the upstream digest of every reference the scan would
 * rewrite in the lock file (`mirrorize.lock` beside the config file, or `lockFile`), so that a runner
 * that cannot reach upstream still verifies and pins. Entries whose digest did not change keep their
 * date; entries for references no longer in scope are removed. `--check` writes nothing and exits 1
 * when the lock is stale (for CI).
 */
import { randomBytes } from "node:crypto";
import { rename, unlink, writeFile } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import {
  displayPath,
  lockFilePath,
  lockFileRoots,
  readLockText,
  rewrittenReferences,
  scan,
} from "../../engine/index.js";
import {
  clientFromSettings,
  type LockChange,
  type LockUpdate,
  lockDate,
  lockKey,
  resolveDigest,
  updateLockText,
} from "../../registry/index.js";
import { type CliIO, type ParsedArgs, UsageError } from "../types.js";
import { formatFlag, scanTarget } from "./options.js";

const FORMATS = ["text", "json"];

interface Failure {
  ref: string;
  status: string;
  reason: string;
}

export async function run(args: ParsedArgs, io: CliIO): Promise<number> {
  const format = formatFlag(args, FORMATS);
  const check = Boolean(args.flags.check);
  const { paths, settings } = await scanTarget(args, io);
  const path = lockFilePath(settings, io.cwd);
  const display = displayPath(path, io.cwd);
  const before = await readLockText(path, display, lockFileRoots(settings, io.cwd));
  const scanned = await scan({ cwd: io.cwd, paths, settings, write: false, mode: "check" });
  // A reference with a digest needs no entry: its digest already is the truth.
  const refs = rewrittenReferences(scanned.findings).filter((ref) => lockKey(ref) !== undefined);
  const env = io.env ?? process.env;
  const { client, warnings } = await clientFromSettings(settings.registries, { env });
  for (const warning of warnings) io.stderr(`mirrorize lock: warning: ${warning}\n`);
  const updates: LockUpdate[] = [];
  const failures: Failure[] = [];
  await Promise.all(
    refs.map(async (ref) => {
      const resolved = await resolveDigest(ref, client);
      if (resolved.ok) updates.push({ ref, digest: resolved.digest });
      else failures.push({ ref, status: resolved.status, reason: resolved.reason });
    }),
  );
  failures.sort((a, b) => (a.ref < b.ref ? -1 : a.ref > b.ref ? 1 : 0));
  // Failed references stay in `keep`: their recorded entries are kept as they are.
  const updated = updateLockText(before ?? "", updates, { date: lockDate(new Date()), keep: refs });
  if (!updated.ok) {
    throw new UsageError(
      `${updated.error.replace(/\.$/, "")}; fix it, or delete it and run \`mirrorize lock\` again.`,
    );
  }
  // Stale: an entry would change, or the file is not as `mirrorize lock` writes it (hand-edited).
  const reformatted = before !== undefined && updated.text !== before && updated.changes.length === 0;
  const stale = updated.changes.length > 0 || reformatted;
  const written = !check && (updated.changes.length > 0 || reformatted);
  if (written) await writeAtomic(path, updated.text);
  const stats = client.stats();
  if (format === "json") {
    const report = {
      version: 1,
      lockFile: display,
      check,
      stale,
      written,
      references: refs.length,
      changes: updated.changes,
      failures,
      requests: stats.requests,
    };
    io.stdout(`${JSON.stringify(report, null, 2)}\n`);
  } else {
    io.stdout(
      renderText(display, updated.changes, failures, {
        check,
        stale,
        reformatted,
        written,
        refs: refs.length,
        requests: stats.requests,
      }),
    );
  }
  if (failures.length > 0) return 1;
  return check && stale ? 1 : 0;
}

/** A temp file beside the lock, then a rename over it: never a half-written lock. */
async function writeAtomic(path: string, text: string): Promise<void> {
  const tmp = join(dirname(path), `.${basename(path)}.mirrorize-${randomBytes(4).toString("hex")}.tmp`);
  try {
    await writeFile(tmp, text, { flag: "wx" });
    await rename(tmp, path);
  } catch (error) {
    await unlink(tmp).catch(() => {});
    throw new UsageError(`Cannot write the lock file ${path}: ${(error as Error).message}.`);
  }
}

function changeLine(change: LockChange): string {
  switch (change.kind) {
    case "added":
      return `  added    ${change.key}  ${change.to}`;
    case "changed":
      return `  changed  ${change.key}  ${change.from} → ${change.to}`;
    default:
      return `  removed  ${change.key}  (no longer used)`;
  }
}

function renderText(
  display: string,
  changes: LockChange[],
  failures: Failure[],
  state: {
    check: boolean;
    stale: boolean;
    reformatted: boolean;
    written: boolean;
    refs: number;
    requests: number;
  },
): string {
  const lines = changes.map(changeLine);
  if (state.reformatted) lines.push("  (the file is not in the sorted form `mirrorize lock` writes)");
  for (const f of failures) {
    lines.push(`  error    ${f.ref}: the upstream digest is unknown (${f.status}): ${f.reason}`);
  }
  const n = (count: number, word: string) => `${count} ${word}${count === 1 ? "" : "s"}`;
  const counts = (["added", "changed", "removed"] as const)
    .map((kind) => `${changes.filter((c) => c.kind === kind).length} ${kind}`)
    .join(", ");
  const what = state.check
    ? state.stale
      ? `${display} is out of date (${counts}); run \`mirrorize lock\` and commit it`
      : `${display} is up to date`
    : state.written
      ? `${display} written (${counts})`
      : `${display} is up to date`;
  const failed = failures.length > 0 ? `, ${n(failures.length, "digest")} not resolved` : "";
  lines.push(`${what}: ${n(state.refs, "reference")}${failed}, ${n(state.requests, "registry request")}.`);
  return `${lines.join("\n")}\n`;
}
