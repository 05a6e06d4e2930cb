import { expect } from "vitest";
import type { Settings } from "../../src/config/types.js";
import { applyEdits } from "../../src/edit/index.js";
import { planContext, planFile } from "../../src/engine/index.js";
import type { Finding } from "../../src/engine/types.js";
import type { ChartInfo } from "../../src/locate/helm/chart.js";
import type { LearnedComposition, PartSource } from "../../src/locate/helm/learned.js";
import { format, parseNormalized } from "../../src/reference/index.js";
import { createResolver } from "../../src/resolver/index.js";
import type { Resolution } from "../../src/resolver/types.js";
import { changedScalars } from "../helpers/compare.js";
import { testSettings } from "../helpers/settings.js";

/**
 * How Helm values compose an image, case by case (issue 17 "Helm", issue 12 chart-wide registry
 * keys and `pin`): each case asserts the reference composed before, that after `fix` the same field
 * composes exactly resolve(before), that only the edited scalars changed, and that a second fix
 * changes nothing. A case with `reported` asserts the finding and that nothing is written.
 */

export interface Case {
  title: string;
  values: string;
  chart?: ChartInfo;
  settings?: Settings;
  /** Field of the image (the finding's `field`). */
  field: string;
  /** The reference the chart renders from these values. */
  before: string;
  /** Scalars expected to change (their new values), in file order; default: whatever the plan does. */
  changed?: string[];
  /** The finding must be reported (not rewritten) with a message matching this. */
  reported?: RegExp;
  /** Simulate `pin: true`: the resolver's output carries this digest (as from the lock). */
  pinDigest?: string;
  /** With `pinDigest`: the shape has no place for it; the finding says so, matching this. */
  unpinned?: RegExp;
  /** Extra assertion on the findings of the first run. */
  also?: (findings: Finding[]) => void;
}

/** A resolver whose rewrites carry `digest` (what `pin: true` does with a lock entry). */
function pinning<R extends { resolve(input: string): Resolution }>(resolver: R, digest?: string): R {
  if (!digest) return resolver;
  return {
    ...resolver,
    resolve(input: string): Resolution {
      const r = resolver.resolve(input);
      if (r.status !== "rewrite" || !r.output || input.includes("@")) return r;
      return { ...r, output: `${r.output}@${digest}` };
    },
  };
}

function normalized(ref: string): string {
  const p = parseNormalized(ref);
  return p.ok ? format(p.ref) : ref;
}

/** The reference a learned composition renders from plain values: an oracle independent of the locator. */
export function render(c: LearnedComposition, values: unknown): string {
  const at = (path: readonly string[]): string => {
    let cur: unknown = values;
    for (const k of path)
      cur = cur && typeof cur === "object" ? (cur as Record<string, unknown>)[k] : undefined;
    return cur === null || cur === undefined ? "" : String(cur);
  };
  const first = (sources: readonly PartSource[] | undefined): string => {
    for (const s of sources ?? []) {
      const v = "literal" in s ? s.literal : at(s.values);
      if (v !== "") return v;
    }
    return "";
  };
  let out =
    c.name
      .map(first)
      .filter((v) => v !== "")
      .join("/") + (c.nameSuffix ?? "");
  const digest = first(c.digest);
  const tag = first(c.tag);
  if (tag && !(digest && c.digestReplacesTag)) out += `:${tag}`;
  if (digest) out += `@${c.digestPrefix ?? ""}${digest}`;
  return out;
}

export function runCase(c: Case): void {
  const settings = c.settings ?? testSettings();
  const resolver = pinning(createResolver(settings), c.pinDigest);
  const ctx = planContext(settings, resolver, "fix");
  const plan = planFile("values.yaml", c.values, "helm-values", ctx, c.chart);
  const finding = plan.findings.find((f) => f.field === c.field && f.from !== undefined);
  expect(finding, `no finding for ${c.field}: ${JSON.stringify(plan.findings)}`).toBeDefined();
  expect(normalized(finding!.from!)).toBe(normalized(c.before));
  c.also?.(plan.findings);
  if (c.reported) {
    expect(finding!.kind).not.toBe("rewrite");
    expect(finding!.severity).not.toBe("info");
    expect(finding!.message).toMatch(c.reported);
    const owned = new Set(plan.editFindings.flat());
    expect(owned.has(plan.findings.indexOf(finding!))).toBe(false);
    return;
  }
  // A chart-wide registry is a repository prefix: what the resolver does to any image under it.
  const prefix = finding!.shape === "chart-wide registry";
  const probe = "/mirrorize/probe";
  const asked = resolver.resolve(prefix ? `${c.before}${probe}` : c.before);
  const want = prefix && asked.output ? { ...asked, output: asked.output.slice(0, -probe.length) } : asked;
  expect(want.status).toBe("rewrite");
  expect(finding!.kind, finding!.message).toBe("rewrite");
  // check says exactly what fix writes (pin included, or plainly not).
  const checkCtx = planContext(settings, resolver, "check");
  const checked = planFile("values.yaml", c.values, "helm-values", checkCtx, c.chart);
  const checkFinding = checked.findings.find((f) => f.field === c.field && f.from !== undefined);
  expect(checkFinding?.to).toBe(finding!.to);
  let output = want.output!;
  if (c.unpinned) {
    output = output.slice(0, output.indexOf("@"));
    expect(finding!.severity).toBe("warning");
    expect(finding!.message).toMatch(c.unpinned);
    expect(checkFinding!.message).toMatch(c.unpinned);
  }
  expect(finding!.to).toBe(output);
  if (prefix) expect(asked.output).toBe(`${output}${probe}`);
  const after = applyEdits(c.values, plan.edits);
  // Only scalars changed, and exactly the expected ones.
  const changed = changedScalars(c.values, after);
  if (c.changed) expect(changed.map((x) => String(x.after))).toEqual(c.changed);
  // After the fix, the same field composes resolve(before), and nothing is left to do.
  const replan = planFile("values.yaml", after, "helm-values", ctx, c.chart);
  const again = replan.findings.find((f) => f.field === c.field);
  expect(again?.from && normalized(again.from)).toBe(normalized(output));
  expect(again?.kind).toBe("already-mirrored");
  expect(replan.edits).toEqual([]);
}
