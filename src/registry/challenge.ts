/**
 * Parser for `WWW-Authenticate` challenges (RFC 9110 §11.6.1 / RFC 6750 §3):
 * `Bearer realm="https://auth.docker.io/token",service="registry.docker.io",scope="repository:x:pull"`.
 */

export interface Challenge {
  /** Lower-cased scheme: `bearer`, `basic`, ... */
  scheme: string;
  /** Parameters with lower-cased names. */
  params: Record<string, string>;
}

const TOKEN_CHAR = /[!#$%&'*+\-.^_`|~0-9A-Za-z]/;

class Scanner {
  pos = 0;
  constructor(readonly text: string) {}
  skipSpace(): void {
    while (this.pos < this.text.length && /[ \t]/.test(this.text[this.pos]!)) this.pos++;
  }
  skipSeparators(): void {
    while (this.pos < this.text.length && /[ \t,]/.test(this.text[this.pos]!)) this.pos++;
  }
  token(): string {
    const start = this.pos;
    while (this.pos < this.text.length && TOKEN_CHAR.test(this.text[this.pos]!)) this.pos++;
    return this.text.slice(start, this.pos);
  }
  quoted(): string {
    let value = "";
    this.pos++; // opening quote
    while (this.pos < this.text.length) {
      const c = this.text[this.pos++]!;
      if (c === '"') return value;
      if (c === "\\" && this.pos < this.text.length) value += this.text[this.pos++];
      else value += c;
    }
    return value;
  }
  peek(): string | undefined {
    return this.text[this.pos];
  }
  atEnd(): boolean {
    return this.pos >= this.text.length;
  }
}

/** Reads an auth-param `name=value` at the scanner, or returns undefined (and rewinds) if there is none. */
function readParam(scanner: Scanner): [string, string] | undefined {
  const start = scanner.pos;
  const name = scanner.token();
  scanner.skipSpace();
  if (!name || scanner.peek() !== "=") {
    scanner.pos = start;
    return undefined;
  }
  scanner.pos++;
  scanner.skipSpace();
  const value = scanner.peek() === '"' ? scanner.quoted() : scanner.token();
  return [name.toLowerCase(), value];
}

/** Parses every challenge of a `WWW-Authenticate` header value. Unknown syntax is skipped. */
export function parseChallenges(header: string | null | undefined): Challenge[] {
  if (!header) return [];
  const scanner = new Scanner(header);
  const challenges: Challenge[] = [];
  while (!scanner.atEnd()) {
    scanner.skipSeparators();
    const scheme = scanner.token();
    if (!scheme) {
      scanner.pos++;
      continue;
    }
    const challenge: Challenge = { scheme: scheme.toLowerCase(), params: {} };
    challenges.push(challenge);
    scanner.skipSpace();
    for (;;) {
      scanner.skipSeparators();
      if (scanner.atEnd()) break;
      const param = readParam(scanner);
      if (!param) break;
      challenge.params[param[0]] = param[1];
    }
  }
  return challenges;
}
