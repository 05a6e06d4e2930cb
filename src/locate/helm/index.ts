import type { Document } from "yaml";
import type { LocateContext } from "../context.js";
import type { ImageSite } from "../types.js";
import { locateValues } from "./values.js";

export {
  type ChartDependency,
  type ChartInfo,
  chartInfoOf,
  dependsOnBitnamiCommon,
  parseChartInfo,
} from "./chart.js";
export {
  type LearnedComposition,
  type LearnedCompositions,
  type PartSource,
  pathKey,
} from "./learned.js";
export { locateValues, type ValuesTree } from "./values.js";

/** Image sites of a Helm values document (every shape of research/shapes.md §1). */
export function locateHelmValues(doc: Document, ctx: LocateContext): ImageSite[] {
  return locateValues({
    text: ctx.text,
    doc,
    root: doc.contents,
    base: [],
    source: "helm",
    settings: ctx.settings,
    chart: ctx.chart,
  });
}
