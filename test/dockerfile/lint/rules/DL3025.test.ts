import { ruleCases } from '../rule-cases.js';

ruleCases('DL3025', {
  catches: [
    [2, 'FROM node:20\nCMD npm start'],
    [2, 'FROM node:20\nENTRYPOINT node server.js'],
    [3, 'FROM node:20\nUSER 1000\nCMD node server.js --port $PORT'],
    [2, 'FROM node:20\nCMD \\\n  node server.js'],
    [2, 'FROM node:20\nHEALTHCHECK --interval=30s CMD /usr/local/bin/healthcheck --quiet'],
  ],
  passes: [
    'FROM node:20\nCMD ["npm", "start"]',
    'FROM node:20\nENTRYPOINT ["node", "server.js"]',
    // Regression: a probe that needs its shell (||, variables, quotes) is not reported.
    'FROM node:20\nHEALTHCHECK CMD curl -f http://127.0.0.1:3000/ || exit 1',
    'FROM node:20\nHEALTHCHECK --interval=30s CMD wget -qO- "http://127.0.0.1:$PORT/health"',
    'FROM node:20\nHEALTHCHECK CMD ["/usr/local/bin/healthcheck"]',
    'FROM node:20\nHEALTHCHECK NONE',
  ],
});
