import { describe, expect, it } from 'vitest';
import { isEnvFile, scanTextForSecrets } from '../../src/scan/secrets/scan-text.js';

// Built from pieces so that this file itself does not look like it leaks anything.
const aws = ['AKIA', 'Z7QX3M2K9PLW4RTY'].join('');
const awsSecret = ['wJalrXUtnFEMI', '/K7MDENG/bPxRfiCYzQ9XkLm2Tq'].join(''); // 40 characters, as AWS issues them
const github = ['ghp_', 'R8kQ2mZ7xV4nT1pL9sW3yB6cD0fH5jK2aE4u'].join('');
const gitlab = ['glpat-', 'x9Yk2LmN4pQr7StUv1Wz'].join('');
const slack = ['xoxb-', '2048193-884213-Qw9Er7Ty5Ui3Op1As'].join('');
const webhook = ['https://hooks.slack.com/services/', 'T0ABCDEF1/B0GHIJKL2/q1w2e3r4t5y6u7i8o9p0a1s2'].join(
  '',
);

const cases: [string, string, string][] = [
  ['aws-access-key-id', `key = "${aws}"`, 'AKIA'],
  ['aws-secret-access-key', `aws_secret_access_key = ${awsSecret}`, 'aws_secret_access_key = '],
  ['github-token', `token: ${github}`, 'ghp_'],
  ['gitlab-token', `GITLAB=${gitlab}`, 'glpat-'],
  ['slack-token', `SLACK_BOT=${slack}`, 'xoxb-'],
  ['slack-webhook', `url: ${webhook}`, 'https://hooks.slack.com/services/'],
];

describe('secret rules', () => {
  for (const [rule, text, prefix] of cases) {
    it(`${rule} is caught, its value masked and its visible prefix kept`, () => {
      const [match] = scanTextForSecrets(`line one\n${text}\n`, 'config.yml');
      expect(match).toMatchObject({ ruleId: rule, line: 2 });
      expect(match.masked.startsWith(prefix)).toBe(true);
      expect(match.masked).toBe(`${prefix}****`);
    });
  }

  it('finds private keys by their armour and never keeps the body', () => {
    const body = 'MIIEpAIBAAKCAQEA1n2b9Yk7Hf3LqP0s4Xw8Tz6Vc5Rj2Mn1Bg9Kd3Fh7Qa0Lp2Zs';
    const [match] = scanTextForSecrets(
      `-----BEGIN RSA PRIVATE KEY-----\n${body}\n-----END RSA PRIVATE KEY-----\n`,
      'id_rsa',
    );
    expect(match).toMatchObject({
      ruleId: 'private-key',
      line: 1,
      masked: '-----BEGIN RSA PRIVATE KEY-----****',
    });
    expect(
      scanTextForSecrets('-----BEGIN PUBLIC KEY-----\nabc\n-----END PUBLIC KEY-----', 'pub.pem'),
    ).toEqual([]);
  });

  it('reads .env files: secret-looking names with real values, not placeholders or templates', () => {
    const text =
      'PORT=8080\nDB_PASSWORD=s3cr3t-value\nAPI_KEY=\nSECRET_TOKEN=changeme\nexport STRIPE_SECRET="sk_live_abc"\n';
    const found = scanTextForSecrets(text, 'app/.env.production');
    expect(found.map((m) => [m.ruleId, m.line, m.masked])).toEqual([
      ['env-file-secret', 2, 'DB_PASSWORD=****'],
      ['env-file-secret', 5, 'STRIPE_SECRET=****'],
    ]);
    expect(isEnvFile('.env')).toBe(true);
    expect(isEnvFile('deploy/.env.example')).toBe(false);
    expect(scanTextForSecrets(text, 'README.md')).toEqual([]);
  });
});
