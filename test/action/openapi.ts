/**
 * GitHub's published REST description (`@octokit/openapi`, api.github.com) and a small validator for the
 * part of JSON Schema / OpenAPI 3.0 it uses, so the test's stand-in API cannot drift from the real one.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";

type Schema = Record<string, unknown>;

interface Parameter {
  name: string;
  in: "path" | "query" | "header";
  required?: boolean;
  schema?: Schema;
}

export interface Operation {
  method: string;
  template: string;
  operationId: string;
  parameters: Parameter[];
  requestSchema?: Schema;
  responses: Record<string, { schema?: Schema }>;
}

interface OpenApiDocument {
  paths: Record<string, Record<string, unknown>>;
  components: Record<string, Record<string, unknown>>;
}

let loaded: OpenApiDocument | undefined;

/** The api.github.com description, parsed once per process. */
export function openApi(): OpenApiDocument {
  if (!loaded) {
    const file = createRequire(import.meta.url).resolve("@octokit/openapi/generated/api.github.com.json");
    loaded = JSON.parse(readFileSync(file, "utf8")) as OpenApiDocument;
  }
  return loaded;
}

/** Follow `$ref`s (`#/components/...`) until a non-reference object. */
function deref<T>(value: unknown): T {
  let current = value as Record<string, unknown>;
  for (let hops = 0; typeof current?.$ref === "string"; hops++) {
    if (hops > 50) throw new Error(`reference loop at ${String(current.$ref)}`);
    const parts = (current.$ref as string).replace(/^#\//, "").split("/");
    let target: unknown = openApi();
    for (const part of parts)
      target = (target as Record<string, unknown>)[part.replace(/~1/g, "/").replace(/~0/g, "~")];
    if (target === undefined) throw new Error(`unresolvable reference ${String(current.$ref)}`);
    current = target as Record<string, unknown>;
  }
  return current as T;
}

/** The operation for `method` and a concrete `path` (the most specific template that matches). */
export function findOperation(
  method: string,
  path: string,
): { operation: Operation; params: Record<string, string> } {
  const candidates: { operation: Operation; params: Record<string, string>; literal: number }[] = [];
  for (const [template, item] of Object.entries(openApi().paths)) {
    const op = item[method.toLowerCase()] as Record<string, unknown> | undefined;
    if (!op) continue;
    const names: string[] = [];
    const pattern = template
      .replace(/[.*+?^$()|[\]\\]/g, "\\$&")
      .replace(/\{([^}]+)\}/g, (_m, name: string) => {
        names.push(name);
        return "([^/]+)";
      });
    const match = new RegExp(`^${pattern}$`).exec(path);
    if (!match) continue;
    const params = Object.fromEntries(names.map((n, i) => [n, decodeURIComponent(match[i + 1]!)]));
    candidates.push({
      operation: toOperation(method, template, item, op),
      params,
      literal: template.replace(/\{[^}]+\}/g, "").length,
    });
  }
  if (candidates.length === 0)
    throw new Error(`${method} ${path} is not an operation of the GitHub REST API`);
  candidates.sort((a, b) => b.literal - a.literal);
  return candidates[0]!;
}

function toOperation(
  method: string,
  template: string,
  item: Record<string, unknown>,
  op: Record<string, unknown>,
): Operation {
  const parameters = [...((item.parameters as unknown[]) ?? []), ...((op.parameters as unknown[]) ?? [])].map(
    (p) => deref<Parameter>(p),
  );
  const body = op.requestBody
    ? deref<{ content?: Record<string, { schema?: Schema }> }>(op.requestBody)
    : undefined;
  const responses: Operation["responses"] = {};
  for (const [status, response] of Object.entries((op.responses as Record<string, unknown>) ?? {})) {
    const r = deref<{ content?: Record<string, { schema?: Schema }> }>(response);
    responses[status] = { schema: r.content?.["application/json"]?.schema };
  }
  return {
    method: method.toUpperCase(),
    template,
    operationId: String(op.operationId),
    parameters,
    requestSchema: body?.content?.["application/json"]?.schema,
    responses,
  };
}

/** Problems of a request (query parameters and JSON body) for `operation`; empty when valid. */
export function checkRequest(
  operation: Operation,
  pathParams: Record<string, string>,
  query: URLSearchParams,
  body: unknown,
): string[] {
  const problems: string[] = [];
  for (const p of operation.parameters) {
    if (p.in === "path" && !(p.name in pathParams)) problems.push(`missing path parameter ${p.name}`);
    if (p.in === "query" && p.required && !query.has(p.name))
      problems.push(`missing query parameter ${p.name}`);
  }
  for (const [name, value] of query) {
    const p = operation.parameters.find((x) => x.in === "query" && x.name === name);
    if (!p) {
      problems.push(`unknown query parameter ${name}`);
      continue;
    }
    if (p.schema)
      problems.push(...validate(coerce(value, deref<Schema>(p.schema)), p.schema, `query.${name}`));
  }
  for (const p of operation.parameters.filter((x) => x.in === "path" && x.schema)) {
    const value = pathParams[p.name];
    if (value !== undefined)
      problems.push(...validate(coerce(value, deref<Schema>(p.schema)), p.schema!, `path.${p.name}`));
  }
  if (operation.requestSchema) {
    if (body === undefined) problems.push("missing request body");
    else problems.push(...validate(body, operation.requestSchema, "body"));
  } else if (body !== undefined) {
    problems.push("request body sent to an operation that takes none");
  }
  return problems;
}

/** Problems of a response (`status` must be documented; the body must match its schema). */
export function checkResponse(operation: Operation, status: number, body: unknown): string[] {
  const documented = operation.responses[String(status)] ?? operation.responses.default;
  if (!documented) return [`status ${status} is not a documented response of ${operation.operationId}`];
  if (!documented.schema)
    return body === undefined ? [] : [`status ${status} of ${operation.operationId} has no body`];
  return validate(body, documented.schema, "response");
}

function coerce(value: string, schema: Schema): unknown {
  if (schema.type === "integer" || schema.type === "number")
    return /^-?\d+(\.\d+)?$/.test(value) ? Number(value) : value;
  if (schema.type === "boolean") return value === "true" ? true : value === "false" ? false : value;
  return value;
}

function typeOf(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "array";
  if (typeof value === "number") return Number.isInteger(value) ? "integer" : "number";
  return typeof value;
}

/**
 * Validate `value` against an OpenAPI 3.0 schema: `$ref`, `type` (+`nullable`), `enum`, `properties`,
 * `required`, `additionalProperties`, `items`, `oneOf`/`anyOf`/`allOf`, numeric and length bounds,
 * `pattern`, `minItems`/`maxItems`/`uniqueItems`, `maxProperties` and the `date-time`/`uri` formats.
 * Returns the problems found, each prefixed with the JSON path.
 */
export function validate(value: unknown, rawSchema: unknown, path = "$"): string[] {
  const schema = deref<Schema>(rawSchema);
  if (!schema || typeof schema !== "object") return [];
  const problems: string[] = [];
  if (value === null) {
    if (schema.nullable === true || schema.type === "null") return [];
    const alternatives = [...((schema.oneOf as unknown[]) ?? []), ...((schema.anyOf as unknown[]) ?? [])];
    if (alternatives.length > 0) {
      return alternatives.some((s) => validate(null, s, path).length === 0)
        ? []
        : [`${path}: null not allowed`];
    }
    if (schema.allOf) return (schema.allOf as unknown[]).flatMap((s) => validate(null, s, path));
    return schema.type === undefined ? [] : [`${path}: null where ${String(schema.type)} expected`];
  }
  const actual = typeOf(value);
  const types = Array.isArray(schema.type)
    ? (schema.type as string[])
    : schema.type
      ? [schema.type as string]
      : [];
  if (types.length > 0 && !types.some((t) => t === actual || (t === "number" && actual === "integer"))) {
    return [`${path}: ${actual} where ${types.join("|")} expected`];
  }
  if (schema.enum && !(schema.enum as unknown[]).some((e) => e === value)) {
    problems.push(`${path}: ${JSON.stringify(value)} not one of ${JSON.stringify(schema.enum)}`);
  }
  if (typeof value === "string") {
    if (typeof schema.minLength === "number" && value.length < schema.minLength)
      problems.push(`${path}: shorter than ${schema.minLength}`);
    if (typeof schema.maxLength === "number" && value.length > schema.maxLength)
      problems.push(`${path}: longer than ${schema.maxLength}`);
    if (typeof schema.pattern === "string" && !new RegExp(schema.pattern, "u").test(value))
      problems.push(`${path}: does not match ${schema.pattern}`);
    if (schema.format === "date-time" && Number.isNaN(Date.parse(value)))
      problems.push(`${path}: not a date-time`);
    if (schema.format === "uri" && !URL.canParse(value)) problems.push(`${path}: not a uri`);
  }
  if (typeof value === "number") {
    if (typeof schema.minimum === "number" && value < schema.minimum)
      problems.push(`${path}: below ${schema.minimum}`);
    if (typeof schema.maximum === "number" && value > schema.maximum)
      problems.push(`${path}: above ${schema.maximum}`);
  }
  if (Array.isArray(value)) {
    if (typeof schema.minItems === "number" && value.length < schema.minItems)
      problems.push(`${path}: fewer than ${schema.minItems} items`);
    if (typeof schema.maxItems === "number" && value.length > schema.maxItems)
      problems.push(`${path}: more than ${schema.maxItems} items`);
    if (schema.uniqueItems === true && new Set(value.map((v) => JSON.stringify(v))).size !== value.length)
      problems.push(`${path}: items not unique`);
    if (schema.items)
      value.forEach((item, i) => {
        problems.push(...validate(item, schema.items, `${path}[${i}]`));
      });
  }
  if (actual === "object") {
    const object = value as Record<string, unknown>;
    const properties = (schema.properties as Record<string, unknown>) ?? {};
    for (const name of (schema.required as string[]) ?? []) {
      if (!(name in object)) problems.push(`${path}: missing required property ${name}`);
    }
    if (typeof schema.maxProperties === "number" && Object.keys(object).length > schema.maxProperties)
      problems.push(`${path}: too many properties`);
    for (const [name, item] of Object.entries(object)) {
      if (name in properties) problems.push(...validate(item, properties[name], `${path}.${name}`));
      else if (schema.additionalProperties === false) problems.push(`${path}: unexpected property ${name}`);
      else if (schema.additionalProperties && typeof schema.additionalProperties === "object") {
        problems.push(...validate(item, schema.additionalProperties, `${path}.${name}`));
      }
    }
  }
  for (const sub of (schema.allOf as unknown[]) ?? []) problems.push(...validate(value, sub, path));
  if (schema.anyOf && !(schema.anyOf as unknown[]).some((s) => validate(value, s, path).length === 0)) {
    problems.push(`${path}: matches none of anyOf`);
  }
  if (schema.oneOf) {
    const matching = (schema.oneOf as unknown[]).filter((s) => validate(value, s, path).length === 0).length;
    if (matching !== 1) problems.push(`${path}: matches ${matching} of oneOf (exactly 1 expected)`);
  }
  return problems;
}

/** An example value from the description (`components.examples[name].value`), deep-copied. */
export function example<T>(name: string): T {
  const found = openApi().components.examples?.[name] as { value?: unknown } | undefined;
  if (!found?.value) throw new Error(`no example named ${name}`);
  return structuredClone(found.value) as T;
}

/** The schema `components.schemas[name]` as a reference. */
export function schemaRef(name: string): Schema {
  return { $ref: `#/components/schemas/${name}` };
}
