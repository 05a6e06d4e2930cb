import type { Settings } from "../config/types.js";
import { BUILTIN_FIELD_SPECS, compilePath } from "../locate/field-specs.js";
import type { FileRole } from "../locate/index.js";

/**
 * Words at least one of which a manifest must contain to hold an image reference a locator can find:
 * `image` (every built-in field: `image`, `imageName`, `images[].image`, `--x-image=` flags, `*IMAGE*`
 * env vars), `containers` (args and env of containers written without an image, as in patches), and
 * the kinds and keys that embed Helm values, whose shapes need not say `image` at all, and the words
 * of files that name Helm values files (src/locate/values-files.ts).
 */
const MANIFEST_WORDS = [
  "image",
  "containers",
  "HelmRelease",
  "HelmChart",
  "Application",
  "valuesInline",
  "valuesObject",
  "valuesContent",
  // Files that name Helm values files elsewhere (helmfile releases; Argo CD and Flux are named above).
  "releases",
  // A kubeadm ClusterConfiguration without imageRepository pulls from kubeadm's default registry.
  "ClusterConfiguration",
];

/** A compiled text test; `undefined` for roles whose files are always parsed. */
export type Prefilter = Partial<Record<FileRole, RegExp>>;

/**
 * The cheap test that lets the engine skip parsing a file that cannot hold an image reference. It
 * never loses one: kustomizations and Helm values files are always parsed (their shapes are too many
 * to name), and manifests are skipped only when they contain none of the words above nor the last key
 * of any field spec of the config. A spec ending in `*` disables the test.
 */
export function compilePrefilter(settings: Pick<Settings, "fields">): Prefilter {
  const words = new Set(MANIFEST_WORDS);
  // The last key of every built-in field spec too (IstioOperator `spec.hub`).
  for (const spec of BUILTIN_FIELD_SPECS) {
    const last = compilePath(spec.path).at(-1);
    if (last && "key" in last) words.add(last.key);
  }
  for (const spec of settings.fields) {
    const last = compilePath(spec.path).at(-1);
    if (!last || !("key" in last)) return { ...SOURCES };
    words.add(last.key);
  }
  const pattern = [...words].map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|");
  return { ...SOURCES, manifest: new RegExp(pattern, "i") };
}

/**
 * The words the files of the other roles need to hold a reference their locators find: a Chart.yaml
 * is read only for its `artifacthub.io/images` annotation, a `kubeadm.conf` / `*.j2` only when it is
 * a kubeadm config.
 */
const SOURCES: Prefilter = {
  chart: /artifacthub\.io\/images/,
  kubeadm: /kubeadm\.k8s\.io/,
  dockerfile: /from|syntax/i,
  compose: /image/i,
  workflow: /image|container|docker:\/\//i,
};

/**
 * Escapes that can spell the words above in a way the text test cannot see: `\x69`, `\u0069`,
 * `\U00000069` in double-quoted YAML or JSON strings (`"\u0069mage"`), and an escaped line break
 * inside a double-quoted string (`"ima\` + newline + `ge"` is `image`). A file that has one is parsed.
 */
const SPELLING_ESCAPE = /\\(?:[xuU]|\r?\n)/;

/** May a file of this role with this text hold an image reference? */
export function mayHoldImage(text: string, role: FileRole, prefilter: Prefilter): boolean {
  const test = prefilter[role];
  return test === undefined || test.test(text) || SPELLING_ESCAPE.test(text);
}
