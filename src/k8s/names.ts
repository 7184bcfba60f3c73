/** A Compose name as a DNS-1123 label, which Kubernetes object and container names must be. */
export function dnsLabel(name: string): string {
  const label = name
    .toLowerCase()
    .replace(/[^a-z0-9-]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 63)
    .replace(/-+$/, '');
  return label || 'app';
}

/** The labels that tie a service's objects together and select its pods. */
export function selectorLabels(project: string, service: string): Record<string, string> {
  return {
    'app.kubernetes.io/name': dnsLabel(service),
    'app.kubernetes.io/part-of': dnsLabel(project),
  };
}
