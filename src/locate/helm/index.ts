import type { Document } from "yaml";
import type { LocateContext } from "../context.js";
import type { ImageSite } from "../types.js";

/**
 * Image sites of a Helm values document (every shape of research/shapes.md §1).
 * Placeholder until the Helm values locator lands: finds nothing.
 */
export function locateHelmValues(_doc: Document, _ctx: LocateContext): ImageSite[] {
  return [];
}
