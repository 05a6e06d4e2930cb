import type { FileRole } from "./context.js";
import { dockerfileShape, locateDockerfile } from "./dockerfile/index.js";
import { maskJinja } from "./jinja.js";
import type { ImageSite } from "./types.js";

/**
 * How the files of a role are read: as YAML (optionally with template syntax masked first, keeping
 * every offset), or as another text format whose locator parses it itself. `shape` is what an edit
 * must keep (the edited text is checked against it before it is written).
 */
export type TextFormat =
  | { kind: "yaml"; mask?: (text: string) => string }
  | { kind: "text"; locate: (text: string) => ImageSite[]; shape: (text: string) => string };

const YAML: TextFormat = { kind: "yaml" };

const FORMATS: Partial<Record<FileRole, TextFormat>> = {
  dockerfile: { kind: "text", locate: locateDockerfile, shape: dockerfileShape },
  kubeadm: { kind: "yaml", mask: maskJinja },
};

export function formatOf(role: FileRole): TextFormat {
  return FORMATS[role] ?? YAML;
}
