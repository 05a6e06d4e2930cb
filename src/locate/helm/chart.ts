import { type Document, isMap, isSeq, parseDocument, type YAMLMap } from "yaml";
import { stringOf } from "../yaml-nodes.js";
import type { LearnedCompositions } from "./learned.js";

/** A dependency of a chart (Chart.yaml `dependencies`, requirements.yaml, Chart.lock). */
export interface ChartDependency {
  name: string;
  repository?: string;
  /** The key its values sit under in the parent's values, when not its name. */
  alias?: string;
}

/** What the locator needs to know about the chart a values file belongs to. */
export interface ChartInfo {
  name?: string;
  dependencies: ChartDependency[];
  /**
   * How the chart composes its images, learned from its templates (src/locate/template/): decides
   * over the shape tables for the values paths it names (see `LearnedComposition` in learned.ts).
   */
  compositions?: LearnedCompositions;
}

/**
 * Read a chart's name and dependencies from the texts of its Chart.yaml and, when present, its
 * Chart.lock or requirements.yaml (Helm 2 charts list dependencies there). Unreadable or invalid
 * texts contribute nothing: this is a hint, never an error.
 */
export function parseChartInfo(chartYaml: string | undefined, ...others: (string | undefined)[]): ChartInfo {
  return chartInfoOf(
    [chartYaml, ...others].map((text) =>
      text === undefined ? undefined : parseDocument(text, { prettyErrors: false }),
    ),
  );
}

/**
 * `parseChartInfo` from the texts already parsed: one document each (undefined: no such file; a text
 * of several documents or with errors contributes nothing, as `parseDocument` has it).
 */
export function chartInfoOf(docs: readonly (Document | undefined)[]): ChartInfo {
  const info: ChartInfo = { dependencies: [] };
  const seen = new Set<string>();
  docs.forEach((doc, i) => {
    if (doc === undefined) return;
    if (doc.errors.length > 0 || !isMap(doc.contents)) return;
    const root = doc.contents as YAMLMap;
    if (i === 0) info.name = stringOf(root, "name");
    const deps = root.get("dependencies", true);
    if (!isSeq(deps)) return;
    for (const item of deps.items) {
      if (!isMap(item)) continue;
      const name = stringOf(item as YAMLMap, "name");
      if (!name) continue;
      const repository = stringOf(item as YAMLMap, "repository");
      const alias = stringOf(item as YAMLMap, "alias");
      const key = `${name}\u0000${repository ?? ""}\u0000${alias ?? ""}`;
      if (seen.has(key)) continue;
      seen.add(key);
      info.dependencies.push({
        name,
        ...(repository === undefined ? {} : { repository }),
        ...(alias === undefined ? {} : { alias }),
      });
    }
  });
  return info;
}

/**
 * Does the chart depend on Bitnami's `common` library chart (whose `common.errors.insecureImages`
 * fails the render when an image comes from another registry)? Every Bitnami chart does, so a
 * dependency on any chart from a Bitnami repository counts too.
 */
export function dependsOnBitnamiCommon(chart: ChartInfo | undefined): boolean {
  return chart?.dependencies.some((d) => /bitnami/i.test(d.repository ?? "")) ?? false;
}
