import { type Alias, isAlias, isScalar, type Scalar } from "yaml";

/**
 * One scalar a chart joins (with `/`) into an image name: a registry, a hub, a namespace, a
 * repository. `node` is the scalar that holds it (undefined when the part is implicit, like Docker
 * Hub for `hashicorp/vault`); an empty value takes no place in the name.
 */
export interface Slot {
  /** Where the value lives, for messages and shape labels (`registry`, `global.imageRegistry`). */
  label: string;
  /** The value as written (`""` when empty or null). */
  value: string;
  /** The scalar to edit; an alias or an absent node cannot be edited. */
  node?: Scalar | Alias;
  /**
   * `host`: a registry host with an optional path prefix (`registry`, `hub`, `global.imageRegistry`);
   * `path`: part of the repository path, or the whole reference when it comes first.
   */
  role: "host" | "path";
  /** A knob shared by several images (a global): editing it redirects all of them. */
  shared?: boolean;
  /**
   * Text the scalar holds after the name (`:1.25@sha256:...` in `image: nginx:1.25@sha256:...`): it is
   * part of the reference's tag and digest and is written back unchanged after a new name.
   */
  tail?: string;
  /**
   * Scalars that hold the same value and must change with this one: the chart may read either (a
   * global registry and a map's own, equal, when the chart's precedence is not known).
   */
  twins?: { label: string; node: Scalar | Alias }[];
}

/**
 * A place a pinned digest can be written (issue 12 `pin`): a `digest` key the chart reads (set to
 * `sha256:…`), the image's own tag (`v1.2` becomes `v1.2@sha256:…`), or the end of a string that is
 * the whole reference (`slot`: the index of its name slot; `repo:tag` becomes `repo:tag@sha256:…`).
 */
export interface PinPlace {
  label: string;
  node?: Scalar | Alias;
  how: "digest" | "tag" | "tail";
  /** The scalar's value now (the tag, for `tag`). */
  value: string;
  /** The key takes the hex only (the chart writes `sha256:` itself, as a `sha` key in some charts). */
  hexOnly?: boolean;
  slot?: number;
}

/** How one image reference is put together from the values, the way the chart template does it. */
export interface Composition {
  slots: Slot[];
  /** Fixed text the chart appends to the name (`-generic` for the cilium operator, `-chroot`). */
  nameSuffix: string;
  tag?: string;
  digest?: string;
  /** Where a pinned digest goes, first usable first; none: the shape has no place for one. */
  pin?: PinPlace[];
}

/** The name the chart renders: the non-empty slots joined with `/`, plus the fixed suffix. */
export function composedName(c: Composition): string {
  return (
    c.slots
      .map((s) => s.value)
      .filter((v) => v !== "")
      .join("/") + c.nameSuffix
  );
}

/** The full reference the chart renders (`name[:tag][@digest]`). */
export function composedRef(c: Composition): string {
  let out = composedName(c);
  if (c.tag) out += `:${c.tag}`;
  if (c.digest) out += `@${c.digest}`;
  return out;
}

/** New values for the slots that change (index -> value); the others keep theirs. */
export type SlotChanges = Map<number, string>;

export type SolveResult = { ok: true; changes: SlotChanges } | { ok: false; reason: string };

/**
 * Find the smallest change of the slots that makes the chart render `target` (a fully qualified name,
 * `domain/path`, no tag). `original` is the normalised name the slots render now (`domain/path`).
 *
 * Rules: fewest scalars changed, earlier slots (the registry) preferred; an empty slot stays empty
 * unless it is a registry slot (then it may be filled); a non-empty slot never becomes empty; a
 * registry slot may only receive the mirror's own prefix followed by (a tail of) the path it already
 * had, so `registry: docker.io` + `repository: nginx` becomes `docker.m.daocloud.io` + `library/nginx`,
 * never `docker.m.daocloud.io/library` + `nginx` (which would break every other image sharing it).
 */
export function solve(c: Composition, original: string, target: string): SolveResult {
  if (!target.endsWith(c.nameSuffix) || !original.endsWith(c.nameSuffix)) {
    return {
      ok: false,
      reason: `the chart appends "${c.nameSuffix}" to the name, and ${target} does not end with it`,
    };
  }
  const want = target.slice(0, target.length - c.nameSuffix.length);
  const was = original.slice(0, original.length - c.nameSuffix.length);
  const segments = want.split("/");
  const mirrorPrefix = mirrorPrefixOf(was, want);
  let best: { cost: number; changes: SlotChanges } | undefined;
  const slots = c.slots;
  const values: (string | undefined)[] = new Array(slots.length);

  const consider = () => {
    const changes: SlotChanges = new Map();
    let cost = 0;
    for (let i = 0; i < slots.length; i++) {
      const next = values[i] ?? "";
      if (next === slots[i]!.value) continue;
      changes.set(i, next);
      cost += 100 + i;
    }
    if (!best || cost < best.cost) best = { cost, changes };
  };

  const assign = (i: number, at: number) => {
    if (i === slots.length) {
      if (at === segments.length) consider();
      return;
    }
    const slot = slots[i]!;
    // An alias counts as editable here; editing it is refused later with a message that names the anchor.
    const editable = slot.node !== undefined && (isScalar(slot.node) || isAlias(slot.node));
    // Leave the slot empty (only if it is empty now).
    if (slot.value === "") {
      values[i] = "";
      assign(i + 1, at);
    }
    if (slot.value === "" && !(editable && slot.role === "host")) return;
    for (let end = at + 1; end <= segments.length; end++) {
      const value = segments.slice(at, end).join("/");
      if (value !== slot.value) {
        if (!editable) continue;
        if (slot.role === "host" && !acceptableHost(value, slot.value, mirrorPrefix)) continue;
      }
      values[i] = value;
      assign(i + 1, end);
    }
  };
  assign(0, 0);
  if (!best) {
    const labels = slots.map((s) => s.label).join(" + ");
    return {
      ok: false,
      reason: `the chart builds the name from ${labels}, and no change of ${slots.length > 1 ? "them" : "it"} renders ${target}`,
    };
  }
  return { ok: true, changes: best.changes };
}

/**
 * The part of `want` the mirror rule contributes: everything before the longest segment-aligned tail
 * the old and new paths share (`docker.m.daocloud.io` for `docker.io/library/nginx` →
 * `docker.m.daocloud.io/library/nginx`, `registry.aliyuncs.com/google_containers` for a flatten).
 */
export function mirrorPrefixOf(was: string, want: string): string {
  const a = was.split("/").slice(1);
  const b = want.split("/");
  let shared = 0;
  while (
    shared < a.length &&
    shared < b.length - 1 &&
    a[a.length - 1 - shared] === b[b.length - 1 - shared]
  ) {
    shared++;
  }
  return b.slice(0, b.length - shared).join("/");
}

/**
 * A new registry value must be the mirror prefix, optionally followed by a tail of the path the
 * registry value already carried (`docker.io/istio` → `docker.m.daocloud.io/istio`).
 */
function acceptableHost(value: string, old: string, mirrorPrefix: string): boolean {
  if (value === mirrorPrefix) return true;
  if (!value.startsWith(`${mirrorPrefix}/`)) return false;
  const extra = value.slice(mirrorPrefix.length + 1);
  const oldPath = old.includes("/") ? old.slice(old.indexOf("/") + 1) : "";
  return oldPath === extra || oldPath.endsWith(`/${extra}`);
}
