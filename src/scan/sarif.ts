import type { Finding, ScanResult, Severity } from './model.js';
import { findingId, findingMessage } from './summary.js';

const levelOf: Record<Severity, 'error' | 'warning' | 'note'> = {
  CRITICAL: 'error',
  HIGH: 'error',
  MEDIUM: 'warning',
  LOW: 'note',
  UNKNOWN: 'note',
};

const securitySeverity: Record<Severity, string> = {
  CRITICAL: '9.5',
  HIGH: '8.0',
  MEDIUM: '5.5',
  LOW: '2.0',
  UNKNOWN: '0.0',
};

/** A SARIF artifact URI: a relative path, without the spaces and parentheses image targets carry. */
function artifactUri(target: string): string {
  const path = target.replace(/ \(.*\)$/, '').replace(/^\/+/, '');
  return encodeURI(path || 'image');
}

function ruleOf(finding: Finding) {
  const title =
    finding.kind === 'vulnerability'
      ? (finding.title ?? finding.id)
      : finding.kind === 'license'
        ? finding.name
        : finding.title;
  const url =
    finding.kind === 'vulnerability' || finding.kind === 'misconfiguration' ? finding.url : undefined;
  return {
    id: findingId(finding),
    name: finding.kind,
    shortDescription: { text: title },
    ...(url ? { helpUri: url } : {}),
    defaultConfiguration: { level: levelOf[finding.severity] },
    properties: {
      'security-severity': securitySeverity[finding.severity],
      tags: [finding.kind, finding.severity],
    },
  };
}

function locationOf(finding: Finding) {
  const line =
    finding.kind === 'misconfiguration'
      ? finding.startLine
      : finding.kind === 'secret'
        ? finding.line
        : undefined;
  return {
    physicalLocation: {
      artifactLocation: { uri: artifactUri(finding.target) },
      ...(line ? { region: { startLine: line } } : {}),
    },
  };
}

/** SARIF 2.1.0, one run, one rule per finding id. */
export function toSarif(result: ScanResult): object {
  const rules = new Map<string, ReturnType<typeof ruleOf>>();
  for (const finding of result.findings) {
    if (!rules.has(findingId(finding))) rules.set(findingId(finding), ruleOf(finding));
  }
  const ruleIndex = new Map([...rules.keys()].map((id, index) => [id, index]));
  const engine = result.engine;
  return {
    version: '2.1.0',
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    runs: [
      {
        tool: {
          driver: {
            name: engine.name === 'trivy' ? 'Trivy' : 'dockwright',
            version: engine.version,
            informationUri:
              engine.name === 'trivy'
                ? 'https://github.com/aquasecurity/trivy'
                : 'https://www.npmjs.com/package/dockwright',
            rules: [...rules.values()],
          },
        },
        results: result.findings.map((finding) => ({
          ruleId: findingId(finding),
          ruleIndex: ruleIndex.get(findingId(finding)),
          level: levelOf[finding.severity],
          message: { text: findingMessage(finding) },
          locations: [locationOf(finding)],
        })),
        properties: { target: result.target, vulnerabilityStatus: result.vulnerabilityStatus },
      },
    ],
  };
}
