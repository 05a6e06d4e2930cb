import { type Document, type LineCounter, parseAllDocuments } from "yaml";
import { type FastLimits, fastParseAllDocuments } from "./fast-yaml.js";
import { blankImageless, type ImagelessRange } from "./imageless.js";

/** Set while `fastOnly` runs: a text the fast parser does not take throws `NEEDS_YAML`. */
let fastOnlyDepth = 0;
const NEEDS_YAML: unknown = Object.freeze({ needsYaml: true });

/**
 * Every YAML document of a file text, with the line starts recorded in `lineCounter` (which must be
 * fresh). The fast parser takes the plain YAML most manifests are written in and `yaml` everything
 * else, with identical results (test/engine/fast-yaml.test.ts). MIRRORIZE_YAML_PARSER=yaml turns the
 * fast parser off.
 */
export function parseDocuments(
  text: string,
  lineCounter?: LineCounter,
  skips: readonly ImagelessRange[] = [],
): Document.Parsed[] {
  return (
    fastDocuments(text, lineCounter, undefined, skips) ??
    slowDocuments(blankImageless(text, skips), lineCounter)
  );
}

/**
 * The fast parser alone, held to `limits` (see `FastLimits`), leaving the documents `skips` names
 * unread: undefined when it does not take the text (then check the limits of the text
 * `blankImageless` makes, and `slowDocuments` it).
 */
export function fastDocuments(
  text: string,
  lineCounter?: LineCounter,
  limits?: FastLimits,
  skips: readonly ImagelessRange[] = [],
): Document.Parsed[] | undefined {
  if (process.env.MIRRORIZE_YAML_PARSER === "yaml") return undefined;
  return fastParseAllDocuments(text, lineCounter, limits, skips);
}

/** `yaml` (in a worker: inside `fastOnly`, this stops at once). */
export function slowDocuments(text: string, lineCounter?: LineCounter): Document.Parsed[] {
  if (fastOnlyDepth > 0) throw NEEDS_YAML;
  const docs = parseAllDocuments(text, { lineCounter, prettyErrors: false });
  return Array.isArray(docs) ? docs : [];
}

/** Inside `fastOnly`: stop here, what follows needs `yaml` (or other parsing kept to workers). */
export function needsWorker(): void {
  if (fastOnlyDepth > 0) throw NEEDS_YAML;
}

/**
 * Run `fn` with the fast parser only: `undefined` when a text it parses needs `yaml`. The engine plans
 * such files in worker threads, where a fatal error of `yaml` (aesthetics.md §5.3) cannot end the run;
 * the fast parser is linear in time and memory and safe to run anywhere.
 */
export function fastOnly<T>(fn: () => T): T | undefined {
  fastOnlyDepth++;
  try {
    return fn();
  } catch (e) {
    if (e === NEEDS_YAML) return undefined;
    throw e;
  } finally {
    fastOnlyDepth--;
  }
}
