/**
 * Values that look like image references but are templates or placeholders. They are never rewritten;
 * the resolver reports them as `skipped` with the reason returned here.
 */

interface PlaceholderPattern {
  test: (value: string) => boolean;
  reason: string;
}

const PATTERNS: PlaceholderPattern[] = [
  { test: (v) => v.trim() === "", reason: "the value is empty" },
  {
    test: (v) => v.includes("{{") || v.includes("}}"),
    reason: "the value is a Go/Helm template ({{ ... }})",
  },
  // biome-ignore lint/suspicious/noTemplateCurlyInString: describes the literal text ${...}
  { test: (v) => v.includes("${"), reason: "the value holds a shell/envsubst variable (${...})" },
  { test: (v) => v.includes("$("), reason: "the value holds a Kubernetes/Tekton variable ($(...))" },
  { test: (v) => /\$[A-Za-z_]/.test(v), reason: "the value holds a shell variable ($NAME)" },
  { test: (v) => v.startsWith("ko://"), reason: "the value is a ko build path (ko://...)" },
  {
    test: (v) => v.includes("{") || v.includes("}"),
    reason: "the value holds a {placeholder} (kustomize setter or Bazel stamp)",
  },
  { test: (v) => v === "auto", reason: 'the value is Istio\'s injection placeholder "auto"' },
];

/** Why `value` is a template or placeholder rather than a reference, or undefined when it is not one. */
export function placeholderReason(value: string): string | undefined {
  for (const pattern of PATTERNS) {
    if (pattern.test(value)) return pattern.reason;
  }
  return undefined;
}
