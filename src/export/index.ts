/**
 * `mirrorize export`: the same rules (and, for sync lists, the same scanned references) as node runtime
 * mirror configuration, copy lists and update-bot aliases. Pure: returns files and findings; the CLI and
 * the Action write them.
 */
import type { Settings } from "../config/types.js";
import {
  exportContainerd,
  exportDocker,
  exportK3s,
  exportRegistriesConf,
  exportRenovate,
} from "./runtime.js";
import {
  exportCrane,
  exportHauler,
  exportImageSyncer,
  exportRegsync,
  exportSkopeoSync,
  exportZarf,
} from "./sync-lists.js";
import type { ExportFormat, ExportInput, ExportResult, FormatSource } from "./types.js";

export { CONTAINERD_CERTS_D } from "./runtime.js";
export type {
  ExportFile,
  ExportFinding,
  ExportFormat,
  ExportInput,
  ExportResult,
  FormatSource,
} from "./types.js";

interface FormatSpec {
  source: FormatSource;
  /** What it writes, for help and the README. */
  writes: string;
  build: (input: ExportInput) => ExportResult;
}

/** Every format, as data: what it is made from and what it writes. */
export const EXPORT_FORMATS: Record<ExportFormat, FormatSpec> = {
  containerd: {
    source: "rules",
    writes: "certs.d/<host>/hosts.toml per upstream host + config_path snippets for 1.x and 2.x",
    build: exportContainerd,
  },
  docker: { source: "rules", writes: "daemon.json registry-mirrors (Docker Hub only)", build: exportDocker },
  "cri-o": {
    source: "rules",
    writes: "registries.conf v2 [[registry]] + [[registry.mirror]] (CRI-O, podman, skopeo)",
    build: exportRegistriesConf,
  },
  k3s: { source: "rules", writes: "registries.yaml mirrors.<host>.endpoint + rewrite", build: exportK3s },
  renovate: { source: "rules", writes: "renovate.json registryAliases", build: exportRenovate },
  "skopeo-sync": {
    source: "references",
    writes: "skopeo sync --src yaml file(s), one per destination",
    build: exportSkopeoSync,
  },
  "image-syncer": { source: "references", writes: "image-syncer images.yaml", build: exportImageSyncer },
  regsync: { source: "references", writes: "regsync.yaml", build: exportRegsync },
  crane: { source: "references", writes: "crane-copy.sh (crane copy SRC DST)", build: exportCrane },
  hauler: {
    source: "references",
    writes: "hauler.yaml (content.hauler.cattle.io/v1 Images)",
    build: exportHauler,
  },
  zarf: { source: "references", writes: "zarf.yaml (components[].images)", build: exportZarf },
};

/** Other names of a format. */
export const FORMAT_ALIASES: Record<string, ExportFormat> = { podman: "cri-o", rke2: "k3s" };

/** The format a name means (aliases resolved), or undefined. */
export function exportFormat(name: string): ExportFormat | undefined {
  const lower = name.toLowerCase();
  if (Object.hasOwn(EXPORT_FORMATS, lower)) return lower as ExportFormat;
  return FORMAT_ALIASES[lower];
}

/** Every accepted name, for messages: `containerd, docker, cri-o (podman), ...`. */
export function formatNames(): string {
  return (Object.keys(EXPORT_FORMATS) as ExportFormat[])
    .map((f) => {
      const aliases = Object.entries(FORMAT_ALIASES)
        .filter(([, to]) => to === f)
        .map(([alias]) => alias);
      return aliases.length > 0 ? `${f} (${aliases.join(", ")})` : f;
    })
    .join(", ");
}

/** Build one format's files and findings. */
export function buildExport(format: ExportFormat, input: ExportInput): ExportResult {
  return EXPORT_FORMATS[format].build(input);
}

/** The export input for `settings` (and the scan's findings, for the sync lists). */
export function exportInput(
  settings: Pick<Settings, "rules" | "exclude" | "registries" | "pin">,
  findings?: ExportInput["findings"],
): ExportInput {
  return {
    rules: settings.rules,
    exclude: settings.exclude,
    insecure: settings.registries?.insecure ?? [],
    pin: settings.pin,
    findings,
  };
}
export { OutputError, type OutputReport, outputPaths, writeExport } from "./output.js";
