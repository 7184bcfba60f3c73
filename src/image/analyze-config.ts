import type { ImageConfigFile } from './layers.js';

export interface RuntimeSettings {
  user: string;
  runsAsRoot: boolean;
  workingDir?: string;
  entrypoint: string[];
  cmd: string[];
  exposedPorts: string[];
  healthcheck?: { test: string[]; intervalSeconds?: number; timeoutSeconds?: number; retries?: number };
  /** Names only: values are never returned. */
  envNames: string[];
  /** Environment variables whose names suggest a secret and that carry a value. */
  secretLikeEnv: string[];
  labels: Record<string, string>;
}

interface ContainerConfig {
  User?: string;
  WorkingDir?: string;
  Entrypoint?: string[] | null;
  Cmd?: string[] | null;
  ExposedPorts?: Record<string, unknown> | null;
  Env?: string[] | null;
  Labels?: Record<string, string> | null;
  Healthcheck?: { Test?: string[]; Interval?: number; Timeout?: number; Retries?: number } | null;
}

const SECRET_NAME = /(PASSWORD|PASSWD|SECRET|TOKEN|API_?KEY|PRIVATE_?KEY|ACCESS_?KEY|CREDENTIALS?)/i;
const NANOS_PER_SECOND = 1e9;

/** The settings a container of this image starts with, from the image config. */
export function runtimeSettings(config: ImageConfigFile): RuntimeSettings {
  const settings = (config.config ?? {}) as ContainerConfig;
  const user = settings.User ?? '';
  const userName = user.split(':')[0];
  const env = settings.Env ?? [];
  const health = settings.Healthcheck;
  const hasHealthcheck = health?.Test?.length && health.Test[0] !== 'NONE';
  const labels = Object.fromEntries(
    Object.entries(settings.Labels ?? {}).map(([key, value]) => [
      key,
      value.length > 200 ? `${value.slice(0, 200)}…` : value,
    ]),
  );
  return {
    user: user || 'root (not set)',
    runsAsRoot: userName === '' || userName === 'root' || userName === '0',
    workingDir: settings.WorkingDir || undefined,
    entrypoint: settings.Entrypoint ?? [],
    cmd: settings.Cmd ?? [],
    exposedPorts: Object.keys(settings.ExposedPorts ?? {}),
    healthcheck: hasHealthcheck
      ? {
          test: health!.Test!,
          intervalSeconds: health!.Interval ? health!.Interval / NANOS_PER_SECOND : undefined,
          timeoutSeconds: health!.Timeout ? health!.Timeout / NANOS_PER_SECOND : undefined,
          retries: health!.Retries || undefined,
        }
      : undefined,
    envNames: env.map((item) => item.split('=')[0]),
    secretLikeEnv: env
      .filter(
        (item) =>
          SECRET_NAME.test(item.split('=')[0]) &&
          item.includes('=') &&
          item.split('=').slice(1).join('=').length > 0,
      )
      .map((item) => item.split('=')[0]),
    labels,
  };
}

/** `created_by` as a Dockerfile instruction: drops the shell prefix and BuildKit's ARG prefix. */
export function instructionOf(createdBy: string | undefined): string {
  if (!createdBy) return '(unknown)';
  const text = createdBy
    .replace(/ # buildkit$/, '')
    .replace(/^(RUN )?\|\d+ (\S+=\S* )*/, 'RUN ')
    .replace(/^\/bin\/sh -c #\(nop\)\s+/, '')
    .replace(/^(RUN )?\/bin\/sh -c /, 'RUN ')
    .trim();
  return text.length > 300 ? `${text.slice(0, 300)}…` : text;
}
