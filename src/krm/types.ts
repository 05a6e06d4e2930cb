import type { Settings } from "../config/types.js";

/** The identity of a resource, as the KRM Functions Specification writes it in `results[].resourceRef`. */
export interface ResourceRef {
  apiVersion: string;
  kind: string;
  name: string;
  namespace?: string;
}

/** One entry of `results[]` in a ResourceList (KRM Functions Specification). */
export interface KrmResult {
  message: string;
  severity: "error" | "warning" | "info";
  resourceRef?: ResourceRef;
  /** The field the result is about, relative to the resource (`spec.template.spec.containers[0].image`). */
  field?: { path: string; currentValue?: string; proposedValue?: string };
  /** The file the resource came from, from the orchestrator's `path`/`index` annotations. */
  file?: { path: string; index?: number };
}

/** What the function answers: the text for stdout, lines for stderr and the exit code. */
export interface KrmOutput {
  /** A ResourceList (or, for the kustomize exec-plugin protocol, the resource stream); may be "". */
  stdout: string;
  /** Unstructured messages (one line each, without the newline). */
  stderr: string[];
  /** 0 unless an error result exists (or the input could not be read). */
  exitCode: number;
  /** The structured results (also written into the ResourceList). */
  results: KrmResult[];
  /**
   * Set (and nothing else is answered) when the settings ask for online verification or pinning:
   * the caller verifies these references and runs again with the resolutions.
   */
  verification?: { settings: Settings; references: string[] };
}
