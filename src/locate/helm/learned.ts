import type { YAMLMap } from "yaml";
import type { Composition, PinPlace, Slot } from "./compose.js";
import type { Part, ValuesReader } from "./read.js";
import { tailStart } from "./shapes.js";

/**
 * The hook through which a composition known from outside the shape tables decides how one image of
 * a values tree is put together: learned from the chart's templates (src/locate/template/), or
 * written by a user in the config. It is data (plain, structured-clone safe), keyed by the values
 * path of the image; when one is given for a path, the shape tables are not consulted for it.
 *
 * Paths are lists of keys from the root of the values tree being read (the values file's document,
 * or the embedded values map): `["controller", "image"]` for `.Values.controller.image`.
 */

/** Where one part of a reference comes from; in a list, the first non-empty one wins (`coalesce`). */
export type PartSource =
  /** A values key (`.Values.global.imageRegistry` is `["global", "imageRegistry"]`). */
  | { values: readonly string[] }
  /** Fixed text the template writes (a `default "docker.io"`, a fixed namespace). */
  | { literal: string };

/** How the chart composes one image: `name[0]/name[1]/…<nameSuffix>[:tag][@digest]`. */
export interface LearnedComposition {
  /** Values path of the image: the map (`controller.image`) or the string (`controllerImage`). */
  image: readonly string[];
  /** The name's segments, joined with `/`; a segment whose sources are all empty drops out. */
  name: readonly (readonly PartSource[])[];
  /** Fixed text after the name (`-chroot`). */
  nameSuffix?: string;
  tag?: readonly PartSource[];
  digest?: readonly PartSource[];
  /** Text the template writes before the digest value (`sha256:` for a hex-only `sha` key). */
  digestPrefix?: string;
  /** With a digest, the template leaves the tag out (Bitnami `common.images.image`). */
  digestReplacesTag?: boolean;
  /**
   * Set when a part of the reference does not come from the values (computed from `.Release`,
   * `.Capabilities`, a lookup, a helper we cannot follow): why. The image is reported, never rewritten.
   */
  computed?: string;
  /** Where it was learned, for messages (`templates/_helpers.tpl:12`, `mirrorize.yaml helm.images[0]`). */
  origin?: string;
}

/** The learned compositions of one values tree, by image path. */
export type LearnedCompositions = readonly LearnedComposition[];

/** The key of a values path in lookups (NUL cannot appear in a YAML key a chart reads). */
export function pathKey(path: readonly (string | number)[]): string {
  return path.map(String).join("\u0000");
}

/** Index learned compositions by their image path; a later entry for the same path wins. */
export function indexLearned(list: LearnedCompositions | undefined): Map<string, LearnedComposition> {
  const out = new Map<string, LearnedComposition>();
  for (const c of list ?? []) out.set(pathKey(c.image), c);
  return out;
}

interface Picked {
  value: string;
  /** The part that supplies the value, or the nearest values key before a literal (to edit). */
  part?: Part;
  label: string;
}

/** The first non-empty source of a list, and the scalar to edit to change it. */
function pick(sources: readonly PartSource[], root: YAMLMap, read: ValuesReader): Picked | undefined {
  let editable: { part: Part; label: string } | undefined;
  for (const s of sources) {
    if ("literal" in s) {
      if (s.literal !== "") {
        return { value: s.literal, ...(editable ?? { label: JSON.stringify(s.literal) }) };
      }
      continue;
    }
    const part = read.partAt(root, s.values);
    const label = s.values.join(".");
    if (part?.isString && part.value !== "") return { value: part.value, part, label };
    if (part && !editable) editable = { part, label };
  }
  return editable ? { value: "", ...editable } : undefined;
}

function under(path: readonly string[], prefix: readonly string[]): boolean {
  return prefix.length <= path.length && prefix.every((k, i) => path[i] === k);
}

/** The sources' label: the values key that supplied the value (or the first one listed). */
function firstLabel(sources: readonly PartSource[]): string {
  const s = sources.find((x) => "values" in x) ?? sources[0];
  if (!s) return "";
  return "values" in s ? s.values.join(".") : JSON.stringify(s.literal);
}

/** The composition a learned entry gives in this values tree, with the labels of its shape. */
export function composeLearned(
  learned: LearnedComposition,
  root: YAMLMap,
  read: ValuesReader,
): { comp: Composition; labels: string[] } {
  const slots: Slot[] = [];
  const labels: string[] = [];
  learned.name.forEach((sources, i) => {
    const got = pick(sources, root, read);
    const label = got?.label ?? firstLabel(sources);
    labels.push(label);
    const values = sources.find((s) => "values" in s && got?.label === s.values.join("."));
    const shared = values !== undefined && "values" in values && !under(values.values, learned.image);
    slots.push({
      label,
      value: got?.value ?? "",
      node: got?.part?.node,
      role: i === 0 && learned.name.length > 1 ? "host" : "path",
      ...(shared ? { shared: true } : {}),
    });
  });
  // The last segment may be a whole reference (`{{ .Values.image }}` = `nginx:1.25@sha256:…`): its
  // own tag and digest stay as an unchanging tail.
  let ownTag: string | undefined;
  let ownDigest: string | undefined;
  const last = slots[slots.length - 1];
  const cut = last ? tailStart(last.value) : -1;
  if (last && cut >= 0) {
    const tail = last.value.slice(cut);
    const at = tail.indexOf("@");
    ownTag = tail.startsWith(":") ? tail.slice(1, at < 0 ? undefined : at) : undefined;
    ownDigest = at >= 0 ? tail.slice(at + 1) : undefined;
    last.value = last.value.slice(0, cut);
    last.tail = tail;
  }
  const tag = learned.tag ? pick(learned.tag, root, read) : undefined;
  const digest = learned.digest ? pick(learned.digest, root, read) : undefined;
  if (tag?.value) labels.push(tag.label);
  if (digest?.value) labels.push(digest.label);
  const digestValue = digest?.value ? `${learned.digestPrefix ?? ""}${digest.value}` : ownDigest;
  // Where a pinned digest goes: the first digest key the template reads, else the image's own tag,
  // else the end of a whole-reference string.
  const pin: PinPlace[] = [];
  const digestKey = learned.digest
    ?.flatMap((src) => ("values" in src ? [{ src, part: read.partAt(root, src.values) }] : []))
    .find((x) => x.part?.isString);
  if (digestKey?.part) {
    pin.push({
      label: digestKey.src.values.join("."),
      node: digestKey.part.node,
      how: "digest",
      value: digestKey.part.value,
      ...(learned.digestPrefix ? { hexOnly: true } : {}),
    });
  }
  if (tag?.part && tag.value && under(tag.label.split("."), learned.image) && !tag.value.includes("@")) {
    pin.push({ label: tag.label, node: tag.part.node, how: "tag", value: tag.value });
  }
  if (last && !learned.tag && last.node)
    pin.push({ label: last.label, node: last.node, how: "tail", value: last.value });
  const comp: Composition = {
    slots,
    nameSuffix: learned.nameSuffix ?? "",
    tag: digestValue && learned.digestReplacesTag ? undefined : tag?.value || ownTag,
    digest: digestValue,
    ...(pin.length ? { pin } : {}),
  };
  return { comp, labels };
}
