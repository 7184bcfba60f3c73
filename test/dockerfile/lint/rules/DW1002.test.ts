import { ruleCases } from '../rule-cases.js';

ruleCases('DW1002', {
  catches: [
    [1, 'ENV KEY=AKIAABCDEFGHIJKLMNOP'],
    [2, 'FROM debian:12\nARG NPM_TOKEN=npm_aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa'],
    [2, 'FROM debian:12\nENV DATABASE_URL=postgres://app:s3cret@db/app'],
  ],
  passes: [
    'ENV KEY=value',
    'ARG NPM_TOKEN',
    'ENV DATABASE_URL=postgres://db/app',
    'ENV DATABASE_URL=postgres://app:$DB_PASSWORD@db/app',
  ],
});
