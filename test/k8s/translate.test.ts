import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadProject } from '../../src/compose/load.js';
import { kubernetesForProject, type Manifest } from '../../src/k8s/index.js';

function tempTree(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'dw-k8s-'));
  for (const [name, content] of Object.entries(files)) writeFileSync(path.join(dir, name), content);
  return dir;
}

const COMPOSE = `
name: shop
services:
  web:
    build: .
    ports: ["127.0.0.1:8080:3000"]
    environment:
      NODE_ENV: production
      API_TOKEN: sk-proj-abcdefghijklmnopqrstuvwxyz0123456789ABCD
      DATABASE_URL: postgres://app:hunter2@db:5432/app
    depends_on:
      db: { condition: service_healthy }
    read_only: true
    tmpfs: ["/tmp"]
    deploy:
      replicas: 3
      resources:
        limits: { cpus: "0.5", memory: 256M }
        reservations: { memory: 128M }
      update_config: { parallelism: 1, order: start-first, failure_action: rollback }
      placement:
        constraints: ["node.labels.zone==eu-1", "node.role==manager"]
  db:
    image: postgres:16-bookworm
    environment:
      POSTGRES_PASSWORD_FILE: /run/secrets/db-password
    secrets: [db-password]
    volumes: ["db-data:/var/lib/postgresql/data", "./init.sql:/docker-entrypoint-initdb.d/init.sql:ro"]
    healthcheck:
      test: ["CMD-SHELL", "pg_isready -U app"]
      interval: 5s
      timeout: 3s
      retries: 5
      start_period: 20s
    user: "999:999"
    cap_add: [CHOWN]
    devices: ["/dev/fuse"]
volumes:
  db-data: {}
secrets:
  db-password:
    file: ./db-password.txt
`;

const DOCKERFILE =
  'FROM node:24-bookworm-slim\nUSER 1000:1000\nHEALTHCHECK --interval=2s --timeout=2s --retries=3 CMD ["node", "healthcheck.js"]\nCMD ["node", "index.js"]\n';

async function translate() {
  const dir = tempTree({
    'compose.yaml': COMPOSE,
    Dockerfile: DOCKERFILE,
    'db-password.txt': 's3cret',
    'init.sql': '',
  });
  const { project } = await loadProject({ workingDir: dir });
  return kubernetesForProject(project);
}
const find = (manifests: Manifest[], kind: string, name: string) =>
  // biome-ignore lint/suspicious/noExplicitAny: the tests read deep fields of any manifest kind.
  manifests.find((m) => m.kind === kind && m.metadata.name === name) as Record<string, any>;

describe('Compose to Kubernetes', () => {
  it('makes schema-valid Deployments, Services, a ConfigMap and a claim, and references secrets without their values', async () => {
    const result = await translate();
    expect(result.findings.filter((f) => f.code === 'K8S000')).toEqual([]);
    expect(result.valid).toBe(true);
    expect(result.manifests.map((m) => `${m.kind}/${m.metadata.name}`).sort()).toEqual([
      'ConfigMap/db-env',
      'ConfigMap/web-env',
      'Deployment/db',
      'Deployment/web',
      'PersistentVolumeClaim/db-data',
      'Service/web',
    ]);
    expect(result.yaml).not.toMatch(/sk-proj-|hunter2|s3cret/);
    expect(find(result.manifests, 'ConfigMap', 'web-env').data).toEqual({ NODE_ENV: 'production' });
    // A *_FILE variable holds the path of a secret file, not the secret: a plain setting.
    expect(find(result.manifests, 'ConfigMap', 'db-env').data).toEqual({
      POSTGRES_PASSWORD_FILE: '/run/secrets/db-password',
    });
    expect(result.secretsToCreate).toEqual(
      expect.arrayContaining([
        { name: 'web-secrets', keys: ['API_TOKEN', 'DATABASE_URL'], from: 'services.web.environment' },
        { name: 'db-password', keys: ['db-password'], from: 'the file ./db-password.txt' },
      ]),
    );
  });

  it('takes probes and the user from the Dockerfile, limits and rollout from deploy', async () => {
    const { manifests, notTranslated } = await translate();
    const web = find(manifests, 'Deployment', 'web');
    const container = web.spec.template.spec.containers[0];
    expect(web.spec.replicas).toBe(3);
    expect(web.spec.strategy).toEqual({
      type: 'RollingUpdate',
      rollingUpdate: { maxSurge: 1, maxUnavailable: 0 },
    });
    expect(web.spec.template.spec.nodeSelector).toEqual({ zone: 'eu-1' });
    expect(container.readinessProbe).toMatchObject({
      exec: { command: ['node', 'healthcheck.js'] },
      periodSeconds: 2,
    });
    expect(container.securityContext).toMatchObject({
      runAsNonRoot: true,
      runAsUser: 1000,
      runAsGroup: 1000,
      readOnlyRootFilesystem: true,
      allowPrivilegeEscalation: false,
      capabilities: { drop: ['ALL'] },
    });
    expect(container.resources).toEqual({
      limits: { cpu: '500m', memory: '256Mi' },
      requests: { memory: '128Mi' },
    });
    expect(find(manifests, 'Service', 'web').spec.ports).toEqual([
      { name: 'tcp-3000', port: 8080, targetPort: 3000, protocol: 'TCP' },
    ]);
    const keys = notTranslated.map((n) => `${n.service}.${n.key}`);
    expect(keys).toEqual(
      expect.arrayContaining([
        'web.depends_on',
        'web.deploy.placement.constraints',
        'web.deploy.update_config.failure_action',
        'db.devices',
        'db.volumes[1]',
      ]),
    );
  });

  it('maps a CMD-SHELL healthcheck with a start period to exec and startup probes', async () => {
    const db = find((await translate()).manifests, 'Deployment', 'db').spec.template.spec.containers[0];
    expect(db.livenessProbe).toEqual({
      exec: { command: ['/bin/sh', '-c', 'pg_isready -U app'] },
      periodSeconds: 5,
      timeoutSeconds: 3,
      failureThreshold: 5,
    });
    expect(db.startupProbe).toMatchObject({ periodSeconds: 2, failureThreshold: 15 });
    expect(db.securityContext.capabilities).toEqual({ drop: ['ALL'], add: ['CHOWN'] });
    expect(db.volumeMounts).toEqual(
      expect.arrayContaining([
        {
          name: 'secret-db-password',
          mountPath: '/run/secrets/db-password',
          subPath: 'db-password',
          readOnly: true,
        },
      ]),
    );
  });

  it('lints the risks: floating tags, no probes, root, privilege, host namespaces', async () => {
    const dir = tempTree({
      'compose.yaml': 'services:\n  bad:\n    image: nginx\n    privileged: true\n    network_mode: host\n',
    });
    const { project } = await loadProject({ workingDir: dir });
    const result = await kubernetesForProject(project);
    expect(result.valid).toBe(true);
    expect(result.findings.map((f) => f.code).sort()).toEqual([
      'K8S001',
      'K8S002',
      'K8S003',
      'K8S005',
      'K8S006',
      'K8S007',
    ]);
  });
});
