import { ToolError } from '../../errors.js';

export type Flavour = 'debian' | 'alpine' | 'distroless';
export const FLAVOURS = ['debian', 'alpine', 'distroless'] as const;

/** The parts of an image a template asks for; each can be overridden by configuration. */
export const BASE_ROLES = [
  'node',
  'node-runtime',
  'bun',
  'deno',
  'python',
  'python-runtime',
  'go',
  'runtime',
  'static',
  'rust',
  'java-build',
  'java',
  'dotnet-sdk',
  'dotnet',
  'ruby',
  'php',
  'cpp',
  'elixir',
  'gleam',
] as const;
export type BaseRole = (typeof BASE_ROLES)[number];

export const isBaseRole = (key: string): key is BaseRole => (BASE_ROLES as readonly string[]).includes(key);

export interface BaseImage {
  /** What FROM says, e.g. `node:${NODE_VERSION}-bookworm-slim` or an override verbatim. */
  ref: string;
  /** The ARG that carries the version, declared before the first FROM. */
  arg?: { name: string; value: string };
  overridden: boolean;
}

/** Reads DOCKWRIGHT_BASE_IMAGES: `role=image,role=image` or a JSON object. */
export function baseImagesFromEnv(
  text = process.env.DOCKWRIGHT_BASE_IMAGES,
): Partial<Record<BaseRole, string>> {
  if (!text?.trim()) return {};
  let entries: Array<[string, unknown]>;
  if (text.trim().startsWith('{')) {
    try {
      entries = Object.entries(JSON.parse(text) as Record<string, unknown>);
    } catch {
      throw new ToolError(
        'INVALID_ARGUMENT',
        'DOCKWRIGHT_BASE_IMAGES is not valid JSON.',
        'Use role=image pairs separated by commas, or a JSON object.',
      );
    }
  } else {
    entries = text.split(',').map((pair) => {
      const at = pair.indexOf('=');
      return [pair.slice(0, at).trim(), pair.slice(at + 1).trim()];
    });
  }
  const result: Partial<Record<BaseRole, string>> = {};
  for (const [role, image] of entries) {
    if (!isBaseRole(role) || typeof image !== 'string' || image === '') {
      throw new ToolError(
        'INVALID_ARGUMENT',
        `DOCKWRIGHT_BASE_IMAGES names an unknown role "${role}" or an empty image.`,
        `Roles: ${BASE_ROLES.join(', ')}.`,
      );
    }
    result[role] = image;
  }
  return result;
}

/** Picks the image for a role: an override wins, else the template's default with its version in an ARG. */
export function baseImage(
  role: BaseRole,
  overrides: Partial<Record<BaseRole, string>>,
  fallback: { repo: string; arg?: string; version?: string; suffix?: string; tag?: string },
): BaseImage {
  const override = overrides[role];
  if (override) return { ref: override, overridden: true };
  if (fallback.arg && fallback.version) {
    return {
      ref: `${fallback.repo}:\${${fallback.arg}}${fallback.suffix ?? ''}`,
      arg: { name: fallback.arg, value: fallback.version },
      overridden: false,
    };
  }
  return { ref: `${fallback.repo}:${fallback.tag}`, overridden: false };
}
