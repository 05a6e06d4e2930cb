// biome-ignore-all lint/suspicious/noTemplateCurlyInString: Dockerfile, Compose and workflow texts, not JS placeholders
import { describe, expect, it } from "vitest";
import { brief, fixTwice } from "./helpers.js";

/**
 * Dockerfile / Containerfile sources: each case is a file, the text `fix` makes of it (every other
 * byte kept), and its findings; a second `fix` changes nothing (idempotence).
 */
interface Case {
  name: string;
  file: string;
  text: string;
  after: string;
  findings: string[];
}

const MULTI_STAGE = `# syntax=docker/dockerfile:1.7
# a comment with FROM ubuntu:22.04 in it
ARG GO=1.23

FROM --platform=$BUILDPLATFORM golang:\${GO}-alpine AS build
RUN --mount=type=cache,target=/root/.cache go build ./...

FROM build AS test
RUN --mount=type=bind,from=build,source=/out,target=/in \\
    --mount=type=bind,from=quay.io/prometheus/busybox:latest,source=/bin,target=/tools true

FROM scratch AS empty

FROM gcr.io/distroless/static:nonroot AS runtime
COPY --from=build /out/app /app
COPY --link --from=docker.io/bitnami/kubectl:1.31 /opt/bitnami/kubectl/bin/kubectl /usr/bin/
COPY --from=0 /etc/passwd /etc/passwd

FROM runtime AS final
COPY --from=test /in /in
`;

const MULTI_STAGE_AFTER = `# syntax=hub.mirror.example/docker/dockerfile:1.7
# a comment with FROM ubuntu:22.04 in it
ARG GO=1.23

FROM --platform=$BUILDPLATFORM hub.mirror.example/library/golang:\${GO}-alpine AS build
RUN --mount=type=cache,target=/root/.cache go build ./...

FROM build AS test
RUN --mount=type=bind,from=build,source=/out,target=/in \\
    --mount=type=bind,from=quay.mirror.example/prometheus/busybox:latest,source=/bin,target=/tools true

FROM scratch AS empty

FROM gcr.mirror.example/distroless/static:nonroot AS runtime
COPY --from=build /out/app /app
COPY --link --from=hub.mirror.example/bitnami/kubectl:1.31 /opt/bitnami/kubectl/bin/kubectl /usr/bin/
COPY --from=0 /etc/passwd /etc/passwd

FROM runtime AS final
COPY --from=test /in /in
`;

const cases: Case[] = [
  {
    name: "multi-stage build with five stages: stage names, scratch and stage indexes are not images",
    file: "Dockerfile",
    text: MULTI_STAGE,
    after: MULTI_STAGE_AFTER,
    findings: [
      "1 rewrite docker/dockerfile:1.7 -> hub.mirror.example/docker/dockerfile:1.7",
      "5 rewrite golang:1.23-alpine -> hub.mirror.example/library/golang:1.23-alpine",
      "10 rewrite quay.io/prometheus/busybox:latest -> quay.mirror.example/prometheus/busybox:latest",
      "14 rewrite gcr.io/distroless/static:nonroot -> gcr.mirror.example/distroless/static:nonroot",
      "16 rewrite docker.io/bitnami/kubectl:1.31 -> hub.mirror.example/bitnami/kubectl:1.31",
    ],
  },
  {
    name: "CRLF line ends survive",
    file: "Containerfile",
    text: "FROM alpine:3.20 AS base\r\nRUN apk add curl\r\nFROM base\r\n",
    after: "FROM hub.mirror.example/library/alpine:3.20 AS base\r\nRUN apk add curl\r\nFROM base\r\n",
    findings: ["1 rewrite alpine:3.20 -> hub.mirror.example/library/alpine:3.20"],
  },
  {
    name: "line continuations and comments between the flags and the image",
    file: "build.Dockerfile",
    text: "FROM --platform=linux/amd64 \\\n  # the base\n  quay.io/centos/centos:stream9 \\\n  AS base\nRUN echo hi \\\n && echo FROM nginx:1.27\n",
    after:
      "FROM --platform=linux/amd64 \\\n  # the base\n  quay.mirror.example/centos/centos:stream9 \\\n  AS base\nRUN echo hi \\\n && echo FROM nginx:1.27\n",
    findings: ["3 rewrite quay.io/centos/centos:stream9 -> quay.mirror.example/centos/centos:stream9"],
  },
  {
    name: "heredoc bodies are not instructions",
    file: "Dockerfile.dev",
    text: "FROM debian:12\nRUN <<EOF\nFROM ubuntu:22.04\necho done\nEOF\nCOPY <<-EOT /etc/x\n\tFROM nginx\nEOT\n",
    after:
      "FROM hub.mirror.example/library/debian:12\nRUN <<EOF\nFROM ubuntu:22.04\necho done\nEOF\nCOPY <<-EOT /etc/x\n\tFROM nginx\nEOT\n",
    findings: ["1 rewrite debian:12 -> hub.mirror.example/library/debian:12"],
  },
  {
    name: "ARG defaults used in FROM are rewritten where they are written; an ARG without default is reported",
    file: "Dockerfile",
    text: [
      'ARG BASE="alpine:3.20"',
      "ARG REGISTRY=quay.io",
      "ARG TAG=v1",
      "ARG CHAINED=${TAG}",
      "ARG RUNTIME",
      "FROM ${BASE} AS one",
      "FROM $REGISTRY/prometheus/node-exporter:$CHAINED AS two",
      "FROM ${RUNTIME} AS three",
      "FROM ${MISSING:-gcr.io/distroless/base} AS four",
      "FROM one${DEBUG:+-debug} AS five",
      "FROM one",
      "",
    ].join("\n"),
    after: [
      'ARG BASE="hub.mirror.example/library/alpine:3.20"',
      "ARG REGISTRY=quay.mirror.example",
      "ARG TAG=v1",
      "ARG CHAINED=${TAG}",
      "ARG RUNTIME",
      "FROM ${BASE} AS one",
      "FROM $REGISTRY/prometheus/node-exporter:$CHAINED AS two",
      "FROM ${RUNTIME} AS three",
      "FROM ${MISSING:-gcr.mirror.example/distroless/base} AS four",
      "FROM one${DEBUG:+-debug} AS five",
      "FROM one",
      "",
    ].join("\n"),
    findings: [
      "1 rewrite alpine:3.20 -> hub.mirror.example/library/alpine:3.20",
      "2 rewrite quay.io/prometheus/node-exporter:v1 -> quay.mirror.example/prometheus/node-exporter:v1",
      "8 skipped ${RUNTIME}",
      "9 rewrite gcr.io/distroless/base -> gcr.mirror.example/distroless/base",
    ],
  },
  {
    name: "the escape directive (backtick continuations)",
    file: "Dockerfile.windows",
    text: "# escape=`\nFROM mcr.microsoft.com/windows/servercore:ltsc2022 AS base\nFROM `\n  docker.io/library/python:3.12-windowsservercore\nRUN echo `\n  hi\n",
    after:
      "# escape=`\nFROM mcr.microsoft.com/windows/servercore:ltsc2022 AS base\nFROM `\n  hub.mirror.example/library/python:3.12-windowsservercore\nRUN echo `\n  hi\n",
    findings: [
      "2 no-rule mcr.microsoft.com/windows/servercore:ltsc2022",
      "4 rewrite docker.io/library/python:3.12-windowsservercore -> hub.mirror.example/library/python:3.12-windowsservercore",
    ],
  },
];

describe("Dockerfile sources", () => {
  for (const c of cases) {
    it(c.name, async () => {
      const run = await fixTwice(c.file, c.text);
      expect(run.after).toBe(c.after);
      expect(brief(run.findings)).toEqual(c.findings);
      expect(run.second.changed).toBe(false);
      expect(run.second.findings.filter((f) => f.kind === "rewrite")).toEqual([]);
    });
  }

  it("an image split by a line continuation inside its text is reported, not edited", async () => {
    const text = "FROM alp\\\nine:3.20\n";
    const run = await fixTwice("Dockerfile", text);
    expect(run.after).toBe(text);
    expect(run.findings.map((f) => f.kind)).toEqual(["unsafe-edit"]);
  });

  it("files that are not Dockerfiles by name are not read as Dockerfiles", async () => {
    const run = await fixTwice("Dockerfile.dockerignore", "FROM alpine:3.20\n");
    expect(run.findings).toEqual([]);
  });
});
