/**
 * `mirrorize.lock`: the upstream digests of the images a repository uses, recorded where upstream is
 * reachable, so that a runner that cannot reach upstream still verifies and pins. A small, sorted,
 * reviewable YAML file; every function here is pure (text in, text out).
 *
 * ```yaml
 * # mirrorize.lock: upstream digests recorded by `mirrorize lock`. Review changes like code.
 * version: 1
 * images:
 *   "docker.io/library/nginx:1.25":
 *     digest: sha256:…
 *     date: 2026-11-27
 * ```
 */
import { ConfigError } from "../config/errors.js";
import { configData, parseConfigYaml } from "../config/untrusted-yaml.js";
import { isDigest } from "./manifest.js";
import { imageTarget } from "./target.js";

export const LOCK_FILE_NAME = "mirrorize.lock";

export interface LockEntry {
  /** The upstream manifest digest. */
  digest: string;
  /** The day (UTC, `YYYY-MM-DD`) this digest was first recorded for the reference. */
  date: string;
}

export interface Lock {
  /** By lock key: the normalised upstream reference with its tag (`docker.io/library/nginx:1.25`). */
  images: Record<string, LockEntry>;
}

export type LockReadResult = { ok: true; lock: Lock } | { ok: false; error: string };

export interface LockUpdate {
  /** The upstream reference, any spelling (`nginx:1.25`). */
  ref: string;
  digest: string;
}

export interface LockChange {
  key: string;
  kind: "added" | "changed" | "removed";
  from?: string;
  to?: string;
}

export interface MergeOptions {
  /** Today (`YYYY-MM-DD`), stamped on added and changed entries. */
  date: string;
  /**
   * The references still in use: when given, entries for other references are removed. Entries
   * being updated are always kept.
   */
  keep?: readonly string[];
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const HEADER = "# mirrorize.lock: upstream digests recorded by `mirrorize lock`. Review changes like code.";

/** An empty lock. */
export function emptyLock(): Lock {
  return { images: {} };
}

/** `YYYY-MM-DD` (UTC) of a moment. */
export function lockDate(now: Date): string {
  return now.toISOString().slice(0, 10);
}

/**
 * The lock key of a reference: normalised, with its tag (`latest` when none). A reference with a
 * digest has no key: its digest is already the truth.
 */
export function lockKey(ref: string): string | undefined {
  const parsed = imageTarget(ref);
  if (!parsed.ok || parsed.target.digest) return undefined;
  const { registry, repository, tag } = parsed.target;
  return `${registry}/${repository}:${tag ?? "latest"}`;
}

/** The recorded entry for a reference, if any. */
export function lookupLock(lock: Lock, ref: string): LockEntry | undefined {
  const key = lockKey(ref);
  return key === undefined ? undefined : lock.images[key];
}

function readEntry(key: string, value: unknown, source: string): LockEntry | string {
  if (!value || typeof value !== "object" || Array.isArray(value)) {
    return `${source}: the entry "${key}" must be a mapping with \`digest\` and \`date\``;
  }
  const entry = value as Record<string, unknown>;
  const unknown = Object.keys(entry).filter((k) => k !== "digest" && k !== "date");
  if (unknown.length > 0) {
    return `${source}: the entry "${key}" has an unknown key \`${unknown[0]}\`; only digest and date are allowed`;
  }
  if (typeof entry.digest !== "string" || !isDigest(entry.digest)) {
    return `${source}: the entry "${key}" needs \`digest: sha256:<64 hex>\``;
  }
  const date = entry.date instanceof Date ? lockDate(entry.date) : entry.date;
  if (typeof date !== "string" || !DATE.test(date)) {
    return `${source}: the entry "${key}" needs \`date: YYYY-MM-DD\``;
  }
  return { digest: entry.digest, date };
}

/** Parses a lock file's text. An empty text is an empty lock. */
export function readLock(text: string, source = LOCK_FILE_NAME): LockReadResult {
  let data: unknown;
  try {
    // A pull request writes the lock file too: nesting, alias bombs and parse errors are one sentence.
    const { doc, lineCounter } = parseConfigYaml(text, source);
    data = configData(doc, source, { lineOf: (offset) => lineCounter.linePos(offset).line });
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    return { ok: false, error: error.message.replace(/\.$/, "") };
  }
  if (data === null || data === undefined) return { ok: true, lock: emptyLock() };
  if (typeof data !== "object" || Array.isArray(data)) {
    return { ok: false, error: `${source} must be a mapping with \`version: 1\` and \`images\`` };
  }
  const top = data as Record<string, unknown>;
  const unknown = Object.keys(top).filter((k) => k !== "version" && k !== "images");
  if (unknown.length > 0) {
    return {
      ok: false,
      error: `${source} has an unknown key \`${unknown[0]}\`; only version and images are allowed`,
    };
  }
  if (top.version !== 1) {
    return { ok: false, error: `${source} must say \`version: 1\` (found ${JSON.stringify(top.version)})` };
  }
  const images = top.images ?? {};
  if (typeof images !== "object" || Array.isArray(images)) {
    return { ok: false, error: `${source}: \`images\` must be a mapping of references to digests` };
  }
  const lock = emptyLock();
  for (const [key, value] of Object.entries(images as Record<string, unknown>)) {
    const normal = lockKey(key);
    if (normal !== key) {
      const hint = normal ? `write it as "${normal}"` : "use a reference with a tag and no digest";
      return { ok: false, error: `${source}: "${key}" is not a normalised reference; ${hint}` };
    }
    const entry = readEntry(key, value, source);
    if (typeof entry === "string") return { ok: false, error: entry };
    lock.images[key] = entry;
  }
  return { ok: true, lock };
}

/** Renders a lock: a header comment, `version: 1`, then the images sorted by key. */
export function writeLock(lock: Lock): string {
  const keys = Object.keys(lock.images).sort();
  const lines = [HEADER, "version: 1"];
  if (keys.length === 0) lines.push("images: {}");
  else lines.push("images:");
  for (const key of keys) {
    const entry = lock.images[key]!;
    lines.push(`  ${JSON.stringify(key)}:`, `    digest: ${entry.digest}`, `    date: ${entry.date}`);
  }
  return `${lines.join("\n")}\n`;
}

/**
 * Applies fresh upstream digests to a lock. An unchanged digest keeps its date (so refreshing
 * produces no noise); a new or changed one gets `options.date`. Returns the new lock and what changed.
 */
export function mergeLock(
  lock: Lock,
  updates: readonly LockUpdate[],
  options: MergeOptions,
): { lock: Lock; changes: LockChange[] } {
  if (!DATE.test(options.date)) throw new Error(`The lock date must be YYYY-MM-DD, not "${options.date}".`);
  const images: Record<string, LockEntry> = { ...lock.images };
  const changes: LockChange[] = [];
  const touched = new Set<string>();
  for (const update of updates) {
    const key = lockKey(update.ref);
    if (key === undefined) continue;
    if (!isDigest(update.digest)) {
      throw new Error(`The digest for ${update.ref} is not valid: "${update.digest}".`);
    }
    touched.add(key);
    const before = images[key];
    if (before?.digest === update.digest) continue;
    images[key] = { digest: update.digest, date: options.date };
    changes.push(
      before
        ? { key, kind: "changed", from: before.digest, to: update.digest }
        : { key, kind: "added", to: update.digest },
    );
  }
  if (options.keep) {
    const keep = new Set(options.keep.map(lockKey).filter((k): k is string => k !== undefined));
    for (const key of Object.keys(images)) {
      if (!keep.has(key) && !touched.has(key)) {
        changes.push({ key, kind: "removed", from: images[key]!.digest });
        delete images[key];
      }
    }
  }
  changes.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  return { lock: { images }, changes };
}

/** Text in, text out: reads `text` (may be empty), merges `updates`, writes the result. */
export function updateLockText(
  text: string,
  updates: readonly LockUpdate[],
  options: MergeOptions,
): { ok: true; text: string; changes: LockChange[] } | { ok: false; error: string } {
  const read = readLock(text);
  if (!read.ok) return read;
  const merged = mergeLock(read.lock, updates, options);
  return { ok: true, text: writeLock(merged.lock), changes: merged.changes };
}
