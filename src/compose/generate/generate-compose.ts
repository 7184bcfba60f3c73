import type { Rationale } from '../../dockerfile/generate/dockerfile-builder.js';
import type { ProjectPlan } from '../../project/types.js';
import { addBackingServices, emptyBackingServices } from './backing-services.js';

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

/** One app of the stack, built from its own Dockerfile. */
export interface ComposeApp {
  /** The Compose service name. */
  name: string;
  plan: ProjectPlan;
  build: { context: string; dockerfile?: string };
  /** The port the app listens on in its container. */
  port?: number;
  /** The published host port, when it differs from `port` (two apps listening on the same one). */
  hostPort?: number;
  /** Addresses of the other apps it calls, e.g. BACKEND_URL=http://backend:8080. */
  environment?: Record<string, string>;
  /** The other apps it calls. */
  dependsOn?: Record<string, { condition: string }>;
  /** Its Dockerfile's probe, repeated so that compose.yaml shows what depends_on waits for. */
  healthcheck?: Record<string, unknown>;
}

/** compose.yaml for the app and the services its dependencies imply. */
export async function generateCompose(
  plan: ProjectPlan,
  options: ComposeOptions = {},
): Promise<GeneratedCompose> {
  return generateAppsCompose(
    [{ name: 'app', plan, build: { context: '.' }, port: options.port ?? plan.port?.value }],
    options,
  );
}

/** compose.yaml for one or more apps and the services their dependencies imply, shared between them. */
export async function generateAppsCompose(
  apps: ComposeApp[],
  options: ComposeOptions = {},
): Promise<GeneratedCompose> {
  const { stringify } = await import('../../yaml.js');
  const address = options.publishAddress ?? '127.0.0.1';
  const stack = emptyBackingServices();
  const appServices: Record<string, unknown> = {};
  const portRationale: Rationale[] = [];
  for (const app of apps) {
    const connections = addBackingServices(stack, app.plan.services);
    const service: Record<string, unknown> = { build: app.build, restart: 'unless-stopped' };
    const environment = { ...connections.environment, ...app.environment };
    if (app.port !== undefined) {
      const published = app.hostPort ?? app.port;
      service.ports = [`${address}:${published}:${app.port}`];
      service.environment = { PORT: String(app.port), ...environment };
      portRationale.push({
        choice: `${apps.length > 1 ? `${app.name} ` : ''}ports ${address}:${published}:${app.port}`,
        why:
          published === app.port
            ? 'Published on loopback only; change the address deliberately to expose it on the network.'
            : `Published on loopback only, on ${published} because another app already publishes ${app.port}.`,
      });
    } else if (Object.keys(environment).length > 0) {
      service.environment = environment;
    }
    if (app.healthcheck) service.healthcheck = app.healthcheck;
    if (connections.secrets.length > 0) service.secrets = connections.secrets;
    const dependsOn = { ...connections.dependsOn, ...app.dependsOn };
    if (Object.keys(dependsOn).length > 0) service.depends_on = dependsOn;
    service.security_opt = ['no-new-privileges:true'];
    service.deploy = { resources: { limits: { cpus: '1.0', memory: '512M' } } };
    appServices[app.name] = service;
  }

  const document: Record<string, unknown> = { services: { ...stack.services, ...appServices } };
  if (Object.keys(stack.volumes).length > 0) document.volumes = stack.volumes;
  if (Object.keys(stack.secrets).length > 0) document.secrets = stack.secrets;

  const rationale: Rationale[] = [
    ...stack.rationale,
    ...portRationale,
    apps.some((app) => app.healthcheck)
      ? {
          choice: 'healthcheck per app',
          why: 'The probe and timing of its Dockerfile’s HEALTHCHECK, so that compose.yaml shows what depends_on: service_healthy waits for.',
        }
      : {
          choice: 'app healthcheck from the image',
          why: 'The Dockerfile’s HEALTHCHECK applies; Compose does not repeat it.',
        },
    {
      choice: 'deploy.resources.limits',
      why: 'A runaway process cannot take the whole host’s memory or CPU.',
    },
    { choice: 'no-new-privileges', why: 'setuid binaries cannot raise the app’s privileges.' },
  ];
  if (Object.keys(stack.services).length > 0) {
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
  return { compose: stringify(document, { lineWidth: 0 }), rationale, filesToCreate: stack.filesToCreate };
}
