import { isMap, isScalar, isSeq, LineCounter, type Node, type Pair, parseAllDocuments } from "yaml";

export interface ChangedScalar {
  line: number;
  column: number;
  before: unknown;
  after: unknown;
  /** Lines of the map (or list) that holds the scalar, in `before`. */
  parentLines: [number, number];
}

/**
 * Compare two YAML/JSON texts structurally: the same documents, keys, order and values, except
 * scalars that differ (returned with their position in `before`) and, in maps, keys listed in
 * `allowAddedKeys` that only `after` has. Throws on any other difference.
 */
export function changedScalars(
  before: string,
  after: string,
  allowAddedKeys: string[] = [],
): ChangedScalar[] {
  const lc = new LineCounter();
  const a = parseAllDocuments(before, { lineCounter: lc });
  const b = parseAllDocuments(after);
  const docsA = Array.isArray(a) ? a : [];
  const docsB = Array.isArray(b) ? b : [];
  if (docsA.length !== docsB.length) throw new Error(`document count ${docsA.length} → ${docsB.length}`);
  const out: ChangedScalar[] = [];
  const walk = (x: Node | null | undefined, y: Node | null | undefined, path: string, parent?: Node) => {
    if (isScalar(x) && isScalar(y)) {
      if (x.value !== y.value || typeof x.value !== typeof y.value) {
        const pos = lc.linePos(x.range![0]);
        const range = parent?.range ?? x.range!;
        const parentLines: [number, number] = [
          lc.linePos(range[0]).line,
          lc.linePos(Math.max(range[0], range[1] - 1)).line,
        ];
        out.push({ line: pos.line, column: pos.col, before: x.value, after: y.value, parentLines });
      }
      return;
    }
    if (isMap(x) && isMap(y)) {
      const keysB = (y.items as Pair[]).filter(
        (p) =>
          !(
            isScalar(p.key) &&
            allowAddedKeys.includes(String(p.key.value)) &&
            !hasKey(x.items as Pair[], String(p.key.value))
          ),
      );
      if (x.items.length !== keysB.length)
        throw new Error(`${path}: map size ${x.items.length} → ${keysB.length}`);
      x.items.forEach((p, i) => {
        const q = keysB[i]!;
        const ka = isScalar(p.key) ? p.key.value : p.key;
        const kb = isScalar(q.key) ? q.key.value : q.key;
        if (ka !== kb) throw new Error(`${path}: key ${String(ka)} → ${String(kb)}`);
        walk(p.value as Node, q.value as Node, `${path}.${String(ka)}`, x);
      });
      return;
    }
    if (isSeq(x) && isSeq(y)) {
      if (x.items.length !== y.items.length) throw new Error(`${path}: list length changed`);
      x.items.forEach((v, i) => {
        walk(v as Node, y.items[i] as Node, `${path}[${i}]`, x);
      });
      return;
    }
    if ((x == null) !== (y == null) || x?.constructor !== y?.constructor)
      throw new Error(`${path}: node type changed`);
  };
  docsA.forEach((d, i) => {
    if (d.errors.length === 0) walk(d.contents as Node, docsB[i]!.contents as Node, `doc${i}`);
  });
  return out;
}

function hasKey(items: Pair[], key: string): boolean {
  return items.some((p) => isScalar(p.key) && String(p.key.value) === key);
}
