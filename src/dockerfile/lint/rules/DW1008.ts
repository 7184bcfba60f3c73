import { defineRule, eachRunCommand } from '../rule-kinds.js';

/** World-writable without the sticky bit (`chmod 1777 /tmp` is the normal, safe exception). */
export function isWorldWritableMode(mode: string): boolean {
  const numeric = /^0*([0-7]?)([0-7]{3})$/.exec(mode);
  if (numeric) {
    const sticky = numeric[1] !== '' && (Number(numeric[1]) & 1) === 1;
    return (Number(numeric[2][2]) & 2) === 2 && !sticky;
  }
  return mode
    .split(',')
    .some((part) => /^[ugoa]*[oa][ugoa]*[+=][rwxXst]*w/.test(part) || /^[+=][rwxXst]*w/.test(part));
}

export const DW1008 = defineRule({
  code: 'DW1008',
  severity: 'warning',
  title: 'chmod makes files world-writable (777 or o+w).',
  docs: {
    why: 'A world-writable file or directory can be changed by any user in the container, which turns a small foothold into code execution.',
    howToFix:
      'Give ownership to the app user instead: `COPY --chown=app:app` or `chown app:app /data && chmod 750 /data`.',
    references: ['CIS Docker Benchmark 4.8 (file permissions)'],
  },
  check: eachRunCommand(
    (c) => c.name === 'chmod' && c.args.some((a) => !a.startsWith('-') && isWorldWritableMode(a)),
  ),
});
