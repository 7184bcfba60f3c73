import type { FileFindings } from './model.js';

function escapeXml(text: string): string {
  return text.replace(
    /[<>&"']/g,
    (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c] ?? c,
  );
}

/** Checkstyle XML, read by Jenkins warnings-ng, reviewdog and many CI dashboards. */
export function formatCheckstyle(files: FileFindings[]): string {
  const lines = ['<?xml version="1.0" encoding="UTF-8"?>', '<checkstyle version="4.3">'];
  for (const file of files) {
    lines.push(`  <file name="${escapeXml(file.path)}">`);
    for (const f of file.findings) {
      const severity = f.severity === 'style' ? 'info' : f.severity;
      lines.push(
        `    <error line="${f.line}" column="${f.column}" severity="${severity}" message="${escapeXml(f.message)}" source="${f.code}"/>`,
      );
    }
    lines.push('  </file>');
  }
  lines.push('</checkstyle>');
  return lines.join('\n');
}
