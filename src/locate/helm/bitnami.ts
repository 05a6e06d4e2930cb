import { isMap, isScalar, type Node, type YAMLMap } from "yaml";
import type { Settings } from "../../config/types.js";
import { spanOf } from "../scalar-site.js";
import type { ChartSetting } from "../types.js";
import { formatPath, type NodePath, pairOf } from "../yaml-nodes.js";
import { type ChartInfo, dependsOnBitnamiCommon } from "./chart.js";
import { appendToMap } from "./edit.js";

/** The value Bitnami's `common.errors.insecureImages` checks (bitnami/charts `_errors.tpl`). */
export const ALLOW_INSECURE_IMAGES = ["global", "security", "allowInsecureImages"] as const;
const KEY = ALLOW_INSECURE_IMAGES.join(".");

const REASON =
  "This chart uses Bitnami's common library, which refuses to render images from another registry";

/**
 * The `global.security.allowInsecureImages: true` a Bitnami chart needs once its images come from a
 * mirror; undefined when the chart is not a Bitnami one or the value is already true. A chart counts
 * as Bitnami when it depends on `common` from a Bitnami repository, or when its values already
 * carry the key. `base` is where the values sit in the file (the setting's `key` is its full path).
 * With `helm.allowInsecureImages: true` in the config, the setting comes with the edits that set it
 * (the `false` scalar replaced, or the key added byte-preservingly).
 */
export function bitnamiSetting(
  text: string,
  root: YAMLMap,
  base: NodePath,
  settings: Settings,
  chart: ChartInfo | undefined,
): ChartSetting | undefined {
  const globalPair = pairOf(root, "global");
  const global = isMap(globalPair?.value) ? (globalPair.value as YAMLMap) : undefined;
  const securityPair = global ? pairOf(global, "security") : undefined;
  const security = isMap(securityPair?.value) ? (securityPair.value as YAMLMap) : undefined;
  const pair = security ? pairOf(security, "allowInsecureImages") : undefined;
  if (!pair && !dependsOnBitnamiCommon(chart)) return undefined;
  const node = pair?.value as Node | null | undefined;
  if (isScalar(node) && (node.value === true || node.value === "true")) return undefined;

  const anchor = (pair?.key ?? securityPair?.key ?? globalPair?.key ?? root.items[0]?.key) as
    | Node
    | undefined;
  const span = anchor ? spanOf(anchor) : { start: 0, end: 0 };
  const setting: ChartSetting = {
    key: formatPath([...base, ...ALLOW_INSECURE_IMAGES]),
    value: "true",
    span,
    message: `${REASON}: set \`${KEY}: true\` in the values (or \`helm.allowInsecureImages: true\` in the mirrorize config, and fix sets it).`,
  };
  if (!settings.helm.allowInsecureImages) return setting;
  const edit = (() => {
    if (isScalar(node) && node.range) {
      return { start: node.range[0], end: node.range[1], text: "true" };
    }
    if (pair) return undefined; // an alias or a collection: leave it to a person
    if (security)
      return appendToMap(text, security, ["allowInsecureImages: true"], "allowInsecureImages: true");
    if (securityPair) return undefined; // `security:` holds something that is not a map
    if (global) {
      return appendToMap(
        text,
        global,
        ["security:", "  allowInsecureImages: true"],
        "security: {allowInsecureImages: true}",
      );
    }
    if (globalPair) return undefined;
    return appendToMap(
      text,
      root,
      ["global:", "  security:", "    allowInsecureImages: true"],
      "global: {security: {allowInsecureImages: true}}",
    );
  })();
  if (edit) {
    setting.edits = [edit];
    setting.message = `${REASON}: fix sets \`${KEY}: true\` so that the mirrored images render.`;
  }
  return setting;
}
