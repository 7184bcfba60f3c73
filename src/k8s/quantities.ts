/** Compose memory sizes (`64m`, `1.5g`, bytes) as Kubernetes quantities (`64Mi`). */
export function memoryQuantity(value: string | number): string | undefined {
  if (typeof value === 'number') return String(Math.round(value));
  const match = /^(\d+(?:\.\d+)?)\s*([bkmg]?)b?$/i.exec(value.trim());
  if (!match) return undefined;
  const [, amount, unit] = match;
  const suffix = { '': '', b: '', k: 'Ki', m: 'Mi', g: 'Gi' }[unit.toLowerCase()] ?? '';
  if (Number.isInteger(Number(amount))) return `${Number(amount)}${suffix}`;
  const factor = { '': 1, Ki: 1024, Mi: 1024 ** 2, Gi: 1024 ** 3 }[suffix] ?? 1;
  return String(Math.round(Number(amount) * factor));
}

/** Compose CPUs (`0.5`, `"1.25"`) as Kubernetes millicores (`500m`). */
export function cpuQuantity(value: string | number): string | undefined {
  const cpus = Number(value);
  if (!Number.isFinite(cpus) || cpus <= 0) return undefined;
  const millicores = Math.round(cpus * 1000);
  return millicores % 1000 === 0 ? String(millicores / 1000) : `${millicores}m`;
}

/** Compose durations (`1m30s`, `500ms`, `10s`) in whole seconds, at least 1. */
export function durationSeconds(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const units: Record<string, number> = { h: 3600, m: 60, s: 1, ms: 0.001, us: 1e-6, ns: 1e-9 };
  let total = 0;
  let rest = value.trim();
  while (rest) {
    const part = /^(\d+(?:\.\d+)?)(h|ms|m|s|us|ns)/.exec(rest);
    if (!part) return undefined;
    total += Number(part[1]) * units[part[2]];
    rest = rest.slice(part[0].length);
  }
  return Math.max(1, Math.ceil(total));
}
