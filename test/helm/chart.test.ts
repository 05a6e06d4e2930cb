import { describe, expect, it } from "vitest";
import { dependsOnBitnamiCommon, parseChartInfo } from "../../src/locate/helm/index.js";

describe("parseChartInfo", () => {
  it("reads the name and dependencies of Chart.yaml", () => {
    const info = parseChartInfo(
      [
        "apiVersion: v2",
        "name: redis",
        "dependencies:",
        "  - name: common",
        "    repository: oci://registry-1.docker.io/bitnamicharts",
        "    version: 2.x.x",
        "  - name: redis-ha",
        "    alias: ha",
        "    repository: https://dandydeveloper.github.io/charts",
      ].join("\n"),
    );
    expect(info).toEqual({
      name: "redis",
      dependencies: [
        { name: "common", repository: "oci://registry-1.docker.io/bitnamicharts" },
        { name: "redis-ha", alias: "ha", repository: "https://dandydeveloper.github.io/charts" },
      ],
    });
  });

  it("adds Chart.lock and requirements.yaml dependencies once", () => {
    const lock =
      "dependencies:\n- name: common\n  repository: https://charts.bitnami.com/bitnami\n  version: 2.31.4\n";
    const info = parseChartInfo("apiVersion: v1\nname: old\n", lock, lock);
    expect(info.dependencies).toEqual([{ name: "common", repository: "https://charts.bitnami.com/bitnami" }]);
  });

  it("ignores texts that are not YAML maps", () => {
    expect(parseChartInfo("name: [", "- a", undefined)).toEqual({ dependencies: [] });
  });
});

describe("dependsOnBitnamiCommon", () => {
  const table: [string, { name: string; repository?: string }[], boolean][] = [
    [
      "common from the Bitnami OCI repository",
      [{ name: "common", repository: "oci://registry-1.docker.io/bitnamicharts" }],
      true,
    ],
    [
      "common from the old Bitnami HTTP repository",
      [{ name: "common", repository: "https://charts.bitnami.com/bitnami" }],
      true,
    ],
    [
      "any Bitnami chart (it uses common itself)",
      [{ name: "redis", repository: "oci://registry-1.docker.io/bitnamicharts" }],
      true,
    ],
    ["a local common chart", [{ name: "common", repository: "file://../common" }], false],
    ["no dependencies", [], false],
  ];
  for (const [title, dependencies, expected] of table) {
    it(title, () => expect(dependsOnBitnamiCommon({ dependencies })).toBe(expected));
  }
  it("without a chart", () => expect(dependsOnBitnamiCommon(undefined)).toBe(false));
});
