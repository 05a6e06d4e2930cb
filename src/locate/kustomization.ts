import { isMap, isScalar, isSeq, type Pair, type Scalar, type YAMLMap } from "yaml";
import type { Edit } from "../edit/types.js";
import { name as refName } from "../reference/index.js";
import type { ImageReference } from "../reference/types.js";
import { patchFiles } from "./kustomize-patches.js";
import { replaceScalar, spanOf, spelledValue } from "./scalar-site.js";
import type { ImageSite, RewritePlan, Span } from "./types.js";
import { formatPath, type NodePath, nodeAt, pairOf, stringOf } from "./yaml-nodes.js";

/** One `images:` entry of a kustomization, as data (what `describeKustomization` returns). */
export interface KustomizationEntry {
  index: number;
  /** `name` as written; undefined when absent or not a string. */
  name?: string;
  /** A non-empty string `newName`; undefined when absent, empty or `~`. */
  newName?: string;
  newTag?: string;
  digest?: string;
  /** The reference the entry renders for an image it matches (`newName` or `name`, `newTag`, `digest`). */
  ref?: string;
  /** Field path of the scalar the entry's own site changes (`images[0].newName` or `images[0].name`). */
  field?: string;
}

/** What kustomize reads from a kustomization for image scoping. */
export interface KustomizationShape {
  /** `kind: Component` (applied to the resources of the kustomization that lists it). */
  component: boolean;
  /** `resources:` then `bases:` (deprecated), as written. */
  resources: string[];
  components: string[];
  /** Patch files it names (`patches[].path`, `patchesStrategicMerge`, `patchesJson6902[].path`). */
  patchFiles: string[];
  entries: KustomizationEntry[];
}

/** The parts of an `images:` entry the locator and the planner use. */
interface EntryNodes {
  map: YAMLMap;
  path: NodePath;
  data: KustomizationEntry;
  nameNode?: Scalar;
  newNamePair?: Pair;
  newNameNode?: Scalar;
  digestPair?: Pair;
}

function entryNodes(root: YAMLMap, text: string, base: NodePath): EntryNodes[] {
  const images = nodeAt(root, "images");
  if (!isSeq(images)) return [];
  const out: EntryNodes[] = [];
  images.items.forEach((item, index) => {
    if (!isMap(item)) return;
    const map = item as YAMLMap;
    const path = [...base, "images", index];
    const nameRaw = nodeAt(map, "name");
    const nameNode = isScalar(nameRaw) && typeof nameRaw.value === "string" ? (nameRaw as Scalar) : undefined;
    const newNamePair = pairOf(map, "newName");
    const newNameRaw = newNamePair?.value;
    const newNameNode = isScalar(newNameRaw) ? (newNameRaw as Scalar) : undefined;
    const newName =
      newNameNode && typeof newNameNode.value === "string" && newNameNode.value !== ""
        ? newNameNode.value
        : undefined;
    const tagNode = nodeAt(map, "newTag");
    const newTag = isScalar(tagNode) ? spelledValue(text, tagNode as Scalar) : undefined;
    const digestPair = pairOf(map, "digest");
    const digestNode = digestPair?.value;
    const digest =
      isScalar(digestNode) && typeof digestNode.value === "string" && digestNode.value !== ""
        ? digestNode.value
        : undefined;
    const shown = newName ?? nameNode?.value;
    let ref: string | undefined;
    if (typeof shown === "string") {
      ref = shown;
      if (newTag) ref += `:${newTag}`;
      if (digest) ref += `@${digest}`;
    }
    const data: KustomizationEntry = {
      index,
      name: nameNode ? String(nameNode.value) : undefined,
      newName,
      newTag,
      digest,
      ref,
      field: ref === undefined ? undefined : formatPath([...path, newName ? "newName" : "name"]),
    };
    out.push({ map, path, data, nameNode, newNamePair, newNameNode, digestPair });
  });
  return out;
}

/** The strings of a list of strings at `key` (other items are skipped). */
function strings(root: YAMLMap, key: string): string[] {
  const seq = nodeAt(root, key);
  if (!isSeq(seq)) return [];
  return seq.items.flatMap((i) => (isScalar(i) && typeof i.value === "string" ? [i.value] : []));
}

/** What image scoping needs to know about one kustomization (see src/engine/kustomize.ts). */
export function describeKustomization(root: YAMLMap, text: string): KustomizationShape {
  return {
    component: stringOf(root, "kind") === "Component",
    resources: [...strings(root, "resources"), ...strings(root, "bases")],
    components: strings(root, "components"),
    patchFiles: patchFiles(root),
    entries: entryNodes(root, text, []).map((e) => e.data),
  };
}

/**
 * `images:` entries of a kustomization. The effective image is `newName` (or `name`) with `newTag`
 * and `digest`; rewriting changes `newName` (an empty `newName:` or `newName: ~` is filled in place),
 * or adds a `newName` right after `name` when there is none, so `newTag`/`digest` keep working and
 * `name` keeps matching. A pinned rewrite (`pin: true`) also writes the entry's `digest:`.
 */
export function locateKustomization(root: YAMLMap, text: string, base: NodePath = []): ImageSite[] {
  const sites: ImageSite[] = [];
  for (const e of entryNodes(root, text, base)) {
    const scalar = e.data.newName ? e.newNameNode : e.nameNode;
    if (!scalar || e.data.ref === undefined) continue;
    sites.push({
      source: "kustomization",
      field: formatPath([...e.path, e.data.newName ? "newName" : "name"]),
      ref: e.data.ref,
      span: spanOf(scalar),
      rewrite: (to): RewritePlan => entryRewrite(text, e, to, "newName"),
    });
  }
  return sites;
}

/**
 * The edits that make an entry's `name` match `to`'s name (when an image it matches is itself renamed
 * to the mirror), keyed by entry index; pinned like the entry's own rewrite.
 */
export function nameRewrites(
  root: YAMLMap,
  text: string,
): Map<number, { span: Span; rewrite: (to: ImageReference) => RewritePlan }> {
  const out = new Map<number, { span: Span; rewrite: (to: ImageReference) => RewritePlan }>();
  for (const e of entryNodes(root, text, [])) {
    if (!e.nameNode) continue;
    out.set(e.data.index, { span: spanOf(e.nameNode), rewrite: (to) => entryRewrite(text, e, to, "name") });
  }
  return out;
}

/** Plan an entry's rewrite to `to`: its `newName` (or `name`) and, when `to` is pinned, its `digest`. */
function entryRewrite(
  text: string,
  e: EntryNodes,
  to: ImageReference,
  which: "newName" | "name",
): RewritePlan {
  const newName = refName(to);
  const edits: Edit[] = [];
  const added: [string, string][] = [];
  let at: Span;
  if (which === "name") {
    const plan = replaceScalar(text, e.nameNode!, newName);
    if (!plan.ok) return plan;
    edits.push(...plan.edits);
    at = plan.at;
  } else if (e.data.newName && e.newNameNode) {
    const plan = replaceScalar(text, e.newNameNode, newName);
    if (!plan.ok) return plan;
    edits.push(...plan.edits);
    at = plan.at;
  } else if (e.newNamePair) {
    // `newName:` / `newName: ~` / `newName: ""`: edit that key; a second one would make the entry invalid.
    const filled = fillValue(text, e.newNamePair, newName);
    if (!filled.ok) return filled;
    edits.push(...filled.edits);
    at = filled.at;
  } else {
    at = spanOf(e.nameNode!);
    added.push(["newName", newName]);
  }
  if (to.digest && to.digest !== e.data.digest) {
    if (e.digestPair) {
      const filled = fillValue(text, e.digestPair, to.digest);
      if (!filled.ok) return filled;
      edits.push(...filled.edits);
    } else added.push(["digest", to.digest]);
  }
  if (added.length > 0) {
    const insert = insertKeys(text, e, added);
    if (!insert.ok) return insert;
    edits.push(...insert.edits);
  }
  return { ok: true, edits, at };
}

/** Set the value of an existing pair: replace a scalar, or write into an empty value (`key:`). */
function fillValue(text: string, pair: Pair, value: string): RewritePlan {
  const node = pair.value;
  const keySpan = spanOf((pair.key ?? {}) as Scalar);
  if (!isScalar(node)) return { ok: false, reason: "the key's value is not a plain value", at: keySpan };
  const span = spanOf(node as Scalar);
  if (span.end > span.start) return replaceScalar(text, node as Scalar, value);
  // An empty value: its range is where the value would start (right after `:`, or after the spaces).
  const p = span.start;
  if (p === 0) return { ok: false, reason: "the empty value has no position", at: keySpan };
  const before = text[p - 1] === ":" ? " " : "";
  const after = text[p] === "#" ? " " : "";
  return {
    ok: true,
    edits: [{ start: p, end: p, text: `${before}${value}${after}` }],
    at: { start: p, end: p },
  };
}

/** Add `key: value` pairs after the `name` pair of an entry, in block or flow style. */
function insertKeys(text: string, e: EntryNodes, pairs: [string, string][]): RewritePlan {
  const name = e.nameNode!;
  const at = spanOf(name);
  const pair = pairOf(e.map, "name");
  const keyNode = pair?.key as Scalar | undefined;
  if (!keyNode?.range || !e.map.range)
    return { ok: false, reason: "the images entry has no editable name", at };
  if (e.map.flow) {
    const text_ = pairs.map(([k, v]) => `, ${k}: ${v}`).join("");
    return { ok: true, edits: [{ start: at.end, end: at.end, text: text_ }], at };
  }
  // Block style: new lines with the entry's indentation, after the rest of the name value's line.
  const indent = " ".repeat(blockIndent(text, e.map.range[0]));
  let lineEnd = text.indexOf("\n", at.end);
  if (lineEnd < 0) lineEnd = text.length;
  const crlf = lineEnd > 0 && text[lineEnd - 1] === "\r";
  const insertAt = crlf ? lineEnd - 1 : lineEnd;
  const eol = crlf ? "\r\n" : "\n";
  const lines = pairs.map(([k, v]) => `${eol}${indent}${k}: ${v}`).join("");
  return { ok: true, edits: [{ start: insertAt, end: insertAt, text: lines }], at };
}

/**
 * The indentation of a block map's keys, from the line it starts on: past the sequence indicators
 * (`- `, `- - `), so that a first key written `? name` or `&anchor name` does not shift it.
 */
function blockIndent(text: string, mapStart: number): number {
  const lineStart = text.lastIndexOf("\n", mapStart - 1) + 1;
  let i = lineStart;
  while (text[i] === " ") i++;
  while (text[i] === "-" && (text[i + 1] === " " || text[i + 1] === "\t")) {
    i++;
    while (text[i] === " " || text[i] === "\t") i++;
  }
  return i - lineStart;
}
