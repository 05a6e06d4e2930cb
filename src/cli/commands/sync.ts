/**
 * `mirrorize sync [PATH...]`: copy every image the tree uses (after `exclude`) from upstream to the
 * mirror its rule names — rules of the user's own config only, or `--to PREFIX` — byte for byte.
 * Then `fix` rewrites to the mirror and `verify: digest` / `pin` prove it.
 */
import { displayPath, lockFilePath, readLockFile, scan } from "../../engine/index.js";
import type { Finding } from "../../engine/types.js";
import { clientFromSettings } from "../../registry/index.js";
import { paint, plain } from "../../report/style.js";
import {
  type ImageResult,
  planSync,
  runSync,
  SYNC_CLIENT_OPTIONS,
  type SyncEvent,
  type SyncPlan,
  type SyncReport,
} from "../../sync/index.js";
import { type CliIO, type ParsedArgs, UsageError } from "../types.js";
import { formatFlag, scanTarget } from "./options.js";

const FORMATS = ["text", "json"];
/** Findings that carry a reference the tree uses (excluded, skipped and invalid ones do not). */
const REFERENCE_KINDS = new Set<Finding["kind"]>([
  "rewrite",
  "already-mirrored",
  "no-rule",
  "dead-mirror",
  "collision",
  "verify-failed",
]);
const PLATFORM = /^[a-z0-9_-]+\/[a-z0-9_-]+(\/[a-z0-9_.-]+)?$/;

export async function run(args: ParsedArgs, io: CliIO): Promise<number> {
  const format = formatFlag(args, FORMATS);
  const to = parseTo(args.flags.to);
  const platforms = ([] as string[])
    .concat((args.flags.platform as string[] | undefined) ?? [])
    .flatMap((p) =>
      p
        .split(",")
        .map((s) => s.trim())
        .filter(Boolean),
    );
  for (const p of platforms) {
    if (!PLATFORM.test(p)) {
      throw new UsageError(`--platform takes os/architecture[/variant], such as linux/amd64 (got "${p}").`);
    }
  }
  const concurrency = parseCount(args.flags.concurrency, "--concurrency", 8);
  const { paths, settings } = await scanTarget(args, io);
  const scanned = await scan({ cwd: io.cwd, paths, settings, write: false, mode: "check" });
  const references = scanned.findings
    // A kubeadm imageRepository is a repository prefix, not an image to copy.
    .filter((f) => f.from !== undefined && REFERENCE_KINDS.has(f.kind) && f.source !== "kubeadm")
    .map((f) => f.from!);
  const lockPath = lockFilePath(settings, io.cwd);
  const { lock } = await readLockFile(lockPath, displayPath(lockPath, io.cwd));
  const plan = planSync(references, settings, to === undefined ? { lock } : { to, lock });
  const p = io.color ? paint : plain;
  const verbose = Boolean(args.flags.verbose);
  const quiet = Boolean(args.flags.quiet);

  if (args.flags["dry-run"]) {
    if (format === "json") {
      io.stdout(`${JSON.stringify({ version: 1, dryRun: true, ...plan }, null, 2)}\n`);
    } else {
      io.stdout(renderPlan(plan, platforms, verbose, quiet, p));
    }
    return 0;
  }

  const env = io.env ?? process.env;
  const { client, warnings } = await clientFromSettings(settings.registries, {
    env,
    client: { ...SYNC_CLIENT_OPTIONS },
  });
  for (const warning of warnings) io.stderr(`mirrorize sync: warning: ${warning}\n`);
  const progress = io.stderrIsTTY && format === "text" ? progressLine(io, plan.items.length) : undefined;
  const controller = new AbortController();
  const report = await runSync(plan, {
    client,
    concurrency,
    platforms,
    withReferrers: Boolean(args.flags["with-referrers"]),
    signal: controller.signal,
    onEvent: progress?.event,
  });
  progress?.done();
  if (format === "json") {
    io.stdout(
      `${JSON.stringify({ version: 1, dryRun: false, to: plan.to, skipped: plan.skipped, ...report }, null, 2)}\n`,
    );
  } else {
    io.stdout(renderReport(plan, report, verbose, quiet, p));
  }
  return report.summary.failed > 0 ? 1 : 0;
}

function parseTo(value: unknown): string | undefined {
  if (value === undefined) return undefined;
  const to = String(value).trim().replace(/\/+$/, "");
  if (!/^[A-Za-z0-9.-]+(:\d+)?(\/[a-z0-9._/-]+)?$/.test(to) || to.includes("//")) {
    throw new UsageError(
      `--to takes a registry and an optional path, such as registry.example.com/mirror (got "${String(value)}").`,
    );
  }
  return to;
}

function parseCount(value: unknown, flag: string, fallback: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!/^\d+$/.test(String(value)) || n < 1 || n > 64) {
    throw new UsageError(`${flag} takes a whole number from 1 to 64 (got "${String(value)}").`);
  }
  return n;
}

type Paint = typeof plain;

function skippedLines(plan: SyncPlan, verbose: boolean, p: Paint): string[] {
  return plan.skipped
    .filter((s) => verbose || s.reason === "preset-rule" || s.reason === "no-rule")
    .map((s) => `${p.dim("skipped ")} ${s.message}`);
}

function renderPlan(plan: SyncPlan, platforms: string[], verbose: boolean, quiet: boolean, p: Paint): string {
  const lines: string[] = [];
  if (!quiet) {
    for (const item of plan.items) lines.push(`would copy ${item.source} → ${item.target}  (${item.rule})`);
    lines.push(...skippedLines(plan, verbose, p));
    if (platforms.length > 0) {
      lines.push(
        `note: --platform ${platforms.join(",")} narrows image indexes: their digest at the mirror will differ from upstream's.`,
      );
    }
  }
  lines.push(
    `dry run: ${count(plan.items.length, "image")} to sync, ${count(plan.skipped.length, "reference")} not synced; nothing was copied.`,
  );
  return `${lines.join("\n")}\n`;
}

function imageLine(r: ImageResult, p: Paint): string {
  if (r.status === "failed")
    return `${p.red("failed  ")} ${r.source} → ${r.target}: ${r.reason ?? "unknown error"}`;
  if (r.status === "present") return `${p.dim("present ")} ${r.source} → ${r.target}`;
  const parts = [`${r.blobs.uploaded} uploaded`, `${r.blobs.mounted} mounted`, `${r.blobs.present} present`];
  const referrers = r.referrers > 0 ? `, ${count(r.referrers, "referrer")}` : "";
  return `${p.green("copied  ")} ${r.source} → ${r.target}  (blobs: ${parts.join(", ")}; ${bytes(r.bytes)}${referrers})`;
}

function renderReport(
  plan: SyncPlan,
  report: SyncReport,
  verbose: boolean,
  quiet: boolean,
  p: Paint,
): string {
  const lines: string[] = [];
  if (!quiet) {
    for (const r of report.images) {
      if (r.status !== "present" || verbose) lines.push(imageLine(r, p));
      for (const w of r.warnings) lines.push(`${p.yellow("warning ")} ${r.target}: ${w}`);
    }
    lines.push(...skippedLines(plan, verbose, p));
  }
  const s = report.summary;
  lines.push(
    `${count(s.images, "image")}: ${s.copied} copied, ${s.present} already present, ${s.failed} failed; ` +
      `blobs: ${s.blobsUploaded} uploaded, ${s.blobsMounted} mounted, ${s.blobsPresent} present; ` +
      `${bytes(s.bytes)} moved (${count(s.requests, "registry request")}, ${(s.elapsedMs / 1000).toFixed(2)}s)`,
  );
  return `${lines.join("\n")}\n`;
}

function count(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}

function bytes(n: number): string {
  if (n < 1024) return `${n} B`;
  const units = ["KiB", "MiB", "GiB", "TiB"];
  let value = n / 1024;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return `${value.toFixed(1)} ${units[unit]}`;
}

/** `[3/20 images] 120.5 MiB moved  docker.io/library/nginx:1.27` on stderr, redrawn at most every 100 ms. */
function progressLine(io: CliIO, total: number): { event: (e: SyncEvent) => void; done: () => void } {
  let done = 0;
  let moved = 0;
  let current = "";
  let last = 0;
  let shown = false;
  const draw = (force = false) => {
    const now = Date.now();
    if (!force && now - last < 100) return;
    last = now;
    shown = true;
    io.stderr(`\r\u001b[2K[${done}/${total} images] ${bytes(moved)} moved  ${current.slice(0, 60)}`);
  };
  return {
    event(e) {
      if (e.kind === "start") current = e.item.source;
      else if (e.kind === "bytes") moved += e.bytes;
      else done++;
      draw(e.kind === "done");
    },
    done() {
      if (shown) io.stderr("\r\u001b[2K");
    },
  };
}
