import * as core from "@actions/core";
import { guardLog, oneLine } from "../report/escape.js";

/** Where an annotation points (the `@actions/core` annotation properties). */
export interface Annotation {
  title?: string;
  file?: string;
  startLine?: number;
  endLine?: number;
  startColumn?: number;
  endColumn?: number;
}

/**
 * Everything the action says to the runner. The default implementation is `@actions/core`; tests pass a
 * recording one.
 */
export interface ActionIO {
  /** The raw value of an input (trimmed; "" when absent). */
  getInput(name: string): string;
  info(message: string): void;
  debug(message: string): void;
  isDebug(): boolean;
  notice(message: string, where?: Annotation): void;
  warning(message: string, where?: Annotation): void;
  error(message: string, where?: Annotation): void;
  startGroup(name: string): void;
  endGroup(): void;
  /** Mask `secret` in every later log line. */
  setSecret(secret: string): void;
  setOutput(name: string, value: string): void;
  setFailed(message: string): void;
  /** Append markdown to the job summary. */
  writeSummary(markdown: string): Promise<void>;
}

/**
 * The runner's own channels, through `@actions/core`. Log lines pass `guardLog` (no repository string
 * can start a workflow command there); annotation and failure messages are one line (`oneLine`), and
 * `@actions/core` escapes them and their properties as workflow command data.
 */
export const coreIO: ActionIO = {
  getInput: (name) => core.getInput(name),
  info: (message) => core.info(guardLog(message)),
  debug: (message) => core.debug(message),
  isDebug: () => core.isDebug(),
  notice: (message, where) => core.notice(oneLine(message), where),
  warning: (message, where) => core.warning(oneLine(message), where),
  error: (message, where) => core.error(message, where),
  startGroup: (name) => core.startGroup(oneLine(name)),
  endGroup: () => core.endGroup(),
  setSecret: (secret) => core.setSecret(secret),
  setOutput: (name, value) => core.setOutput(name, value),
  setFailed: (message) => core.setFailed(oneLine(message)),
  writeSummary: async (markdown) => {
    await core.summary.addRaw(markdown, true).write();
  },
};
