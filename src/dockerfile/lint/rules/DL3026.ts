import { isVariableReference, parseImageRef, previousAliases } from '../../parse/image-ref.js';
import { flagValue } from '../../parse/words.js';
import { defineRule } from '../rule-kinds.js';
import type { RuleHit } from '../types.js';

function registryOf(image: string): string {
  return parseImageRef(image).registry ?? 'docker.io';
}

function isTrusted(registry: string, trusted: string[]): boolean {
  return trusted.some(
    (t) => t === '*' || t === registry || (t.startsWith('*.') && registry.endsWith(t.slice(1))),
  );
}

function mountSources(flags: { name: string; value: string | null }[]): string[] {
  return flags
    .filter((f) => f.name === 'mount' && f.value)
    .map((f) => /(?:^|,)from=([^,]+)/.exec(f.value ?? '')?.[1])
    .filter((v): v is string => Boolean(v));
}

export const DL3026 = defineRule({
  code: 'DL3026',
  severity: 'error',
  title: 'Use only an allowed registry in the FROM image.',
  docs: {
    why: 'Images from registries your team has not vetted can carry anything; `trustedRegistries` in .hadolint.yaml names the allowed ones.',
    howToFix: 'Pull from an allowed registry, or add the registry to `trustedRegistries`.',
    references: [],
  },
  check(ctx) {
    const trusted = ctx.config.trustedRegistries;
    if (trusted.length === 0) return [];
    const hits: RuleHit[] = [];
    for (const i of ctx.df.instructions) {
      const aliases = previousAliases(ctx.df.stages, i.keyword === 'FROM' ? i.stage : i.stage + 1);
      let images: string[] = [];
      if (i.keyword === 'FROM') images = [i.words[0]?.value ?? ''];
      else if (i.keyword === 'COPY') images = [flagValue(i.flags, 'from') ?? ''];
      else if (i.keyword === 'RUN') images = mountSources(i.flags);
      const untrusted = images.some(
        (image) =>
          image &&
          image !== 'scratch' &&
          !isVariableReference(image) &&
          !/^\d+$/.test(image) &&
          !aliases.includes(image.toLowerCase()) &&
          !isTrusted(registryOf(image), trusted),
      );
      if (untrusted) hits.push({ instruction: i });
    }
    return hits;
  },
});
