import { ruleCases } from '../rule-cases.js';

ruleCases('DL3009', {
  catches: ['FROM debian:12\nRUN apt-get update && apt-get install -y curl'],
  passes: [
    'FROM debian:12\nRUN apt-get update && apt-get install -y curl && rm -rf /var/lib/apt/lists/*',
    'FROM debian:12 AS b\nRUN apt-get update && apt-get install -y gcc\nFROM debian:12\nCOPY --from=b /x /x',
  ],
});
