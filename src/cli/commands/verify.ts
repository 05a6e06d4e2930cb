import type { VerifyLevel } from "../../config/types.js";
import { type VerificationReport, type VerifyScanResult, verifyScan } from "../../engine/index.js";
import type { Finding } from "../../engine/types.js";
import { paint, plain } from "../../report/style.js";
import { findingLine } from "../../report/text.js";
import { type CliIO, type ParsedArgs, UsageError } from "../types.js";
import { formatFlag, scanTarget } from "./options.js";

const LEVELS: readonly VerifyLevel[] = ["exists", "digest"];
const FORMATS = ["text", "json"];
/** Findings that make `verify` exit 1: a failed verification, or a file that could not be scanned. */
const FAILING = new Set<Finding["kind"]>(["verify-failed", "parse-error", "file-error"]);

export async function run(args: ParsedArgs, io: CliIO): Promise<number> {
  const format = formatFlag(args, FORMATS);
  const levelFlag = args.flags.level as string | undefined;
  if (levelFlag !== undefined && !LEVELS.includes(levelFlag as VerifyLevel)) {
    throw new UsageError(`--level must be one of ${LEVELS.join(", ")} (got "${levelFlag}").`);
  }
  const { paths, settings } = await scanTarget(args, io);
  const level =
    (levelFlag as VerifyLevel | undefined) ?? (settings.verify === "off" ? "exists" : settings.verify);
  const result = await verifyScan({
    cwd: io.cwd,
    paths,
    settings: { ...settings, verify: level },
    write: false,
    mode: "fix",
    alreadyMirrored: true,
    env: io.env ?? process.env,
  });
  for (const warning of result.verification?.warnings ?? [])
    io.stderr(`mirrorize verify: warning: ${warning}\n`);
  const findings = verifyFindings(result);
  const failed = findings.some((f) => FAILING.has(f.kind));
  if (format === "json") {
    io.stdout(
      `${JSON.stringify({ version: 1, findings, summary: result.summary, verification: result.verification }, null, 2)}\n`,
    );
  } else {
    io.stdout(
      renderVerify(findings, result, Boolean(args.flags.verbose), Boolean(args.flags.quiet), io.color),
    );
  }
  return failed ? 1 : 0;
}

/**
 * The findings `verify` speaks about: rewrites say which mirror passed, references already under a
 * mirror that passed are info, failures keep the engine's message at the image's line.
 */
function verifyFindings(result: VerifyScanResult): Finding[] {
  const report = result.verification;
  const verified = new Map((report?.references ?? []).map((r) => [r.input, r]));
  return result.findings.map((f) => {
    const entry = f.from === undefined ? undefined : verified.get(f.from);
    if (!entry || f.kind === "verify-failed" || f.severity !== "info") return f;
    if (f.kind === "rewrite") {
      return { ...f, message: `${f.from} → ${f.to}: the mirror passed \`${entry.level}\` verification.` };
    }
    if (f.kind === "already-mirrored") {
      return { ...f, message: `${f.from}: the mirror serves it (\`${entry.level}\` verification).` };
    }
    return f;
  });
}

function renderVerify(
  findings: Finding[],
  result: VerifyScanResult,
  verbose: boolean,
  quiet: boolean,
  color: boolean,
): string {
  const p = color ? paint : plain;
  const lines: string[] = [];
  if (!quiet) {
    for (const f of findings) {
      const speaks = f.severity !== "info" || f.kind === "rewrite" || f.kind === "already-mirrored";
      if (speaks && (verbose || f.severity !== "info" || f.kind === "rewrite")) lines.push(findingLine(f, p));
    }
  }
  lines.push(summary(result.verification, result));
  return `${lines.join("\n")}\n`;
}

function summary(report: VerificationReport | undefined, result: VerifyScanResult): string {
  const n = (count: number, word: string) => `${count} ${word}${count === 1 ? "" : "s"}`;
  const refs = report?.references ?? [];
  const count = (kind: string) => refs.filter((r) => r.result === kind).length;
  const parts = [
    `${n(refs.length, "reference")} verified at \`${report?.level ?? "exists"}\``,
    `${count("verified")} passed`,
    `${count("converted")} converted`,
    `${count("failed")} failed`,
  ];
  const requests = report ? `, ${n(report.requests, "registry request")}` : "";
  return `${parts.join(", ")} (${n(result.summary.files, "file")} scanned${requests}, ${(result.summary.elapsedMs / 1000).toFixed(2)}s)`;
}
