import { isMap, parseDocument, type YAMLMap } from "yaml";
import type { Settings } from "../../config/types.js";
import type { CompiledSpec } from "../field-specs.js";
import { parseChartInfo } from "../helm/chart.js";
import { locateHelmValues } from "../helm/index.js";
import { stringOf } from "../yaml-nodes.js";
import type { ChartTemplates, ChartTexts } from "./chart.js";
import { fromJs } from "./eval.js";
import { parseTemplate } from "./syntax.js";

/**
 * What a chart's templates are located with: its values (as `.Values`), Chart.yaml, the named
 * templates of its helper files, and which values keys the Helm values locator already finds as
 * images. Unreadable parts contribute nothing (a template is then read with less knowledge).
 */
export function chartTemplates(
  texts: ChartTexts,
  settings: Settings,
  specs: readonly CompiledSpec[],
): ChartTemplates {
  const out: ChartTemplates = { helpers: [], covered: () => false };
  if (texts.chartYaml !== undefined) {
    const doc = parseDocument(texts.chartYaml, { prettyErrors: false });
    if (doc.errors.length === 0 && isMap(doc.contents)) {
      const root = doc.contents as YAMLMap;
      const scalar = (k: string) => {
        const v = root.get(k);
        return v === undefined || v === null ? undefined : String(v);
      };
      out.chart = {
        name: stringOf(root, "name"),
        version: scalar("version"),
        appVersion: scalar("appVersion"),
      };
    }
  }
  if (texts.valuesYaml !== undefined) {
    const doc = parseDocument(texts.valuesYaml, { prettyErrors: false, uniqueKeys: true });
    if (doc.errors.length === 0) {
      let js: unknown;
      try {
        js = doc.toJS({ maxAliasCount: 100 });
      } catch {
        js = undefined;
      }
      if (js !== undefined) out.values = fromJs(js, "");
      out.valuesFile = texts.valuesFile;
      const chart = texts.chartYaml !== undefined ? parseChartInfo(texts.chartYaml) : undefined;
      const sites = locateHelmValues(doc, {
        text: texts.valuesYaml,
        doc,
        role: "helm-values",
        specs,
        settings,
        ...(chart ? { chart } : {}),
      });
      const fields = sites.map((s) => s.field);
      const shapeParts = new Set(sites.flatMap((s) => (s.shape ?? "").split("+")));
      out.covered = (path) =>
        shapeParts.has(path) ||
        fields.some((f) => f === path || path.startsWith(`${f}.`) || f.startsWith(`${path}.`));
    }
  }
  for (const h of texts.helpers) {
    out.helpers.push({ ...h, defines: parseTemplate(h.text, h.source).defines });
  }
  return out;
}
