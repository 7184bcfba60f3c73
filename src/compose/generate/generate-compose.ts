import type { Rationale } from '../../dockerfile/generate/dockerfile-builder.js';
import type { ProjectPlan } from '../../project/types.js';
import { SERVICE_TEMPLATES } from './services.js';

export interface ComposeOptions {
  port?: number;
  /** Host address for the app's published port; 127.0.0.1 unless asked otherwise. */
  publishAddress?: string;
}

export interface GeneratedCompose {
  compose: string;
  rationale: Rationale[];
  /** Files the user must create before `docker compose up` (secret values, env files). */
  filesToCreate: string[];
}

const HEALTH_TIMING = { interval: '10s', timeout: '5s', retries: 5, start_period: '20s' };

/** compose.yaml for the app and the services its dependencies imply. */
export async function generateCompose(
  plan: ProjectPlan,
  options: ComposeOptions = {},
): Promise<GeneratedCompose> {
  const { stringify } = await import('../../yaml.js');
  const port = options.port ?? plan.port?.value;
  const address = options.publishAddress ?? '127.0.0.1';
  const rationale: Rationale[] = [];
  const filesToCreate: string[] = [];
  const services: Record<string, unknown> = {};
  const volumes: Record<string, Record<string, never>> = {};
  const secrets: Record<string, { file: string }> = {};
  const appEnvironment: Record<string, string> = {};
  const appSecrets: string[] = [];
  const dependsOn: Record<string, { condition: string }> = {};

  for (const need of plan.services) {
    const template = SERVICE_TEMPLATES[need.name];
    const service: Record<string, unknown> = { image: template.image, restart: 'unless-stopped' };
    if (Object.keys(template.environment).length > 0) service.environment = template.environment;
    const ownSecrets = template.mountedSecrets ? [] : template.secrets;
    const mounted = (template.mountedSecrets ?? []).map(({ source, target }) => ({ source, target }));
    if (ownSecrets.length + mounted.length > 0) service.secrets = [...ownSecrets, ...mounted];
    for (const secret of template.secrets) {
      secrets[secret] = { file: `./secrets/${secret}.txt` };
      filesToCreate.push(`secrets/${secret}.txt`);
    }
    for (const secret of template.mountedSecrets ?? []) {
      secrets[secret.source] = { file: `./secrets/${secret.source}.conf` };
      filesToCreate.push(`secrets/${secret.source}.conf (${secret.content})`);
    }
    if (template.dataPath) {
      volumes[`${need.name}-data`] = {};
      service.volumes = [`${need.name}-data:${template.dataPath}`];
    }
    service.healthcheck = { test: template.healthcheck, ...HEALTH_TIMING };
    service.deploy = { resources: { limits: { cpus: '1.0', memory: template.memory } } };
    services[need.name] = service;
    Object.assign(appEnvironment, template.appEnvironment);
    appSecrets.push(...template.secrets.filter((s) => !s.includes('root')));
    dependsOn[need.name] = { condition: 'service_healthy' };
    rationale.push({
      choice: `${need.name} (${template.image})`,
      why: `${need.dependency} in ${need.source} talks to ${need.name}. No published port: the app reaches it on the Compose network; data lives in a named volume.`,
    });
  }

  const app: Record<string, unknown> = { build: { context: '.' }, restart: 'unless-stopped' };
  if (port !== undefined) {
    app.ports = [`${address}:${port}:${port}`];
    app.environment = { PORT: String(port), ...appEnvironment };
  } else if (Object.keys(appEnvironment).length > 0) {
    app.environment = appEnvironment;
  }
  if (appSecrets.length > 0) app.secrets = appSecrets;
  if (Object.keys(dependsOn).length > 0) app.depends_on = dependsOn;
  app.security_opt = ['no-new-privileges:true'];
  app.deploy = { resources: { limits: { cpus: '1.0', memory: '512M' } } };
  services.app = app;

  const document: Record<string, unknown> = { services };
  if (Object.keys(volumes).length > 0) document.volumes = volumes;
  if (Object.keys(secrets).length > 0) document.secrets = secrets;

  if (port !== undefined) {
    rationale.push({
      choice: `ports ${address}:${port}:${port}`,
      why: 'Published on loopback only; change the address deliberately to expose it on the network.',
    });
  }
  rationale.push(
    {
      choice: 'app healthcheck from the image',
      why: 'The Dockerfile’s HEALTHCHECK applies; Compose does not repeat it.',
    },
    {
      choice: 'deploy.resources.limits',
      why: 'A runaway process cannot take the whole host’s memory or CPU.',
    },
    { choice: 'no-new-privileges', why: 'setuid binaries cannot raise the app’s privileges.' },
  );
  if (plan.services.length > 0) {
    rationale.push(
      {
        choice: 'depends_on: service_healthy',
        why: 'The app starts once its services answer their healthchecks, not merely once they started.',
      },
      {
        choice: 'Compose secrets',
        why: 'Passwords are read from files under ./secrets (keep them out of git); none is written inline.',
      },
    );
  }
  return { compose: stringify(document, { lineWidth: 0 }), rationale, filesToCreate };
}
