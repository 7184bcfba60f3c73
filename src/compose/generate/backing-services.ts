import type { Rationale } from '../../dockerfile/generate/dockerfile-builder.js';
import type { ServiceNeed } from '../../project/types.js';
import { SERVICE_TEMPLATES } from './services.js';

export const HEALTH_TIMING = { interval: '10s', timeout: '5s', retries: 5, start_period: '20s' };

/** The databases, caches and queues of a stack, and what each app that needs them is given. */
export interface BackingServices {
  services: Record<string, unknown>;
  volumes: Record<string, Record<string, never>>;
  secrets: Record<string, { file: string }>;
  filesToCreate: string[];
  rationale: Rationale[];
}

export function emptyBackingServices(): BackingServices {
  return { services: {}, volumes: {}, secrets: {}, filesToCreate: [], rationale: [] };
}

/** The environment, secrets and depends_on an app gets for the services it needs. */
export interface AppConnections {
  environment: Record<string, string>;
  secrets: string[];
  dependsOn: Record<string, { condition: string }>;
}

/** Adds each needed service once (shared by every app that needs it) and returns the app's connections to them. */
export function addBackingServices(stack: BackingServices, needs: ServiceNeed[]): AppConnections {
  const connections: AppConnections = { environment: {}, secrets: [], dependsOn: {} };
  for (const need of needs) {
    const template = SERVICE_TEMPLATES[need.name];
    Object.assign(connections.environment, template.appEnvironment);
    connections.secrets.push(...template.secrets.filter((s) => !s.includes('root')));
    connections.dependsOn[need.name] = { condition: 'service_healthy' };
    if (stack.services[need.name]) continue;
    const service: Record<string, unknown> = { image: template.image, restart: 'unless-stopped' };
    if (Object.keys(template.environment).length > 0) service.environment = template.environment;
    const ownSecrets = template.mountedSecrets ? [] : template.secrets;
    const mounted = (template.mountedSecrets ?? []).map(({ source, target }) => ({ source, target }));
    if (ownSecrets.length + mounted.length > 0) service.secrets = [...ownSecrets, ...mounted];
    for (const secret of template.secrets) {
      stack.secrets[secret] = { file: `./secrets/${secret}.txt` };
      stack.filesToCreate.push(`secrets/${secret}.txt`);
    }
    for (const secret of template.mountedSecrets ?? []) {
      stack.secrets[secret.source] = { file: `./secrets/${secret.source}.conf` };
      stack.filesToCreate.push(`secrets/${secret.source}.conf (${secret.content})`);
    }
    if (template.dataPath) {
      stack.volumes[`${need.name}-data`] = {};
      service.volumes = [`${need.name}-data:${template.dataPath}`];
    }
    service.healthcheck = { test: template.healthcheck, ...HEALTH_TIMING };
    service.deploy = { resources: { limits: { cpus: '1.0', memory: template.memory } } };
    stack.services[need.name] = service;
    stack.rationale.push({
      choice: `${need.name} (${template.image})`,
      why: `${need.dependency} in ${need.source} talks to ${need.name}. No published port: the app reaches it on the Compose network; data lives in a named volume.`,
    });
  }
  return connections;
}
