import { ruleCases } from '../rule-cases.js';

ruleCases('DL3009', {
  catches: [
    [2, 'FROM debian:12\nRUN apt-get update && apt-get install -y curl'],
    [3, 'FROM debian:12\nUSER root\nRUN apt-get update && apt-get install -y curl && rm -rf /tmp/*'],
    [2, 'FROM debian:12 AS base\nRUN apt-get update && apt-get install -y curl\nFROM base'],
  ],
  passes: [
    'FROM debian:12\nRUN apt-get update && apt-get install -y curl && rm -rf /var/lib/apt/lists/*',
    'FROM debian:12 AS b\nRUN apt-get update && apt-get install -y gcc\nFROM debian:12\nCOPY --from=b /x /x',
    'FROM debian:12\nRUN apt-get install -y curl && apt-get clean && rm -rf /var/lib/apt/lists/*',
    'FROM debian:12\nRUN apt-get --version',
  ],
});
