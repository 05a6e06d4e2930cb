import type { Val } from "./eval.js";
import type { TNode } from "./syntax.js";

/** A helper file of a chart (`templates/_helpers.tpl`, ...) with the named templates it defines. */
export interface HelperFile {
  /** Its path, relative to the chart (also the source name of its text nodes). */
  source: string;
  text: string;
  defines: Map<string, TNode[]>;
}

/** What locating a chart's templates needs from the rest of the chart. */
export interface ChartTemplates {
  /** `.Values`: the chart's values.yaml (nil when it has none). */
  values?: Val;
  /** The values file, relative to the current directory, for messages. */
  valuesFile?: string;
  /** Chart.yaml. */
  chart?: { name?: string; version?: string; appVersion?: string };
  helpers: HelperFile[];
  /** Is this values key (dotted) part of an image mirrorize finds in the values file? */
  covered(path: string): boolean;
}

/** The texts a chart's templates are read with (the engine reads them; this stays pure). */
export interface ChartTexts {
  chartYaml?: string;
  valuesYaml?: string;
  valuesFile?: string;
  helpers: { source: string; text: string }[];
}
