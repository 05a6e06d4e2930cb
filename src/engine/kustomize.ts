import { posix } from "node:path";
import { type Edit, normalizeEdits } from "../edit/index.js";
import type { FilePlan, KustomizationPlan, PlannedEntry } from "./plan.js";
import type { Finding } from "./types.js";

/**
 * kustomize `images:` in scope. A resource's `containers[].image` is rendered through the `images:`
 * entries of the kustomization that lists it, of its components, and of every overlay above it, in
 * kustomize's order (a kustomization's components, then its own entries, then its overlay's, ...;
 * entries of one kustomization one after the other, each matching what the previous ones rendered).
 * `fix` must keep every rendered image as it was, only mirrored, so the rewrite goes where the rendered
 * name comes from:
 *
 * - an image no entry matches is rewritten where it is written (the resource);
 * - an image an entry matches is not rewritten on its own: the entry's `newName` is (or a `newName` is
 *   added to it), and its `name` keeps matching the resource;
 * - when an image is rendered as written somewhere (a base built alone) and matched by an entry only in
 *   an overlay, the resource is rewritten and the entry's `name` follows it, so it still matches;
 * - a `newName` that a later entry renames again everywhere is left as it is (it is never rendered),
 *   which keeps placeholder names (`image: placeholder-ui`) from being taken for Docker Hub images;
 * - what cannot be decided safely (an entry that would have to match both a renamed and a kept image,
 *   a `name` kustomize reads as a pattern, a component or cycle that cannot be followed) is reported at
 *   its line, and nothing of it is written.
 *
 * Runs between planning and finishing, on the plans (plain data); the plans are changed in place and
 * the changed ones returned. Every kustomization is taken as a possible root of a build.
 */
export function scopeKustomizeImages(files: readonly { file: string; plan: FilePlan }[]): Set<FilePlan> {
  const graph = buildGraph(files);
  const changed = new Set<FilePlan>();
  if (graph.nodes.size === 0) return changed;
  const sim = new Simulation();
  for (const { file, plan } of files) {
    const listers = graph.listers.get(file) ?? [];
    const patchers = graph.patchers.get(file) ?? [];
    const self = graph.nodes.get(file);
    if (listers.length === 0 && patchers.length === 0 && !self) continue;
    plan.findings.forEach((f, i) => {
      if (f.source !== "kubernetes" || f.from === undefined || !CONTAINER_IMAGE.test(f.field)) return;
      // An image a patch sets is applied by the kustomization that names the patch, after its
      // components and before its own images: (inline in it, or in a patch file).
      const inline = self !== undefined && INLINE_PATCH.test(f.field);
      const scopes: [KNode, boolean][] = inline
        ? [[self, true]]
        : [
            ...listers.map((l): [KNode, boolean] => [l, false]),
            ...patchers.map((l): [KNode, boolean] => [l, true]),
          ];
      if (scopes.length === 0) return;
      const key = resourceKey(file, i);
      sim.sources.set(key, { kind: "resource", plan, finding: i });
      for (const [lister, patch] of scopes) {
        const paths = graph.pathsFrom(lister, patch);
        if (paths === undefined) {
          sim.undetermined(key, graph.incomplete.get(lister.file) ?? "its kustomizations cannot be followed");
          continue;
        }
        for (const path of paths) sim.run(key, f.from, path);
      }
    });
  }
  decide(sim, graph, changed);
  return changed;
}

/** Fields the kustomize images transformer rewrites (any `containers`/`initContainers` list). */
const CONTAINER_IMAGE = /(?:^|\.)(?:containers|initContainers)\[-?\d+\]\.image$/;
/** Fields of a kustomization's inline patches. */
const INLINE_PATCH = /^(?:patches|patchesJson6902|patchesStrategicMerge)\[\d+\]/;
const KUSTOMIZATION_FILES = ["kustomization.yaml", "kustomization.yml", "Kustomization"];
/** Build paths followed from one kustomization (overlays of overlays ...) before giving up. */
const MAX_PATHS = 256;
const MAX_DEPTH = 32;
const REMOTE =
  /^(?:[a-z][a-z0-9+.-]*:\/\/|git@|github\.com\/|gitlab\.com\/|bitbucket\.org\/)|\?ref=|\/\/|^\.\.?\/?$/i;

interface KNode {
  file: string;
  dir: string;
  plan: FilePlan;
  k: KustomizationPlan;
  components: KNode[];
  /** Who includes this one: as a resource, or as the component at `index`. */
  parents: { node: KNode; via: "resource" | "component"; index: number }[];
}

interface Graph {
  nodes: Map<string, KNode>;
  /** Resource file → the kustomizations (or components) that list it. */
  listers: Map<string, KNode[]>;
  /** Patch file → the kustomizations that name it as a patch. */
  patchers: Map<string, KNode[]>;
  /** Why a kustomization's scope cannot be followed. */
  incomplete: Map<string, string>;
  /**
   * Every sequence of kustomizations whose entries apply, in order, to a resource `lister` lists (or,
   * with `patch`, to an image one of its patches sets).
   */
  pathsFrom(lister: KNode, patch?: boolean): KNode[][] | undefined;
}

function buildGraph(files: readonly { file: string; plan: FilePlan }[]): Graph {
  const nodes = new Map<string, KNode>();
  const plans = new Map<string, FilePlan>();
  for (const { file, plan } of files) {
    plans.set(file, plan);
    if (plan.kustomization) {
      nodes.set(file, {
        file,
        dir: posix.dirname(file),
        plan,
        k: plan.kustomization,
        components: [],
        parents: [],
      });
    }
  }
  const listers = new Map<string, KNode[]>();
  const patchers = new Map<string, KNode[]>();
  const incomplete = new Map<string, string>();
  const addTo = (m: Map<string, KNode[]>, file: string, node: KNode) => {
    const list = m.get(file) ?? [];
    if (!list.includes(node)) list.push(node);
    m.set(file, list);
  };
  const byDir = (dir: string) => {
    for (const name of KUSTOMIZATION_FILES) {
      const n = nodes.get(dir === "." ? name : `${dir}/${name}`);
      if (n) return n;
    }
    return undefined;
  };
  for (const node of nodes.values()) {
    for (const res of node.k.resources) {
      if (REMOTE.test(res) && !/^\.\.?\//.test(res)) continue;
      const p = posix.normalize(posix.join(node.dir, res));
      const sub = byDir(p);
      if (sub) sub.parents.push({ node, via: "resource", index: 0 });
      else if (plans.has(p) && !nodes.has(p)) addTo(listers, p, node);
    }
    for (const patch of node.k.patchFiles) {
      const p = posix.normalize(posix.join(node.dir, patch));
      if (plans.has(p) && !nodes.has(p)) addTo(patchers, p, node);
    }
    for (const c of node.k.components) {
      const comp =
        REMOTE.test(c) && !/^\.\.?\//.test(c) ? undefined : byDir(posix.normalize(posix.join(node.dir, c)));
      if (!comp) {
        incomplete.set(
          node.file,
          `${node.file} uses the component ${c}, which is not in the files scanned (scan it too, or set the image by hand)`,
        );
        continue;
      }
      node.components.push(comp);
      comp.parents.push({ node, via: "component", index: node.components.length - 1 });
    }
  }
  const memo = new Map<KNode, KNode[][] | undefined>();
  const tails = (x: KNode, seen: KNode[]): KNode[][] | undefined => {
    if (seen.includes(x) || seen.length > MAX_DEPTH) return undefined;
    const out: KNode[][] = x.k.component ? [] : [[]];
    for (const { node: p, via, index } of x.parents) {
      if (incomplete.has(p.file)) return undefined;
      const up = tails(p, [...seen, x]);
      if (up === undefined) return undefined;
      const steps =
        via === "resource" ? afterResources(p) : [...p.components.slice(index + 1).flatMap(applied), p];
      for (const t of up) {
        out.push([...steps, ...t]);
        if (out.length > MAX_PATHS) return undefined;
      }
    }
    return out;
  };
  const applied = (c: KNode, depth = 0): KNode[] =>
    depth > MAX_DEPTH ? [c] : [...c.components.flatMap((d) => applied(d, depth + 1)), c];
  const afterResources = (l: KNode) => [...l.components.flatMap((c) => applied(c)), l];
  const patchMemo = new Map<KNode, KNode[][] | undefined>();
  return {
    nodes,
    listers,
    patchers,
    incomplete,
    pathsFrom(lister, patch = false) {
      const m = patch ? patchMemo : memo;
      if (m.has(lister)) return m.get(lister);
      let out: KNode[][] | undefined;
      if (!incomplete.has(lister.file)) {
        const t = tails(lister, []);
        out = t?.map((tail) => [...(patch ? [lister] : afterResources(lister)), ...tail]);
      }
      if (out === undefined && !incomplete.has(lister.file)) {
        incomplete.set(
          lister.file,
          `the kustomizations that include ${lister.file} form a cycle or too many overlays to follow`,
        );
      }
      m.set(lister, out);
      return out;
    },
  };
}

type Source =
  | { kind: "resource"; plan: FilePlan; finding: number }
  | { kind: "entry"; node: KNode; entry: PlannedEntry };

interface SourceState {
  /** Rendered as it is at the end of some build. */
  final: boolean;
  /** The first entry that renames it with a real `newName` (a placeholder), on some build. */
  renamedBy?: string;
  /** The first entry that matches it. */
  matchedBy?: string;
  /** Why its scope cannot be decided. */
  unsure?: string;
}

class Simulation {
  sources = new Map<string, Source>();
  state = new Map<string, SourceState>();
  /** Entry key → keys of the sources it matched. */
  matched = new Map<string, Set<string>>();
  entries = new Map<string, { node: KNode; entry: PlannedEntry }>();

  get(key: string): SourceState {
    let s = this.state.get(key);
    if (!s) {
      s = { final: false };
      this.state.set(key, s);
    }
    return s;
  }

  undetermined(key: string, why: string) {
    this.get(key).unsure ??= why;
  }

  /** Follow `value`, written by source `key`, through the entries of `path`. */
  run(key: string, value: string, path: KNode[]) {
    let current = key;
    let image = value;
    for (const node of path) {
      for (const entry of node.k.entries) {
        if (entry.name === undefined) continue;
        const m = matchImage(image, entry.name);
        if (m === "no") continue;
        const ek = entryKey(node.file, entry.index);
        this.entries.set(ek, { node, entry });
        if (!this.sources.has(ek)) this.sources.set(ek, { kind: "entry", node, entry });
        if (m === "unsure") {
          const why = `${node.file}:${entry.line} images[${entry.index}] has name ${entry.name}, which kustomize reads as a pattern; set the image by hand`;
          this.undetermined(current, why);
          this.undetermined(ek, why);
          return;
        }
        const set = this.matched.get(ek) ?? new Set<string>();
        set.add(current);
        this.matched.set(ek, set);
        const st = this.get(current);
        st.matchedBy ??= ek;
        if (entry.newName !== undefined) st.renamedBy ??= ek;
        image = applyEntry(image, entry);
        current = ek;
      }
    }
    this.get(current).final = true;
  }
}

/** Decide, for every source and entry seen, which scalar carries the rewrite; change the plans. */
function decide(sim: Simulation, graph: Graph, changed: Set<FilePlan>) {
  const renamed = (key: string): boolean => {
    const st = sim.get(key);
    const src = sim.sources.get(key);
    // A placeholder (`placeholder-ui`: one name, no registry, tag or digest) that an overlay renames
    // stays as written even where it is rendered as is (that base built alone): it is reported, not
    // taken for a Docker Hub image. Any other image is mirrored there, and the overlay's entry follows.
    return st.final && !(src?.kind === "resource" && st.renamedBy !== undefined && isPlaceholder(src));
  };
  const blocked = new Map<string, string>();
  for (const [key, st] of sim.state) if (st.unsure) blocked.set(key, st.unsure);
  // An entry must match what it matched before: all its sources renamed, or none.
  const matcherRenamed = new Map<string, boolean>();
  for (const [ek, sources] of sim.matched) {
    const keys = [...sources];
    const r = keys.map(renamed);
    const { node, entry } = sim.entries.get(ek)!;
    const where = `${node.file}:${entry.line} images[${entry.index}]`;
    if (r.some((x) => x !== r[0])) {
      const why = `${where} matches ${entry.name} both where it is mirrored and where it must stay as written (a base built alone and an overlay that renames it); set the image by hand`;
      for (const k of [ek, ...keys]) if (!blocked.has(k)) blocked.set(k, why);
      continue;
    }
    matcherRenamed.set(ek, r[0]!);
    if (r[0] && entry.rename && entry.rename.edits.length === 0) {
      const why = `${where}: ${entry.rename.finding.message}`;
      for (const k of [ek, ...keys]) if (!blocked.has(k)) blocked.set(k, why);
      continue;
    }
    if (entry.newName === undefined && r[0] && !renamed(ek)) {
      const why = `${where} matches the mirrored ${entry.name}, and a later entry renames what it renders; set the image by hand`;
      for (const k of [ek, ...keys]) if (!blocked.has(k)) blocked.set(k, why);
    }
  }
  const edits = new Map<FilePlan, PlanChange>();
  const change = (plan: FilePlan) => {
    let c = edits.get(plan);
    if (!c) {
      c = { drop: new Set(), add: [] };
      edits.set(plan, c);
    }
    return c;
  };
  for (const [key, src] of sim.sources) {
    const plan = src.kind === "resource" ? src.plan : src.node.plan;
    const index = src.kind === "resource" ? src.finding : src.entry.finding;
    const finding = index === undefined ? undefined : plan.findings[index];
    const why = blocked.get(key);
    if (why !== undefined) {
      if (finding?.kind === "rewrite" && index !== undefined) {
        change(plan).drop.add(index);
        finding.kind = "unsafe-edit";
        finding.severity = "error";
        finding.message = `${finding.from} should become ${finding.to}, but its kustomize scope cannot be decided: ${why}.`;
      }
      continue;
    }
    const st = sim.get(key);
    if (src.kind === "resource") {
      if (renamed(key) || finding?.kind !== "rewrite") continue;
      const by = st.renamedBy ?? st.matchedBy;
      const e = by ? sim.entries.get(by) : undefined;
      const where = e ? `${e.node.file}:${e.entry.line} (images[${e.entry.index}])` : "a kustomization";
      change(plan).drop.add(src.finding);
      finding.kind = "overridden";
      finding.severity = st.final ? "warning" : "info";
      finding.message = st.final
        ? `${finding.from} is renamed by ${where} in the overlays, but rendered as it is where its kustomization is built alone; it is left as it is (a placeholder). Set the image by hand if that build is deployed.`
        : `${finding.from} is set by ${where}; the mirror is written there, and this image is left as it is so that the entry keeps matching.`;
      continue;
    }
    // An entry: the edit of its own site (its newName, or one added), of its name, or none.
    const { entry } = src;
    const m = matcherRenamed.get(key);
    if (m === undefined) continue; // it matches nothing scanned: as every entry without scope
    const s = renamed(key);
    const c = change(plan);
    const rename = entry.rename;
    if (entry.newName !== undefined) {
      if (!s && finding?.kind === "rewrite" && index !== undefined) {
        c.drop.add(index);
        finding.kind = "overridden";
        finding.severity = "info";
        finding.message = `${finding.from} is renamed again by a later images entry wherever it is built; it is left as it is.`;
      }
      if (m && rename) c.add.push({ finding: rename.finding, edits: rename.edits });
      continue;
    }
    if (m && s && rename) {
      // The images it matches are renamed to the mirror: its name follows them (that also renders the
      // mirror); no newName is added.
      if (index !== undefined) {
        c.drop.add(index);
        c.add.push({ finding: rename.finding, edits: rename.edits, replace: index });
      } else c.add.push({ finding: rename.finding, edits: rename.edits });
    } else if (!s && finding?.kind === "rewrite" && index !== undefined) {
      c.drop.add(index);
      finding.kind = "overridden";
      finding.severity = "info";
      finding.message = `${finding.from} is renamed again by a later images entry wherever it is built; it is left as it is.`;
    }
  }
  for (const [plan, c] of edits) {
    if (c.drop.size === 0 && c.add.length === 0) continue;
    applyChange(plan, c);
    changed.add(plan);
  }
  void graph;
}

interface PlanChange {
  /** Findings whose edits are dropped. */
  drop: Set<number>;
  /** Edits to add, with their finding (appended, or replacing the finding at `replace`). */
  add: { finding: Finding; edits: Edit[]; replace?: number }[];
}

function applyChange(plan: FilePlan, c: PlanChange) {
  const owned: { edit: Edit; owner: number }[] = [];
  plan.edits.forEach((edit, i) => {
    const owners = plan.editFindings[i] ?? [];
    if (!owners.some((o) => c.drop.has(o))) owned.push({ edit, owner: owners[0] ?? -1 });
  });
  for (const a of c.add) {
    let owner: number;
    if (a.replace !== undefined) {
      plan.findings[a.replace] = { ...a.finding };
      owner = a.replace;
    } else {
      owner = plan.findings.length;
      plan.findings.push({ ...a.finding });
    }
    for (const edit of a.edits) owned.push({ edit, owner });
  }
  plan.flattened = plan.flattened.filter((f) => !c.drop.has(f.finding));
  const owners = new Map(owned.map((o) => [o.edit, o.owner]));
  const { edits, conflicts } = normalizeEdits(owned.map((o) => o.edit));
  for (const conflict of conflicts) {
    const f = plan.findings[owners.get(conflict.edit)!];
    if (!f) continue;
    f.kind = "unsafe-edit";
    f.severity = "error";
    f.message = `${f.from} cannot be rewritten: another reference changes the same text differently; edit it by hand.`;
  }
  plan.edits = edits;
  plan.editFindings = edits.map((e) => [owners.get(e)!]);
}

/** A resource image written as a bare name (no registry, path, tag or digest): a placeholder. */
function isPlaceholder(src: Source): boolean {
  const value = src.kind === "resource" ? src.plan.findings[src.finding]?.from : undefined;
  return value !== undefined && !/[/:@]/.test(value);
}

function resourceKey(file: string, finding: number): string {
  return `r\u0000${file}\u0000${finding}`;
}

function entryKey(file: string, index: number): string {
  return `e\u0000${file}\u0000${index}`;
}

/**
 * kustomize's `image.IsImageMatched`: the name is a regular expression (`^NAME(:tag)?(@sha256:…)?$`).
 * Names are read literally, but for `.`, which matches any character there; "unsure" when the name
 * has other pattern characters, or matches only through a `.` that is not a dot.
 */
export function matchImage(image: string, name: string): "yes" | "no" | "unsure" {
  if (PATTERN_CHARS.test(name)) return image.includes(name.replace(PATTERN_CHARS_ALL, "")) ? "unsure" : "no";
  // `^NAME` with `.` matching any one character: a fixed-length prefix, compared without a RegExp
  // (a hostile tree may hold many entries and images).
  if (image.length < name.length) return "no";
  for (let i = 0; i < name.length; i++) {
    if (name[i] !== "." && name[i] !== image[i]) return "no";
  }
  if (!TAG_AND_DIGEST.test(image.slice(name.length))) return "no";
  return splitImage(image).name === name ? "yes" : "unsure";
}

const PATTERN_CHARS = /[\\^$*+?()[\]{}|]/;
const PATTERN_CHARS_ALL = /[\\^$*+?()[\]{}|]/g;
/** What kustomize's pattern allows after the name. */
const TAG_AND_DIGEST = /^(?::[a-zA-Z0-9_.{}-]*)?(?:@sha256:[a-zA-Z0-9_.{}-]*)?$/;

/** kustomize's `image.Split`: name, tag and digest of an image string. */
export function splitImage(image: string): { name: string; tag: string; digest: string } {
  const slash = image.indexOf("/");
  const offset = Math.max(slash, 0);
  const search = image.slice(offset);
  const id = search.indexOf("@");
  const ic = search.indexOf(":");
  if (ic < 0 && id < 0) return { name: image, tag: "", digest: "" };
  if (id >= 0 && (id < ic || ic < 0)) {
    return { name: image.slice(0, id + offset), tag: "", digest: image.slice(id + offset + 1) };
  }
  if (id >= 0 && ic >= 0) {
    return {
      name: image.slice(0, ic + offset),
      tag: image.slice(ic + offset + 1, id + offset),
      digest: image.slice(id + offset + 1),
    };
  }
  return { name: image.slice(0, ic + offset), tag: image.slice(ic + offset + 1), digest: "" };
}

/** What kustomize's image transformer makes of `image` for a matching entry. */
export function applyEntry(
  image: string,
  entry: { newName?: string; newTag?: string; digest?: string },
): string {
  let { name, tag, digest } = splitImage(image);
  if (entry.newName) name = entry.newName;
  if (entry.newTag && entry.digest) {
    tag = entry.newTag;
    digest = entry.digest;
  } else if (entry.newTag) {
    tag = entry.newTag;
    digest = "";
  } else if (entry.digest) {
    tag = "";
    digest = entry.digest;
  }
  return `${name}${tag ? `:${tag}` : ""}${digest ? `@${digest}` : ""}`;
}
