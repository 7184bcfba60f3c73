import { hasAnyFlag } from '../../shell/args.js';
import { defineRule, eachRunCommand } from '../rule-kinds.js';

export const DL3047 = defineRule({
  code: 'DL3047',
  severity: 'info',
  title: 'Avoid use of wget without progress bar. Use `wget --progress=dot:giga <url>`, or `-q`/`-nv`.',
  docs: {
    why: "wget's default progress output floods build logs on large downloads.",
    howToFix: 'Add `--progress=dot:giga`, `-q` or `-nv`.',
    references: [],
  },
  check: eachRunCommand(
    (c) =>
      c.name === 'wget' &&
      !c.args.includes('-nv') &&
      !hasAnyFlag(c, ['progress', 'q', 'quiet', 'no-verbose', 'output-file', 'o', 'append-output', 'a']),
  ),
});
