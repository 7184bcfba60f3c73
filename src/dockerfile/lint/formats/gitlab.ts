import { createHash } from 'node:crypto';
import type { Severity } from '../types.js';
import type { FileFindings } from './model.js';

const GITLAB_SEVERITY: Record<Severity, string> = {
  error: 'critical',
  warning: 'major',
  info: 'minor',
  style: 'info',
};

/** GitLab Code Quality report (the `codequality` artifact): a JSON array of issues. */
export function formatGitlab(files: FileFindings[]): string {
  const issues = files.flatMap((file) =>
    file.findings.map((f) => ({
      description: `${f.code}: ${f.message}`,
      check_name: f.code,
      fingerprint: createHash('sha256').update(`${file.path}:${f.line}:${f.code}:${f.message}`).digest('hex'),
      severity: GITLAB_SEVERITY[f.severity],
      location: { path: file.path, lines: { begin: f.line, end: f.endLine } },
    })),
  );
  return JSON.stringify(issues, null, 2);
}
