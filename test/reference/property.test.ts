/**
 * Property tests (fast-check, fixed seed): round trips, idempotent normalisation, no throws, and a
 * differential check of the hand-written scanners against the Go regexps rebuilt as JavaScript
 * regexps (safe to run on the short strings generated here).
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  format,
  type ImageReference,
  isDomain,
  isIdentifier,
  matchName,
  matchReference,
  parse,
  parseAny,
  parseDockerRef,
  parseNormalized,
} from "../../src/reference/index.js";

const SEED = 20240317;
const params = { seed: SEED, numRuns: 2000 };

// The Go regexps of regexp.go (distribution/reference v0.6.0+), composed the same way, as an oracle.
const alphanumeric = "[a-z0-9]+";
const separator = "(?:[._]|__|[-]+)";
const domainNameComponent = "(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])";
const optionalPort = "(?::[0-9]+)?";
const tagPat = "[\\w][\\w.-]{0,127}";
const digestPat = "[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*[:][0-9A-Fa-f]{32,}";
const ipv6 = "\\[(?:[a-fA-F0-9:]+)\\]";
const domainName = `${domainNameComponent}(?:\\.${domainNameComponent})*`;
const domainAndPort = `(?:${domainName}|${ipv6})${optionalPort}`;
const pathComponent = `${alphanumeric}(?:${separator}${alphanumeric})*`;
const remoteName = `${pathComponent}(?:/${pathComponent})*`;
const namePat = `(?:${domainAndPort}/)?${remoteName}`;
const DOMAIN_RE = new RegExp(`^${domainAndPort}$`);
const NAME_RE = new RegExp(`^(?:(${domainAndPort})/)?(${remoteName})$`);
const REFERENCE_RE = new RegExp(`^(${namePat})(?::(${tagPat}))?(?:@(${digestPat}))?$`);
const IDENTIFIER_RE = /^[a-f0-9]{64}$/;

function chars(alphabet: string, minLength: number, maxLength: number): fc.Arbitrary<string> {
  return fc.string({ unit: fc.constantFrom(...alphabet), minLength, maxLength });
}

const LOWER_ALNUM = "abcdefghijklmnopqrstuvwxyz0123456789";
const ALNUM = `${LOWER_ALNUM}ABCDEFGHIJKLMNOPQRSTUVWXYZ`;
const HEX = "0123456789abcdef";

const pathComponentArb = fc
  .tuple(
    chars(LOWER_ALNUM, 1, 6),
    fc.array(fc.tuple(fc.constantFrom(".", "_", "__", "-", "--", "---"), chars(LOWER_ALNUM, 1, 5)), {
      maxLength: 3,
    }),
  )
  .map(([head, rest]) => head + rest.map(([sep, part]) => sep + part).join(""));
const pathArb = fc.array(pathComponentArb, { minLength: 1, maxLength: 4 }).map((parts) => parts.join("/"));

const domainComponentArb = fc.oneof(
  chars(ALNUM, 1, 1),
  fc.tuple(chars(ALNUM, 1, 1), chars(`${ALNUM}-`, 0, 6), chars(ALNUM, 1, 1)).map((p) => p.join("")),
);
const hostArb = fc.oneof(
  fc.array(domainComponentArb, { minLength: 1, maxLength: 4 }).map((parts) => parts.join(".")),
  chars("0123456789abcdefABCDEF:", 1, 12).map((inner) => `[${inner}]`),
  fc.constant("localhost"),
);
const domainArb = fc
  .tuple(hostArb, fc.option(fc.integer({ min: 0, max: 99999 }), { nil: undefined }))
  .map(([host, port]) => (port === undefined ? host : `${host}:${port}`));
const tagArb = fc
  .tuple(chars(`${ALNUM}_`, 1, 1), chars(`${ALNUM}_.-`, 0, 20))
  .map(([head, rest]) => head + rest);
const digestArb = fc.oneof(
  chars(HEX, 64, 64).map((hex) => `sha256:${hex}`),
  chars(HEX, 96, 96).map((hex) => `sha384:${hex}`),
  chars(HEX, 128, 128).map((hex) => `sha512:${hex}`),
);

/** Valid references as data. A domain-less path has one component: "a/b" would parse with domain "a". */
const refArb: fc.Arbitrary<ImageReference> = fc
  .record({
    domain: fc.option(domainArb, { nil: undefined }),
    multiPath: pathArb,
    singlePath: pathComponentArb,
    tag: fc.option(tagArb, { nil: undefined }),
    digest: fc.option(digestArb, { nil: undefined }),
  })
  .map(({ domain, multiPath, singlePath, tag, digest }) => {
    const ref: ImageReference =
      domain === undefined ? { domain: "", path: singlePath } : { domain, path: multiPath };
    if (tag !== undefined) ref.tag = tag;
    if (digest !== undefined) ref.digest = digest;
    return ref;
  });

/** Strings made of the grammar's building blocks, valid or not, often close to valid. */
const pieceStringArb = fc
  .array(
    fc.constantFrom(
      "a",
      "b9",
      "B",
      "0",
      ":",
      "/",
      "@",
      ".",
      "_",
      "__",
      "-",
      "--",
      "[",
      "]",
      "::1",
      "localhost",
      "docker.io",
      "index.docker.io",
      "registry-1.docker.io",
      "library",
      "5000",
      "sha256:",
      "sha512:",
      "md5:",
      "f".repeat(32),
      "e".repeat(64),
      "%",
      " ",
      "{{",
      "}}",
      "${",
    ),
    { maxLength: 12 },
  )
  .map((pieces) => pieces.join(""));

const anyStringArb = fc.oneof(
  pieceStringArb,
  fc.string({ maxLength: 40 }),
  fc.string({ unit: "binary", maxLength: 40 }),
  fc.string({ unit: "grapheme", maxLength: 20 }),
  chars("aA0:/@._-[]", 0, 30),
);

describe("round trips", () => {
  it("parse(format(r)) gives back r for generated valid references", () => {
    fc.assert(
      fc.property(refArb, (ref) => {
        const result = parse(format(ref));
        expect(result.ok ? result.ref : result.error.message).toEqual(ref);
      }),
      params,
    );
  });

  it("format(parse(x)) === x for every string that parses", () => {
    fc.assert(
      fc.property(fc.oneof(refArb.map(format), pieceStringArb), (input) => {
        const result = parse(input);
        if (result.ok) expect(format(result.ref)).toBe(input);
      }),
      params,
    );
  });
});

describe("normalisation", () => {
  const inputArb = fc.oneof(
    refArb.map(format),
    fc.tuple(pathArb, fc.option(tagArb, { nil: undefined })).map(([p, t]) => (t ? `${p}:${t}` : p)),
    pieceStringArb,
  );

  it("is idempotent: parseNormalized(format(parseNormalized(x))) equals parseNormalized(x)", () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const first = parseNormalized(input);
        if (!first.ok) return;
        const second = parseNormalized(format(first.ref));
        expect(second.ok ? second.ref : second.error.message).toEqual(first.ref);
        expect(first.ref.domain).not.toBe("");
      }),
      params,
    );
  });

  it("parseDockerRef output is a canonical reference that parses to itself", () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const result = parseDockerRef(input);
        if (!result.ok) return;
        const formatted = format(result.ref);
        const again = parse(formatted);
        expect(again.ok ? format(again.ref) : again.error.message).toBe(formatted);
        expect(result.ref.tag === undefined || result.ref.digest === undefined).toBe(true);
      }),
      params,
    );
  });
});

describe("never throws", () => {
  it("on arbitrary strings (ASCII, full Unicode including lone surrogates, graphemes)", () => {
    fc.assert(
      fc.property(anyStringArb, (input) => {
        for (const fn of [parse, parseNormalized, parseDockerRef]) {
          const result = fn(input);
          if (!result.ok) {
            expect(result.error.message).toMatch(/ is not a valid image reference: /);
            expect(result.error.message).not.toContain("\n");
          }
        }
        parseAny(input);
      }),
      { ...params, numRuns: 5000 },
    );
  });
});

describe("the scanners agree with the Go regexps", () => {
  it("on reference-like strings: domain, name (with groups), reference (with groups), identifier", () => {
    fc.assert(
      fc.property(fc.oneof(anyStringArb, refArb.map(format)), (input) => {
        expect(isDomain(input)).toBe(DOMAIN_RE.test(input));
        expect(isIdentifier(input)).toBe(IDENTIFIER_RE.test(input));
        const name = NAME_RE.exec(input);
        expect(matchName(input)).toEqual(name === null ? null : { domain: name[1] ?? "", path: name[2] });
        const ref = REFERENCE_RE.exec(input);
        expect(matchReference(input)).toEqual(
          ref === null ? null : { name: ref[1], tag: ref[2] ?? "", digest: ref[3] ?? "" },
        );
      }),
      { ...params, numRuns: 10000 },
    );
  });
});
