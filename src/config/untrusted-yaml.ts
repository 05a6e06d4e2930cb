/**
 * YAML that a user or a pull request wrote as configuration (`.mirrorize.yaml`, `--config`, the
 * Action's `config` input, a KRM `functionConfig` and the YAML strings of its ConfigMap form): parsed
 * and turned into plain data so that every hostile input ends in a ConfigError, never in an internal
 * error. Nesting is measured before parsing (a deep input makes V8 abort inside the parser), alias
 * expansion is capped (a billion-laughs config), and a stack overflow while converting is a ConfigError.
 */
import { type Document, isAlias, LineCounter, type Node, parseDocument, visit } from "yaml";
import { checkTextLimits } from "../limits/index.js";
import { ConfigError } from "./errors.js";

/** A configuration nests a few levels; 64 is far above any real one and far below what the parser survives. */
export const CONFIG_MAX_DEPTH = 64;

/**
 * Most alias expansions `yaml` makes while converting a configuration (uses of an anchor, times the
 * aliases inside it): a config that repeats a value a few times is fine, an alias bomb is not.
 */
export const CONFIG_MAX_ALIAS_COUNT = 10_000;

export interface ParsedConfigYaml {
  doc: Document.Parsed;
  lineCounter: LineCounter;
}

/**
 * Parse one YAML document of configuration. `label` starts every message (`.mirrorize.yaml`,
 * `functionConfig data.rules`); `withLines` adds `:line` after it.
 */
export function parseConfigYaml(text: string, label: string, withLines = true): ParsedConfigYaml {
  const lineCounter = new LineCounter();
  // "c.yaml:3: the file …" for a file; "functionConfig data.rules …" for a YAML string.
  const at = (offset: number) => {
    if (!withLines) return { subject: label, line: undefined };
    const line = lineOfOffset(text, offset);
    return { subject: `${label}:${line}: the file`, line };
  };
  const limited = checkTextLimits(text, label, { maxDepth: CONFIG_MAX_DEPTH, maxDocuments: 100 });
  if (limited) {
    const { subject, line } = at(limited.offset);
    const what = /documents/.test(limited.message)
      ? "holds too many YAML documents; keep the configuration in one document"
      : `nests collections deeper than ${CONFIG_MAX_DEPTH} levels; a configuration needs only a few`;
    throw new ConfigError(`${subject} ${what}.`, { file: label, ...lineProp(line) });
  }
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const yamlError = doc.errors[0];
  if (yamlError !== undefined) {
    const { subject, line } = at(yamlError.pos[0]);
    throw new ConfigError(`${subject} is not valid YAML: ${yamlReason(yamlError.message)}.`, {
      file: label,
      ...lineProp(line),
    });
  }
  return { doc, lineCounter };
}

/**
 * A parsed configuration document (or one node of it) as plain data. An alias bomb, or nesting that
 * exhausts the stack, is a ConfigError naming `label` and, when `lineOf` is given, the first alias's line.
 */
export function configData(
  doc: Document,
  label: string,
  options: { node?: Node; lineOf?: (offset: number) => number | undefined } = {},
): unknown {
  try {
    return options.node !== undefined
      ? options.node.toJS(doc, { maxAliasCount: CONFIG_MAX_ALIAS_COUNT })
      : doc.toJS({ maxAliasCount: CONFIG_MAX_ALIAS_COUNT });
  } catch (error) {
    const message = (error as Error).message ?? "";
    if (error instanceof ReferenceError && /alias/i.test(message)) {
      const offset = firstAliasOffset(options.node ?? (doc.contents as Node | null));
      const line = offset === undefined ? undefined : options.lineOf?.(offset);
      const prefix = line === undefined ? `${label}:` : `${label}:${line}:`;
      throw new ConfigError(
        `${prefix} the configuration uses aliases too many times (more than ${CONFIG_MAX_ALIAS_COUNT} expansions, an alias bomb?); write the values out instead.`,
        { file: label, ...lineProp(line) },
      );
    }
    if (error instanceof RangeError) {
      throw new ConfigError(
        `${label} nests too deeply to be read; a configuration needs only a few levels.`,
        { file: label },
      );
    }
    throw error;
  }
}

/** `yaml`'s message, first line, without its final period and capped (it may quote the text). */
export function yamlReason(message: string): string {
  const first = (message.split("\n")[0] ?? "").replace(/\.$/, "");
  if (/call stack/i.test(first)) return "it nests too deeply";
  return first.length > 120 ? `${first.slice(0, 119)}…` : first;
}

function firstAliasOffset(root: Node | null | undefined): number | undefined {
  if (root === null || root === undefined) return undefined;
  let offset: number | undefined;
  visit(root, {
    Alias(_key, node) {
      if (isAlias(node)) offset = node.range?.[0];
      return visit.BREAK;
    },
  });
  return offset;
}

function lineOfOffset(text: string, offset: number): number {
  let line = 1;
  for (let i = text.indexOf("\n"); i >= 0 && i < offset; i = text.indexOf("\n", i + 1)) line++;
  return line;
}

function lineProp(line: number | undefined): { line?: number } {
  return line === undefined ? {} : { line };
}
