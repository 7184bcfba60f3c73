import type { FileFindings } from './model.js';

/** `path:line CODE severity: message`, one per line, with a count at the end; the form people read. */
export function formatTerminal(files: FileFindings[], notes: string[] = []): string {
  const lines: string[] = [];
  let total = 0;
  let fixable = 0;
  for (const file of files) {
    for (const f of file.findings) {
      total++;
      if (f.fixable) fixable++;
      lines.push(
        `${file.path}:${f.line} ${f.code} ${f.severity}: ${f.message}${f.fixable ? ' (fixable with --fix)' : ''}`,
      );
    }
  }
  lines.push(...notes);
  const fileCount = `${files.length} file${files.length === 1 ? '' : 's'}`;
  lines.push(
    total === 0
      ? `No findings in ${fileCount}.`
      : `${total} finding${total === 1 ? '' : 's'} in ${fileCount}${fixable ? `, ${fixable} fixable with --fix` : ''}.`,
  );
  return lines.join('\n');
}
