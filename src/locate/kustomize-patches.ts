import {
  type Document,
  isMap,
  isScalar,
  isSeq,
  type Node,
  type Scalar,
  type YAMLMap,
  type YAMLSeq,
} from "yaml";
import type { Settings } from "../config/types.js";
import type { CompiledSpec } from "./field-specs.js";
import { locateInnerText } from "./helm/inner-text.js";
import { locateObject } from "./kubernetes.js";
import { scalarSite, spanOf } from "./scalar-site.js";
import type { ImageSite, Span } from "./types.js";
import { formatPath, type NodePath, nodeAt, stringOf } from "./yaml-nodes.js";

/**
 * Where a kustomization holds patches, as data: the list key, and the key of an item that holds the
 * patch inline (a string of YAML or JSON) or names a patch file. `patchesStrategicMerge` items are
 * strings themselves: a file name, or an inline patch when they hold a line break.
 */
const PATCH_LISTS: readonly { key: string; inline?: string; file?: string }[] = [
  { key: "patches", inline: "patch", file: "path" },
  { key: "patchesJson6902", inline: "patch", file: "path" },
  { key: "patchesStrategicMerge" },
];

/**
 * JSON 6902 operations whose value holds images, by the operation's path (a JSON pointer): the value
 * is an image string, one container, a list of containers, or any object (located as an object is).
 */
const JSON_PATCH_VALUES: readonly { path: RegExp; value: "image" | "container" | "containers" | "object" }[] =
  [
    { path: /\/(?:containers|initContainers|ephemeralContainers)\/(?:\d+|-)\/image$/, value: "image" },
    { path: /\/(?:containers|initContainers|ephemeralContainers)\/(?:\d+|-)$/, value: "container" },
    { path: /\/(?:containers|initContainers|ephemeralContainers)$/, value: "containers" },
    { path: /\/image$/, value: "image" },
    { path: /^\//, value: "object" },
  ];

/** Operations that put a value into the document. */
const VALUE_OPS = new Set(["add", "replace"]);
const JSON_PATCH_OPS = new Set(["add", "remove", "replace", "move", "copy", "test"]);

interface PatchContext {
  text: string;
  doc: Document;
  specs: readonly CompiledSpec[];
}

/** The patch files a kustomization names (relative to it), in order. */
export function patchFiles(root: YAMLMap): string[] {
  const out: string[] = [];
  for (const list of PATCH_LISTS) {
    const seq = nodeAt(root, list.key);
    if (!isSeq(seq)) continue;
    for (const item of seq.items) {
      if (list.file && isMap(item)) {
        const path = stringOf(item as YAMLMap, list.file);
        if (path) out.push(path);
      } else if (
        !list.inline &&
        isScalar(item) &&
        typeof item.value === "string" &&
        !item.value.includes("\n")
      ) {
        out.push(item.value);
      }
    }
  }
  return out;
}

/**
 * Images set by a kustomization's inline patches: strategic-merge patches (`patches[].patch`,
 * `patchesStrategicMerge` strings) are located as objects, JSON 6902 operations by their paths. Inside
 * a literal block (`|`) or a simple quoted string they are edited in place; otherwise reported.
 */
export function locateInlinePatches(
  root: YAMLMap,
  text: string,
  specs: readonly CompiledSpec[],
  settings: Settings,
): ImageSite[] {
  const sites: ImageSite[] = [];
  for (const list of PATCH_LISTS) {
    const seq = nodeAt(root, list.key);
    if (!isSeq(seq)) continue;
    seq.items.forEach((item, i) => {
      let node: Node | undefined;
      let base: NodePath;
      if (list.inline && isMap(item)) {
        node = nodeAt(item as YAMLMap, list.inline);
        base = [list.key, i, list.inline];
      } else if (
        !list.inline &&
        isScalar(item) &&
        typeof item.value === "string" &&
        item.value.includes("\n")
      ) {
        node = item as Scalar;
        base = [list.key, i];
      } else return;
      if (!isScalar(node) || typeof node.value !== "string") return;
      sites.push(
        ...locateInnerText(text, node as Scalar, settings, "patch is", (inner, doc) =>
          locatePatchDocument(doc, { text: inner, doc, specs }, base),
        ),
      );
    });
  }
  return sites;
}

/** Image sites of one patch document: a strategic-merge patch (a map) or JSON 6902 operations. */
export function locatePatchDocument(doc: Document, ctx: PatchContext, base: NodePath): ImageSite[] {
  const root = doc.contents;
  if (isSeq(root)) return isJsonPatch(root as YAMLSeq) ? locateJsonPatch(root as YAMLSeq, ctx, base) : [];
  if (isMap(root)) return locateObject(root as YAMLMap, ctx, base);
  return [];
}

/** A list of JSON 6902 operations (`[{op, path, value?}]`, as YAML or JSON). */
export function isJsonPatch(seq: YAMLSeq): boolean {
  return (
    seq.items.length > 0 &&
    seq.items.every((item) => {
      if (!isMap(item)) return false;
      const op = stringOf(item as YAMLMap, "op");
      const path = stringOf(item as YAMLMap, "path");
      return op !== undefined && JSON_PATCH_OPS.has(op) && path?.startsWith("/") === true;
    })
  );
}

/** Image sites of JSON 6902 operations: the values `add`/`replace` put at image paths. */
export function locateJsonPatch(seq: YAMLSeq, ctx: PatchContext, base: NodePath): ImageSite[] {
  const sites: ImageSite[] = [];
  seq.items.forEach((item, i) => {
    const op = item as YAMLMap;
    if (!VALUE_OPS.has(stringOf(op, "op") ?? "")) return;
    const pointer = stringOf(op, "path")!;
    const value = nodeAt(op, "value");
    if (value === undefined) return;
    const at = [...base, i, ...pointerPath(pointer)];
    const shape = JSON_PATCH_VALUES.find((v) => v.path.test(pointer))!.value;
    const image = (node: unknown, path: NodePath) => {
      if (isScalar(node) && typeof node.value === "string" && node.value !== "")
        sites.push(scalarSite(ctx.text, node as Scalar, { source: "kubernetes", field: formatPath(path) }));
    };
    if (shape === "image") image(value, at);
    else if (shape === "container" && isMap(value))
      image(nodeAt(value as YAMLMap, "image"), [...at, "image"]);
    else if (shape === "containers" && isSeq(value)) {
      value.items.forEach((c, j) => {
        if (isMap(c)) image(nodeAt(c as YAMLMap, "image"), [...at, j, "image"]);
      });
    } else if (shape === "object" && isMap(value)) sites.push(...locateObject(value as YAMLMap, ctx, at));
  });
  return sites;
}

/** `/spec/template/spec/containers/0/image` → `spec.template.spec.containers[0].image` (`-` is -1). */
function pointerPath(pointer: string): NodePath {
  return pointer
    .split("/")
    .slice(1)
    .map((p) => p.replace(/~1/g, "/").replace(/~0/g, "~"))
    .map((p) => (/^\d+$/.test(p) ? Number(p) : p === "-" ? -1 : p));
}

/** A `replacements:` entry that copies a value into an image field, for a finding. */
export interface ImageReplacement {
  span: Span;
  index: number;
  /** `ConfigMap/app-images data.web`, as written. */
  source: string;
  /** The image field paths it writes. */
  targets: string[];
}

/**
 * `replacements:` entries whose targets are image fields: the image comes from another resource's
 * field (kustomize copies it after `images:`), which mirrorize does not follow; reported.
 */
export function imageReplacements(root: YAMLMap): ImageReplacement[] {
  const seq = nodeAt(root, "replacements");
  if (!isSeq(seq)) return [];
  const out: ImageReplacement[] = [];
  seq.items.forEach((item, index) => {
    if (!isMap(item)) return;
    const source = nodeAt(item as YAMLMap, "source");
    const targets = nodeAt(item as YAMLMap, "targets");
    if (!isMap(source) || !isSeq(targets)) return;
    const paths: string[] = [];
    for (const t of targets.items) {
      const fieldPaths = isMap(t) ? nodeAt(t as YAMLMap, "fieldPaths") : undefined;
      if (!isSeq(fieldPaths)) continue;
      for (const p of fieldPaths.items) {
        if (isScalar(p) && typeof p.value === "string" && /(?:^|\.)image$/.test(p.value)) paths.push(p.value);
      }
    }
    if (paths.length === 0) return;
    const s = source as YAMLMap;
    const what = `${stringOf(s, "kind") ?? "?"}/${stringOf(s, "name") ?? "?"} ${stringOf(s, "fieldPath") ?? "metadata.name"}`;
    out.push({ span: spanOf(item as YAMLMap), index, source: what, targets: paths });
  });
  return out;
}
