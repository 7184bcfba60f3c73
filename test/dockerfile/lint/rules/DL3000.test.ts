// biome-ignore-all lint/suspicious/noTemplateCurlyInString: these strings are Dockerfile variable references, not templates.
import { ruleCases } from '../rule-cases.js';

ruleCases('DL3000', {
  catches: [
    [1, 'WORKDIR app'],
    [2, 'FROM debian:12\nWORKDIR ./src'],
    [3, 'FROM debian:12\nWORKDIR /srv\nWORKDIR "data"'],
  ],
  passes: ['WORKDIR /srv/app', 'WORKDIR $HOME/app', 'WORKDIR "/srv/app"', 'WORKDIR ${APP_DIR}'],
});
