import { defineRule, eachRun } from '../rule-kinds.js';

const DOWNLOADER_INTO_SHELL =
  /\b(curl|wget)\b[^|;&]*\|\s*(sudo(\s+-\S+)*\s+)?(\S*\/)?(sh|bash|zsh|ash|dash|ksh|python[\d.]*|perl|ruby|node)\b/;

export const DW1003 = defineRule({
  code: 'DW1003',
  severity: 'warning',
  title: 'A script is downloaded and piped straight into a shell (`curl ... | sh`).',
  docs: {
    why: 'Whatever the server returns runs as root in the build, unchecked; a compromised or spoofed host owns the image.',
    howToFix:
      'Download to a file, verify its checksum (`echo "<sha256>  install.sh" | sha256sum -c -`), then run it; or install from a package manager.',
    references: ['CIS Docker Benchmark 4.2 (use trusted base images and sources)'],
  },
  check: eachRun((shell) => shell.hasPipe && DOWNLOADER_INTO_SHELL.test(shell.script)),
});
