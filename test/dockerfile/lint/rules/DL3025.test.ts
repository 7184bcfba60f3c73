import { ruleCases } from '../rule-cases.js';

ruleCases('DL3025', {
  catches: [
    [2, 'FROM node:20\nCMD npm start'],
    [2, 'FROM node:20\nENTRYPOINT node server.js'],
    [3, 'FROM node:20\nUSER 1000\nCMD node server.js --port $PORT'],
    [2, 'FROM node:20\nCMD \\\n  node server.js'],
  ],
  passes: [
    'FROM node:20\nCMD ["npm", "start"]',
    'FROM node:20\nENTRYPOINT ["node", "server.js"]',
    // Regression: hadolint does not check HEALTHCHECK; its probe is not PID 1.
    'FROM node:20\nHEALTHCHECK CMD curl -f http://127.0.0.1:3000/ || exit 1',
    'FROM node:20\nHEALTHCHECK --interval=30s CMD wget -qO- http://127.0.0.1/health',
  ],
});
