/** A problem with the configuration (file, functionConfig, preset name, --preset/--config flags). */
export class ConfigError extends Error {
  /** The config file (as shown in the message), or the origin such as `functionConfig`. */
  readonly file: string | undefined;
  /** 1-based line in `file`, when known. */
  readonly line: number | undefined;
  /** The key path the problem is about, e.g. `rules[1].strategy`. */
  readonly key: string | undefined;

  constructor(message: string, where: { file?: string; line?: number; key?: string } = {}) {
    super(message);
    this.name = "ConfigError";
    this.file = where.file;
    this.line = where.line;
    this.key = where.key;
  }
}
