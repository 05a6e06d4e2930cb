/**
 * The one schema of `.mirrorize.yaml` (and of the KRM `functionConfig`, and of the rules in
 * `presets/*.yaml`). The validator and the shipped JSON Schema (`schema/mirrorize.schema.json`) both come
 * from here.
 */
import { z } from "zod";
import { parseRegistryPrefix } from "../resolver/prefix.js";
import { PRESET_SOURCES } from "./presets.generated.js";

export const API_VERSION = "mirrorize.dev/v1alpha1";
export const KIND = "MirrorizeConfig";

/** Names of the built-in presets (file names in `presets/`). */
export const PRESET_NAMES = Object.keys(PRESET_SOURCES).sort() as [string, ...string[]];

const DATE = /^\d{4}-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?$/;

function registryPrefix(what: string) {
  return z
    .string()
    .superRefine((value, ctx) => {
      const result = parseRegistryPrefix(value);
      if (!result.ok) ctx.addIssue({ code: "custom", message: result.message, input: value });
    })
    .describe(what);
}

const mirrorString = registryPrefix(
  "A mirror: host[:port][/path], e.g. quay.m.daocloud.io or registry.example.com/mirror.",
);

const mirrorObject = z
  .strictObject({
    mirror: mirrorString,
    status: z
      .enum(["alive", "dead"])
      .optional()
      .describe("dead: the mirror stopped working; it is never chosen and a warning names `since`."),
    since: z
      .string()
      .regex(DATE, { error: "must be a date written YYYY-MM-DD (or YYYY-MM)" })
      .optional()
      .describe("Date from which the mirror is known dead (YYYY-MM-DD)."),
    note: z.string().optional().describe("Why (free text, shown in warnings)."),
  })
  .superRefine((value, ctx) => {
    if (value.since !== undefined && value.status !== "dead") {
      ctx.addIssue({
        code: "custom",
        path: ["since"],
        message: "is only allowed with status: dead",
        input: value.since,
      });
    }
  });

const mirrorEntry = z.union([mirrorString, mirrorObject]);

export const ruleSchema = z
  .strictObject({
    match: z
      .string()
      .superRefine((value, ctx) => {
        if (value === "*") return;
        const result = parseRegistryPrefix(value);
        if (!result.ok) {
          const message = result.message.replace("must start with", 'must be "*" or start with');
          ctx.addIssue({ code: "custom", message, input: value });
        }
      })
      .describe('HOST, HOST/PATH prefix (segment aligned) or "*" (any registry).'),
    mirror: z
      .union([mirrorEntry, z.array(mirrorEntry).min(1)])
      .describe("One mirror, or an ordered list of candidates (the first live one is written)."),
    strategy: z
      .enum(["host", "prefix", "flatten"])
      .optional()
      .describe(
        "host (default): mirror + path after the match; prefix: mirror + full normalised name; flatten: mirror + last path segment.",
      ),
    note: z.string().optional().describe("Free text."),
  })
  .describe("A mapping rule. The rule covering the most path segments wins; ties go to the earlier rule.");

/**
 * The longest glob or pattern accepted: far above any real one, and below what the glob and regular
 * expression engines compile (a 70,000-character glob was an internal error).
 */
export const MAX_PATTERN_LENGTH = 1024;

const globList = (what: string) => z.array(z.string().max(MAX_PATTERN_LENGTH)).describe(what);

const positiveInt = z.number().int().positive();

/**
 * Credentials come only from environment variables named MIRRORIZE_*: the config file may come from an
 * untrusted pull request, and must not be able to send another secret of the job (GITHUB_TOKEN, cloud
 * keys) to a registry it names. The workflow decides what it exposes under that prefix.
 */
const ENV_NAME = /^MIRRORIZE_[A-Za-z0-9_]+$/;

const envName = (what: string) =>
  z
    .string()
    .regex(ENV_NAME, {
      error:
        "must name an environment variable that starts with MIRRORIZE_ (e.g. MIRRORIZE_HARBOR_PASSWORD), so that a config file cannot read other secrets",
    })
    .describe(what);

/** A registry host as written in references: `host` or `host:port`. */
const registryHost = z.string().regex(/^[A-Za-z0-9.-]+(:\d+)?$|^\[[0-9A-Fa-f:]+\](:\d+)?$/, {
  error: "must be a registry host: host or host:port, without a scheme or a path",
});

/**
 * Credentials for one registry. Secrets never live in the config file: it names the environment
 * variables that hold them.
 */
const credentialSchema = z
  .strictObject({
    username: z.string().min(1).optional().describe("User name (for a password or access token)."),
    usernameEnv: envName("Environment variable holding the user name.").optional(),
    passwordEnv: envName("Environment variable holding the password or access token.").optional(),
    tokenEnv: envName(
      "Environment variable holding a registry bearer token (like Docker's registrytoken).",
    ).optional(),
    password: z.unknown().optional().describe("Not allowed: name an environment variable with passwordEnv."),
    token: z.unknown().optional().describe("Not allowed: name an environment variable with tokenEnv."),
  })
  .superRefine((value, ctx) => {
    // `input` is given explicitly (undefined for secrets): a message must never echo a secret back.
    const issue = (key: string, message: string, input?: string) =>
      ctx.addIssue({ code: "custom", path: [key], message, input });
    for (const [key, instead] of [
      ["password", "passwordEnv"],
      ["token", "tokenEnv"],
    ] as const) {
      if (value[key] !== undefined) {
        issue(
          key,
          `must not be written in the config file: put the secret in an environment variable and name it with ${instead}`,
        );
      }
    }
    if (value.username !== undefined && value.usernameEnv !== undefined) {
      issue("usernameEnv", "cannot be used together with username");
    }
    const user = value.username !== undefined || value.usernameEnv !== undefined;
    if (value.tokenEnv !== undefined) {
      if (user || value.passwordEnv !== undefined) {
        issue(
          "tokenEnv",
          "is used alone: give either tokenEnv, or username (or usernameEnv) with passwordEnv",
          value.tokenEnv,
        );
      }
    } else if (value.password === undefined && value.token === undefined) {
      if (!user) issue("username", "is required (or usernameEnv, or tokenEnv alone)");
      else if (value.passwordEnv === undefined) issue("passwordEnv", "is required with username");
    }
  })
  .describe("Credentials for one registry: names of environment variables, never the secrets.");

const registriesSchema = z.strictObject({
  insecure: z
    .array(registryHost)
    .optional()
    .describe("Registries reached over plain HTTP (loopback always may be)."),
  trustedRealms: z
    .union([z.array(z.string().min(1)), z.record(z.string(), z.array(z.string().min(1)))])
    .optional()
    .describe(
      "Token-realm hosts trusted with credentials although on another domain: a list (for every registry) or a map registry -> list.",
    ),
  credentials: z
    .record(z.string(), credentialSchema)
    .superRefine((value, ctx) => {
      for (const key of Object.keys(value)) {
        if (!registryHost.safeParse(key).success) {
          ctx.addIssue({
            code: "custom",
            path: [key],
            message: "is not a registry host: write host or host:port, without a scheme or a path",
            input: key,
          });
        }
      }
    })
    .optional()
    .describe("Credentials per registry host (docker.io, ghcr.io, registry.example.com:5000)."),
  timeout: positiveInt.optional().describe("Milliseconds one registry request may take (default 10000)."),
  deadline: positiveInt
    .optional()
    .describe("Milliseconds all registry requests of one run may take (default: no limit)."),
});

/** The schema of `.mirrorize.yaml`. Strict: an unknown key is an error. */
export const configSchema = z
  .strictObject({
    $schema: z.string().optional().describe("JSON Schema reference for editors."),
    apiVersion: z.literal(API_VERSION).optional(),
    kind: z.literal(KIND).optional(),
    metadata: z.unknown().optional().describe("Object metadata, for use as a KRM functionConfig."),
    preset: z
      .union([z.enum(PRESET_NAMES), z.array(z.enum(PRESET_NAMES)).min(1)])
      .optional()
      .describe(
        "Built-in mirror preset(s); their rules come after your own rules. Omit to use only your rules.",
      ),
    rules: z.array(ruleSchema).optional().describe("Your rules, in order; they come before the preset's."),
    exclude: globList(
      "Normalised names never rewritten (`registry.example.com/**`, `docker.io/library/busybox`); * = one segment, ** = any depth.",
    ).optional(),
    files: z
      .strictObject({
        include: globList(
          "Globs of files to scan (default: all YAML/JSON files, Dockerfiles/Containerfiles, .github/workflows/*.yml and *kubeadm*.conf/.j2).",
        ).optional(),
        exclude: globList("Globs of files never scanned.").optional(),
        helmValues: globList(
          "Extra globs of Helm values files (beyond values*.yaml beside a Chart.yaml), read as values whatever they hold.",
        ).optional(),
        valuesNames: globList(
          "File names read as Helm values when the file is not a Kubernetes object, with or without a Chart.yaml (default: values.yaml, values-*.yaml, *-values.yaml, *.values.yaml and their .yml twins); [] turns this off.",
        ).optional(),
      })
      .optional(),
    fields: z
      .array(
        z.strictObject({
          kind: z.string().min(1),
          group: z.string().optional(),
          path: z.string().min(1).describe("e.g. spec/templates[]/container/image"),
          format: z
            .enum(["reference", "name=reference"])
            .optional()
            .describe(
              "reference (default), or an override string [name=]reference whose reference part is rewritten.",
            ),
        }),
      )
      .optional()
      .describe("Extra field specs: where images live in objects of a kind."),
    embedded: z
      .enum(["report", "rewrite"])
      .optional()
      .describe("Images in args/env: report them only (default), or rewrite them too."),
    verify: z
      .enum(["off", "exists", "digest"])
      .optional()
      .describe("Online check of the mirror before rewriting."),
    pin: z.boolean().optional().describe("Pin rewritten references to their digest."),
    helm: z
      .strictObject({
        allowInsecureImages: z.boolean().optional(),
        images: z
          .array(
            z.strictObject({
              chart: z
                .string()
                .min(1)
                .optional()
                .describe("Chart name (its Chart.yaml `name`); omitted: every values file."),
              path: z
                .string()
                .min(1)
                .describe("Values path of the image (its map or string), keys joined with `.`."),
              name: z
                .array(z.string().min(1))
                .min(1)
                .describe(
                  "The parts of the image name, joined with `/`: each a values path, or several joined with `|` (the first non-empty wins); `=text` is fixed text.",
                ),
              tag: z.string().min(1).optional().describe("Values path(s) of the tag, `|`-joined."),
              digest: z.string().min(1).optional().describe("Values path(s) of the digest, `|`-joined."),
              digestPrefix: z
                .string()
                .optional()
                .describe("Text the chart writes before the digest (`sha256:` for a hex-only `sha`)."),
              digestReplacesTag: z
                .boolean()
                .optional()
                .describe("With a digest, the chart leaves the tag out."),
              suffix: z.string().optional().describe("Fixed text the chart appends to the name."),
            }),
          )
          .optional()
          .describe("How a chart composes an image, where mirrorize cannot tell from the values alone."),
      })
      .optional(),
    limits: z
      .strictObject({
        maxFileSize: positiveInt.optional().describe("Bytes."),
        maxDepth: positiveInt.optional(),
        maxDocuments: positiveInt.optional(),
        timePerFile: positiveInt.optional().describe("Milliseconds."),
      })
      .optional(),
    mode: z.enum(["check", "fix"]).optional().describe("KRM functionConfig only: check changes nothing."),
    registries: registriesSchema
      .optional()
      .describe("Registry access for online verification (verify, pin, mirrorize lock)."),
    lockFile: z
      .string()
      .min(1)
      .optional()
      .describe(
        "The lock file of upstream digests, relative to this config file (default: mirrorize.lock beside it).",
      ),
  })
  .describe("mirrorize configuration (.mirrorize.yaml).");

export type MirrorizeConfig = z.infer<typeof configSchema>;
export type ConfigRule = z.infer<typeof ruleSchema>;
export type ConfigMirrorEntry = z.infer<typeof mirrorEntry>;

/** The schema of a preset file in `presets/`. */
export const presetSchema = z.strictObject({
  name: z.string().min(1),
  description: z.string().min(1),
  checked: z.string().regex(DATE, { error: "must be a date written YYYY-MM-DD" }),
  source: z.union([z.string(), z.array(z.string()).min(1)]),
  rules: z.array(ruleSchema).min(1),
});

export type PresetFile = z.infer<typeof presetSchema>;

/** The JSON Schema shipped as `schema/mirrorize.schema.json` (describes the input side). */
export function configJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(configSchema, { io: "input", unrepresentable: "any" }) as Record<
    string,
    unknown
  >;
  return { ...schema, title: "mirrorize configuration" };
}
