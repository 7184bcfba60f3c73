import type { ComposeRule } from '../rule.js';

export const DC001: ComposeRule = {
  code: 'DC001',
  severity: 'warning',
  title: 'Obsolete top-level version',
  rationale:
    'The Compose Specification ignores `version:`; Compose v2 warns that it is obsolete, and it suggests features are limited by it when they are not.',
  fix: 'Delete the `version:` line.',
  check: ({ model }) =>
    model.version !== undefined
      ? [{ path: 'version', message: `"version: ${model.version}" is obsolete and ignored` }]
      : [],
};
