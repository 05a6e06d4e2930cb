import { isAlias, isMap, isScalar, isSeq, type Node, type Pair, type Scalar, type YAMLMap } from "yaml";

/** A path inside a document: map keys and sequence indexes. */
export type NodePath = (string | number)[];

/** `spec.containers[0].image`; keys that are not simple identifiers are written `["a.b"]`. */
export function formatPath(path: NodePath): string {
  let out = "";
  for (const part of path) {
    if (typeof part === "number") out += `[${part}]`;
    else if (/^[A-Za-z_$][\w$-]*$/.test(part)) out += out === "" ? part : `.${part}`;
    else out += `[${JSON.stringify(part)}]`;
  }
  return out;
}

/** The plain string key of a pair, or undefined for complex or non-string keys. */
export function keyOf(pair: Pair): string | undefined {
  const k = pair.key;
  if (isScalar(k))
    return typeof k.value === "string" ? k.value : k.value == null ? undefined : String(k.value);
  return undefined;
}

/** The first pair of `map` whose key is `key`. */
export function pairOf(map: YAMLMap, key: string): Pair | undefined {
  for (const item of map.items) if (keyOf(item as Pair) === key) return item as Pair;
  return undefined;
}

/** The value node of `key` in `map` (undefined when absent or null). */
export function nodeAt(map: YAMLMap, key: string): Node | undefined {
  const v = pairOf(map, key)?.value;
  return (v ?? undefined) as Node | undefined;
}

/** The string value of a scalar `key` in `map`, or undefined. */
export function stringOf(map: YAMLMap, key: string): string | undefined {
  const v = nodeAt(map, key);
  return isScalar(v) && typeof v.value === "string" ? v.value : undefined;
}

export function asMap(node: unknown): YAMLMap | undefined {
  return isMap(node) ? (node as YAMLMap) : undefined;
}

export function isStringScalar(node: unknown): node is Scalar<string> {
  return isScalar(node) && typeof node.value === "string";
}

export { isAlias, isMap, isScalar, isSeq };
