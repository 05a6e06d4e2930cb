import type { Finding, FindingKind, ScanResult } from "../engine/types.js";

const INFO_URI = "https://github.com/mirrorize/mirrorize#readme";

/** One SARIF rule per finding kind that a scan can report as an error or warning. */
const RULES: Record<FindingKind, { name: string; text: string; level: "error" | "warning" | "note" }> = {
  rewrite: {
    name: "UnmirroredImage",
    text: "The image is pulled from a registry that has a mirror rule.",
    level: "error",
  },
  "already-mirrored": {
    name: "AlreadyMirrored",
    text: "The image already comes from a mirror.",
    level: "note",
  },
  excluded: {
    name: "ExcludedImage",
    text: "The image is excluded from rewriting by the configuration.",
    level: "note",
  },
  "no-rule": { name: "NoRule", text: "No mirror rule matches the image's registry.", level: "note" },
  skipped: {
    name: "NotAReference",
    text: "The value is a template or placeholder, not an image reference.",
    level: "note",
  },
  invalid: { name: "InvalidReference", text: "The value is not a valid image reference.", level: "warning" },
  "unsafe-edit": {
    name: "UnsafeEdit",
    text: "The reference cannot be rewritten without risking the file's formatting.",
    level: "error",
  },
  "parse-error": {
    name: "YamlError",
    text: "The file has a YAML syntax error and is not edited.",
    level: "error",
  },
  "file-error": { name: "FileError", text: "The file cannot be scanned.", level: "error" },
  collision: {
    name: "FlattenCollision",
    text: "Two different images would be flattened to the same mirror name.",
    level: "error",
  },
  "dead-mirror": {
    name: "DeadMirror",
    text: "Every mirror of the matching rule is known to be dead.",
    level: "warning",
  },
  "verify-failed": { name: "VerifyFailed", text: "The mirror failed online verification.", level: "error" },
  "chart-setting": {
    name: "ChartSetting",
    text: "The chart needs a setting to accept a substituted registry.",
    level: "warning",
  },
  overridden: {
    name: "SetByKustomization",
    text: "The image is set by a kustomization images entry, where the mirror is written.",
    level: "warning",
  },
  ignored: {
    name: "IgnoredByComment",
    text: "A # mirrorize-ignore comment leaves the reference alone.",
    level: "note",
  },
};

const KINDS = Object.keys(RULES) as FindingKind[];

/**
 * SARIF 2.1.0 for GitHub code scanning: one result per error or warning finding, with fixes. A shard's
 * run has its own `automationDetails.id` (code scanning takes it as the category and rejects several
 * uploads of one commit with one category).
 */
export function renderSarif(
  result: ScanResult,
  version: string,
  shard?: { index: number; count: number },
): string {
  const results = result.findings.filter((f) => f.severity !== "info").map(toResult);
  const log = {
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: "mirrorize",
            version,
            semanticVersion: version,
            informationUri: INFO_URI,
            rules: KINDS.map((id) => ({
              id,
              name: RULES[id].name,
              shortDescription: { text: RULES[id].text },
              fullDescription: { text: RULES[id].text },
              helpUri: INFO_URI,
              help: { text: RULES[id].text },
              defaultConfiguration: { level: RULES[id].level },
            })),
          },
        },
        originalUriBaseIds: { "%SRCROOT%": { description: { text: "The directory mirrorize ran in." } } },
        columnKind: "utf16CodeUnits",
        ...(shard ? { automationDetails: { id: shardCategory(shard) } } : {}),
        results,
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}

function toResult(f: Finding) {
  const region = { startLine: f.line, startColumn: f.column, endLine: f.endLine, endColumn: f.endColumn };
  const artifactLocation = { uri: encodeURI(f.file), uriBaseId: "%SRCROOT%" };
  return {
    ruleId: f.kind,
    ruleIndex: KINDS.indexOf(f.kind),
    level: f.severity === "error" ? "error" : "warning",
    message: { text: f.message },
    locations: [{ physicalLocation: { artifactLocation, region } }],
    ...(f.replacement !== undefined && f.to
      ? {
          fixes: [
            {
              description: { text: `Use ${f.to}.` },
              artifactChanges: [
                {
                  artifactLocation,
                  replacements: [{ deletedRegion: region, insertedContent: { text: f.replacement } }],
                },
              ],
            },
          ],
        }
      : {}),
  };
}

/** The code scanning category of a shard: `mirrorize/shard-2-of-4/` (the trailing slash: a category). */
export function shardCategory(shard: { index: number; count: number }): string {
  return `mirrorize/shard-${shard.index}-of-${shard.count}/`;
}
