import { hasConfig, tanstackStartVersion, viteOutDir } from './node-build-config.js';
import type { ProjectFiles } from './project-files.js';

export interface NodeFramework {
  name: string;
  /** 'server' runs under Node; 'spa' builds static files that a web server serves. */
  kind: 'server' | 'spa';
  port: number;
  /** What the framework's production build leaves behind, relative to the app dir. */
  outputDir?: string;
  /** The production start command when the framework fixes it. */
  start?: string;
  /** The production build when the package has no build script. */
  build?: string;
}

function nextFramework(files: ProjectFiles): NodeFramework {
  const config = hasConfig(files, 'next.config');
  const output = /output\s*:\s*['"](standalone|export)['"]/.exec(files.readText(config ?? '') ?? '')?.[1];
  if (output === 'export')
    return {
      name: 'Next.js (static export)',
      kind: 'spa',
      port: 8080,
      outputDir: 'out',
      build: 'next build',
    };
  return output === 'standalone'
    ? {
        name: 'Next.js (standalone output)',
        kind: 'server',
        port: 3000,
        outputDir: '.next/standalone',
        start: 'node server.js',
        build: 'next build',
      }
    : {
        name: 'Next.js',
        kind: 'server',
        port: 3000,
        outputDir: '.next',
        start: 'next start',
        build: 'next build',
      };
}

/** Angular's browser build lands in dist/<project>/browser (application builder) or dist/<project>. */
function angularFramework(files: ProjectFiles): NodeFramework {
  const config = files.readJson('angular.json') as
    | {
        projects?: Record<
          string,
          { architect?: { build?: { builder?: string; options?: { outputPath?: unknown } } } }
        >;
      }
    | undefined;
  const [name, project] = Object.entries(config?.projects ?? {})[0] ?? ['app', undefined];
  const build = project?.architect?.build;
  const outputPath =
    typeof build?.options?.outputPath === 'string' ? build.options.outputPath : `dist/${name}`;
  const browser = build?.builder?.endsWith(':application') ? '/browser' : '';
  return {
    name: 'Angular',
    kind: 'spa',
    port: 8080,
    outputDir: `${outputPath}${browser}`,
    build: 'ng build',
  };
}

function astroFramework(deps: Set<string>): NodeFramework {
  return deps.has('@astrojs/node')
    ? {
        name: 'Astro (Node adapter)',
        kind: 'server',
        port: 4321,
        outputDir: 'dist',
        start: 'node dist/server/entry.mjs',
      }
    : { name: 'Astro (static)', kind: 'spa', port: 8080, outputDir: 'dist' };
}

function svelteKitFramework(deps: Set<string>): NodeFramework {
  return deps.has('@sveltejs/adapter-node')
    ? {
        name: 'SvelteKit (Node adapter)',
        kind: 'server',
        port: 3000,
        outputDir: 'build',
        start: 'node build',
      }
    : {
        name: deps.has('@sveltejs/adapter-auto') ? 'SvelteKit (adapter-auto)' : 'SvelteKit',
        kind: 'server',
        port: 3000,
        outputDir: 'build',
        start: 'node build',
      };
}

/**
 * TanStack Start before 1.132 built a Nitro server into .output; since then (without the Nitro
 * plugin) it builds dist/client and a fetch handler in dist/server/server.js, which srvx serves.
 */
function tanstackFramework(files: ProjectFiles): NodeFramework {
  const [major = 0, minor = 0] = tanstackStartVersion(files);
  const nitro = /\bnitro\b/.test(files.readText(hasConfig(files, 'vite.config') ?? '') ?? '');
  if (nitro || major < 1 || (major === 1 && minor < 132))
    return {
      name: 'TanStack Start',
      kind: 'server',
      port: 3000,
      outputDir: '.output',
      start: 'node .output/server/index.mjs',
    };
  return {
    name: 'TanStack Start (fetch handler)',
    kind: 'server',
    port: 3000,
    start: 'srvx --prod -s ../client dist/server/server.js',
  };
}

/** The framework, from dependencies first and config files second; the first match wins. */
export function detectNodeFramework(files: ProjectFiles, deps: Set<string>): NodeFramework | undefined {
  if (deps.has('next')) return nextFramework(files);
  if (deps.has('@angular/core') && files.exists('angular.json')) return angularFramework(files);
  if (deps.has('expo') && deps.has('react-native-web'))
    return {
      name: 'Expo (web export)',
      kind: 'spa',
      port: 8080,
      outputDir: 'dist',
      build: 'expo export --platform web',
    };
  if (deps.has('@tanstack/react-start') || deps.has('@tanstack/solid-start')) return tanstackFramework(files);
  if (deps.has('nuxt') || deps.has('nuxt3')) {
    return {
      name: 'Nuxt',
      kind: 'server',
      port: 3000,
      outputDir: '.output',
      start: 'node .output/server/index.mjs',
    };
  }
  if (deps.has('@remix-run/node') || deps.has('@remix-run/serve') || deps.has('@remix-run/dev')) {
    return { name: 'Remix', kind: 'server', port: 3000, outputDir: 'build' };
  }
  if (deps.has('@react-router/dev')) {
    const spa = /ssr\s*:\s*false/.test(files.readText('react-router.config.ts') ?? '');
    return spa
      ? { name: 'React Router (SPA mode)', kind: 'spa', port: 8080, outputDir: 'build/client' }
      : { name: 'React Router (framework)', kind: 'server', port: 3000, outputDir: 'build' };
  }
  if (deps.has('astro')) return astroFramework(deps);
  if (deps.has('@sveltejs/kit')) return svelteKitFramework(deps);
  if (deps.has('@nestjs/core'))
    return { name: 'NestJS', kind: 'server', port: 3000, outputDir: 'dist', start: 'node dist/main' };
  if (deps.has('fastify')) return { name: 'Fastify', kind: 'server', port: 3000 };
  if (deps.has('express')) return { name: 'Express', kind: 'server', port: 3000 };
  if (deps.has('koa')) return { name: 'Koa', kind: 'server', port: 3000 };
  if (deps.has('@hapi/hapi')) return { name: 'hapi', kind: 'server', port: 3000 };
  if (deps.has('react-scripts'))
    return { name: 'Create React App', kind: 'spa', port: 8080, outputDir: 'build' };
  if (deps.has('vite') || hasConfig(files, 'vite.config')) {
    return { name: 'Vite single-page app', kind: 'spa', port: 8080, outputDir: viteOutDir(files) };
  }
  return undefined;
}
