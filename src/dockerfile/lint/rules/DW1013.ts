import { argsWithoutFlags } from '../../shell/args.js';
import { defineRule, eachRun } from '../rule-kinds.js';

const UPDATERS = ['apt-get', 'apt', 'apk', 'yum', 'dnf', 'zypper'];

export const DW1013 = defineRule({
  code: 'DW1013',
  severity: 'warning',
  title: 'A package index update runs alone in its own RUN.',
  docs: {
    why: 'The cached `apt-get update` layer is reused while later install lines change, so installs run against stale lists and fail or get old versions.',
    howToFix:
      'Update and install in one RUN: `RUN apt-get update && apt-get install -y --no-install-recommends curl`.',
    references: ['CIS Docker Benchmark 4.7', 'Dockle CIS-DI-0007'],
  },
  check: eachRun((shell) => {
    const meaningful = shell.commands.filter((c) => !['set', 'echo', 'true'].includes(c.name));
    return (
      meaningful.length > 0 &&
      meaningful.every(
        (c) =>
          UPDATERS.includes(c.name) &&
          ['update', 'makecache', 'refresh', 'ref'].includes(argsWithoutFlags(c.args)[0]),
      )
    );
  }),
});
