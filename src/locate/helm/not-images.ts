import type { NodePath } from "../yaml-nodes.js";

/**
 * Values that look like images to the shape tables but are not container images (issue 12,
 * precision): decided from the value (a file name, a URL, a path) and from the context (the key, the
 * map it sits in). Data: adding a convention means adding a row.
 */

/** Maps whose entries are never images: metadata and selectors (`podAnnotations`, `commonLabels`, ...). */
export const NOT_IMAGE_PARENTS: readonly RegExp[] = [/annotations$/i, /labels$/i, /selector$/i];

/**
 * Maps below which nothing is an image: ConfigMap-like data (`configMap.data`, `extraConfigmaps`,
 * `stringData`), which the chart writes out as text for a program to read. (`data` alone is left
 * out: charts name components so, as in `data.image` of a database's data nodes.)
 */
export const NOT_IMAGE_ANCESTORS: readonly RegExp[] = [/config_?maps?$/i, /^(?:stringData|binaryData)$/];

/** Maps of user-interface settings, whose `image` is a picture: `icon.image: warning`. */
export const PICTURE_PARENTS =
  /^(?:icons?|logos?|avatars?|banners?|favicons?|headers?|backgrounds?|themes?|branding|splash|thumbnails?|ui)$/i;

/**
 * Keys of pictures: `logoImage`, `headerImage`, `backgroundImage`. Their value is taken as a
 * container image only when it carries a tag or a digest (`logoImage: static/logo.png` is not one).
 */
export const PICTURE_KEYS =
  /^(?:logo|header|banner|background|bg|icon|avatar|favicon|splash|thumbnail|cover|hero|profile|brand(?:ing)?|login|og|social|preview|placeholder|default(?:Avatar|Logo)|app(?:Logo|Icon))_?image$/i;

/** File extensions of pictures, documents and disk images: a last path segment ending so is a file. */
export const FILE_EXTENSIONS =
  /\.(?:png|jpe?g|gif|svg|webp|ico|bmp|tiff?|avif|heic|html?|css|pdf|txt|md|ya?ml|json|toml|ini|conf|cfg|qcow2|iso|vmdk|vhdx?|raw|img)$/i;

/** A URL (`https://…`, `data:…`) or a file path (`/x`, `./x`, `../x`, `~/x`) is not a reference. */
export const NOT_REFERENCE = /^(?:[a-z][a-z0-9+.-]*:\/\/|data:|\.{0,2}\/|~\/)/i;

/**
 * Is the image found at `path` (the string's key, or the image map's) with reference `ref` not a
 * container image? `key` is the key of the string holding it (for maps: the map's key).
 */
export function notAnImage(path: NodePath, ref: string): boolean {
  const key = path.at(-1);
  const parent = path.at(-2);
  if (typeof parent === "string") {
    if (NOT_IMAGE_PARENTS.some((re) => re.test(parent))) return true;
    if (PICTURE_PARENTS.test(parent)) return true;
  }
  for (const k of path.slice(0, -1)) {
    if (typeof k === "string" && NOT_IMAGE_ANCESTORS.some((re) => re.test(k))) return true;
  }
  const value = ref.trim();
  if (NOT_REFERENCE.test(value)) return true;
  const at = value.indexOf("@");
  const named = at >= 0 ? value.slice(0, at) : value;
  const slash = named.lastIndexOf("/");
  const colon = named.lastIndexOf(":");
  const tagged = at >= 0 || colon > slash;
  const last = (colon > slash ? named.slice(0, colon) : named).slice(slash + 1);
  if (FILE_EXTENSIONS.test(last)) return true;
  return typeof key === "string" && PICTURE_KEYS.test(key) && !tagged;
}
