import { ToolError } from '../../errors.js';
import type { LabelType, LintConfig, Severity } from './types.js';

export function defaultLintConfig(overrides: Partial<LintConfig> = {}): LintConfig {
  return {
    ignored: [],
    trustedRegistries: [],
    override: {},
    labelSchema: {},
    strictLabels: false,
    failureThreshold: 'info',
    noFail: false,
    disableIgnorePragma: false,
    ...overrides,
  };
}

const SEVERITIES = ['error', 'warning', 'info', 'style'];
const LABEL_TYPES = ['text', 'url', 'email', 'rfc3339', 'semver', 'hash', 'spdx'];

function stringList(value: unknown, key: string): string[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value) || !value.every((v) => typeof v === 'string')) {
    throw new ToolError(
      'INVALID_ARGUMENT',
      `Lint config key "${key}" must be a list of strings.`,
      `Write it as: ${key}: [DL3008]`,
    );
  }
  return value;
}

/** Reads the fields of a `.hadolint.yaml` document (already parsed from YAML). */
export function configFromHadolintYaml(doc: unknown): LintConfig {
  const raw = (doc ?? {}) as Record<string, unknown>;
  const override: Partial<Record<Severity, string[]>> = {};
  const rawOverride = (raw.override ?? {}) as Record<string, unknown>;
  for (const [key, value] of Object.entries(rawOverride)) {
    if (!SEVERITIES.includes(key)) {
      throw new ToolError(
        'INVALID_ARGUMENT',
        `Unknown severity "${key}" under override.`,
        `Use one of ${SEVERITIES.join(', ')}.`,
      );
    }
    override[key as Severity] = stringList(value, `override.${key}`);
  }
  const labelSchema: Record<string, LabelType> = {};
  for (const [label, type] of Object.entries((raw['label-schema'] ?? {}) as Record<string, unknown>)) {
    if (typeof type !== 'string' || !LABEL_TYPES.includes(type)) {
      throw new ToolError(
        'INVALID_ARGUMENT',
        `Label "${label}" has unknown type "${String(type)}".`,
        `Use one of ${LABEL_TYPES.join(', ')}.`,
      );
    }
    labelSchema[label] = type as LabelType;
  }
  const threshold = raw['failure-threshold'];
  if (threshold !== undefined && !['none', ...SEVERITIES].includes(String(threshold))) {
    throw new ToolError(
      'INVALID_ARGUMENT',
      `Unknown failure-threshold "${String(threshold)}".`,
      'Use error, warning, info, style or none.',
    );
  }
  return defaultLintConfig({
    ignored: stringList(raw.ignored, 'ignored'),
    trustedRegistries: stringList(raw.trustedRegistries, 'trustedRegistries'),
    override,
    labelSchema,
    strictLabels: raw['strict-labels'] === true,
    failureThreshold: (threshold as Severity | 'none' | undefined) ?? 'info',
    noFail: raw['no-fail'] === true,
    disableIgnorePragma: raw['disable-ignore-pragma'] === true,
  });
}

/** Loads `.hadolint.yaml` (or `.hadolint.yml`, or the file `name`) from `dir` when present. */
export async function loadLintConfig(dir: string, name?: string): Promise<LintConfig | undefined> {
  const { readFile } = await import('node:fs/promises');
  const path = await import('node:path');
  const { parse } = await import('../../yaml.js');
  for (const candidate of name ? [name] : ['.hadolint.yaml', '.hadolint.yml']) {
    let text: string;
    try {
      text = await readFile(path.join(dir, candidate), 'utf8');
    } catch {
      continue;
    }
    try {
      return configFromHadolintYaml(parse(text));
    } catch (error) {
      if (error instanceof ToolError) throw error;
      throw new ToolError(
        'INVALID_ARGUMENT',
        `${candidate} in ${dir} is not valid YAML: ${(error as Error).message}`,
        'Fix the YAML syntax.',
      );
    }
  }
  return undefined;
}
