import type { Severity } from '../model.js';

export interface SecretRule {
  id: string;
  title: string;
  severity: Severity;
  /** Global regex; capture group `secret` is the value to mask, `prefix` (optional) stays visible. */
  pattern: RegExp;
}

/** Token formats as their issuers publish them. */
export const secretRules: SecretRule[] = [
  {
    id: 'private-key',
    title: 'Private key',
    severity: 'HIGH',
    // A real key body has long base64 runs; documentation placeholders (`\nXXXX\nXXXX\n`) do not.
    pattern:
      /(?<prefix>-----BEGIN[ A-Z0-9]*PRIVATE KEY(?: BLOCK)?-----)(?<secret>[\s\S]*?[A-Za-z0-9+/]{32}[\s\S]*?)-----END[ A-Z0-9]*PRIVATE KEY(?: BLOCK)?-----/g,
  },
  {
    id: 'aws-access-key-id',
    title: 'AWS access key ID',
    severity: 'CRITICAL',
    pattern: /\b(?<prefix>AKIA|ASIA|ABIA|ACCA)(?<secret>[A-Z0-9]{16})\b/g,
  },
  {
    id: 'aws-secret-access-key',
    title: 'AWS secret access key',
    severity: 'CRITICAL',
    pattern:
      /(?<prefix>aws_?secret_?access_?key["']?\s*[:=]\s*["']?)(?<secret>[A-Za-z0-9/+=]{40})(?![A-Za-z0-9/+=])/gi,
  },
  {
    id: 'github-token',
    title: 'GitHub token',
    severity: 'CRITICAL',
    pattern: /\b(?<prefix>gh[pousr]_)(?<secret>[A-Za-z0-9]{36,255})\b/g,
  },
  {
    id: 'github-fine-grained-token',
    title: 'GitHub fine-grained personal access token',
    severity: 'CRITICAL',
    pattern: /\b(?<prefix>github_pat_)(?<secret>[A-Za-z0-9_]{82})\b/g,
  },
  {
    id: 'gitlab-token',
    title: 'GitLab personal access token',
    severity: 'CRITICAL',
    pattern: /\b(?<prefix>glpat-)(?<secret>[A-Za-z0-9_-]{20,})/g,
  },
  {
    id: 'slack-token',
    title: 'Slack token',
    severity: 'HIGH',
    pattern: /\b(?<prefix>xox[abposr]-)(?<secret>[0-9A-Za-z-]{10,})/g,
  },
  {
    id: 'slack-webhook',
    title: 'Slack incoming webhook URL',
    severity: 'MEDIUM',
    pattern:
      /(?<prefix>https:\/\/hooks\.slack\.com\/services\/)(?<secret>T[A-Z0-9]+\/B[A-Z0-9]+\/[A-Za-z0-9]+)/g,
  },
];
