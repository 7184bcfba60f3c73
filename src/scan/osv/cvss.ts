import type { Severity } from '../model.js';

/** CVSS v3.x base score from a vector (`CVSS:3.1/AV:N/AC:L/...`), by the specification's formula. */
export function cvss3BaseScore(vector: string): number | undefined {
  const metrics = new Map(vector.split('/').map((part) => part.split(':') as [string, string]));
  const scopeChanged = metrics.get('S') === 'C';
  const weights: Record<string, Record<string, number>> = {
    AV: { N: 0.85, A: 0.62, L: 0.55, P: 0.2 },
    AC: { L: 0.77, H: 0.44 },
    PR: scopeChanged ? { N: 0.85, L: 0.68, H: 0.5 } : { N: 0.85, L: 0.62, H: 0.27 },
    UI: { N: 0.85, R: 0.62 },
    C: { H: 0.56, L: 0.22, N: 0 },
    I: { H: 0.56, L: 0.22, N: 0 },
    A: { H: 0.56, L: 0.22, N: 0 },
  };
  const value = (name: string) => weights[name][metrics.get(name) ?? ''];
  const all = ['AV', 'AC', 'PR', 'UI', 'C', 'I', 'A'].map(value);
  if (all.some((weight) => weight === undefined) || !metrics.has('S')) return undefined;
  const [av, ac, pr, ui, c, i, a] = all;
  const iss = 1 - (1 - c) * (1 - i) * (1 - a);
  const impact = scopeChanged ? 7.52 * (iss - 0.029) - 3.25 * (iss - 0.02) ** 15 : 6.42 * iss;
  if (impact <= 0) return 0;
  const exploitability = 8.22 * av * ac * pr * ui;
  const raw = scopeChanged ? 1.08 * (impact + exploitability) : impact + exploitability;
  return Math.ceil(Math.min(raw, 10) * 10 - 1e-9) / 10;
}

export function severityOfScore(score: number): Severity {
  if (score >= 9) return 'CRITICAL';
  if (score >= 7) return 'HIGH';
  if (score >= 4) return 'MEDIUM';
  if (score > 0) return 'LOW';
  return 'UNKNOWN';
}
