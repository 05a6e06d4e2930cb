/**
 * Key names Helm charts use for the parts of an image reference (research/shapes.md §1.1), as data.
 * The recognisers in `shapes.ts` read these tables; adding a chart convention means adding a row.
 */

/** A key whose value is an image: `image`, `initImage`, `thanosImage`, `inline_image`, ... */
export const IMAGE_KEY = /image$/i;

/** Keys that name the repository inside an image map, in order of precedence. */
export const NAME_KEYS = {
  /** cilium: a whole reference that replaces every other part. */
  override: "override",
  /** The common one; may or may not include the registry. */
  repository: "repository",
  /** ingress-nginx `controller.image.image`, tigera `tigeraOperator.image`, container-like maps. */
  image: "image",
  /** jupyterhub, linkerd, cert-manager ≥ 1.20 (relative to `imageRegistry`/`imageNamespace`). */
  name: "name",
} as const;

/** Keys that hold the tag inside an image map (or beside a string `image`), first non-empty wins. */
export const TAG_KEYS = ["tag", "version", "imageTag"] as const;

/** Tag keys beside a string image under another key: `controllerImage` + `controllerImageVersion`. */
export const SIBLING_TAG_SUFFIXES = ["Tag", "Version"] as const;

/**
 * Keys whose presence beside `repository` marks a map as an image map wherever it sits (`version`
 * is left out: `{chart, repository, version}` names a Helm chart, not an image).
 */
export const IMAGE_MAP_SIGNATURE = ["tag", "digest", "sha", "registry", "pullPolicy", "imagePullPolicy"];

/** Every key an image map is known to carry; a `name` map with other keys is not an image. */
export const IMAGE_MAP_KEYS = new Set([
  "registry",
  "repository",
  "repo",
  "image",
  "name",
  "tag",
  "version",
  "digest",
  "sha",
  "pullPolicy",
  "imagePullPolicy",
  "pullSecrets",
  "imagePullSecrets",
  "doNotCheckTag",
  "tagSuffix",
  "distroless",
  "variant",
  "suffix",
  "chroot",
  "digestChroot",
  "useDigest",
  "override",
  "debug",
]);

/**
 * Registry knobs outside the image map, relative to the scope root (the map that holds `global`).
 * `override`: applies to every image map. A set global and a set `registry` of the map's own: the
 * chart's templates decide which wins (Bitnami `common.images.image` `default .imageRoot.registry
 * .global.imageRegistry`, prometheus-community and grafana let the global win; others let the map's
 * own win), so that is reported unless the chart is one of `GLOBAL_REGISTRY_WINS`. An image map
 * without a `registry` key gets the global joined before its repository (`ghcr.io/org/project` +
 * `controller`), unless its repository names a registry itself (then it is reported). `default`:
 * used only when the map's own is empty or absent (ingress-nginx `global.image.registry`).
 */
export const REGISTRY_GLOBALS: readonly {
  path: readonly string[];
  precedence: "override" | "default";
}[] = [
  { path: ["global", "imageRegistry"], precedence: "override" },
  { path: ["privateRegistry", "registryUrl"], precedence: "override" },
  { path: ["global", "image", "registry"], precedence: "default" },
];

/** A registry key at any level above image maps (not `global.imageRegistry`, a `REGISTRY_GLOBALS` row). */
export const ANY_LEVEL_REGISTRY = "imageRegistry";

/**
 * Chart-wide registries that image maps with a relative `name` (+ `tag`) inherit: datadog's
 * top-level `registry:` (empty or null: computed from `datadog.site` in the templates).
 */
export const NAME_REGISTRIES: readonly (readonly string[])[] = [["registry"]];

/**
 * Registry keys that stand above the image maps (issue 12), relative to a scope root (the values
 * root, or a map holding `global`). One that no image map here uses is still rewritten, as a
 * repository prefix: the chart's own images (in its default values) are pulled through it.
 * `anyLevel`: a key of that name at any depth.
 */
export const CHART_WIDE_REGISTRIES: { paths: readonly (readonly string[])[]; anyLevel: readonly string[] } = {
  paths: [
    ["registry"],
    ["hub"],
    ["global", "hub"],
    ["global", "registry"],
    ["global", "image", "registry"],
    ["privateRegistry", "registryUrl"],
  ],
  anyLevel: [ANY_LEVEL_REGISTRY],
};

/**
 * Charts whose templates let the global registry win over a map's own (read in their templates):
 * any chart on Bitnami's `common` library (`common.images.image`), and these by name.
 */
export const GLOBAL_REGISTRY_WINS = {
  bitnamiCommon: true,
  charts: ["grafana", "kube-prometheus-stack", "prometheus-node-exporter", "kube-state-metrics", "longhorn"],
} as const;

/**
 * Keys that hold the repository of an image map besides `registry`, in order. `signature`: keys
 * that mark a map as an image map when it is not under an image key (`repo` + `tag` alone is as
 * likely a git source, so it needs a registry, digest or pull policy beside it).
 */
export const REPOSITORY_KEYS: readonly { key: string; signature?: readonly string[] }[] = [
  { key: "repository" },
  { key: "repo", signature: ["registry", "digest", "pullPolicy", "imagePullPolicy"] },
];

/**
 * istio: `image: pilot` is relative to `hub` (the component's own, else `global.hub`), with `tag`
 * and `variant` (own, else global). An image that contains `/` is a full reference.
 */
export const HUB = {
  hub: "hub",
  tag: "tag",
  variant: "variant",
  globalHub: ["global", "hub"],
  globalTag: ["global", "tag"],
  globalVariant: ["global", "variant"],
} as const;

/**
 * cert-manager ≥ 1.20: `image.name` is relative to top-level `imageRegistry` + `imageNamespace`
 * (unless `image.repository` is set); Strimzi-like charts follow the same idea.
 */
export const NAMESPACED_NAME = {
  registry: ["imageRegistry"],
  namespace: ["imageNamespace"],
} as const;

/** argo-cd: a component image map with an empty repository inherits `global.image`. */
export const INHERITED_IMAGE = ["global", "image"] as const;

/** Shared tags used when an image map's own tag is empty (argo-workflows `images.tag`). */
export const SHARED_TAGS: readonly (readonly string[])[] = [["images", "tag"]];

/** Switches and suffixes that change the rendered tag (only when there is a tag). */
export const TAG_MODIFIERS: readonly {
  key: string;
  apply(tag: string, value: string): string | undefined;
}[] = [
  // prometheus-community: `distroless: true` appends -distroless.
  { key: "distroless", apply: (tag, v) => (v === "true" ? `${tag}-distroless` : undefined) },
  // datadog: tagSuffix `full`, `jmx`.
  { key: "tagSuffix", apply: (tag, v) => (v ? `${tag}${v.startsWith("-") ? "" : "-"}${v}` : undefined) },
];

/** Digest keys: `digest` (full `sha256:...`) and `sha` (hex only in most charts, full in some). */
export const DIGEST_KEY = "digest";
export const SHA_KEY = "sha";

/**
 * cilium operator: the chart renders `<repository>-<cloud><suffix>` with the cloud's digest; the
 * generic build is the default. The map is recognised by its `genericDigest` key.
 */
export const CLOUD_VARIANT = {
  marker: "genericDigest",
  nameSuffix: "-generic",
  suffixKey: "suffix",
} as const;

/** ingress-nginx: `chroot: true` renders `<image>-chroot` with `digestChroot`. */
export const CHROOT = { flag: "chroot", nameSuffix: "-chroot", digestKey: "digestChroot" } as const;

/** cilium: `useDigest: false` drops the digest from the rendered reference. */
export const USE_DIGEST = "useDigest";
