import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { BUILTIN_PATTERNS } from '../../src/patterns/index.js';
import { dockerfileHash } from '../../src/patterns/normalise.js';

const lastStage = (dockerfile: string) => dockerfile.slice(dockerfile.search(/^FROM (?![\s\S]*^FROM )/m));

describe.each(BUILTIN_PATTERNS.map((seed) => [seed.id, seed] as const))(
  'built-in pattern %s',
  (_id, seed) => {
    it('has no syntax directive (it would pull a frontend image) and pins its base images', () => {
      expect(seed.dockerfile).not.toMatch(/^#\s*syntax\s*=/im);
      for (const [, image] of seed.dockerfile.matchAll(/^FROM (\S+)/gm)) {
        expect(image).toMatch(/:[\w.-]+$/);
        expect(image).not.toMatch(/:latest$/);
      }
    });

    it('is multi-stage, runs as a non-root user, and declares a health check in its final stage', () => {
      expect(seed.dockerfile.match(/^FROM /gm)?.length).toBeGreaterThanOrEqual(2);
      const final = lastStage(seed.dockerfile);
      expect(final).toMatch(/^USER (?!root|0\b)\S+/m);
      expect(final).toMatch(/^HEALTHCHECK /m);
      expect(final).toMatch(/^(CMD|ENTRYPOINT) \[/m);
    });

    it('keeps VCS data and secrets out of the build context', () => {
      for (const entry of ['.git', '.env', '*.pem', '*.key'])
        expect(seed.dockerignore?.split('\n')).toContain(entry);
    });
  },
);

const withCompose = BUILTIN_PATTERNS.filter((seed) => seed.compose !== undefined);

describe.each(withCompose.map((seed) => [seed.id, seed.compose as string] as const))(
  'compose file of built-in pattern %s',
  (_id, composeText) => {
    it('parses, publishes only on loopback and gates start-up on health', () => {
      const compose = parse(composeText) as {
        services: Record<string, { ports?: string[]; depends_on?: object }>;
      };
      expect(Object.keys(compose.services).length).toBeGreaterThan(0);
      for (const service of Object.values(compose.services)) {
        for (const port of service.ports ?? []) expect(port).toMatch(/^127\.0\.0\.1:/);
        for (const dependency of Object.values(service.depends_on ?? {})) {
          expect(dependency).toEqual({ condition: 'service_healthy' });
        }
      }
    });
  },
);

describe('built-in patterns', () => {
  it('have distinct ids and distinct Dockerfiles', () => {
    expect(new Set(BUILTIN_PATTERNS.map((seed) => seed.id)).size).toBe(BUILTIN_PATTERNS.length);
    expect(new Set(BUILTIN_PATTERNS.map((seed) => dockerfileHash(seed.dockerfile))).size).toBe(
      BUILTIN_PATTERNS.length,
    );
  });

  it('carry a compose file exactly when tagged compose', () => {
    expect(withCompose.length).toBeGreaterThan(0);
    for (const seed of BUILTIN_PATTERNS)
      expect(seed.compose !== undefined, seed.id).toBe(seed.tags.includes('compose'));
  });

  it('cover the stacks the issue names', () => {
    const tags = BUILTIN_PATTERNS.flatMap((seed) => seed.tags);
    for (const tag of ['node', 'python', 'go', 'compose', 'cache-mount', 'build-secret', 'static-binary']) {
      expect(tags).toContain(tag);
    }
  });
});
