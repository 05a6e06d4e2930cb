import { type Document, type LineCounter, parseAllDocuments } from "yaml";
import { fastParseAllDocuments } from "./fast-yaml.js";

/**
 * Every YAML document of a file text, with the line starts recorded in `lineCounter` (which must be
 * fresh). The fast parser takes the plain YAML most manifests are written in and `yaml` everything
 * else, with identical results (test/engine/fast-yaml.test.ts). MIRRORIZE_YAML_PARSER=yaml turns the
 * fast parser off.
 */
export function parseDocuments(text: string, lineCounter?: LineCounter): Document.Parsed[] {
  if (process.env.MIRRORIZE_YAML_PARSER !== "yaml") {
    const fast = fastParseAllDocuments(text, lineCounter);
    if (fast) return fast;
  }
  const docs = parseAllDocuments(text, { lineCounter, prettyErrors: false });
  return Array.isArray(docs) ? docs : [];
}
