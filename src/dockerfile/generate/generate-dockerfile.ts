import { ToolError } from '../../errors.js';
import { DEFAULT_VERSIONS } from '../../project/runtime-versions.js';
import type { Language, ProjectPlan } from '../../project/types.js';
import { type BaseRole, baseImagesFromEnv, type Flavour } from './base-images.js';
import type { Rationale } from './dockerfile-builder.js';
import { dockerignoreFor } from './dockerignore.js';
import type { Healthcheck } from './healthcheck.js';
import { startRationale } from './start-rationale.js';
import { elixirTemplate, gleamTemplate } from './template-beam.js';
import { denoTemplate } from './template-deno.js';
import { dotnetTemplate } from './template-dotnet.js';
import { goTemplate } from './template-go.js';
import type { TemplateInput, TemplateOutput } from './template-input.js';
import { javaTemplate } from './template-java.js';
import { cppTemplate, shellTemplate } from './template-native.js';
import { nodeTemplate } from './template-node.js';
import { phpTemplate } from './template-php.js';
import { pythonTemplate } from './template-python.js';
import { rubyTemplate } from './template-ruby.js';
import { rustTemplate } from './template-rust.js';
import { staticTemplate } from './template-static.js';

export interface GenerateOptions {
  flavour?: Flavour;
  port?: number;
  /** Runtime version (major.minor), overriding what the project declares. */
  version?: string;
  /** Base image per role; merged over DOCKWRIGHT_BASE_IMAGES. */
  baseImages?: Partial<Record<BaseRole, string>>;
  /** Mount registry credentials as a build secret; on by default when the project has an .npmrc. */
  privateRegistry?: boolean;
  /** Add `# syntax=docker/dockerfile:1` (makes BuildKit pull the frontend from a registry). */
  syntaxLine?: boolean;
}

export interface GeneratedDockerfile {
  dockerfile: string;
  dockerignore: string;
  rationale: Rationale[];
  port?: number;
  user: string;
  healthcheck: Healthcheck;
}

const TEMPLATES: Partial<
  Record<Language, { template: (input: TemplateInput) => TemplateOutput; version: string }>
> = {
  node: { template: nodeTemplate, version: DEFAULT_VERSIONS.node },
  python: { template: pythonTemplate, version: DEFAULT_VERSIONS.python },
  go: { template: goTemplate, version: DEFAULT_VERSIONS.go },
  static: { template: staticTemplate, version: '' },
  rust: { template: rustTemplate, version: DEFAULT_VERSIONS.rust },
  java: { template: javaTemplate, version: DEFAULT_VERSIONS.java },
  csharp: { template: dotnetTemplate, version: DEFAULT_VERSIONS.dotnet },
  fsharp: { template: dotnetTemplate, version: DEFAULT_VERSIONS.dotnet },
  ruby: { template: rubyTemplate, version: DEFAULT_VERSIONS.ruby },
  php: { template: phpTemplate, version: DEFAULT_VERSIONS.php },
  deno: { template: denoTemplate, version: '2' },
  elixir: { template: elixirTemplate, version: '1.18' },
  gleam: { template: gleamTemplate, version: '1.13.0' },
  shell: { template: shellTemplate, version: '' },
  cpp: { template: cppTemplate, version: '' },
};

export function supportedLanguages(): Language[] {
  return Object.keys(TEMPLATES) as Language[];
}

/** A Dockerfile and .dockerignore for a detected project, with the reason for each choice. */
export function generateDockerfile(plan: ProjectPlan, options: GenerateOptions = {}): GeneratedDockerfile {
  if (plan.conflicts.length > 0) {
    throw new ToolError(
      'CONFLICT',
      `Cannot generate a Dockerfile for "${plan.root}": ${plan.conflicts.join(' ')}`,
      'Delete the stale lockfile (or set "packageManager" in package.json), then generate again.',
    );
  }
  const entry = TEMPLATES[plan.language.value];
  if (!entry) {
    throw new ToolError(
      'INVALID_ARGUMENT',
      `Detected a ${plan.language.value} project (from ${plan.language.source}), but dockwright has no Dockerfile template for ${plan.language.value}.`,
      `Templates exist for: ${supportedLanguages().join(', ')}. Write this Dockerfile by hand and check it with dockerfile_lint.`,
    );
  }
  const flavour = options.flavour ?? 'debian';
  const input: TemplateInput = {
    plan,
    flavour,
    port: options.port ?? plan.port?.value,
    version: options.version ?? plan.runtimeVersion?.value ?? entry.version,
    baseImages: { ...baseImagesFromEnv(), ...options.baseImages },
    privateRegistry: options.privateRegistry ?? plan.manifests.includes('.npmrc'),
  };
  const out = entry.template(input);
  const dockerfile = out.builder.render(options.syntaxLine ?? false);
  const rationale: Rationale[] = [
    { choice: `${flavour} base`, why: flavourWhy(flavour) },
    versionWhy(plan, input.version, options.version),
    ...out.builder.rationale,
    startRationale(plan, dockerfile),
    { choice: 'HEALTHCHECK', why: out.healthcheck.why },
    {
      choice: options.syntaxLine ? '# syntax line' : 'no # syntax line',
      why: options.syntaxLine
        ? 'Asked for: BuildKit pulls the dockerfile:1 frontend from a registry on each build.'
        : 'The engine’s built-in frontend handles cache and secret mounts; a syntax line would force a registry pull and break air-gapped builds.',
    },
  ];
  for (const [role, image] of Object.entries(input.baseImages)) {
    rationale.push({
      choice: `${role} image ${image}`,
      why: 'Set by configuration (option baseImages or DOCKWRIGHT_BASE_IMAGES).',
    });
  }
  return {
    dockerfile,
    dockerignore: dockerignoreFor(plan),
    rationale,
    port: out.port ?? input.port,
    user: out.user,
    healthcheck: out.healthcheck,
  };
}

function flavourWhy(flavour: Flavour): string {
  if (flavour === 'alpine') return 'Smaller images; musl libc can break native modules, so test them.';
  if (flavour === 'distroless')
    return 'No shell or package manager in the final image; debug with a debug variant.';
  return 'Debian slim: glibc, so native modules and wheels work, and small enough for production.';
}

function versionWhy(plan: ProjectPlan, version: string, override?: string): Rationale {
  if (!version)
    return {
      choice: 'no runtime version',
      why: 'The image needs no language runtime of a pinned version (static files, a script, a compiled program).',
    };
  const source = override
    ? 'the version option'
    : (plan.runtimeVersion?.source ?? 'dockwright’s default (current LTS)');
  return {
    choice: `${plan.jsRuntime?.value === 'bun' ? 'bun' : plan.language.value} ${version}`,
    why: `From ${source}; the tag pins major.minor and the version sits in an ARG.`,
  };
}
