// biome-ignore-all lint/suspicious/noTemplateCurlyInString: these strings are Dockerfile variable references, not templates.
import { ruleCases } from '../rule-cases.js';

ruleCases('DL3044', {
  catches: [
    [1, 'ENV A=1 B=$A'],
    [2, 'FROM debian:12\nENV HOME=/srv PATH=$HOME/bin:$PATH'],
    [2, 'FROM debian:12\nENV APP=/app CONF="${APP}/conf"'],
  ],
  passes: ['ENV A=1\nENV B=$A', 'ENV PATH=/opt/bin:$PATH', 'ENV A=1 B=2', 'ARG A=1\nENV B=$A C=2'],
});
