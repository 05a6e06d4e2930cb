import { type Document, isAlias, isMap, isScalar, isSeq, type Node, type YAMLMap } from "yaml";
import type { Settings } from "../../config/types.js";
import type { Edit } from "../../edit/types.js";
import { parseNormalized, format as refFormat, name as refName } from "../../reference/index.js";
import type { ImageReference } from "../../reference/types.js";
import { spanOf } from "../scalar-site.js";
import type { ChartSetting, ImageSite, RewritePlan, SiteSource, Span } from "../types.js";
import { formatPath, keyOf, type NodePath } from "../yaml-nodes.js";
import { bitnamiSetting } from "./bitnami.js";
import { type ChartInfo, dependsOnBitnamiCommon } from "./chart.js";
import { type Composition, composedRef, solve } from "./compose.js";
import { setScalar } from "./edit.js";
import { CHART_WIDE_REGISTRIES, GLOBAL_REGISTRY_WINS, IMAGE_KEY, REGISTRY_GLOBALS } from "./keys.js";
import { composeLearned, indexLearned, type LearnedComposition, pathKey } from "./learned.js";
import { notAnImage } from "./not-images.js";
import { keysOf, nonEmpty, type Part, ValuesReader } from "./read.js";
import { type MapView, recogniseMap, type Scope, stringImage, type Unit } from "./shapes.js";

/** A tree of Helm values: a values file's document, or values embedded in another object. */
export interface ValuesTree {
  /** The text the nodes' ranges index (the file, or the inner text of a block scalar). */
  text: string;
  doc: Document;
  /** The values map. */
  root: Node | null | undefined;
  /** Path of the values map in its document (`[]` for a values file, `spec.values` in a HelmRelease). */
  base: NodePath;
  source: SiteSource;
  settings: Settings;
  chart?: ChartInfo;
}

/** Every image of a values tree (research/shapes.md §1), each with the edit that mirrors it. */
export function locateValues(tree: ValuesTree): ImageSite[] {
  if (!isMap(tree.root)) return [];
  const root = tree.root as YAMLMap;
  const read = new ValuesReader(tree.text, tree.doc);
  const units: Unit[] = [];
  const subcharts = new Set(
    tree.chart?.dependencies.flatMap((d) => (d.alias ? [d.name, d.alias] : [d.name])),
  );
  // Learned from the chart's templates, then what the config tells (which wins).
  const told = (tree.settings.helm.images ?? []).filter(
    (c) => c.chart === undefined || c.chart === tree.chart?.name,
  );
  const learned = indexLearned([...(tree.chart?.compositions ?? []), ...told]);
  const walk: Walk = {
    read,
    subcharts,
    learned,
    valuesRoot: root,
    globalWins:
      (GLOBAL_REGISTRY_WINS.bitnamiCommon && dependsOnBitnamiCommon(tree.chart)) ||
      (GLOBAL_REGISTRY_WINS.charts as readonly string[]).includes(tree.chart?.name ?? ""),
    registriesElsewhere: hasRegistries(root, read),
  };
  collect(root, [], { root }, walk, units);
  const needs = bitnamiSetting(tree.text, root, tree.base, tree.settings, tree.chart);
  const used = new Set<Node>();
  for (const u of units) {
    for (const s of u.comp.slots) {
      if (s.node) used.add(s.node);
      for (const t of s.twins ?? []) used.add(t.node);
    }
    for (const n of u.reads ?? []) used.add(n);
  }
  const alone = chartWideRegistries(root, read, used).map((r) => registrySite(r.path, r.part, tree, needs));
  return [...units.filter(usable).map((u) => siteOf(u, tree, needs)), ...alone];
}

/** A registry value that can prefix repositories: a host (with a dot, a port or localhost) and a path. */
const REGISTRY_VALUE = /^(?:[^/\s:{}]*\.[^/\s{}]*|[^/\s{}]+:\d+|localhost(?::\d+)?)(?:\/[^\s:@{}]+)*$/;

/** Chart-wide registry keys (keys.ts `CHART_WIDE_REGISTRIES`) that no image of these values uses. */
function chartWideRegistries(
  root: YAMLMap,
  read: ValuesReader,
  used: ReadonlySet<Node>,
): { path: NodePath; part: Part }[] {
  const out: { path: NodePath; part: Part }[] = [];
  const seen = new Set<Node>();
  const take = (path: NodePath, part: Part | undefined) => {
    const value = nonEmpty(part);
    if (!part || value === undefined || used.has(part.node) || seen.has(part.node)) return;
    if (!REGISTRY_VALUE.test(value)) return;
    seen.add(part.node);
    out.push({ path, part });
  };
  const visit = (node: Node, path: NodePath, depth: number) => {
    if (depth > 64) return;
    if (isSeq(node)) {
      node.items.forEach((item, i) => {
        if (isMap(item) || isSeq(item)) visit(item as Node, [...path, i], depth + 1);
      });
      return;
    }
    if (!isMap(node)) return;
    const map = node as YAMLMap;
    if (path.length === 0 || read.mapAt(map, ["global"])) {
      for (const p of CHART_WIDE_REGISTRIES.paths) take([...path, ...p], read.partAt(map, p));
    }
    for (const pair of map.items) {
      const k = keyOf(pair);
      if (k === undefined) continue;
      const value = pair.value as Node | null;
      if (CHART_WIDE_REGISTRIES.anyLevel.includes(k)) take([...path, k], read.part(map, k));
      else if (value && (isMap(value) || isSeq(value))) visit(value, [...path, k], depth + 1);
    }
  };
  visit(root, [], 0);
  return out;
}

/**
 * The site of a chart-wide registry no image map here uses: resolved as a repository prefix (the
 * resolver is asked about `registry/probe`), and rewritten in place.
 */
function registrySite(
  path: NodePath,
  part: Part,
  tree: ValuesTree,
  needs: ChartSetting | undefined,
): ImageSite {
  const value = part.value;
  return {
    source: tree.source,
    field: formatPath([...tree.base, ...path]),
    ref: value,
    shape: "chart-wide registry",
    span: spanOf(part.node),
    // A bare host needs a namespace in the probe, or Docker Hub's library/ would be read into it.
    prefixProbe: value.includes("/") ? "mirrorize-probe" : "mirrorize/probe",
    note: "a registry the chart's images are pulled through, with no image map here that uses it: every image under it follows",
    ...(needs ? { needs } : {}),
    rewrite(_to: ImageReference, text: string): RewritePlan {
      return setScalar(tree.text, part.node, text);
    },
  };
}

interface Walk {
  read: ValuesReader;
  subcharts: ReadonlySet<string>;
  /** Compositions learned from the chart's templates (or the config), by image path: they win. */
  learned: ReadonlyMap<string, LearnedComposition>;
  valuesRoot: YAMLMap;
  globalWins: boolean;
  registriesElsewhere: boolean;
}

const NAMED = ["repository", "repo", "image", "name"];

/** Whether some image map has a string `registry` key, or a registry global is present (even empty). */
function hasRegistries(root: YAMLMap, read: ValuesReader): boolean {
  if (REGISTRY_GLOBALS.some((g) => read.partAt(root, g.path) !== undefined)) return true;
  const seen = new Set<Node>();
  const visit = (node: Node | null | undefined): boolean => {
    if (!node || seen.has(node)) return false;
    seen.add(node);
    if (isSeq(node)) return node.items.some((i) => visit(i as Node));
    if (!isMap(node)) return false;
    const map = node as YAMLMap;
    if (read.part(map, "registry")?.isString && NAMED.some((k) => read.part(map, k) !== undefined))
      return true;
    return map.items.some((p) => visit(p.value as Node));
  };
  return visit(root);
}

/** The image a learned composition describes at `path` (`anchor`: the map or the string). */
function learnedUnit(learned: LearnedComposition, path: NodePath, anchor: Node, walk: Walk): Unit {
  const { comp, labels } = composeLearned(learned, walk.valuesRoot, walk.read);
  const named = [...comp.slots].reverse().find((s) => s.node !== undefined)?.node;
  const origin = learned.origin ? ` (${learned.origin})` : "";
  return {
    path,
    shape: `learned${origin}: ${labels.join("+")}`,
    comp,
    anchor: (named as Node | undefined) ?? anchor,
    notes: [],
    strict: false,
    consumed: isMap(anchor) ? keysOf(anchor as YAMLMap) : [],
    reads: [learned.name.flat(), learned.tag ?? [], learned.digest ?? []]
      .flat()
      .flatMap((src) => ("values" in src ? [walk.read.partAt(walk.valuesRoot, src.values)?.node] : []))
      .filter((n): n is NonNullable<typeof n> => n !== undefined),
    ...(learned.computed ? { unknown: learned.computed } : {}),
  };
}

function collect(node: Node, path: NodePath, parent: Scope, walk: Walk, out: Unit[]): void {
  const { read } = walk;
  if (isSeq(node)) {
    node.items.forEach((item, i) => {
      if (isMap(item) || isSeq(item)) collect(item as Node, [...path, i], parent, walk, out);
    });
    return;
  }
  if (!isMap(node)) return;
  const map = node as YAMLMap;
  const global = read.mapAt(map, ["global"]);
  const scope: Scope = global ? { root: map, global } : parent;
  const key = path[path.length - 1];
  const view: MapView = {
    map,
    path,
    imageKeyed: typeof key === "string" && IMAGE_KEY.test(key),
    scope,
    read,
    subcharts: walk.subcharts,
    globalWins: walk.globalWins,
    root: walk.valuesRoot,
    registriesElsewhere: walk.registriesElsewhere,
  };
  const own = walk.learned.get(pathKey(path));
  const unit = own ? learnedUnit(own, path, map, walk) : recogniseMap(view);
  const consumed = new Set(unit?.consumed ?? []);
  if (unit) out.push(unit);
  for (const pair of map.items) {
    const k = keyOf(pair);
    if (k === undefined) continue;
    const value = pair.value as Node | null;
    const learned = consumed.has(k) ? undefined : walk.learned.get(pathKey([...path, k]));
    if (learned && (isScalar(value) || isAlias(value))) {
      out.push(learnedUnit(learned, [...path, k], value as Node, walk));
    } else if ((isScalar(value) || isAlias(value)) && !consumed.has(k) && IMAGE_KEY.test(k)) {
      const part = read.part(map, k);
      const found = part ? stringImage(view, k, part, [...path, k]) : undefined;
      if (found) out.push(found);
    } else if (value && (isMap(value) || isSeq(value))) {
      collect(value, [...path, k], scope, walk, out);
    }
  }
}

/** Images found by their keys alone must at least parse; templates are kept (reported as skipped). */
function usable(unit: Unit): boolean {
  const ref = composedRef(unit.comp);
  if (ref === "" || notAnImage(unit.path, ref)) return false;
  if (!unit.strict) return true;
  return parseNormalized(ref).ok || /[{}$]/.test(ref);
}

function siteOf(unit: Unit, tree: ValuesTree, needs: ChartSetting | undefined): ImageSite {
  const ref = composedRef(unit.comp);
  const span = spanOf(unit.anchor);
  const baseNote = unit.notes.join("; ");
  const site: ImageSite = {
    source: tree.source,
    field: formatPath([...tree.base, ...unit.path]),
    ref,
    shape: unit.shape,
    span,
    ...(baseNote ? { note: baseNote } : {}),
    ...(needs ? { needs } : {}),
    ...(unit.partial ? { partial: true, note: [unit.partial, ...unit.notes].join("; ") } : {}),
    ...(unit.unknown ? { unknown: unit.unknown } : {}),
    rewrite(to: ImageReference): RewritePlan {
      const plan = planRewrite(tree.text, unit.comp, ref, to, span);
      if (plan.ok) {
        const notes = [...unit.notes, ...plan.notes];
        if (notes.length > 0) site.note = notes.join("; ");
        return {
          ok: true,
          edits: plan.edits,
          at: plan.at,
          ...(plan.unpinned ? { wrote: plan.unpinned.wrote, notice: plan.unpinned.notice } : {}),
          ...(plan.shared ? { shared: plan.shared } : {}),
        };
      }
      return plan;
    },
  };
  return site;
}

const LIBRARY = /(?:^|\/)library\//;

type Planned =
  | {
      ok: true;
      edits: Edit[];
      at: Span;
      notes: string[];
      /** The digest `to` pins has no place in this shape: what is written instead, and why. */
      unpinned?: { wrote: string; notice: string };
      shared?: Record<number, string>;
    }
  | { ok: false; reason: string; at: Span };

/**
 * Edits that make the chart render `to`: the fewest scalars (only the registry when it is its own
 * scalar), never a tag or digest, never a scalar's spelling beyond the reference.
 */
function planRewrite(text: string, comp: Composition, ref: string, to: ImageReference, span: Span): Planned {
  const from = parseNormalized(ref);
  if (!from.ok) return { ok: false, reason: `${ref} is not a valid reference`, at: span };
  const solved = solve(comp, refName(from.ref), refName(to));
  if (!solved.ok) return { ok: false, reason: solved.reason, at: span };
  const edits: Edit[] = [];
  const notes: string[] = [];
  let at: Span | undefined;
  // A pinned digest (pin: true) goes where the shape has a place for it (issue 12).
  const digest = to.digest && !from.ref.digest ? to.digest : undefined;
  const place = digest ? comp.pin?.find((p) => p.node !== undefined) : undefined;
  const tails = new Map<number, string>();
  let unpinned: { wrote: string; notice: string } | undefined;
  const shared: Record<number, string> = {};
  if (digest && place?.how === "digest" && !comp.tag) {
    const wrote = refFormat({ ...to, digest: undefined });
    unpinned = {
      wrote,
      notice: `not pinned: the tag is not in the values (the chart supplies it, usually its appVersion), so the digest found for ${ref} need not be the image the chart renders; set the tag to pin it`,
    };
  } else if (digest && !place) {
    const wrote = refFormat({ ...to, digest: undefined });
    unpinned = {
      wrote,
      notice: `not pinned: this shape has no place for a digest (no \`digest\` key, no tag of its own, not a whole reference), so ${wrote} is written without ${digest}; add a \`digest:\` key the chart reads, or pin it by hand`,
    };
  } else if (digest && place?.how === "tail") {
    const i = comp.slots.length - 1;
    const slot = comp.slots[i]!;
    tails.set(i, `${slot.tail ?? ""}@${digest}`);
    if (!solved.changes.has(i)) solved.changes.set(i, slot.value);
  } else if (digest && place) {
    const value =
      place.how === "tag"
        ? `${place.value}@${digest}`
        : place.hexOnly
          ? digest.slice(digest.indexOf(":") + 1)
          : digest;
    const plan = setScalar(text, place.node, value);
    if (!plan.ok)
      return { ok: false, reason: `${place.label} cannot take the digest: ${plan.reason}`, at: plan.at };
    edits.push(...plan.edits);
    notes.push(`pinned in ${place.label}`);
  }
  const changes = [...solved.changes].sort((a, b) => a[0] - b[0]);
  for (const [i, value] of changes) {
    const slot = comp.slots[i]!;
    const plan = setScalar(text, slot.node, `${value}${tails.get(i) ?? slot.tail ?? ""}`);
    if (plan.ok && slot.shared) {
      for (let k = 0; k < plan.edits.length; k++) shared[edits.length + k] = slot.label;
    }
    if (!plan.ok)
      return { ok: false, reason: `${slot.label} cannot be changed: ${plan.reason}`, at: plan.at };
    edits.push(...plan.edits);
    at ??= plan.at;
    for (const twin of slot.twins ?? []) {
      const also = setScalar(text, twin.node, value);
      if (!also.ok)
        return { ok: false, reason: `${twin.label} cannot be changed: ${also.reason}`, at: also.at };
      edits.push(...also.edits);
      notes.push(`${twin.label} holds the same registry as ${slot.label} and changes with it`);
    }
    if (slot.shared) notes.push(`${slot.label} is shared: every image that uses it follows`);
    if (slot.role !== "path") continue;
    if (LIBRARY.test(value) && !LIBRARY.test(slot.value)) {
      notes.push(
        `${slot.label} gets library/: the mirror needs Docker Hub's full name to serve the same image`,
      );
    } else if (changes.length > 1) {
      notes.push(`${slot.label} changes too: the mirror keeps the image under another path`);
    }
  }
  return {
    ok: true,
    edits,
    at: at ?? span,
    notes,
    ...(unpinned ? { unpinned } : {}),
    ...(Object.keys(shared).length ? { shared } : {}),
  };
}
