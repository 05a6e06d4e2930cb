import { isMap, isScalar, type Scalar, type YAMLMap } from "yaml";
import { replaceScalar, spanOf } from "./scalar-site.js";
import type { ImageSite } from "./types.js";
import { isStringScalar, nodeAt, pairOf, stringOf } from "./yaml-nodes.js";

const KUBEADM_API = /^kubeadm\.k8s\.io\//;

/** Is this map a kubeadm `ClusterConfiguration` (v1beta3, v1beta4, …)? */
export function isClusterConfiguration(root: YAMLMap): boolean {
  return (
    stringOf(root, "kind") === "ClusterConfiguration" && KUBEADM_API.test(stringOf(root, "apiVersion") ?? "")
  );
}

/**
 * The repository prefixes of a kubeadm `ClusterConfiguration`: `imageRepository` (kube-apiserver,
 * controller-manager, scheduler, proxy, pause, and etcd / CoreDNS unless set below),
 * `etcd.local.imageRepository` and `dns.imageRepository`. They are not images: kubeadm appends the
 * component names, so each is resolved as `prefix/component` and the rules' strategy decides the new
 * prefix (`flatten` maps registry.k8s.io to one flat repository such as
 * registry.aliyuncs.com/google_containers). `imageTag` and `kubernetesVersion` are tags, not images.
 */
export function locateKubeadm(root: YAMLMap, text: string): ImageSite[] {
  const sites: ImageSite[] = [];
  const add = (node: unknown, field: string, probe: string, shape: string, note: string) => {
    if (!isStringScalar(node) || node.value.trim() === "") return;
    const span = spanOf(node);
    // The value as written (a kubeadm config rendered from a template is parsed with the template masked).
    const written = text.slice(span.start, span.end);
    const ref = node.type === "PLAIN" ? written : written.slice(1, -1);
    sites.push({
      source: "kubeadm",
      field,
      ref: ref === node.value || /[{}]/.test(ref) ? ref : node.value,
      shape,
      span,
      prefixProbe: probe,
      note,
      rewrite: (_to, toText) => replaceScalar(text, node as Scalar, toText),
    });
  };
  if (pairOf(root, "imageRepository") === undefined) {
    const missing = defaultRepositorySite(root, text);
    if (missing) sites.push(missing);
  }
  add(
    nodeAt(root, "imageRepository"),
    "imageRepository",
    "kube-apiserver",
    "kubeadm-imageRepository",
    "a repository prefix: kubeadm pulls the control-plane images from it",
  );
  const dns = nodeAt(root, "dns");
  if (isMap(dns))
    add(
      nodeAt(dns as YAMLMap, "imageRepository"),
      "dns.imageRepository",
      "coredns",
      "kubeadm-dns-imageRepository",
      "a repository prefix: kubeadm pulls coredns from it",
    );
  const etcd = nodeAt(root, "etcd");
  const local = isMap(etcd) ? nodeAt(etcd as YAMLMap, "local") : undefined;
  if (isMap(local))
    add(
      nodeAt(local as YAMLMap, "imageRepository"),
      "etcd.local.imageRepository",
      "etcd",
      "kubeadm-etcd-imageRepository",
      "a repository prefix: kubeadm pulls etcd from it",
    );
  return sites;
}

/** What kubeadm uses when `imageRepository` is not set. */
const KUBEADM_DEFAULT_REPOSITORY = "registry.k8s.io";

/**
 * A ClusterConfiguration without `imageRepository` pulls the control plane from registry.k8s.io:
 * that default is a site too, pointing at `kind:`, and its rewrite adds `imageRepository: <mirror>`
 * on the line after `kind: ClusterConfiguration`, at the same indentation (block maps only).
 */
function defaultRepositorySite(root: YAMLMap, text: string): ImageSite | undefined {
  const kind = pairOf(root, "kind");
  const key = kind?.key;
  const value = kind?.value;
  if (!isScalar(key) || !isScalar(value) || root.flow) return undefined;
  const keySpan = spanOf(key);
  const span = spanOf(value);
  const lineStart = text.lastIndexOf("\n", keySpan.start - 1) + 1;
  const indent = text.slice(lineStart, keySpan.start);
  const lineEnd = text.indexOf("\n", span.end);
  return {
    source: "kubeadm",
    field: "imageRepository",
    ref: KUBEADM_DEFAULT_REPOSITORY,
    shape: "kubeadm-imageRepository-default",
    span,
    prefixProbe: "kube-apiserver",
    note: "imageRepository is not set, so kubeadm pulls the control plane from registry.k8s.io",
    rewrite: (_to, toText) => {
      if (!/^[ \t]*$/.test(indent)) {
        return { ok: false, reason: "imageRepository cannot be added here; add it by hand", at: span };
      }
      const crlf = lineEnd < 0 ? text.includes("\r\n") : text[lineEnd - 1] === "\r";
      const eol = crlf ? "\r\n" : "\n";
      const at = lineEnd < 0 ? text.length : crlf ? lineEnd - 1 : lineEnd;
      return {
        ok: true,
        edits: [{ start: at, end: at, text: `${eol}${indent}imageRepository: ${toText}` }],
        at: span,
      };
    },
  };
}
