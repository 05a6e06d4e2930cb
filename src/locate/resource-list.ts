import { isMap, isSeq, type YAMLMap } from "yaml";
import type { ImageSite } from "./types.js";
import { type NodePath, nodeAt, stringOf } from "./yaml-nodes.js";

/** API group of the KRM function wire format (`config.kubernetes.io/v1`, `/v1beta1`). */
const KRM_API = /^config\.kubernetes\.io\//;

/** Whether a document root is a KRM `ResourceList` (the wire format of KRM functions). */
export function isResourceList(root: YAMLMap): boolean {
  return stringOf(root, "kind") === "ResourceList" && KRM_API.test(stringOf(root, "apiVersion") ?? "");
}

/**
 * Image sites of a KRM `ResourceList`: every map of `items` is located as if it were a document of
 * its own (`locateItem` classifies it), with field paths below `items[i]`. `functionConfig` and
 * `results` are never looked at.
 */
export function locateResourceList(
  list: YAMLMap,
  locateItem: (item: YAMLMap, base: NodePath) => ImageSite[],
): ImageSite[] {
  const items = nodeAt(list, "items");
  if (!isSeq(items)) return [];
  return items.items.flatMap((item, i) => (isMap(item) ? locateItem(item as YAMLMap, ["items", i]) : []));
}
