import { parseImageRef } from '../../parse/image-ref.js';
import { defineRule } from '../rule-kinds.js';
import type { RuleHit } from '../types.js';
import { aptInstallPackages } from './apt.js';
import { apkAddPackages } from './DL3018.js';
import { subcommandArgs } from './package-managers.js';

const BUILD_TOOLS = new Set([
  'build-essential',
  'build-base',
  'gcc',
  'g++',
  'clang',
  'make',
  'cmake',
  'gcc-c++',
  'golang',
  'golang-go',
  'cargo',
  'rustc',
  'maven',
  'gradle',
  'default-jdk',
  'openjdk-17-jdk',
]);
const TOOLCHAIN_IMAGES = /^(library\/)?(golang|rust|maven|gradle|gcc)$/;

export const DW1011 = defineRule({
  code: 'DW1011',
  severity: 'info',
  title: 'Single-stage build: compilers and build tools stay in the final image.',
  docs: {
    why: 'Compilers, headers and dev dependencies make the image several times larger and give an attacker tools to build exploits in place.',
    howToFix:
      'Build in a first stage (`FROM golang:1.22 AS build`) and copy only the result into a small runtime stage (`COPY --from=build /out/app /app`).',
    references: ['Docker docs: multi-stage builds'],
  },
  check(ctx) {
    if (ctx.df.stages.length !== 1) return [];
    const stage = ctx.df.stages[0];
    const hits: RuleHit[] = [];
    if (TOOLCHAIN_IMAGES.test(parseImageRef(stage.image).repository)) hits.push({ instruction: stage.from });
    for (const run of stage.instructions.filter((i) => i.keyword === 'RUN')) {
      const installs = ctx
        .shellOf(run)
        .commands.some((c) =>
          (
            aptInstallPackages(c) ??
            apkAddPackages(c) ??
            subcommandArgs(c, ['yum', 'dnf', 'microdnf'], ['install']) ??
            []
          ).some((p) => BUILD_TOOLS.has(p.split(/[=~<>]/)[0])),
        );
      if (installs) hits.push({ instruction: run });
    }
    return hits.slice(0, 1);
  },
});
