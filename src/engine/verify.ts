/**
 * Online verification around the scan, without making planning asynchronous:
 *
 * 1. pass 1 scans offline (no writes) to learn which references would be rewritten;
 * 2. each unique reference's mirror candidates are verified (concurrently; the registry client
 *    memoises requests and limits them per host), giving one `PlannedResolution` per reference:
 *    the first candidate that passes (pinned to its digest with `pin: true`), or `verify-failed`;
 * 3. pass 2 is the real scan, whose resolver answers from those resolutions first
 *    (`ScanOptions.resolutions`: plain data, so worker threads get it too).
 *
 * With `verify: off` and no `pin`, this is just `scan`. With `verify: off` and `pin: true`, digests
 * come from the lock file only: no network at all.
 */
import { realpathSync } from "node:fs";
import { basename, dirname, isAbsolute, relative, resolve, sep } from "node:path";
import { ConfigError } from "../config/errors.js";
import type { Settings, VerifyLevel } from "../config/types.js";
import { readConfined } from "../fs/safe-read.js";
import {
  type CandidateOutcome,
  clientFromSettings,
  type Environment,
  emptyLock,
  imageTarget,
  LOCK_FILE_NAME,
  type Lock,
  lookupLock,
  pinReference,
  type RegistryClient,
  readLock,
  verifyCandidate,
  verifyCandidates,
} from "../registry/index.js";
import { createResolver } from "../resolver/index.js";
import type { Resolution } from "../resolver/types.js";
import type { ScanOptions } from "./index.js";
import type { PlannedResolution } from "./plan.js";
import { scan } from "./scan.js";
import type { Finding, ScanResult } from "./types.js";

/** What verification concluded about one unique reference. */
export interface VerifiedReference {
  /** The reference as written in the files. */
  input: string;
  /** `verified`: a candidate passed; `failed`: none did; `pinned`: `verify: off`, pinned from the lock. */
  result: "verified" | "converted" | "failed" | "pinned" | "unverified";
  /** The level the candidates were checked at (`off` with `pin` and the lock only). */
  level: VerifyLevel;
  /** The chosen candidate, as the resolver gave it. */
  chosen?: string;
  /** What is written: the chosen candidate, pinned when `pin` is on and the digest is known. */
  output?: string;
  /** The candidates tried, in order. */
  outcomes: CandidateOutcome[];
  /** For `failed`, `converted` and unpinned references: the sentence shown at the image's line. */
  message?: string;
}

/** The verification part of a `verifyScan` result. */
export interface VerificationReport {
  level: VerifyLevel;
  pin: boolean;
  /** The lock file consulted, relative to the scan's directory, and whether it exists. */
  lockFile: string;
  lockFound: boolean;
  /** One entry per unique reference verified, sorted by input. */
  references: VerifiedReference[];
  /** Problems that did not stop the run (unset credential variables, credential helpers). */
  warnings: string[];
  /** HTTP requests sent (token requests and retries included), in total and per host. */
  requests: number;
  requestsByHost: Record<string, number>;
}

export interface VerifyScanResult extends ScanResult {
  /** Set when anything was verified or pinned (verify on, or pin). */
  verification?: VerificationReport;
}

export interface VerifyScanOptions extends ScanOptions {
  /** Environment for `passwordEnv`/`tokenEnv`/`DOCKER_CONFIG` (default `process.env`). */
  env?: Environment;
  /** The Docker `config.json` to read; `false`: none (default: `$DOCKER_CONFIG` or `~/.docker`). */
  dockerConfig?: string | false;
  /** A registry client to use instead of one built from `settings.registries` (tests count requests). */
  client?: RegistryClient;
  /**
   * Also check references already under a mirror (`mirrorize verify`): the mirror must serve them
   * (`exists`), and serve exactly the digest a pinned reference names (`digest`).
   */
  alreadyMirrored?: boolean;
}

/** The level candidates are verified at: `pin` needs the digest, so it raises `exists` to `digest`. */
export function effectiveLevel(settings: Pick<Settings, "verify" | "pin">): VerifyLevel {
  return settings.pin && settings.verify === "exists" ? "digest" : settings.verify;
}

/**
 * The lock file of a scan: `lockFile` relative to the config file's directory, else `mirrorize.lock`
 * beside the config file, else in `cwd` (the scan's directory) when there is no config file. A
 * `lockFile` that leads out of both the config file's folder and `cwd` (`../../x`, `/etc/x`, or a
 * link out) is refused: a config file from a pull request must not make mirrorize read or write a
 * file outside the repository.
 */
export function lockFilePath(settings: Pick<Settings, "configFile" | "lockFile">, cwd: string): string {
  const base = settings.configFile !== undefined ? dirname(resolve(cwd, settings.configFile)) : cwd;
  const path = resolve(base, settings.lockFile ?? LOCK_FILE_NAME);
  if (settings.lockFile !== undefined) {
    const inside = (p: string) => [base, cwd].some((root) => isWithin(p, root) || isWithin(p, realOr(root)));
    if (!inside(path) || !inside(realOr(path))) {
      throw new ConfigError(
        `lockFile ${settings.lockFile} leads outside the folder of the config file; keep the lock file inside the repository.`,
        settings.configFile === undefined ? {} : { file: settings.configFile, key: "lockFile" },
      );
    }
  }
  return path;
}

function isWithin(path: string, root: string): boolean {
  const rel = relative(root, path);
  return rel === "" || (!rel.startsWith("..") && !isAbsolute(rel));
}

/** The real path of `path` (of its folder, when the file does not exist yet), or `path` itself. */
function realOr(path: string): string {
  try {
    return realpathSync.native(path);
  } catch {
    try {
      return resolve(realpathSync.native(dirname(path)), basename(path));
    } catch {
      return path;
    }
  }
}

/** `path` relative to `cwd` with `/`, for messages. */
export function displayPath(path: string, cwd: string): string {
  const rel = relative(cwd, path);
  if (rel === "" || isAbsolute(rel)) return path.split(sep).join("/");
  return rel.split(sep).join("/");
}

/**
 * The folders a lock file may lead into (after links): the config file's folder and `cwd`. The
 * default `mirrorize.lock` is confined exactly as an explicit `lockFile:` is.
 */
export function lockFileRoots(settings: Pick<Settings, "configFile">, cwd: string): string[] {
  const base = settings.configFile !== undefined ? dirname(resolve(cwd, settings.configFile)) : cwd;
  return base === cwd ? [cwd] : [base, cwd];
}

/**
 * The lock file's text, read confined to `roots` (a regular file inside them, under the size cap,
 * never blocking); undefined when it does not exist. Anything else is a ConfigError naming it.
 */
export async function readLockText(
  path: string,
  display: string,
  roots: readonly string[] = [dirname(path)],
): Promise<string | undefined> {
  const read = await readConfined(path, { roots, label: display, what: "lock file", maxSize: MAX_LOCK_SIZE });
  if (read.ok) return read.text;
  if (read.reason === "missing") return undefined;
  throw new ConfigError(read.message, { file: display });
}

/** The largest lock file read (an entry is about 150 bytes: 16 MiB is 100,000 images). */
export const MAX_LOCK_SIZE = 16 * 1024 * 1024;

/** Reads the lock file: a missing file is an empty lock; an invalid one is a config error. */
export async function readLockFile(
  path: string,
  display: string,
  roots?: readonly string[],
): Promise<{ lock: Lock; found: boolean }> {
  const text = await readLockText(path, display, roots);
  if (text === undefined) return { lock: emptyLock(), found: false };
  const read = readLock(text, display);
  if (!read.ok) throw new ConfigError(`${read.error}; fix it or run \`mirrorize lock\` to rewrite it.`);
  return { lock: read.lock, found: true };
}

/** Unique `from` of the findings that would rewrite a reference, in order of first appearance. */
export function rewrittenReferences(findings: readonly Finding[]): string[] {
  return unique(findings.filter((f) => f.kind === "rewrite" && f.from !== undefined).map((f) => f.from!));
}

function unique(items: string[]): string[] {
  return [...new Set(items)];
}

/**
 * `scan`, with online verification and pinning as the settings ask (`verify`, `pin`). Always
 * resolves; registry problems become `verify-failed` findings at the image's line. A lock file
 * that cannot be read is a `ConfigError`.
 */
export async function verifyScan(options: VerifyScanOptions): Promise<VerifyScanResult> {
  // Only scan options go to `scan` (and from there to worker threads): not the client or the env.
  const { env, dockerConfig, client, alreadyMirrored, ...scanOptions } = options;
  const { settings } = options;
  const level = effectiveLevel(settings);
  if (level === "off" && !settings.pin) return scan(scanOptions);
  const started = performance.now();
  const firstPass = await scan({ ...scanOptions, write: false, keepText: false, mode: "check" });
  const mirrored =
    alreadyMirrored && level !== "off"
      ? unique(firstPass.findings.filter((f) => f.kind === "already-mirrored").map((f) => f.from!))
      : [];
  const { resolutions, report } = await verifyReferences(rewrittenReferences(firstPass.findings), {
    settings,
    cwd: options.cwd,
    mirrored,
    ...(env === undefined ? {} : { env }),
    ...(dockerConfig === undefined ? {} : { dockerConfig }),
    ...(client === undefined ? {} : { client }),
  });
  const result = await scan({ ...scanOptions, resolutions });
  result.summary.elapsedMs = Math.round(performance.now() - started);
  return { ...result, verification: report };
}

export interface VerifyReferencesOptions {
  settings: Settings;
  /** Where the lock file is looked up when the settings came from no config file. */
  cwd: string;
  /** References already on a mirror to check too (`mirrorize verify`). */
  mirrored?: string[];
  env?: Environment;
  dockerConfig?: string | false;
  client?: RegistryClient;
}

/**
 * Verify (and pin) the references a scan would rewrite: one `PlannedResolution` per reference for
 * the real pass, and the report. Used by `verifyScan` and by the KRM function.
 */
export async function verifyReferences(
  toRewrite: readonly string[],
  options: VerifyReferencesOptions,
): Promise<{ resolutions: Record<string, PlannedResolution>; report: VerificationReport }> {
  const { settings, cwd } = options;
  const mirrored = options.mirrored ?? [];
  const level = effectiveLevel(settings);
  const lockPath = lockFilePath(settings, cwd);
  const lockDisplay = displayPath(lockPath, cwd);
  const { lock, found } = await readLockFile(lockPath, lockDisplay, lockFileRoots(settings, cwd));
  const report: VerificationReport = {
    level,
    pin: settings.pin,
    lockFile: lockDisplay,
    lockFound: found,
    references: [],
    warnings: [],
    requests: 0,
    requestsByHost: {},
  };
  const resolutions: Record<string, PlannedResolution> = {};
  if (toRewrite.length === 0 && mirrored.length === 0) return { resolutions, report };
  let client = options.client;
  if (!client && level !== "off") {
    const built = await clientFromSettings(settings.registries, {
      env: options.env ?? process.env,
      ...(options.dockerConfig === undefined ? {} : { dockerConfig: options.dockerConfig }),
    });
    client = built.client;
    report.warnings.push(...built.warnings);
  }
  const resolver = createResolver(settings);
  const context: VerifyContext = { level, pin: settings.pin, lock, client };
  const decided = await Promise.all([
    ...toRewrite.map((input) => decideRewrite(resolver.resolve(input), context)),
    ...mirrored.map((input) => decideMirrored(resolver.resolve(input), context)),
  ]);
  for (const { verified, resolution } of decided) {
    report.references.push(verified);
    if (resolution) resolutions[verified.input] = resolution;
  }
  report.references.sort((a, b) => (a.input < b.input ? -1 : a.input > b.input ? 1 : 0));
  if (client) {
    const stats = client.stats();
    report.requests = stats.requests;
    report.requestsByHost = stats.byHost;
  }
  return { resolutions, report };
}

interface VerifyContext {
  level: VerifyLevel;
  pin: boolean;
  lock: Lock;
  client?: RegistryClient;
}

interface Decision {
  verified: VerifiedReference;
  /** Undefined: the resolver's own resolution stands. */
  resolution?: PlannedResolution;
}

/** Statuses of the failed candidates, e.g. `mismatch, missing`. */
function failureKinds(outcomes: readonly CandidateOutcome[]): string {
  return unique(outcomes.map((o) => o.status)).join(", ");
}

function failedResolution(res: Resolution, reason: string): PlannedResolution {
  const failed: PlannedResolution = {
    input: res.input,
    status: "verify-failed",
    reason,
    warnings: res.warnings,
  };
  if (res.rule !== undefined) failed.rule = res.rule;
  if (res.strategy !== undefined) failed.strategy = res.strategy;
  if (res.name !== undefined) failed.name = res.name;
  return failed;
}

function nameOf(ref: string): string | undefined {
  const parsed = imageTarget(ref);
  return parsed.ok ? `${parsed.target.registry}/${parsed.target.repository}` : undefined;
}

function rewriteTo(res: Resolution, output: string, notice?: string): PlannedResolution {
  const planned: PlannedResolution = { ...res, output, candidates: [output] };
  const outputName = nameOf(output);
  if (outputName !== undefined) planned.outputName = outputName;
  if (notice !== undefined) planned.notice = notice;
  return planned;
}

/** The digest the input reference itself carries, if any. */
function ownDigest(input: string): string | undefined {
  const parsed = imageTarget(input);
  return parsed.ok ? parsed.target.digest : undefined;
}

/** Pins `ref` to `digest`, or explains why it cannot be (already pinned to another digest). */
function tryPin(ref: string, digest: string): { ok: true; ref: string } | { ok: false; reason: string } {
  try {
    return { ok: true, ref: pinReference(ref, digest) };
  } catch (error) {
    return { ok: false, reason: (error as Error).message };
  }
}

/** `verify: off` with `pin: true`: the lock's digest, no network. */
function pinFromLock(res: Resolution, output: string, context: VerifyContext): Decision {
  const base: VerifiedReference = {
    input: res.input,
    result: "pinned",
    level: "off",
    chosen: output,
    outcomes: [],
  };
  if (ownDigest(res.input) !== undefined) return { verified: { ...base, output } };
  const entry = lookupLock(context.lock, res.input);
  const pinned = entry ? tryPin(output, entry.digest) : undefined;
  if (pinned?.ok)
    return { verified: { ...base, output: pinned.ref }, resolution: rewriteTo(res, pinned.ref) };
  const message = pinned
    ? `not pinned: ${pinned.reason}`
    : `not pinned: no digest is recorded for ${res.input} in the lock file; run \`mirrorize lock\` where upstream is reachable, or turn verify on`;
  return {
    verified: { ...base, result: "unverified", output, message },
    resolution: rewriteTo(res, output, message),
  };
}

/** Verifies a reference the scan would rewrite, and decides what is written. */
async function decideRewrite(res: Resolution, context: VerifyContext): Promise<Decision> {
  const candidates = res.candidates ?? (res.output !== undefined ? [res.output] : []);
  if (res.status !== "rewrite" || candidates.length === 0) {
    return { verified: { input: res.input, result: "unverified", level: context.level, outcomes: [] } };
  }
  if (context.level === "off" || !context.client) return pinFromLock(res, candidates[0]!, context);
  const result = await verifyCandidates(res.input, candidates, context.level, context.client, {
    lock: context.lock,
  });
  const base = { input: res.input, level: context.level, outcomes: result.outcomes };
  if (!result.chosen || !result.outcome) {
    const message =
      `${res.input} is not rewritten: no mirror passed \`${context.level}\` verification ` +
      `(${failureKinds(result.outcomes)}). ${result.outcomes.map((o) => o.reason).join(" ")}`;
    return { verified: { ...base, result: "failed", message }, resolution: failedResolution(res, message) };
  }
  const chosen = result.chosen;
  const converted = result.outcome.status === "converted";
  const notices: string[] = [];
  if (converted) notices.push(result.outcome.reason);
  let output = chosen;
  if (context.pin && ownDigest(res.input) === undefined) {
    const pinned = result.pinDigest
      ? tryPin(chosen, result.pinDigest)
      : { ok: false as const, reason: "the digest the mirror serves is not known" };
    if (pinned.ok) output = pinned.ref;
    else notices.push(`not pinned: ${pinned.reason}`);
  }
  const message = notices.length > 0 ? notices.join(" ") : undefined;
  const verified: VerifiedReference = {
    ...base,
    result: converted ? "converted" : "verified",
    chosen,
    output,
    ...(message === undefined ? {} : { message }),
  };
  return { verified, resolution: rewriteTo(res, output, message) };
}

/**
 * `mirrorize verify` also checks references already under a mirror: the mirror must serve them, and
 * a pinned one must be served with exactly its digest. Their upstream is not known, so `digest`
 * without a digest in the reference checks existence only.
 */
async function decideMirrored(res: Resolution, context: VerifyContext): Promise<Decision> {
  const input = res.input;
  const level: VerifyLevel = ownDigest(input) !== undefined ? context.level : "exists";
  const outcome = await verifyCandidate(input, input, level, context.client!);
  const outcomes: CandidateOutcome[] = [{ candidate: input, ...outcome }];
  const base = { input, level, chosen: input, outcomes };
  if (outcome.status === "ok" || outcome.status === "converted") {
    return { verified: { ...base, result: "verified", output: input } };
  }
  const message = `${input} failed \`${level}\` verification (${outcome.status}): ${outcome.reason}`;
  return { verified: { ...base, result: "failed", message }, resolution: failedResolution(res, message) };
}
