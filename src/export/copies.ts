/**
 * The copy list behind every sync format: for each reference the scanned tree uses, the upstream
 * image and the mirror image it must exist as. References still upstream come from the scan's
 * rewrites; references already rewritten come back to their upstream through the rules (host and
 * prefix strategies; a flattened name cannot be traced back, and is reported). Always a tag or a
 * digest: an untagged source means "all tags" to skopeo and image-syncer, so it is `latest`, which
 * is what a node pulls.
 */
import type { Finding } from "../engine/types.js";
import { format, parse, parseNormalized } from "../reference/index.js";
import type { ImageReference } from "../reference/types.js";
import { quoted } from "../report/escape.js";
import type { Rule } from "../resolver/types.js";
import { byText, type PrefixRule, prefixRules } from "./rules.js";
import type { ExportFinding } from "./types.js";

export interface Copy {
  /** Fully qualified, normalised (`docker.io/library/nginx:1.25`). */
  source: ImageReference;
  /** The mirror image (`mirror.example/library/nginx:1.25`). */
  target: ImageReference;
}

export interface CopyList {
  copies: Copy[];
  findings: ExportFinding[];
}

const PROBLEM_KINDS = new Set(["parse-error", "file-error", "unsafe-edit", "invalid", "collision"]);

/** Every (upstream, mirror) pair the findings name, deduplicated and sorted. */
export function copyList(findings: readonly Finding[], rules: readonly Rule[]): CopyList {
  const model = prefixRules(rules, [], { shadowed: true });
  const out: ExportFinding[] = [];
  const pairs = new Map<string, Copy>();
  let untagged = 0;
  const add = (source: ImageReference, target: ImageReference) => {
    if (source.tag === undefined && source.digest === undefined) {
      untagged++;
      source = { ...source, tag: "latest" };
      target = { ...target, tag: "latest" };
    }
    pairs.set(`${format(source)} ${format(target)}`, { source, target });
  };
  const unreadable = new Set<string>();
  let prefixes = 0;
  for (const finding of findings) {
    if (finding.source === "kubeadm") {
      // A repository prefix (kubeadm imageRepository), not an image: kubeadm derives the images.
      if (finding.kind === "rewrite") prefixes++;
      continue;
    }
    if (finding.kind === "rewrite" && finding.from !== undefined && finding.to !== undefined) {
      const source = parseNormalized(finding.from);
      const target = parse(finding.to);
      if (source.ok && target.ok) add(source.ref, target.ref);
    } else if (finding.kind === "already-mirrored" && finding.from !== undefined) {
      const target = parse(finding.from);
      if (!target.ok) continue;
      const source = upstreamOf(target.ref, model.rules);
      if (source !== undefined) add(source, target.ref);
      else {
        out.push({
          severity: "warning",
          message: `${quoted(finding.file)}:${finding.line}: ${finding.from} is already on a mirror, but its upstream name cannot be traced back through the rules (${finding.rule ?? "no host or prefix rule"}): it is not in the list`,
        });
      }
    } else if (PROBLEM_KINDS.has(finding.kind) && finding.severity === "error") {
      unreadable.add(finding.file);
    }
  }
  if (prefixes > 0) {
    out.push({
      severity: "info",
      message: `${prefixes} kubeadm imageRepository prefix${prefixes === 1 ? " is" : "es are"} not listed (not images): list what kubeadm pulls with \`kubeadm config images list --config FILE\``,
    });
  }
  if (untagged > 0) {
    out.push({
      severity: "info",
      message: `${untagged} reference${untagged === 1 ? " has" : "s have"} neither a tag nor a digest: listed as :latest (what a node pulls), never as "all tags"`,
    });
  }
  if (unreadable.size > 0) {
    out.push({
      severity: "warning",
      message: `${unreadable.size} file${unreadable.size === 1 ? "" : "s"} had errors, so their images may be missing from the list (${[...unreadable].sort(byText).slice(0, 5).map(quoted).join(", ")}${unreadable.size > 5 ? ", ..." : ""}); run \`mirrorize check\``,
    });
  }
  const copies = [...pairs.entries()].sort((a, b) => byText(a[0], b[0])).map(([, copy]) => copy);
  return { copies, findings: out };
}

/** The upstream of a reference already under a mirror: the most specific endpoint it lives under. */
function upstreamOf(ref: ImageReference, rules: readonly PrefixRule[]): ImageReference | undefined {
  const name = `${ref.domain.toLowerCase()}/${ref.path}`;
  let best: { rule: PrefixRule; length: number } | undefined;
  for (const rule of rules) {
    for (const endpoint of rule.endpoints) {
      const prefix = endpoint.value;
      if (name.startsWith(`${prefix}/`) && (best === undefined || prefix.length > best.length)) {
        best = { rule, length: prefix.length };
      }
    }
  }
  if (best === undefined) return undefined;
  const rest = name.slice(best.length + 1);
  const source = parseNormalized(`${best.rule.source}/${rest}`);
  if (!source.ok) return undefined;
  return { ...source.ref, tag: ref.tag, digest: ref.digest };
}

/** `domain/path` of a reference. */
export function repository(ref: ImageReference): string {
  return `${ref.domain}/${ref.path}`;
}
