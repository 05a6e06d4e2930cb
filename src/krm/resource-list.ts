import {
  type Document,
  isMap,
  isSeq,
  LineCounter,
  type Node,
  parseDocument,
  stringify,
  type YAMLMap,
} from "yaml";
import { DEFAULT_LIMITS } from "../config/types.js";
import { parseDocuments } from "../engine/parse.js";
import { checkTextLimits } from "../limits/index.js";
import { isResourceList } from "../locate/index.js";
import { keyOf, nodeAt, pairOf, stringOf } from "../locate/yaml-nodes.js";
import type { KrmResult, ResourceRef } from "./types.js";

/** The `apiVersion`s of the ResourceList wire format this function reads. */
export const RESOURCE_LIST_VERSIONS = ["config.kubernetes.io/v1", "config.kubernetes.io/v1beta1"] as const;

/** Annotations an orchestrator sets to say where a resource came from (current names first). */
const PATH_ANNOTATIONS = ["internal.config.kubernetes.io/path", "config.kubernetes.io/path"];
const INDEX_ANNOTATIONS = ["internal.config.kubernetes.io/index", "config.kubernetes.io/index"];

/** One resource of the input: its node, where its text is, and who it is. */
export interface Unit {
  node: YAMLMap;
  /** Offsets of the resource's text in the input. */
  start: number;
  end: number;
  /** Field path prefix of sites inside it (`items[2]`; "" for a document of a stream). */
  prefix: string;
  ref?: ResourceRef;
  file?: KrmResult["file"];
}

/** A ResourceList parsed from the input text. */
export interface ParsedList {
  doc: Document;
  root: YAMLMap;
  lineCounter: LineCounter;
  units: Unit[];
  /** The input is JSON (a flow map): results are written as JSON. */
  json: boolean;
}

export type ParseOutcome = { ok: true; list: ParsedList } | { ok: false; message: string };

/** Parse and check a ResourceList; a problem is one sentence saying what is wrong and how to fix it. */
export function parseResourceList(text: string): ParseOutcome {
  if (text.trim() === "") {
    return {
      ok: false,
      message:
        "the input is empty; a KRM function reads a ResourceList on standard input (kpt and kustomize send one).",
    };
  }
  // Deep nesting can abort V8 inside the parser (research/aesthetics.md §5.3): refuse it before parsing.
  const tooDeep = checkTextLimits(text, "the input", DEFAULT_LIMITS);
  if (tooDeep) return { ok: false, message: tooDeep.message };
  // The engine's parser (fast for plain YAML, `yaml` otherwise); `parseDocument` only to explain a
  // text that is not exactly one clean document.
  let lineCounter = new LineCounter();
  const docs = parseDocuments(text, lineCounter);
  let doc = docs[0];
  if (docs.length !== 1 || doc === undefined || doc.errors.length > 0) {
    lineCounter = new LineCounter();
    doc = parseDocument(text, { lineCounter, prettyErrors: false });
  }
  const error = doc.errors[0];
  if (error !== undefined) {
    const line = lineCounter.linePos(error.pos[0]).line;
    const reason = (error.message.split("\n")[0] ?? "").replace(/\.$/, "");
    return { ok: false, message: `the input is not valid YAML or JSON (line ${line}: ${reason}).` };
  }
  const root = doc.contents;
  if (!isMap(root)) {
    return { ok: false, message: "the input is not a ResourceList: expected a map with kind: ResourceList." };
  }
  const map = root as YAMLMap;
  if (!isResourceList(map)) {
    const kind = stringOf(map, "kind");
    const apiVersion = stringOf(map, "apiVersion");
    const got = kind ? ` (got ${apiVersion ? `${apiVersion} ` : ""}${kind})` : "";
    return {
      ok: false,
      message: `the input is not a ResourceList${got}: expected apiVersion: config.kubernetes.io/v1 and kind: ResourceList; to rewrite files use \`mirrorize fix\`.`,
    };
  }
  const apiVersion = stringOf(map, "apiVersion") ?? "";
  if (!(RESOURCE_LIST_VERSIONS as readonly string[]).includes(apiVersion)) {
    return {
      ok: false,
      message: `the ResourceList apiVersion ${apiVersion} is not supported; use ${RESOURCE_LIST_VERSIONS.join(" or ")}.`,
    };
  }
  const items = nodeAt(map, "items");
  if (items !== undefined && !isSeq(items)) {
    return { ok: false, message: "the ResourceList's items is not a list; it must be a list of resources." };
  }
  const units: Unit[] = [];
  if (isSeq(items)) {
    items.items.forEach((item, i) => {
      if (isMap(item)) units.push(unitOf(item as YAMLMap, `items[${i}]`));
    });
  }
  return { ok: true, list: { doc, root: map, lineCounter, units, json: map.flow === true } };
}

/** Whether `text` is a ResourceList (rather than, say, a stream of resources). */
export function isResourceListText(text: string): boolean {
  return parseResourceList(text).ok;
}

/** The resources of a multi-document YAML stream (the kustomize exec-plugin protocol). */
export function parseStream(text: string): { units: Unit[]; lineCounter: LineCounter; errors: number } {
  const lineCounter = new LineCounter();
  if (checkTextLimits(text, "the input", DEFAULT_LIMITS)) return { units: [], lineCounter, errors: 1 };
  const docs = parseDocuments(text, lineCounter);
  return {
    units: docs.flatMap((doc) => (isMap(doc.contents) ? [unitOf(doc.contents as YAMLMap, "")] : [])),
    lineCounter,
    errors: docs.reduce((n, doc) => n + doc.errors.length, 0),
  };
}

function unitOf(node: YAMLMap, prefix: string): Unit {
  const range = node.range ?? [0, 0, 0];
  const unit: Unit = { node, start: range[0], end: range[2], prefix };
  const ref = resourceRefOf(node);
  if (ref) unit.ref = ref;
  const file = fileOf(node);
  if (file) unit.file = file;
  return unit;
}

/** `resourceRef` of a resource: apiVersion, kind, name and (when set) namespace. */
export function resourceRefOf(node: YAMLMap): ResourceRef | undefined {
  const kind = stringOf(node, "kind");
  if (kind === undefined) return undefined;
  const metadata = nodeAt(node, "metadata");
  const meta = isMap(metadata) ? (metadata as YAMLMap) : undefined;
  const ref: ResourceRef = {
    apiVersion: stringOf(node, "apiVersion") ?? "",
    kind,
    name: (meta && stringOf(meta, "name")) ?? "",
  };
  const namespace = meta && stringOf(meta, "namespace");
  if (namespace) ref.namespace = namespace;
  return ref;
}

/** `file` of a resource from the orchestrator's annotations (path, and index within the file). */
function fileOf(node: YAMLMap): KrmResult["file"] | undefined {
  const metadata = nodeAt(node, "metadata");
  const annotations = isMap(metadata) ? nodeAt(metadata as YAMLMap, "annotations") : undefined;
  if (!isMap(annotations)) return undefined;
  const map = annotations as YAMLMap;
  const path = firstString(map, PATH_ANNOTATIONS);
  if (path === undefined) return undefined;
  const index = firstString(map, INDEX_ANNOTATIONS);
  return index !== undefined && /^\d+$/.test(index) ? { path, index: Number(index) } : { path };
}

function firstString(map: YAMLMap, keys: readonly string[]): string | undefined {
  for (const key of keys) {
    const value = nodeAt(map, key);
    if (value && "value" in value && value.value !== null && value.value !== undefined) {
      return String(value.value);
    }
  }
  return undefined;
}

/** The unit holding `offset`, if any (units are in text order and do not overlap). */
export function unitAt(units: readonly Unit[], offset: number): Unit | undefined {
  let lo = 0;
  let hi = units.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const unit = units[mid]!;
    if (offset < unit.start) hi = mid - 1;
    else if (offset >= unit.end) lo = mid + 1;
    else return unit;
  }
  return undefined;
}

/** The 0-based offset of a 1-based line and column of `text` (a leading BOM is not a column). */
export function offsetOf(text: string, lineCounter: LineCounter, line: number, column: number): number {
  const start = lineCounter.lineStarts[line - 1] ?? 0;
  const bom = line === 1 && text.charCodeAt(0) === 0xfeff ? 1 : 0;
  return start + column - 1 + bom;
}

// ---------------------------------------------------------------------------------------------------
// Writing results

/**
 * `text` (a ResourceList whose root map is `root`) with its `results` replaced by `results`, written
 * in the input's own style: a block YAML key at the root's indentation, or a JSON member. Everything
 * else (items, comments, functionConfig) is copied byte for byte. No results and none before: `text`.
 */
export function withResults(text: string, root: YAMLMap, results: readonly KrmResult[]): string {
  const pair = pairOf(root, "results");
  if (pair === undefined && results.length === 0) return text;
  // The results are written with the input's line ending: a CRLF ResourceList stays CRLF.
  const eol = lineEndingOf(text);
  return root.flow ? withJsonResults(text, root, results, eol) : withBlockResults(text, root, results, eol);
}

/** `\r\n` when the text's first line ends so, else `\n`. */
function lineEndingOf(text: string): string {
  const lf = text.indexOf("\n");
  return lf > 0 && text[lf - 1] === "\r" ? "\r\n" : "\n";
}

function withBlockResults(text: string, root: YAMLMap, results: readonly KrmResult[], eol: string): string {
  const rootRange = root.range ?? [0, text.length, text.length];
  const firstKey = root.items[0]?.key as Node | undefined;
  const indent = " ".repeat(columnOf(text, firstKey?.range?.[0] ?? rootRange[0]));
  const block =
    results.length === 0
      ? ""
      : stringify({ results: plain(results) }, { lineWidth: 0, indentSeq: false })
          .split("\n")
          .map((line) => (line === "" ? line : indent + line))
          .join(eol);
  const index = root.items.findIndex((p) => keyOf(p) === "results");
  if (index >= 0) {
    const pair = root.items[index]!;
    const key = pair.key as Node;
    const start = lineStart(text, key.range?.[0] ?? rootRange[1]);
    // Up to the end of the value's last line: comments that follow belong to the next key.
    const valueEnd = (pair.value as Node | null)?.range?.[1] ?? key.range?.[1] ?? start;
    const end = valueEnd > 0 && text[valueEnd - 1] === "\n" ? valueEnd : lineEnd(text, valueEnd);
    return text.slice(0, start) + block + text.slice(end);
  }
  const at = rootRange[1];
  const newline = at > 0 && text[at - 1] !== "\n" ? eol : "";
  return text.slice(0, at) + newline + block + text.slice(at);
}

function withJsonResults(text: string, root: YAMLMap, results: readonly KrmResult[], eol: string): string {
  const pretty = text.slice(root.range?.[0] ?? 0, root.range?.[1] ?? text.length).includes("\n");
  const firstKey = root.items[0]?.key as Node | undefined;
  const indent = pretty ? " ".repeat(columnOf(text, firstKey?.range?.[0] ?? 0)) : "";
  const json = pretty
    ? JSON.stringify(plain(results), null, 2).replace(/\n/g, `${eol}${indent}`)
    : JSON.stringify(plain(results));
  const pair = pairOf(root, "results");
  const value = pair?.value as Node | null | undefined;
  if (value?.range) return text.slice(0, value.range[0]) + json + text.slice(value.range[1]);
  const last = root.items[root.items.length - 1];
  const lastEnd =
    (last?.value as Node | null | undefined)?.range?.[1] ?? (last?.key as Node | undefined)?.range?.[1];
  const member = `"results":${pretty ? " " : ""}${json}`;
  if (lastEnd === undefined) {
    const open = (root.range?.[0] ?? 0) + 1;
    return `${text.slice(0, open)}${member}${text.slice(open)}`;
  }
  return `${text.slice(0, lastEnd)},${pretty ? `${eol}${indent}` : ""}${member}${text.slice(lastEnd)}`;
}

/** A fresh, minimal ResourceList holding only `results` (for input that cannot be answered otherwise). */
export function emptyResourceList(results: readonly KrmResult[], json: boolean): string {
  const list = {
    apiVersion: RESOURCE_LIST_VERSIONS[0],
    kind: "ResourceList",
    items: [],
    results: plain(results),
  };
  return json ? `${JSON.stringify(list, null, 2)}\n` : stringify(list, { lineWidth: 0, indentSeq: false });
}

/** Results as plain data with keys in the specification's order and no undefined members. */
function plain(results: readonly KrmResult[]): object[] {
  return results.map((r) => JSON.parse(JSON.stringify(r)) as object);
}

function lineStart(text: string, offset: number): number {
  return text.lastIndexOf("\n", offset - 1) + 1;
}

/** The offset just past the newline that ends the line holding `offset` (or the end of the text). */
function lineEnd(text: string, offset: number): number {
  const at = text.indexOf("\n", offset);
  return at < 0 ? text.length : at + 1;
}

function columnOf(text: string, offset: number): number {
  return offset - lineStart(text, offset);
}
