import { type Document, type LineCounter, parseAllDocuments } from "yaml";

/**
 * Every YAML document of a file text, with the line starts recorded in `lineCounter` (which must be
 * fresh). The one place the engine parses a file, so that a faster parser can take over without
 * changing any result.
 */
export function parseDocuments(text: string, lineCounter?: LineCounter): Document.Parsed[] {
  const docs = parseAllDocuments(text, { lineCounter, prettyErrors: false });
  return Array.isArray(docs) ? docs : [];
}
