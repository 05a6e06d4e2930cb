import type { Node, YAMLMap } from "yaml";
import type { NodePath } from "../yaml-nodes.js";
import type { Composition, PinPlace, Slot } from "./compose.js";
import {
  ANY_LEVEL_REGISTRY,
  CHROOT,
  CLOUD_VARIANT,
  DIGEST_KEY,
  HUB,
  IMAGE_MAP_KEYS,
  IMAGE_MAP_SIGNATURE,
  INHERITED_IMAGE,
  NAME_KEYS,
  NAME_REGISTRIES,
  NAMESPACED_NAME,
  REGISTRY_GLOBALS,
  REPOSITORY_KEYS,
  SHA_KEY,
  SHARED_TAGS,
  SIBLING_TAG_SUFFIXES,
  TAG_KEYS,
  TAG_MODIFIERS,
  USE_DIGEST,
} from "./keys.js";
import { hasKey, keysOf, nonEmpty, type Part, type ValuesReader } from "./read.js";

/** Where globals are read: the nearest map holding `global` (the document root for most charts). */
export interface Scope {
  root: YAMLMap;
  global?: YAMLMap;
}

/** A map of the values tree as a recogniser sees it. */
export interface MapView {
  map: YAMLMap;
  /** Path of the map inside the values tree. */
  path: NodePath;
  /** The map is the value of an image key (`image`, `initImage`, `thanosImage`, ...). */
  imageKeyed: boolean;
  scope: Scope;
  read: ValuesReader;
  /** Top-level keys that configure a subchart (its name or alias in Chart.yaml `dependencies`). */
  subcharts: ReadonlySet<string>;
  /** The chart is known to let a global registry win over a map's own (keys.ts `GLOBAL_REGISTRY_WINS`). */
  globalWins: boolean;
  /** The root of the values tree (paths are relative to it). */
  root: YAMLMap;
  /** Some image map of these values has a `registry` key, or a registry global is present. */
  registriesElsewhere: boolean;
}

/** One image found in the values: how the chart composes it and where it is. */
export interface Unit {
  /** Path of the image (the map, or the string) inside the values tree. */
  path: NodePath;
  /** Shape label: the parts used, e.g. `global.imageRegistry+repository+tag`. */
  shape: string;
  comp: Composition;
  /** The node that identifies the image; findings point here when nothing changes. */
  anchor: Node;
  /** Facts worth telling with the finding (tag from appVersion, inherited values). */
  notes: string[];
  /** Found by its keys only (not under an image key): kept only when the reference parses. */
  strict: boolean;
  /** Keys of the map this image used; they are not looked at again as string images. */
  consumed: readonly string[];
  /**
   * Set when the map overrides only part of a reference whose rest the chart keeps elsewhere (a
   * subchart's registry): why. Such an image is reported, never rewritten.
   */
  partial?: string;
  /**
   * Set when how the chart composes this image cannot be told from the values (a registry its
   * templates compute, an ambiguous shape): what mirrorize would need to know. Reported, never rewritten.
   */
  unknown?: string;
  /** Other scalars this image's composition reads (a learned fallback): not chart-wide on their own. */
  reads?: Node[];
}

/** A shape recogniser: the first one that matches a map wins. */
export interface MapShape {
  name: string;
  recognise(view: MapView): Unit | undefined;
}

/** A first path segment that is a registry host (has `.` or `:`, or is `localhost`). */
const HOST_LIKE = /^(?:[^/]*[.:][^/]*|localhost)\//;

const NO_TAG = "no tag here: the chart supplies it (usually its appVersion)";

function slot(label: string, part: Part | undefined, role: Slot["role"], shared = false): Slot {
  return { label, value: part?.value ?? "", node: part?.node, role, ...(shared ? { shared } : {}) };
}

/** What a map's registry is: a slot, nothing (no registry in the name), or unknowable from the values. */
interface RegistryFound {
  slot?: Slot;
  /** The values do not tell (both a global and the map's own are set, the chart's precedence unknown). */
  unknown?: string;
}

export const TELL =
  "tell mirrorize how the chart composes it with a `helm.images` entry in the config (its values path and the keys of its name)";

/**
 * The registry slot of an image map (research/shapes.md §1.2, keys.ts `REGISTRY_GLOBALS`).
 * `imageMap`: the map is an image map (not a container-like map with a string `image`), so a global
 * registry applies to it even without a `registry` key of its own. `withoutKey`: a default global
 * (ingress-nginx `global.image.registry`) applies to a map with no `registry` key. `name` is the
 * repository the registry is joined to, `nameLabel` its key.
 */
function registrySlot(
  view: MapView,
  opts: { imageMap: boolean; withoutKey: boolean; name: string; nameLabel: string },
): RegistryFound {
  const { map, scope, read } = view;
  const found = read.part(map, "registry");
  const local = found?.isString ? found : undefined;
  if (!local && !opts.imageMap && !opts.withoutKey) return {};
  for (const g of REGISTRY_GLOBALS) {
    if (g.precedence !== "override") continue;
    const p = read.partAt(scope.root, g.path);
    const value = nonEmpty(p);
    if (value === undefined) continue;
    const label = g.path.join(".");
    const global = slot(label, p, "host", true);
    if (!local) {
      if (!opts.imageMap) continue;
      // A global registry applies to an image map that names none; one whose repository carries
      // its own registry may or may not get the global prefixed: the values do not say.
      if (!HOST_LIKE.test(opts.name)) return { slot: global };
      return {
        unknown: `${label} is set (${value}) and ${opts.nameLabel} names its own registry (${opts.name}): whether the chart prefixes ${label} to it is in its templates; ${TELL}`,
      };
    }
    if (local.value === "" || view.globalWins) return { slot: global };
    // The same value in both: the chart renders it whichever wins, and fix changes both alike.
    if (local.value === value)
      return { slot: { ...global, twins: [{ label: "registry", node: local.node }] } };
    return {
      slot: global,
      unknown: `both ${label} (${value}) and this map's registry (${local.value}) are set, and which one wins is decided in the chart's templates (Bitnami's common.images.image lets the global win, other charts the map's own); ${TELL}`,
    };
  }
  if (local && local.value !== "") return { slot: slot("registry", local, "host") };
  if (local || opts.withoutKey) {
    for (const g of REGISTRY_GLOBALS) {
      if (g.precedence !== "default") continue;
      const p = read.partAt(scope.root, g.path);
      if (nonEmpty(p)) return { slot: slot(g.path.join("."), p, "host", true) };
    }
  }
  return local ? { slot: slot("registry", local, "host") } : {};
}

interface TagDigest {
  tag?: string;
  digest?: string;
  nameSuffix: string;
  labels: string[];
  /** With no tag here, the chart supplies one (a map's empty tag); false for a bare string (`latest`). */
  chartTag?: boolean;
  /** Where a digest can be written when the reference is pinned (first usable wins). */
  pin?: PinPlace[];
}

/** Tag, digest and name suffix of an image map, as the chart renders them. */
function tagAndDigest(view: MapView, tagKeys: readonly string[]): TagDigest {
  const { map, read, scope } = view;
  const labels: string[] = [];
  let tag: string | undefined;
  const pin: PinPlace[] = [];
  let tagPart: { part: Part; key: string } | undefined;
  for (const key of tagKeys) {
    const part = read.part(map, key);
    if (part && !labels.length) labels.push(key);
    if (part?.value) {
      tag = part.value;
      tagPart = { part, key };
      labels[labels.length - 1] = key;
      break;
    }
  }
  if (tag === undefined) {
    for (const path of SHARED_TAGS) {
      const v = read.partAt(scope.root, path)?.value;
      if (v) {
        tag = v;
        labels.push(path.join("."));
        break;
      }
    }
  }
  for (const m of TAG_MODIFIERS) {
    const v = read.part(map, m.key)?.value;
    const next: string | undefined = tag === undefined || v === undefined ? undefined : m.apply(tag, v);
    if (next !== undefined) {
      tag = next;
      labels.push(m.key);
    }
  }
  let nameSuffix = "";
  let digest: string | undefined;
  const useDigest = read.part(map, USE_DIGEST)?.value !== "false";
  if (hasKey(map, CLOUD_VARIANT.marker)) {
    nameSuffix = `${CLOUD_VARIANT.nameSuffix}${read.part(map, CLOUD_VARIANT.suffixKey)?.value ?? ""}`;
    digest = useDigest ? nonEmpty(read.part(map, CLOUD_VARIANT.marker)) : undefined;
    labels.push(CLOUD_VARIANT.marker);
  } else if (read.part(map, CHROOT.flag)?.value === "true") {
    nameSuffix = CHROOT.nameSuffix;
    digest = nonEmpty(read.part(map, CHROOT.digestKey));
    labels.push(CHROOT.flag);
  } else {
    for (const key of [DIGEST_KEY, SHA_KEY]) if (hasKey(map, key)) labels.push(key);
    const sha = nonEmpty(read.part(map, SHA_KEY));
    digest = nonEmpty(read.part(map, DIGEST_KEY)) ?? (sha && (sha.includes(":") ? sha : `sha256:${sha}`));
    if (!useDigest) digest = undefined;
    // A digest key the chart reads (empty now) is the place for a pinned digest; an empty `sha` is
    // not (charts differ on hex only or `sha256:…`).
    const own = read.part(map, DIGEST_KEY);
    if (own?.isString && useDigest) pin.push({ label: DIGEST_KEY, node: own.node, how: "digest", value: "" });
  }
  // Else the map's own tag (`v1.2@sha256:…`); a tag shared with other images is no place.
  if (tagPart && tag !== undefined && tag === tagPart.part.value && !/[@]/.test(tag)) {
    pin.push({ label: tagPart.key, node: tagPart.part.node, how: "tag", value: tagPart.part.value });
  }
  return { tag, digest, nameSuffix, labels, chartTag: true, pin };
}

function build(
  view: MapView,
  path: NodePath,
  slots: Slot[],
  td: TagDigest,
  anchor: Node,
  consumed: readonly string[],
  notes: string[] = [],
): Unit {
  const comp: Composition = {
    slots,
    nameSuffix: td.nameSuffix,
    tag: td.tag,
    digest: td.digest,
    ...(td.pin?.length ? { pin: td.pin } : {}),
  };
  if (!td.tag && !td.digest && td.chartTag) notes.push(NO_TAG);
  return {
    path,
    shape: [...slots.map((s) => s.label), ...td.labels].join("+"),
    comp,
    anchor,
    notes,
    strict: !view.imageKeyed,
    consumed,
  };
}

/** The nearest `imageRegistry` (set, a string) in a map above this one, below the values root. */
function imageRegistryAbove(view: MapView): Slot | undefined {
  const keys: string[] = [];
  for (const k of view.path) {
    if (typeof k !== "string") break;
    keys.push(k);
  }
  for (let i = Math.min(keys.length, view.path.length - 1); i >= 0; i--) {
    const at = keys.slice(0, i);
    const p = view.read.partAt(view.root, [...at, ANY_LEVEL_REGISTRY]);
    if (nonEmpty(p)) return slot([...at, ANY_LEVEL_REGISTRY].join("."), p, "host", true);
  }
  return undefined;
}

/** The subchart a map configures (the first key of its path, when that names a dependency). */
function subchartOf(view: MapView): string | undefined {
  const first = view.path[0];
  return typeof first === "string" && view.subcharts.has(first) ? first : undefined;
}

function hasAny(map: YAMLMap, keys: readonly string[]): boolean {
  return keys.some((k) => hasKey(map, k));
}

/** Where a string reference's own `:tag` / `@digest` starts (after its last `/`), or -1. */
export function tailStart(value: string): number {
  const at = value.indexOf("@");
  const name = at < 0 ? value : value.slice(0, at);
  const colon = name.indexOf(":", name.lastIndexOf("/") + 1);
  return colon >= 0 ? colon : at;
}

function hasOwnTag(value: string): boolean {
  return tailStart(value) >= 0;
}

/**
 * The slot of a string reference: its name, with its own tag and digest as an unchanging tail, and
 * the tag and digest they give the reference.
 */
function stringSlot(label: string, part: Part, value: string): { slot: Slot; tag?: string; digest?: string } {
  const cut = tailStart(value);
  if (cut < 0) return { slot: slot(label, part, "path") };
  const tail = value.slice(cut);
  const at = tail.indexOf("@");
  const tag = tail.startsWith(":") ? tail.slice(1, at < 0 ? undefined : at) : undefined;
  const digest = at >= 0 ? tail.slice(at + 1) : undefined;
  return { slot: { ...slot(label, part, "path"), value: value.slice(0, cut), tail }, tag, digest };
}

/** The tag of a string image from a sibling key (`controllerImage` + `controllerImageVersion`). */
function siblingTag(view: MapView, siblings: string[], tail: PinPlace[]): TagDigest {
  const td = tagAndDigest(view, siblings);
  const chartTag = hasAny(view.map, siblings);
  // The sibling tag takes the digest; with none, the string is the whole reference.
  const pin = chartTag ? (td.pin ?? []).filter((p) => p.how === "tag") : tail;
  return { ...td, nameSuffix: "", digest: undefined, chartTag, pin };
}

/**
 * A string image (`image: repo[:tag]`, `controllerImage: repo`) with what the chart adds from
 * beside it: a registry, an istio hub, a tag key. `path` is where the finding says it is.
 */
export function stringImage(view: MapView, key: string, part: Part, path: NodePath): Unit | undefined {
  const value = nonEmpty(part);
  if (value === undefined) return undefined;
  const { map, read, scope } = view;
  const own = stringSlot(key, part, value);
  const self = own.slot;
  // The string is the whole reference: a pinned digest goes at its end.
  const tail: PinPlace[] = [{ label: key, node: part.node, how: "tail", value }];
  const ownTag: TagDigest = { tag: own.tag, digest: own.digest, nameSuffix: "", labels: [], pin: tail };
  if (key !== NAME_KEYS.image) {
    // `fooImage: busybox` is too likely a setting: other keys need a path, tag or digest.
    if (!/[/:@]/.test(value)) return undefined;
    const siblings = SIBLING_TAG_SUFFIXES.map((s) => `${key}${s}`);
    const td: TagDigest = hasOwnTag(value) ? ownTag : siblingTag(view, siblings, tail);
    return { ...build(view, path, [self], td, part.node, [key]), strict: true };
  }
  const hubContext = hasKey(map, HUB.hub) || (scope.global !== undefined && hasKey(scope.global, HUB.hub));
  if (hubContext && !hasKey(map, "registry")) {
    if (value.includes("/")) return build(view, path, [self], ownTag, part.node, [key]);
    const localHub = read.part(map, HUB.hub);
    const globalHub = read.partAt(scope.root, HUB.globalHub);
    const hub = nonEmpty(localHub)
      ? slot(HUB.hub, localHub, "host")
      : nonEmpty(globalHub)
        ? slot(HUB.globalHub.join("."), globalHub, "host", true)
        : undefined;
    const labels: string[] = [];
    const pin: PinPlace[] = [];
    const ownHubTag = read.part(map, HUB.tag);
    let tag = ownHubTag?.value || undefined;
    if (tag) labels.push(HUB.tag);
    if (tag && ownHubTag && !tag.includes("@"))
      pin.push({ label: HUB.tag, node: ownHubTag.node, how: "tag", value: tag });
    if (!tag) {
      tag = read.partAt(scope.root, HUB.globalTag)?.value || undefined;
      if (tag) labels.push(HUB.globalTag.join("."));
    }
    const variant = read.part(map, HUB.variant)?.value || read.partAt(scope.root, HUB.globalVariant)?.value;
    if (tag && variant) {
      tag = `${tag}-${variant}`;
      labels.push(HUB.variant);
      pin.length = 0; // the chart appends the variant after the tag: no place for a digest there
    }
    const td: TagDigest = { tag, nameSuffix: "", labels, chartTag: true, pin };
    return build(view, path, hub ? [hub, self] : [self], td, part.node, [key]);
  }
  // ingress-nginx's registry + image: a default registry applies to an image map's own `image`
  // that names no registry; a string `image` elsewhere is a whole reference.
  const found = registrySlot(view, {
    imageMap: view.imageKeyed,
    withoutKey: view.imageKeyed && !HOST_LIKE.test(value),
    name: self.value,
    nameLabel: key,
  });
  const registry = found.slot;
  const chartTag = view.imageKeyed || hasAny(map, TAG_KEYS);
  const mapTag = tagAndDigest(view, TAG_KEYS);
  const td: TagDigest = hasOwnTag(value)
    ? ownTag
    : { ...mapTag, chartTag, pin: chartTag ? mapTag.pin : tail };
  const unit = build(view, path, registry ? [registry, self] : [self], td, part.node, [key, "registry"]);
  return found.unknown ? { ...unit, unknown: found.unknown } : unit;
}

/** The map shapes, tried in order (research/shapes.md §1.2). */
export const MAP_SHAPES: readonly MapShape[] = [
  {
    // cilium: `override` replaces the whole reference.
    name: "override",
    recognise(view) {
      const part = view.read.part(view.map, NAME_KEYS.override);
      const value = nonEmpty(part);
      if (!value || !(view.imageKeyed || hasKey(view.map, NAME_KEYS.repository))) return undefined;
      const own = stringSlot("override", part!, value);
      const pin: PinPlace[] = [{ label: NAME_KEYS.override, node: part!.node, how: "tail", value }];
      const td: TagDigest = { tag: own.tag, digest: own.digest, nameSuffix: "", labels: [], pin };
      return build(view, view.path, [own.slot], td, part!.node, [
        NAME_KEYS.override,
        NAME_KEYS.repository,
        NAME_KEYS.image,
      ]);
    },
  },
  {
    // registry + repository (+ tag, digest, sha), or a repository that holds the registry; `repo` + `tag`.
    name: "repository",
    recognise(view) {
      const { map, read } = view;
      const key = REPOSITORY_KEYS.find((k) => nonEmpty(read.part(map, k.key)));
      if (!key) return undefined;
      const part = read.part(map, key.key);
      const signature = key.signature ?? IMAGE_MAP_SIGNATURE;
      if (!view.imageKeyed && !hasAny(map, signature)) return undefined;
      const repo = slot(key.key, part, "path");
      const found = registrySlot(view, {
        imageMap: true,
        withoutKey: false,
        name: repo.value,
        nameLabel: key.key,
      });
      const registry = found.slot;
      const subchart = subchartOf(view);
      const bare = !registry && !found.unknown && !HOST_LIKE.test(repo.value);
      const partial =
        bare && subchart !== undefined && !hasAny(map, TAG_KEYS)
          ? `only the repository is set here: the subchart ${subchart} adds its own registry and tag, so this reference is a guess`
          : undefined;
      // An `imageRegistry` set above this map (not the global): charts differ on whether it prefixes a
      // repository that is set (cert-manager: not), so it is reported, and the key counts as read.
      const above = bare && !partial && !hasKey(map, "registry") ? imageRegistryAbove(view) : undefined;
      // No registry key here while the other image maps carry one: the chart's templates supply it.
      const computed = above
        ? `${above.label} is set above this map (${above.value}), and whether the chart prefixes it to a repository that is set is in its templates; ${TELL}`
        : bare &&
            !repo.value.includes("/") &&
            !partial &&
            !hasKey(map, "registry") &&
            view.registriesElsewhere
          ? `this image map has no registry key while the other image maps of these values have one, so the chart's templates most likely supply its registry and Docker Hub is only a guess; ${TELL}`
          : undefined;
      const unit = build(
        view,
        view.path,
        registry ? [registry, repo] : [repo],
        tagAndDigest(view, TAG_KEYS),
        part!.node,
        [key.key, NAME_KEYS.repository, NAME_KEYS.image, NAME_KEYS.name],
      );
      const unknown = found.unknown ?? computed;
      if (above?.node) unit.reads = [above.node];
      return partial ? { ...unit, partial } : unknown ? { ...unit, unknown } : unit;
    },
  },
  {
    // registry + image (ingress-nginx, tigera), istio hub + image, or a string image in a map.
    name: "image",
    recognise(view) {
      const part = view.read.part(view.map, NAME_KEYS.image);
      if (!part || !nonEmpty(part)) return undefined;
      return stringImage(
        view,
        NAME_KEYS.image,
        part,
        view.imageKeyed ? view.path : [...view.path, NAME_KEYS.image],
      );
    },
  },
  {
    // cert-manager ≥ 1.20: imageRegistry + imageNamespace + image.name (repository empty).
    name: "namespaced-name",
    recognise(view) {
      const { map, read, scope } = view;
      const part = read.part(map, NAME_KEYS.name);
      const name = nonEmpty(part);
      if (!name || name.includes("/") || !view.imageKeyed) return undefined;
      const registry = read.partAt(scope.root, NAMESPACED_NAME.registry);
      if (!nonEmpty(registry)) return undefined;
      const namespace = read.partAt(scope.root, NAMESPACED_NAME.namespace);
      const prefix = read.part(map, "registry");
      const slots: Slot[] = [];
      if (nonEmpty(prefix)) slots.push(slot("registry", prefix, "host"));
      slots.push(slot(NAMESPACED_NAME.registry.join("."), registry, slots.length ? "path" : "host", true));
      if (nonEmpty(namespace)) slots.push(slot(NAMESPACED_NAME.namespace.join("."), namespace, "path", true));
      slots.push(slot(NAME_KEYS.name, part, "path"));
      return build(view, view.path, slots, tagAndDigest(view, TAG_KEYS), part!.node, [NAME_KEYS.name]);
    },
  },
  {
    // jupyterhub name + tag, linkerd name + version: `name` is the repository.
    name: "name",
    recognise(view) {
      const { map, read } = view;
      const part = read.part(map, NAME_KEYS.name);
      if (!nonEmpty(part) || !view.imageKeyed) return undefined;
      if (!keysOf(map).every((k) => IMAGE_MAP_KEYS.has(k))) return undefined;
      if (!hasAny(map, ["tag", "version", "digest", "pullPolicy", "imagePullPolicy"])) return undefined;
      const name = slot(NAME_KEYS.name, part, "path");
      const found = registrySlot(view, {
        imageMap: true,
        withoutKey: false,
        name: name.value,
        nameLabel: "name",
      });
      // A name relative to a chart-wide registry (datadog `registry` + `agents.image.name`).
      if (!found.slot && !found.unknown && !HOST_LIKE.test(name.value)) {
        for (const path of NAME_REGISTRIES) {
          const p = read.partAt(view.scope.root, path);
          if (!p?.isString) continue;
          if (nonEmpty(p)) found.slot = slot(path.join("."), p, "host", true);
          else
            found.unknown = `the chart-wide ${path.join(".")} is empty, so the chart computes the registry of this name in its templates; ${TELL}`;
          break;
        }
      }
      const registry = found.slot;
      const unit = build(
        view,
        view.path,
        registry ? [registry, name] : [name],
        tagAndDigest(view, TAG_KEYS),
        part!.node,
        [NAME_KEYS.name],
      );
      return found.unknown ? { ...unit, unknown: found.unknown } : unit;
    },
  },
  {
    // argo-cd: a component map with an empty repository inherits `global.image`.
    name: "inherited",
    recognise(view) {
      const { map, read, scope } = view;
      if (!view.imageKeyed) return undefined;
      const own = read.part(map, NAME_KEYS.repository);
      if (!own || nonEmpty(own)) return undefined;
      const globalImage = read.mapAt(scope.root, INHERITED_IMAGE);
      if (!globalImage || globalImage === map) return undefined;
      const parent = MAP_SHAPES[1]!.recognise({ ...view, map: globalImage, path: [...INHERITED_IMAGE] });
      if (!parent) return undefined;
      const slots = parent.comp.slots.map((s) => ({
        ...s,
        label: `${INHERITED_IMAGE.join(".")}.${s.label}`,
        shared: true,
      }));
      const ownTag = tagAndDigest(view, TAG_KEYS);
      const td: TagDigest = {
        tag: ownTag.tag ?? parent.comp.tag,
        digest: ownTag.digest ?? parent.comp.digest,
        nameSuffix: parent.comp.nameSuffix,
        chartTag: true,
        labels: ownTag.tag ? ownTag.labels : parent.comp.tag ? [`${INHERITED_IMAGE.join(".")}.tag`] : [],
      };
      return build(
        view,
        view.path,
        slots,
        td,
        own.node,
        [NAME_KEYS.repository],
        [`repository inherited from ${INHERITED_IMAGE.join(".")}`],
      );
    },
  },
];

/** The image a map holds, if it is an image map. */
export function recogniseMap(view: MapView): Unit | undefined {
  for (const shape of MAP_SHAPES) {
    const unit = shape.recognise(view);
    if (unit) return unit;
  }
  return undefined;
}
