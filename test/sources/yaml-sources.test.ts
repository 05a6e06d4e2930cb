// biome-ignore-all lint/suspicious/noTemplateCurlyInString: Dockerfile, Compose and workflow texts, not JS placeholders
import { describe, expect, it } from "vitest";
import { brief, fixTwice } from "./helpers.js";

/**
 * Compose files, GitHub Actions workflows, kubeadm configs and Chart.yaml annotations: each case is a
 * file, the text `fix` makes of it (only the changed text differs: comments, CRLF, quoting, anchors
 * and key order survive), and its findings; a second `fix` changes nothing.
 */
interface Case {
  name: string;
  file: string;
  text: string;
  after: string;
  findings: string[];
}

const cases: Case[] = [
  {
    name: "compose: services.*.image, defaults rewritten in place, bare variables reported, build: left alone",
    file: "compose.yaml",
    text: [
      "x-base: &base",
      "  image: ${BASE_IMAGE:-quay.io/prometheus/prometheus:v2.53.0} # anchored",
      "services:",
      "  app:",
      "    build: .",
      "    image: myapp-local",
      "  web:",
      "    image: 'nginx:1.27'",
      "  db:",
      "    image: postgres:${PG-16}",
      "  cache:",
      "    image: $CACHE_IMAGE",
      "  prom:",
      "    <<: *base",
      "  prom2:",
      "    <<: *base",
      "  tool:",
      "    build:",
      "      context: ./tool",
      "      args:",
      "        BASE_IMAGE: gcr.io/distroless/static:nonroot",
      "        VERSION: '1.0'",
      "",
    ].join("\n"),
    after: [
      "x-base: &base",
      "  image: ${BASE_IMAGE:-quay.mirror.example/prometheus/prometheus:v2.53.0} # anchored",
      "services:",
      "  app:",
      "    build: .",
      "    image: myapp-local",
      "  web:",
      "    image: 'hub.mirror.example/library/nginx:1.27'",
      "  db:",
      "    image: hub.mirror.example/library/postgres:${PG-16}",
      "  cache:",
      "    image: $CACHE_IMAGE",
      "  prom:",
      "    <<: *base",
      "  prom2:",
      "    <<: *base",
      "  tool:",
      "    build:",
      "      context: ./tool",
      "      args:",
      "        BASE_IMAGE: gcr.mirror.example/distroless/static:nonroot",
      "        VERSION: '1.0'",
      "",
    ].join("\n"),
    findings: [
      "2 rewrite quay.io/prometheus/prometheus:v2.53.0 -> quay.mirror.example/prometheus/prometheus:v2.53.0",
      "8 rewrite nginx:1.27 -> hub.mirror.example/library/nginx:1.27",
      "10 rewrite postgres:16 -> hub.mirror.example/library/postgres:16",
      "12 skipped $CACHE_IMAGE",
      "21 rewrite gcr.io/distroless/static:nonroot -> gcr.mirror.example/distroless/static:nonroot",
    ],
  },
  {
    name: "compose: CRLF and an alias to an anchored scalar",
    file: "docker-compose.override.yml",
    text: "x-img: &img redis:7\r\nservices:\r\n  a:\r\n    image: *img\r\n  b:\r\n    image: *img\r\n",
    after:
      "x-img: &img hub.mirror.example/library/redis:7\r\nservices:\r\n  a:\r\n    image: *img\r\n  b:\r\n    image: *img\r\n",
    findings: ["1 rewrite redis:7 -> hub.mirror.example/library/redis:7"],
  },
  {
    name: "workflow: container (string and map), services, docker:// steps; expressions reported; matrix values",
    file: ".github/workflows/ci.yml",
    text: [
      "on: [push]",
      "jobs:",
      "  build:",
      "    runs-on: ubuntu-latest # a runner label",
      "    container: node:20",
      "    services:",
      "      db:",
      '        image: "postgres:16"',
      "    steps:",
      "      - uses: actions/checkout@v4",
      "      - uses: docker://alpine:3.20",
      "      - uses: docker/setup-qemu-action@v3",
      "        with:",
      "          image: tonistiigi/binfmt:latest",
      "  test:",
      "    strategy:",
      "      matrix:",
      "        image: [debian:12, 'quay.io/centos/centos:stream9']",
      "    container:",
      "      image: ${{ matrix.image }}",
      "      options: --user root",
      "    env:",
      "      RUNNER_IMAGE: ubuntu:22.04",
      "    steps:",
      "      - run: echo",
      "",
    ].join("\n"),
    after: [
      "on: [push]",
      "jobs:",
      "  build:",
      "    runs-on: ubuntu-latest # a runner label",
      "    container: hub.mirror.example/library/node:20",
      "    services:",
      "      db:",
      '        image: "hub.mirror.example/library/postgres:16"',
      "    steps:",
      "      - uses: actions/checkout@v4",
      "      - uses: docker://hub.mirror.example/library/alpine:3.20",
      "      - uses: docker/setup-qemu-action@v3",
      "        with:",
      "          image: hub.mirror.example/tonistiigi/binfmt:latest",
      "  test:",
      "    strategy:",
      "      matrix:",
      "        image: [hub.mirror.example/library/debian:12, 'quay.mirror.example/centos/centos:stream9']",
      "    container:",
      "      image: ${{ matrix.image }}",
      "      options: --user root",
      "    env:",
      "      RUNNER_IMAGE: ubuntu:22.04",
      "    steps:",
      "      - run: echo",
      "",
    ].join("\n"),
    findings: [
      "5 rewrite node:20 -> hub.mirror.example/library/node:20",
      "8 rewrite postgres:16 -> hub.mirror.example/library/postgres:16",
      "11 rewrite alpine:3.20 -> hub.mirror.example/library/alpine:3.20",
      "14 rewrite tonistiigi/binfmt:latest -> hub.mirror.example/tonistiigi/binfmt:latest",
      "18 rewrite debian:12 -> hub.mirror.example/library/debian:12",
      "18 rewrite quay.io/centos/centos:stream9 -> quay.mirror.example/centos/centos:stream9",
      "20 skipped ${{ matrix.image }}",
    ],
  },
  {
    name: "kubeadm ClusterConfiguration: imageRepository prefixes through the rules' strategy (flatten)",
    file: "kubeadm.conf",
    text: [
      "apiVersion: kubeadm.k8s.io/v1beta3",
      "kind: InitConfiguration",
      "---",
      "apiVersion: kubeadm.k8s.io/v1beta4",
      "kind: ClusterConfiguration",
      "imageRepository: registry.k8s.io   # control plane",
      "kubernetesVersion: v1.31.0",
      "dns:",
      "  imageRepository: registry.k8s.io/coredns",
      "  imageTag: v1.11.3",
      "etcd:",
      "  local:",
      "    imageRepository: quay.io/coreos",
      "    imageTag: v3.5.15",
      "",
    ].join("\n"),
    after: [
      "apiVersion: kubeadm.k8s.io/v1beta3",
      "kind: InitConfiguration",
      "---",
      "apiVersion: kubeadm.k8s.io/v1beta4",
      "kind: ClusterConfiguration",
      "imageRepository: registry.aliyuncs.com/google_containers   # control plane",
      "kubernetesVersion: v1.31.0",
      "dns:",
      "  imageRepository: registry.aliyuncs.com/google_containers",
      "  imageTag: v1.11.3",
      "etcd:",
      "  local:",
      "    imageRepository: quay.mirror.example/coreos",
      "    imageTag: v3.5.15",
      "",
    ].join("\n"),
    findings: [
      "6 rewrite registry.k8s.io -> registry.aliyuncs.com/google_containers",
      "9 rewrite registry.k8s.io/coredns -> registry.aliyuncs.com/google_containers",
      "13 rewrite quay.io/coreos -> quay.mirror.example/coreos",
    ],
  },
  {
    name: "kubeadm ClusterConfiguration without imageRepository (kubeadm's default registry.k8s.io): the key is added",
    file: "cluster.yaml",
    text: "apiVersion: kubeadm.k8s.io/v1beta4\r\nkind: ClusterConfiguration # the cluster\r\nkubernetesVersion: v1.31.0\r\n",
    after:
      "apiVersion: kubeadm.k8s.io/v1beta4\r\nkind: ClusterConfiguration # the cluster\r\nimageRepository: registry.aliyuncs.com/google_containers\r\nkubernetesVersion: v1.31.0\r\n",
    findings: ["2 rewrite registry.k8s.io -> registry.aliyuncs.com/google_containers"],
  },
  {
    name: "kubeadm config rendered from a Jinja template: expressions reported, literals rewritten",
    file: "roles/kubeadm-config.yaml.j2",
    text: [
      "apiVersion: kubeadm.k8s.io/v1beta4",
      "kind: ClusterConfiguration",
      "imageRepository: {{ kube_image_repo }}",
      "etcd:",
      "{% if local %}",
      "  local:",
      '    imageRepository: "{{ etcd_repo | regex_replace("/etcd$","") }}"',
      "{% endif %}",
      "dns:",
      "  imageRepository: quay.io/coredns",
      "",
    ].join("\n"),
    after: [
      "apiVersion: kubeadm.k8s.io/v1beta4",
      "kind: ClusterConfiguration",
      "imageRepository: {{ kube_image_repo }}",
      "etcd:",
      "{% if local %}",
      "  local:",
      '    imageRepository: "{{ etcd_repo | regex_replace("/etcd$","") }}"',
      "{% endif %}",
      "dns:",
      "  imageRepository: quay.mirror.example/coredns",
      "",
    ].join("\n"),
    findings: [
      "3 skipped {{ kube_image_repo }}",
      '7 skipped {{ etcd_repo | regex_replace("/etcd$","") }}',
      "10 rewrite quay.io/coredns -> quay.mirror.example/coredns",
    ],
  },
  {
    name: "Chart.yaml artifacthub.io/images: the images inside the string are rewritten in place",
    file: "chart/Chart.yaml",
    text: [
      "apiVersion: v2",
      "name: demo",
      "version: 1.0.0",
      "annotations:",
      "  artifacthub.io/images: |",
      "    - name: app",
      "      image: quay.io/demo/app:1.0.0",
      "    - name: sidecar",
      '      image: "docker.io/library/busybox:1.36"',
      "      platforms: [linux/amd64]",
      "  artifacthub.io/license: Apache-2.0",
      "",
    ].join("\n"),
    after: [
      "apiVersion: v2",
      "name: demo",
      "version: 1.0.0",
      "annotations:",
      "  artifacthub.io/images: |",
      "    - name: app",
      "      image: quay.mirror.example/demo/app:1.0.0",
      "    - name: sidecar",
      '      image: "hub.mirror.example/library/busybox:1.36"',
      "      platforms: [linux/amd64]",
      "  artifacthub.io/license: Apache-2.0",
      "",
    ].join("\n"),
    findings: [
      "7 rewrite quay.io/demo/app:1.0.0 -> quay.mirror.example/demo/app:1.0.0",
      "9 rewrite docker.io/library/busybox:1.36 -> hub.mirror.example/library/busybox:1.36",
    ],
  },
];

describe("Compose, workflow, kubeadm and Chart.yaml sources", () => {
  for (const c of cases) {
    it(c.name, async () => {
      const run = await fixTwice(c.file, c.text);
      expect(brief(run.findings)).toEqual(c.findings);
      expect(run.after).toBe(c.after);
      expect(run.second.changed).toBe(false);
      expect(run.second.findings.filter((f) => f.kind === "rewrite")).toEqual([]);
    });
  }

  it("a Chart.yaml without the annotation, and other files under .github/, are not sources", async () => {
    const chart = await fixTwice("Chart.yaml", "apiVersion: v2\nname: x\nversion: 1.0.0\n");
    expect(chart.findings).toEqual([]);
    const template = await fixTwice(".github/ISSUE_TEMPLATE/bug.yml", "body:\n  - image: nginx:1.27\n");
    expect(template.findings).toEqual([]);
  });
});
