import { type Document, isMap, isScalar, isSeq, type Node, type Scalar, type YAMLMap } from "yaml";
import { looksLikeImage } from "./embedded-refs.js";
import { deref, interpolatedSite, isStringNode } from "./interpolated-site.js";
import type { ImageSite } from "./types.js";
import { formatPath, keyOf, type NodePath, nodeAt } from "./yaml-nodes.js";

/** Inputs of well-known actions that name an image the action pulls. */
const ACTION_IMAGE_INPUTS: readonly { uses: RegExp; input: string }[] = [
  { uses: /^docker\/setup-qemu-action@/, input: "image" },
];
const IMAGE_ENV = /image/i;
const NOT_IMAGE_ENV = /(?:tag|version|policy|pull|secret|digest|registry|repository|repo)s?$/i;
/** `${{ matrix.a }}` / `${{ matrix.a.b }}`: a container image taken from the job's matrix. */
const MATRIX_EXPRESSION = /^\$\{\{\s*matrix\.([A-Za-z_][\w-]*)(?:\.([A-Za-z_][\w-]*))?\s*\}\}$/;

/**
 * Image references of a GitHub Actions workflow: `jobs.*.container` (a string or `.image`),
 * `jobs.*.services.*.image`, `uses: docker://…` steps (the prefix is kept), image inputs of known
 * actions (`docker/setup-qemu-action` `with.image`) and env values of `*IMAGE*` variables (reported;
 * rewritten only with `embedded: rewrite`, as for containers). An expression (`${{ … }}`) is reported
 * as written; when it is `${{ matrix.x(.y) }}`, the literal images of that matrix are sites too.
 */
export function locateWorkflow(root: YAMLMap, text: string, doc: Document): ImageSite[] {
  const sites: ImageSite[] = [];
  sites.push(...envSites(nodeAt(root, "env"), ["env"], text, doc));
  const jobs = deref(nodeAt(root, "jobs"), doc);
  if (!isMap(jobs)) return sites;
  for (const pair of (jobs as YAMLMap).items) {
    const id = keyOf(pair);
    const job = deref(pair.value as Node | null, doc);
    if (!id || !isMap(job)) continue;
    const at: NodePath = ["jobs", id];
    const jobMap = job as YAMLMap;
    const container = deref(nodeAt(jobMap, "container"), doc);
    if (isStringNode(container))
      sites.push(...imageSites(container, [...at, "container"], "workflow-container", jobMap, text, doc));
    else if (isMap(container)) {
      const image = deref(nodeAt(container as YAMLMap, "image"), doc);
      if (isStringNode(image))
        sites.push(
          ...imageSites(image, [...at, "container", "image"], "workflow-container", jobMap, text, doc),
        );
    }
    const services = deref(nodeAt(jobMap, "services"), doc);
    if (isMap(services)) {
      for (const s of (services as YAMLMap).items) {
        const name = keyOf(s);
        const service = deref(s.value as Node | null, doc);
        if (!name) continue;
        const image = isMap(service) ? deref(nodeAt(service as YAMLMap, "image"), doc) : service;
        const path = isMap(service) ? [...at, "services", name, "image"] : [...at, "services", name];
        if (isStringNode(image))
          sites.push(...imageSites(image, path, "workflow-service", jobMap, text, doc));
      }
    }
    sites.push(...envSites(nodeAt(jobMap, "env"), [...at, "env"], text, doc));
    const steps = deref(nodeAt(jobMap, "steps"), doc);
    if (!isSeq(steps)) continue;
    steps.items.forEach((s, i) => {
      const step = deref(s as Node, doc);
      if (!isMap(step)) return;
      const stepMap = step as YAMLMap;
      const path: NodePath = [...at, "steps", i];
      const uses = deref(nodeAt(stepMap, "uses"), doc);
      if (isStringNode(uses) && uses.value.startsWith("docker://")) {
        const site = interpolatedSite(text, uses, {
          source: "workflow",
          field: formatPath([...path, "uses"]),
          shape: "workflow-docker-uses",
          prefix: "docker://",
        });
        if (site) sites.push(site);
      }
      const action = isStringNode(uses) ? uses.value : "";
      const inputs = deref(nodeAt(stepMap, "with"), doc);
      if (isMap(inputs)) {
        for (const known of ACTION_IMAGE_INPUTS) {
          if (!known.uses.test(action)) continue;
          const value = deref(nodeAt(inputs as YAMLMap, known.input), doc);
          if (!isStringNode(value)) continue;
          const site = interpolatedSite(text, value, {
            source: "workflow",
            field: formatPath([...path, "with", known.input]),
            shape: "workflow-action-input-image",
          });
          if (site) sites.push(site);
        }
      }
      sites.push(...envSites(nodeAt(stepMap, "env"), [...path, "env"], text, doc));
    });
  }
  return sites;
}

/** The site of a job's container or service image, and the matrix values an expression takes. */
function imageSites(
  node: Scalar<string>,
  path: NodePath,
  shape: string,
  job: YAMLMap,
  text: string,
  doc: Document,
): ImageSite[] {
  const site = interpolatedSite(text, node, { source: "workflow", field: formatPath(path), shape });
  const out = site ? [site] : [];
  const m = MATRIX_EXPRESSION.exec(node.value.trim());
  if (!m) return out;
  const [, key, sub] = m as unknown as [string, string, string | undefined];
  const strategy = deref(nodeAt(job, "strategy"), doc);
  const matrix = isMap(strategy) ? deref(nodeAt(strategy as YAMLMap, "matrix"), doc) : undefined;
  if (!isMap(matrix)) return out;
  const matrixPath: NodePath = [...path.slice(0, 2), "strategy", "matrix"];
  const take = (item: Node | undefined, at: NodePath) => {
    const value = sub ? (isMap(item) ? deref(nodeAt(item as YAMLMap, sub), doc) : undefined) : item;
    if (!isStringNode(value)) return;
    const s = interpolatedSite(text, value, {
      source: "workflow",
      field: formatPath(sub ? [...at, sub] : at),
      shape: "workflow-matrix-image",
    });
    if (s) out.push(s);
  };
  const values = deref(nodeAt(matrix as YAMLMap, key), doc);
  if (isSeq(values))
    values.items.forEach((item, i) => {
      take(deref(item as Node, doc), [...matrixPath, key, i]);
    });
  const include = deref(nodeAt(matrix as YAMLMap, "include"), doc);
  if (isSeq(include)) {
    include.items.forEach((entry, i) => {
      const e = deref(entry as Node, doc);
      if (isMap(e)) take(deref(nodeAt(e as YAMLMap, key), doc), [...matrixPath, "include", i, key]);
    });
  }
  return out;
}

/**
 * A workflow env value is taken for an image only when it names its registry (`quay.io/pypa/x`):
 * scripts read such variables for many things (`CI_JOB_IMAGE: ubuntu:rolling` names a runner
 * flavour in git's CI, `manylinux2014` is a cibuildwheel alias).
 */
function namesRegistry(value: string): boolean {
  const slash = value.indexOf("/");
  const first = slash < 0 ? "" : value.slice(0, slash);
  return (first.includes(".") || first.includes(":") || first === "localhost") && looksLikeImage(value, true);
}

/** Env values of `*IMAGE*` variables that look like references (the program, not the runner, pulls them). */
function envSites(env: Node | undefined, path: NodePath, text: string, doc: Document): ImageSite[] {
  const map = deref(env, doc);
  if (!isMap(map)) return [];
  const sites: ImageSite[] = [];
  for (const pair of (map as YAMLMap).items) {
    const name = keyOf(pair);
    const value = deref(pair.value as Node | null, doc);
    if (!name || !IMAGE_ENV.test(name) || NOT_IMAGE_ENV.test(name)) continue;
    if (!isScalar(value) || typeof value.value !== "string" || !namesRegistry(value.value)) continue;
    const site = interpolatedSite(text, value as Scalar<string>, {
      source: "env",
      field: formatPath([...path, name]),
      shape: "workflow-env-image",
      optIn: true,
    });
    if (site) sites.push(site);
  }
  return sites;
}
