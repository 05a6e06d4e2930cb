export type { ChartTemplates, ChartTexts, HelperFile } from "./chart.js";
export { chartTemplates } from "./context.js";
export { learnCompositions } from "./learn.js";
export {
  fixedName,
  locateTemplate,
  maskTemplate,
  parseMasked,
  type TemplateContext,
  type TemplateLocation,
} from "./locate.js";
