import type { Edit } from "../edit/types.js";
import type { ImageReference } from "../reference/types.js";

/** Where a reference was found. */
export type SiteSource =
  | "kubernetes" // a field of a Kubernetes object (containers[].image, CRD field specs, user field specs)
  | "kustomization" // kustomization.yaml `images:`
  | "helm" // a Helm values file
  | "embedded" // Helm values embedded in another object (HelmRelease, Argo CD Application, ...)
  | "arg" // a `--x-image=REF` flag in args/command (report-only unless `embedded: rewrite`)
  | "env" // an env value of a var named *IMAGE* (report-only unless `embedded: rewrite`)
  | "dockerfile" // a Dockerfile / Containerfile (FROM, COPY --from, RUN --mount from, # syntax)
  | "compose" // a Compose file's services
  | "workflow" // a GitHub Actions workflow (job containers, services, docker:// steps)
  | "kubeadm" // a kubeadm ClusterConfiguration imageRepository (a repository prefix)
  | "chart" // Chart.yaml annotations (artifacthub.io/images)
  | "config"; // ConfigMap data an operator reads (report-only unless `embedded: rewrite`)

/** A range of the file text. */
export interface Span {
  start: number;
  end: number;
}

export type RewritePlan =
  /**
   * `at` is the span of the scalar that changes (findings point there). `wrote`: the reference the
   * edits make the file render, when it is not the one asked for (a pinned digest the shape has no
   * place for), with `notice` saying why; check and fix report the same.
   */
  | {
      ok: true;
      edits: Edit[];
      at: Span;
      wrote?: string;
      notice?: string;
      /** Edits of a knob shared by several images (index into `edits` → its key), for conflict messages. */
      shared?: Record<number, string>;
    }
  /** The site cannot be edited safely (block scalar, alias use site, multi-line plain, ...). */
  | { ok: false; reason: string; at: Span };

/** One image reference found in a file, with the knowledge of how to rewrite it. */
export interface ImageSite {
  source: SiteSource;
  /** Path of the field in the document, e.g. `spec.template.spec.containers[0].image`. */
  field: string;
  /** The reference as the file composes it (for Helm maps: registry + repository + tag + digest). */
  ref: string;
  /** Shape label for Helm values (e.g. `registry+repository+tag`), undefined for plain fields. */
  shape?: string;
  /** The scalar findings point at when nothing changes. */
  span: Span;
  /** True for references that are rewritten only with `embedded: rewrite` (args, env). */
  optIn?: boolean;
  /** Plan the edits that make this site compose `to` (parsed) / `text` (its fully qualified string). */
  rewrite(to: ImageReference, text: string): RewritePlan;
  /**
   * A site whose reference is incomplete (a Helm map that only overrides a tag): reported, never rewritten.
   */
  partial?: boolean;
  /**
   * Set when the file does not tell how the image is composed (a Helm registry computed in the
   * chart's templates, an ambiguous shape): what is missing and how to tell mirrorize. Reported at
   * error severity and never rewritten; `ref` is then only the likeliest reading.
   */
  unknown?: string;
  /** Extra note for the finding (e.g. "tag is taken from the chart's appVersion"). */
  note?: string;
  /**
   * For an alias use site (`image: *img`): the span of the anchored value. When that value is itself
   * a site, the alias follows its rewrite and is not reported separately.
   */
  follows?: Span;
  /**
   * A chart value the rewrite depends on (a Bitnami chart refuses images from another registry
   * unless `global.security.allowInsecureImages: true`). Reported once per file when a site that
   * needs it is rewritten or already mirrored.
   */
  needs?: ChartSetting;
  /**
   * For a repository prefix (kubeadm `imageRepository`): `ref` is the prefix, and the resolver is
   * asked about `ref/probe`; the prefix it maps to is the answer without `/probe`.
   */
  prefixProbe?: string;
}

/** A value a chart needs set for its rewritten images to render (see `ImageSite.needs`). */
export interface ChartSetting {
  /** Dotted key in the values, e.g. `global.security.allowInsecureImages`. */
  key: string;
  value: string;
  /** Where the finding points: the existing key, or the map it would be added to. */
  span: Span;
  /** Why, and what to do, for the finding (one or two sentences). */
  message: string;
  /**
   * The edits that set it, present only when the config lets `fix` set it
   * (`helm.allowInsecureImages: true`); otherwise the setting is only reported.
   */
  edits?: Edit[];
}

/** A user or built-in field spec: where images live in objects of a kind. */
export interface FieldSpec {
  kind: string;
  /** API group (`monitoring.coreos.com`); empty for core; undefined matches any group. */
  group?: string;
  /**
   * Slash- or dot-separated path; `[]` marks a list (`spec/templates[]/container/image`).
   * `*` matches any key at one level, `**` any depth.
   */
  path: string;
  /**
   * What the value holds: a reference (default), or an image override `[name=]reference` as in
   * Argo CD's `kustomize.images`, where only the reference part is rewritten.
   */
  format?: "reference" | "name=reference" | "hub";
}
