import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import type { LearnedComposition, PartSource } from "../../src/locate/helm/learned.js";
import { type Case, render, runCase } from "./harness.js";

const learned = (c: Omit<LearnedComposition, "image"> & { image: string }): LearnedComposition => ({
  ...c,
  image: c.image.split("."),
});
const v = (path: string): PartSource => ({ values: path.split(".") });

describe("the learned-composition hook overrides the shape tables", () => {
  const loki = learned({
    image: "loki.image",
    // `{{ .registry | default .global.imageRegistry }}/{{ .repository }}:{{ .tag }}`: the local registry wins.
    name: [[v("loki.image.registry"), v("global.imageRegistry")], [v("loki.image.repository")]],
    tag: [v("loki.image.tag")],
    origin: "templates/_helpers.tpl:3",
  });
  const lokiValues = [
    "global:",
    "  imageRegistry: ghcr.io/other",
    "loki:",
    "  image:",
    "    registry: docker.io",
    "    repository: grafana/loki # the image",
    '    tag: "3.1.0"',
    "",
  ].join("\n");
  const cases: Case[] = [
    {
      title: "a local registry that wins over the global one, as the template says",
      values: lokiValues,
      chart: { dependencies: [], compositions: [loki] },
      field: "loki.image",
      before: render(loki, parse(lokiValues)),
      changed: ["docker.m.daocloud.io"],
    },
    {
      title: "a string image the template joins to a global registry with a path",
      values: ["global:", "  registry: ghcr.io/org/project", "controllerImage: controller:v1", ""].join("\n"),
      chart: {
        dependencies: [],
        compositions: [
          learned({ image: "controllerImage", name: [[v("global.registry")], [v("controllerImage")]] }),
        ],
      },
      field: "controllerImage",
      before: "ghcr.io/org/project/controller:v1",
      changed: ["ghcr.m.daocloud.io/org/project"],
    },
    {
      title: "a literal default registry: the empty key is filled",
      values: ["image:", '  registry: ""', "  repository: org/app", "  tag: v2", ""].join("\n"),
      chart: {
        dependencies: [],
        compositions: [
          learned({
            image: "image",
            name: [[v("image.registry"), { literal: "quay.io" }], [v("image.repository")]],
            tag: [v("image.tag")],
          }),
        ],
      },
      field: "image",
      before: "quay.io/org/app:v2",
      changed: ["quay.m.daocloud.io"],
    },
    {
      title: "a computed part is reported, never rewritten",
      values: ["image:", "  repository: controller", "  tag: v1", ""].join("\n"),
      chart: {
        dependencies: [],
        compositions: [
          learned({
            image: "image",
            name: [[v("image.repository")]],
            tag: [v("image.tag")],
            computed: "the registry comes from .Values.site through a helper",
          }),
        ],
      },
      field: "image",
      before: "controller:v1",
      reported: /computes|helper/,
    },
  ];
  for (const c of cases) it(c.title, () => runCase(c));

  it("the oracle agrees with the shape the hook gives (the local registry wins here)", () => {
    expect(render(loki, parse(lokiValues))).toBe("docker.io/grafana/loki:3.1.0");
  });
});
