import { getRuleDoc, listRuleCodes } from '../src/dockerfile/lint/docs.js';
import { ToolError } from '../src/errors.js';
import { defineResourceTemplate } from '../src/toolkit/resource.js';

export default defineResourceTemplate({
  name: 'lint-rule',
  title: 'Lint rule documentation',
  description:
    'Why a Dockerfile or Compose lint rule matters and how to fix what it finds, by code (DL3008, DW1001…).',
  uriTemplate: 'dockwright://rules/{code}',
  mimeType: 'text/markdown',
  variable: 'code',
  async complete(_ctx, typed) {
    return listRuleCodes().filter((code) => code.startsWith(typed.toUpperCase()));
  },
  async list() {
    return listRuleCodes().map((code) => ({
      uri: `dockwright://rules/${code}`,
      name: `${code}: ${getRuleDoc(code)?.title ?? ''}`,
    }));
  },
  async read(_ctx, code) {
    const doc = getRuleDoc(code);
    if (!doc)
      throw new ToolError(
        'NOT_FOUND',
        `No lint rule "${code}".`,
        'Complete the code, or see resources/list.',
      );
    return doc.markdown;
  },
});
