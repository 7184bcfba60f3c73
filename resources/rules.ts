import { ToolError } from '../src/errors.js';
import { defineResourceTemplate } from '../src/toolkit/resource.js';
import { allLintRuleCodes, findLintRuleDoc } from '../src/toolkit/rule-docs.js';

export default defineResourceTemplate({
  name: 'lint-rule',
  title: 'Lint rule documentation',
  description:
    'Why a Dockerfile or Compose lint rule matters and how to fix what it finds, by code (DL3008, DW1001, DC004…).',
  uriTemplate: 'dockwright://rules/{code}',
  mimeType: 'text/markdown',
  variable: 'code',
  async complete(_ctx, typed) {
    return allLintRuleCodes().filter((code) => code.startsWith(typed.toUpperCase()));
  },
  async list() {
    return allLintRuleCodes().map((code) => ({
      uri: `dockwright://rules/${code}`,
      name: `${code}: ${findLintRuleDoc(code)?.title ?? ''}`,
    }));
  },
  async read(_ctx, code) {
    const doc = findLintRuleDoc(code);
    if (!doc)
      throw new ToolError(
        'NOT_FOUND',
        `No lint rule "${code}".`,
        'Complete the code, or see resources/list.',
      );
    return doc.markdown;
  },
});
