import { getRuleDoc } from '../docs.js';
import type { FileFindings } from './model.js';

/** One JSON array with a record per finding, like `hadolint -f json`, plus rule docs and fix availability. */
export function formatJson(files: FileFindings[]): string {
  const records = files.flatMap((file) =>
    file.findings.map((f) => {
      const doc = getRuleDoc(f.code);
      return {
        file: file.path,
        line: f.line,
        column: f.column,
        endLine: f.endLine,
        endColumn: f.endColumn,
        code: f.code,
        level: f.severity,
        message: f.message,
        fixable: f.fixable,
        ...(doc ? { docs: `dockwright://rules/${f.code}` } : {}),
      };
    }),
  );
  return JSON.stringify(records, null, 2);
}
