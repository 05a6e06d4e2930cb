import {
  type Alias,
  type Document,
  isAlias,
  isMap,
  isScalar,
  type Node,
  type Scalar,
  type YAMLMap,
} from "yaml";
import { spelledValue } from "../scalar-site.js";
import { keyOf, pairOf } from "../yaml-nodes.js";

/** A scalar read from the values: its node (to edit) and its value as written. */
export interface Part {
  node: Scalar | Alias;
  /** The value as spelled (`1.10` stays `1.10`); `""` for null or empty. */
  value: string;
  /** True for strings and nulls: only those can name an image. */
  isString: boolean;
}

/** Reads scalars of one values tree (aliases resolved against its document). */
export class ValuesReader {
  constructor(
    readonly text: string,
    readonly doc: Document,
  ) {}

  /** The scalar `key` of `map`; undefined when absent or a collection. */
  part(map: YAMLMap | undefined, key: string): Part | undefined {
    if (!map) return undefined;
    const v = pairOf(map, key)?.value as Node | null | undefined;
    if (!v) return undefined;
    if (isScalar(v)) {
      const block = v.type === "BLOCK_LITERAL" || v.type === "BLOCK_FOLDED";
      const spelled = spelledValue(this.text, v) ?? "";
      return {
        node: v,
        // A block scalar (`repository: |`) carries a line break; the value is what is inside.
        value: block ? spelled.trim() : spelled,
        isString: typeof v.value === "string" || v.value === null,
      };
    }
    if (isAlias(v)) {
      const target = v.resolve(this.doc);
      if (!isScalar(target)) return undefined;
      return {
        node: v,
        value: target.value == null ? "" : String(target.value),
        isString: typeof target.value === "string" || target.value === null,
      };
    }
    return undefined;
  }

  /** The scalar at a path of keys below `map`. */
  partAt(map: YAMLMap | undefined, path: readonly string[]): Part | undefined {
    const parent = this.mapAt(map, path.slice(0, -1));
    return parent ? this.part(parent, path[path.length - 1]!) : undefined;
  }

  /** The map at a path of keys below `map` (`map` itself for an empty path). */
  mapAt(map: YAMLMap | undefined, path: readonly string[]): YAMLMap | undefined {
    let cur: YAMLMap | undefined = map;
    for (const key of path) {
      if (!cur) return undefined;
      const v = pairOf(cur, key)?.value as Node | null | undefined;
      const resolved = isAlias(v) ? v.resolve(this.doc) : v;
      cur = isMap(resolved) ? (resolved as YAMLMap) : undefined;
    }
    return cur;
  }
}

/** The value of a string part when it is not empty (a usable image part). */
export function nonEmpty(part: Part | undefined): string | undefined {
  return part?.isString && part.value !== "" ? part.value : undefined;
}

/** Whether `map` has a pair with key `key` (whatever its value). */
export function hasKey(map: YAMLMap, key: string): boolean {
  return pairOf(map, key) !== undefined;
}

/** The string keys of `map`. */
export function keysOf(map: YAMLMap): string[] {
  const out: string[] = [];
  for (const pair of map.items) {
    const k = keyOf(pair);
    if (k !== undefined) out.push(k);
  }
  return out;
}
