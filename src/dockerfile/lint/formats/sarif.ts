import { pathToFileURL } from 'node:url';
import { VERSION } from '../../../version.js';
import { getRuleDoc } from '../docs.js';
import type { Severity } from '../types.js';
import type { FileFindings } from './model.js';

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = {
  error: 'error',
  warning: 'warning',
  info: 'note',
  style: 'note',
};

function ruleDescriptor(code: string) {
  const doc = getRuleDoc(code);
  const title = doc?.title ?? (code === 'DL1000' ? 'The Dockerfile could not be parsed.' : code);
  return {
    id: code,
    shortDescription: { text: title },
    fullDescription: { text: title },
    help: { text: doc?.markdown ?? title, markdown: doc?.markdown ?? title },
    defaultConfiguration: { level: LEVEL[(doc?.severity as Severity) ?? 'error'] ?? 'note' },
    properties: { tags: [code.startsWith('DW') ? 'security' : 'maintainability', 'dockerfile'] },
  };
}

/**
 * A relative path stays a relative URI reference (what GitHub code scanning resolves against
 * the repository); an absolute one becomes a file: URI, since a reference starting with "/"
 * would not combine with a base URI.
 */
function artifactUri(filePath: string): string {
  const slashed = filePath.split('\\').join('/');
  if (/^[A-Za-z]:\//.test(slashed))
    return `file:///${slashed.split('/').map(encodeURIComponent).join('/').replace('%3A', ':')}`;
  if (slashed.startsWith('/')) return pathToFileURL(slashed).href;
  return slashed.split('/').map(encodeURIComponent).join('/');
}

/** SARIF 2.1.0, the format GitHub code scanning uploads (`github/codeql-action/upload-sarif`). */
export function formatSarif(files: FileFindings[]): string {
  const codes = [...new Set(files.flatMap((f) => f.findings.map((x) => x.code)))].sort();
  const index = new Map(codes.map((c, i) => [c, i]));
  const results = files.flatMap((file) =>
    file.findings.map((f) => ({
      ruleId: f.code,
      ruleIndex: index.get(f.code),
      level: LEVEL[f.severity],
      message: { text: f.message },
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: artifactUri(file.path) },
            region: { startLine: f.line, startColumn: f.column, endLine: f.endLine, endColumn: f.endColumn },
          },
        },
      ],
    })),
  );
  const sarif = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'dockwright',
            version: VERSION,
            informationUri: 'https://github.com/hadolint/hadolint/wiki',
            rules: codes.map(ruleDescriptor),
          },
        },
        results,
      },
    ],
  };
  return JSON.stringify(sarif, null, 2);
}
