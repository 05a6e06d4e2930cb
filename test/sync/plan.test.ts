/**
 * `planSync` (pure): which references are copied where. Own rules only (a preset's mirrors are never
 * pushed to), `--to` with each strategy's layout, `exclude`, references already rewritten to an own
 * mirror traced back to upstream, lock digests, one item per (source, target).
 */
import { describe, expect, test } from "vitest";
import { settingsFromText } from "../../src/config/index.js";
import { emptyLock } from "../../src/registry/index.js";
import { planSync } from "../../src/sync/index.js";

const CONFIG = `
preset: daocloud
exclude: [docker.io/library/busybox]
rules:
  - match: docker.io
    mirror: registry.example.com/hub
  - match: ghcr.io
    mirror: registry.example.com/p
    strategy: prefix
  - match: registry.k8s.io
    mirror: registry.example.com/flat
    strategy: flatten
`;
const settings = settingsFromText(CONFIG, ".mirrorize.yaml");
const D = `sha256:${"a".repeat(64)}`;

interface Case {
  name: string;
  refs: string[];
  to?: string;
  items?: Array<[string, string]>;
  skipped?: Array<[string, string]>;
}

const cases: Case[] = [
  {
    name: "an own host rule: the path under the mirror, tag and digest kept",
    refs: ["nginx:1.27", `docker.io/library/redis:7@${D}`],
    items: [
      ["docker.io/library/nginx:1.27", "registry.example.com/hub/library/nginx:1.27"],
      [`docker.io/library/redis:7@${D}`, `registry.example.com/hub/library/redis:7@${D}`],
    ],
  },
  {
    name: "an own prefix rule and an own flatten rule",
    refs: ["ghcr.io/org/app:1", "registry.k8s.io/sig/pause:3.9"],
    items: [
      ["ghcr.io/org/app:1", "registry.example.com/p/ghcr.io/org/app:1"],
      ["registry.k8s.io/sig/pause:3.9", "registry.example.com/flat/pause:3.9"],
    ],
  },
  {
    name: "a reference only the preset covers is never pushed",
    refs: ["quay.io/prometheus/node-exporter:v1.8.0"],
    skipped: [["quay.io/prometheus/node-exporter:v1.8.0", "preset-rule"]],
  },
  {
    name: "exclude applies; a host no rule covers is said",
    refs: ["busybox:1.36", "example.org/x/y:1"],
    skipped: [
      ["busybox:1.36", "excluded"],
      ["example.org/x/y:1", "no-rule"],
    ],
  },
  {
    name: "references already rewritten to an own mirror are traced back (host, prefix); flatten cannot be",
    refs: [
      "registry.example.com/hub/library/nginx:1.27",
      "registry.example.com/p/ghcr.io/org/app:1",
      "registry.example.com/flat/pause:3.9",
    ],
    items: [
      ["docker.io/library/nginx:1.27", "registry.example.com/hub/library/nginx:1.27"],
      ["ghcr.io/org/app:1", "registry.example.com/p/ghcr.io/org/app:1"],
    ],
    skipped: [["registry.example.com/flat/pause:3.9", "already-mirrored"]],
  },
  {
    name: "one item per (source, target), whatever the spelling",
    refs: ["nginx:1.27", "docker.io/nginx:1.27", "index.docker.io/library/nginx:1.27"],
    items: [["docker.io/library/nginx:1.27", "registry.example.com/hub/library/nginx:1.27"]],
  },
  {
    name: "--to: every rule (preset ones too) to one registry, with each rule's layout",
    refs: ["nginx:1.27", "ghcr.io/org/app:1", "quay.io/prometheus/node-exporter:v1.8.0"],
    to: "mirror.internal:5000/all",
    items: [
      ["docker.io/library/nginx:1.27", "mirror.internal:5000/all/library/nginx:1.27"],
      ["ghcr.io/org/app:1", "mirror.internal:5000/all/ghcr.io/org/app:1"],
      ["quay.io/prometheus/node-exporter:v1.8.0", "mirror.internal:5000/all/prometheus/node-exporter:v1.8.0"],
    ],
  },
];

describe("planSync", () => {
  test.each(cases)("$name", ({ refs, to, items = [], skipped = [] }) => {
    const plan = planSync(refs, settings, to === undefined ? {} : { to });
    expect(plan.items.map((i) => [i.source, i.target])).toEqual(items);
    expect(plan.skipped.map((s) => [s.reference, s.reason])).toEqual(skipped);
  });

  test("the lock file's digest is used for a reference without one, and the references are listed", () => {
    const lock = emptyLock();
    lock.images["docker.io/library/nginx:1.27"] = { digest: D, date: "2026-12-04" };
    const plan = planSync(["nginx:1.27", "docker.io/nginx:1.27", `redis:7@${D}`], settings, { lock });
    expect(plan.items).toMatchObject([
      {
        source: "docker.io/library/nginx:1.27",
        lockedDigest: D,
        references: ["nginx:1.27", "docker.io/nginx:1.27"],
      },
      { source: `docker.io/library/redis:7@${D}` },
    ]);
    expect(plan.items[1]!.lockedDigest).toBeUndefined();
  });
});
