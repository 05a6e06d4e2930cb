import { isMap, isScalar, isSeq, type Scalar, type YAMLMap } from "yaml";
import { name as refName } from "../reference/index.js";
import { replaceScalar, spanOf, spelledValue } from "./scalar-site.js";
import type { ImageSite, RewritePlan } from "./types.js";
import { formatPath, type NodePath, nodeAt, pairOf, stringOf } from "./yaml-nodes.js";

/**
 * `images:` entries of a kustomization. The effective image is `newName` (or `name`) with `newTag`
 * and `digest`; rewriting changes `newName`, or adds a `newName` right after `name` when there is none,
 * so `newTag`/`digest` keep working.
 */
export function locateKustomization(root: YAMLMap, text: string, base: NodePath = []): ImageSite[] {
  const images = nodeAt(root, "images");
  if (!isSeq(images)) return [];
  const sites: ImageSite[] = [];
  images.items.forEach((item, i) => {
    if (!isMap(item)) return;
    const entry = item as YAMLMap;
    const path = [...base, "images", i];
    const nameNode = nodeAt(entry, "name");
    const newNameNode = nodeAt(entry, "newName");
    const newTag = nodeAt(entry, "newTag");
    const digest = stringOf(entry, "digest");
    const target = isScalar(newNameNode) && typeof newNameNode.value === "string" ? newNameNode : undefined;
    const named = isScalar(nameNode) && typeof nameNode.value === "string" ? nameNode : undefined;
    const scalar = target ?? named;
    if (!scalar) return;
    let ref = String(scalar.value);
    const tag = isScalar(newTag) ? spelledValue(text, newTag as Scalar) : undefined;
    if (tag) ref += `:${tag}`;
    if (digest) ref += `@${digest}`;
    sites.push({
      source: "kustomization",
      field: formatPath([...path, target ? "newName" : "name"]),
      ref,
      span: spanOf(scalar),
      rewrite: (to): RewritePlan => {
        const newName = refName(to);
        if (target) return replaceScalar(text, target as Scalar, newName);
        return insertNewName(text, entry, named as Scalar, newName);
      },
    });
  });
  return sites;
}

/** Add `newName: X` after the `name` pair of an `images:` entry, in block or flow style. */
function insertNewName(text: string, entry: YAMLMap, name: Scalar, value: string): RewritePlan {
  const at = spanOf(name);
  const pair = pairOf(entry, "name");
  const keyNode = pair?.key as Scalar | undefined;
  if (!keyNode?.range) return { ok: false, reason: "the images entry has no editable name", at };
  if (entry.flow) {
    return { ok: true, edits: [{ start: at.end, end: at.end, text: `, newName: ${value}` }], at };
  }
  // Block style: a new line with the `name` key's indentation, after the rest of the name's line.
  const keyStart = keyNode.range[0];
  const lineStart = text.lastIndexOf("\n", keyStart - 1) + 1;
  const indent = " ".repeat(keyStart - lineStart);
  let lineEnd = text.indexOf("\n", at.end);
  if (lineEnd < 0) lineEnd = text.length;
  const crlf = lineEnd > 0 && text[lineEnd - 1] === "\r";
  const insertAt = crlf ? lineEnd - 1 : lineEnd;
  const eol = crlf ? "\r\n" : "\n";
  return {
    ok: true,
    edits: [{ start: insertAt, end: insertAt, text: `${eol}${indent}newName: ${value}` }],
    at,
  };
}
