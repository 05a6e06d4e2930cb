import { IMAGE_MAP_HELPER } from "./eval.js";

/** The source name of mirrorize's own helper definitions (never edited: not a file of the tree). */
export const BUILTIN_SOURCE = "mirrorize:builtin-helpers";

/**
 * Named templates that charts call but usually do not carry in their tree (they come from a library
 * chart that `helm dependency build` downloads), written as Go templates with the behaviour those
 * helpers document. The chart's own definitions win over these. Data, not code: one more helper is
 * one more `define`.
 *
 * - `common.images.image` (Bitnami's common library): `global.imageRegistry` wins over the map's
 *   `registry`; the tag falls back to the chart's appVersion; a digest replaces the tag.
 * - `mirrorize.imageMap`: what an unknown image helper given a registry/repository/tag map is read
 *   as (the same composition, without the chart's appVersion).
 */
const HELPERS = `
{{- define "common.images.image" -}}
  {{- $registry := .imageRoot.registry -}}
  {{- with .global -}}{{- with .imageRegistry -}}{{- $registry = . -}}{{- end -}}{{- end -}}
  {{- $end := .imageRoot.tag | toString -}}
  {{- $sep := ":" -}}
  {{- if not .imageRoot.tag -}}{{- with .chart -}}{{- $end = .AppVersion | toString -}}{{- end -}}{{- end -}}
  {{- with .imageRoot.digest -}}{{- $sep = "@" -}}{{- $end = . | toString -}}{{- end -}}
  {{- if $registry -}}{{- $registry -}}/{{- end -}}
  {{- .imageRoot.repository -}}
  {{- if $end -}}{{- $sep -}}{{- $end -}}{{- end -}}
{{- end -}}

{{- define "${IMAGE_MAP_HELPER}" -}}
  {{- $registry := .imageRoot.registry -}}
  {{- with .global -}}{{- with .imageRegistry -}}{{- $registry = . -}}{{- end -}}{{- end -}}
  {{- if $registry -}}{{- $registry -}}/{{- end -}}
  {{- .imageRoot.repository -}}
  {{- with .imageRoot.tag -}}:{{- . -}}{{- end -}}
  {{- with .imageRoot.digest -}}@{{- . -}}{{- end -}}
{{- end -}}
`;

export const BUILTIN_HELPERS: readonly (readonly [string, string])[] = [[BUILTIN_SOURCE, HELPERS]];

export { IMAGE_MAP_HELPER };
