import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import type { Settings } from "../config/types.js";
import { displayPath, type Finding, lockFilePath, readLockFile } from "../engine/index.js";
import { clientFromSettings } from "../registry/index.js";
import {
  type ImageResult,
  planSync,
  runSync,
  SYNC_CLIENT_OPTIONS,
  type SyncPlan,
  type SyncReport,
} from "../sync/index.js";
import { UserError } from "./errors.js";
import { cell, code, plural } from "./markdown.js";
import { registryEnvironment } from "./registry-env.js";
import { type Step, type SyncModeOptions, scanTree } from "./step.js";

/** Findings that carry a reference the tree uses. */
const REFERENCE_KINDS = new Set<Finding["kind"]>([
  "rewrite",
  "already-mirrored",
  "no-rule",
  "dead-mirror",
  "collision",
]);

/**
 * `mode: sync` (typically on push to the default branch, before `commit` / `pull-request`): copy every
 * image the tree uses into the mirrors the config's own rules name (or `sync-to`), byte for byte, with
 * registry credentials from the step's `env:` (the `MIRRORIZE_*` variables the config names). Writes the
 * JSON report and the job summary; fails when any image could not be copied.
 */
export async function runSyncMode(step: Step): Promise<string | undefined> {
  const { inputs, io, deps } = step;
  const to = inputs.sync.to?.replace(/\/+$/, "");
  if (to !== undefined && !/^[A-Za-z0-9.-]+(:\d+)?(\/[a-z0-9._/-]+)?$/.test(to)) {
    throw new UserError(
      `Invalid 'sync-to' value '${inputs.sync.to}'. Expected a registry and an optional path, such as registry.example.com/mirror.`,
    );
  }
  for (const p of inputs.sync.platforms) {
    if (!/^[a-z0-9_-]+\/[a-z0-9_-]+(\/[a-z0-9_.-]+)?$/.test(p)) {
      throw new UserError(
        `Invalid 'sync-platforms' value '${p}'. Expected os/architecture[/variant], such as linux/amd64.`,
      );
    }
  }
  let settings: Settings | undefined;
  const scanned = await scanTree(step, step.runner.workspace, "check", false, (loaded) => {
    settings = { ...loaded, verify: "off", pin: false };
    return settings;
  });
  const references = scanned.findings
    .filter((f) => f.from !== undefined && REFERENCE_KINDS.has(f.kind))
    .map((f) => f.from!);
  const root = step.runner.workspace;
  const lockPath = lockFilePath(settings!, root);
  const { lock } = await readLockFile(lockPath, displayPath(lockPath, root));
  const plan = planSync(references, settings!, to === undefined ? { lock } : { to, lock });
  for (const skip of plan.skipped) {
    if (skip.reason === "preset-rule" || skip.reason === "no-rule") io.info(`not synced: ${skip.message}`);
  }
  const options: SyncModeOptions = {
    platforms: inputs.sync.platforms,
    withReferrers: inputs.sync.withReferrers,
  };
  if (inputs.dryRun) {
    for (const item of plan.items) io.info(`DRY RUN: would copy ${item.source} → ${item.target}`);
    if (inputs.summary) await io.writeSummary(renderSyncSummary(plan, undefined));
    step.outputs.set("rewrites-count", "0");
    return undefined;
  }
  io.startGroup("Sync");
  let report: SyncReport;
  try {
    report = await (deps.syncImages ?? defaultSyncImages(step))(plan, settings!, options);
    for (const image of report.images) io.info(imageLine(image));
  } finally {
    io.endGroup();
  }
  for (const image of report.images) {
    if (image.status === "failed") io.error(`${image.source} → ${image.target}: ${image.reason ?? "failed"}`);
    for (const warning of image.warnings) io.warning(`${image.target}: ${warning}`);
  }
  const path = join(step.artifactsDir, "mirrorize-sync.json");
  await writeFile(
    path,
    `${JSON.stringify({ version: 1, to: plan.to, skipped: plan.skipped, ...report }, null, 2)}\n`,
  );
  step.outputs.set("report", path);
  step.outputs.set("findings-count", String(report.summary.failed));
  const s = report.summary;
  io.info(
    `${plural(s.images, "image")}: ${s.copied} copied, ${s.present} already present, ${s.failed} failed; ${s.blobsUploaded} blobs uploaded, ${s.blobsMounted} mounted; ${s.bytes} bytes moved.`,
  );
  if (inputs.summary) await io.writeSummary(renderSyncSummary(plan, report));
  return s.failed > 0
    ? `${plural(s.failed, "image")} could not be synced; see the log and the job summary.`
    : undefined;
}

function defaultSyncImages(step: Step) {
  return async (plan: SyncPlan, settings: Settings, options: SyncModeOptions): Promise<SyncReport> => {
    const { client, warnings } = await clientFromSettings(settings.registries, {
      env: registryEnvironment(step.deps.env),
      client: { ...SYNC_CLIENT_OPTIONS },
    });
    for (const warning of warnings) step.io.warning(warning);
    return runSync(plan, { client, ...options });
  };
}

function imageLine(r: ImageResult): string {
  if (r.status === "failed") return `failed  ${r.source} → ${r.target}: ${r.reason ?? ""}`;
  if (r.status === "present") return `present ${r.source} → ${r.target}`;
  return `copied  ${r.source} → ${r.target} (${r.blobs.uploaded} blobs uploaded, ${r.blobs.mounted} mounted, ${r.blobs.present} present; ${r.bytes} bytes)`;
}

function mib(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MiB`;
}

/** The job summary of a sync (or of its plan, on a dry run). Every repository string is escaped. */
export function renderSyncSummary(plan: SyncPlan, report: SyncReport | undefined): string {
  const lines: string[] = ["## mirrorize sync", ""];
  if (!report) {
    lines.push(`DRY RUN: ${plural(plan.items.length, "image")} would be copied.`, "");
    if (plan.items.length > 0) {
      lines.push("| upstream | mirror |", "| --- | --- |");
      for (const item of plan.items) lines.push(`| ${code(item.source)} | ${code(item.target)} |`);
      lines.push("");
    }
  } else {
    const s = report.summary;
    lines.push(
      "| images | copied | already present | failed | blobs uploaded | blobs mounted | moved |",
      "| ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
      `| ${s.images} | ${s.copied} | ${s.present} | ${s.failed} | ${s.blobsUploaded} | ${s.blobsMounted} | ${mib(s.bytes)} |`,
      "",
    );
    const shown = report.images.filter((r) => r.status !== "present");
    if (shown.length > 0) {
      lines.push("| | upstream | mirror | details |", "| --- | --- | --- | --- |");
      for (const r of shown) {
        const detail =
          r.status === "failed"
            ? cell(r.reason ?? "failed")
            : `${r.blobs.uploaded} uploaded, ${r.blobs.mounted} mounted, ${r.blobs.present} present; ${mib(r.bytes)}`;
        lines.push(
          `| ${r.status === "failed" ? "❌" : "✅"} | ${code(r.source)} | ${code(r.target)} | ${detail} |`,
        );
      }
      lines.push("");
    }
  }
  const notSynced = plan.skipped.filter((s) => s.reason === "preset-rule" || s.reason === "no-rule");
  if (notSynced.length > 0) {
    lines.push(`<details><summary>${plural(notSynced.length, "reference")} not synced</summary>`, "");
    for (const skip of notSynced) lines.push(`- ${cell(skip.message)}`);
    lines.push("", "</details>", "");
  }
  return `${lines.join("\n")}\n`;
}
