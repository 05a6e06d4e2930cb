import type { ActionIO } from "./io.js";

/** Every output of `action.yml`, with the value it has when nothing happened. */
const DEFAULTS = {
  changed: "false",
  "changed-files": "[]",
  "findings-count": "0",
  "rewrites-count": "0",
  report: "",
  patch: "",
  "commit-sha": "",
  "pull-request-number": "",
  "pull-request-url": "",
  "pull-request-operation": "none",
  "pull-request-branch": "",
  "export-path": "",
} as const;

export type OutputName = keyof typeof DEFAULTS;

/** The names of every output, in action.yml order. */
export const OUTPUT_NAMES = Object.keys(DEFAULTS) as OutputName[];

/**
 * The step's outputs: every one starts at its default so that `if:` conditions downstream never see an
 * empty value, and all are emitted once, at the end.
 */
export class Outputs {
  private readonly values = new Map<OutputName, string>(Object.entries(DEFAULTS) as [OutputName, string][]);

  set(name: OutputName, value: string): void {
    this.values.set(name, value);
  }

  get(name: OutputName): string {
    return this.values.get(name) ?? "";
  }

  /** Log and set every output. */
  emit(io: ActionIO): void {
    for (const [name, value] of this.values) {
      io.info(`${name} = ${value}`);
      io.setOutput(name, value);
    }
  }
}
