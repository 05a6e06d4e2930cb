/**
 * Jinja2 / Ansible template syntax (`{% … %}`, `{{ … }}`, `{# … #}`) replaced by characters YAML
 * reads as plain text, keeping every offset (and newline): a `kubeadm-images.yaml.j2` parses as the
 * YAML it renders to, with each expression an opaque scalar. A statement alone on its line becomes
 * blank; an expression inside a value becomes underscores (quotes inside it too).
 */
export function maskJinja(text: string): string {
  return text.replace(/\{%[\s\S]*?%\}|\{#[\s\S]*?#\}|\{\{[\s\S]*?\}\}/g, (m) => {
    const fill = m.startsWith("{{") ? "_" : " ";
    return m.replace(/[^\r\n]/g, fill);
  });
}
