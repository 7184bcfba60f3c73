import { ruleCases } from '../rule-cases.js';

ruleCases('DL3000', {
  catches: ['WORKDIR app'],
  passes: ['WORKDIR /srv/app', 'WORKDIR $HOME/app'],
});
