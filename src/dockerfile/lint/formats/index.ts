import { formatCheckstyle } from './checkstyle.js';
import { formatGitlab } from './gitlab.js';
import { formatJson } from './json.js';
import type { FileFindings } from './model.js';
import { formatSarif } from './sarif.js';
import { formatTerminal } from './terminal.js';

export type OutputFormat = 'tty' | 'json' | 'sarif' | 'checkstyle' | 'gitlab_codeclimate';

export const OUTPUT_FORMATS: OutputFormat[] = ['tty', 'json', 'sarif', 'checkstyle', 'gitlab_codeclimate'];

export function formatFindings(format: OutputFormat, files: FileFindings[], notes: string[] = []): string {
  switch (format) {
    case 'json':
      return formatJson(files);
    case 'sarif':
      return formatSarif(files);
    case 'checkstyle':
      return formatCheckstyle(files);
    case 'gitlab_codeclimate':
      return formatGitlab(files);
    default:
      return formatTerminal(files, notes);
  }
}
