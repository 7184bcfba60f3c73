import { describe, expect, it } from 'vitest';
import { FLAVOURS, generateDockerfile } from '../../../src/dockerfile/generate/index.js';
import { lintText } from '../../../src/dockerfile/lint/lint-text.js';
import { detectProject } from '../../../src/project/index.js';
import { sampleProjects } from './sample-projects.js';

const projects = Object.entries(sampleProjects());
const cases = projects.flatMap(([name, dir]) => FLAVOURS.map((flavour) => ({ name, dir, flavour })));

describe('every generated Dockerfile lints clean under our own linter', () => {
  it.each(cases)('$name ($flavour): no error and no warning', async ({ dir, flavour }) => {
    const { dockerfile } = generateDockerfile(detectProject(dir), { flavour });
    const { findings } = await lintText(dockerfile);
    const serious = findings.filter((f) => f.severity === 'error' || f.severity === 'warning');
    expect(serious.map((f) => `${f.code} line ${f.line}: ${f.message}`)).toEqual([]);
  });

  it('has no # syntax line unless asked, and one when asked', () => {
    const dir = sampleProjects()['go-stdlib'];
    expect(generateDockerfile(detectProject(dir)).dockerfile).not.toMatch(/^# syntax=/m);
    expect(generateDockerfile(detectProject(dir), { syntaxLine: true }).dockerfile).toMatch(
      /^# syntax=docker\/dockerfile:1\n/,
    );
  });
});
