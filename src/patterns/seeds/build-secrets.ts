import type { SeedPattern } from './seed.js';

export const buildSecrets: SeedPattern = {
  id: 'builtin-build-secrets',
  title: 'Build secrets: private npm registry token mounted only for npm ci',
  language: 'node',
  packageManager: 'npm',
  baseImage: 'node:22-bookworm-slim',
  tags: ['build-secret', 'buildkit', 'node', 'npm', 'private-registry', 'multi-stage', 'non-root'],
  notes:
    'The .npmrc holding the registry token is mounted with RUN --mount=type=secret for the one step that ' +
    'needs it: it is never copied into a layer, never an ARG or ENV, and absent from the image and its ' +
    'history. Build with `docker build --secret id=npmrc,src=$HOME/.npmrc .` (or image_build with a ' +
    'secret). The same form serves pip (PIP_INDEX_URL from a secret), Maven settings and git credentials.',
  dockerfile: `FROM node:22-bookworm-slim AS deps
WORKDIR /app
COPY package.json package-lock.json ./
RUN --mount=type=secret,id=npmrc,target=/root/.npmrc,required=true \\
    npm ci --omit=dev && npm cache clean --force

FROM node:22-bookworm-slim AS runtime
ENV NODE_ENV=production
WORKDIR /app
COPY --from=deps --chown=node:node /app/node_modules ./node_modules
COPY --chown=node:node . .
USER 1000:1000
EXPOSE 3000
HEALTHCHECK --interval=30s --timeout=3s --start-period=10s --retries=3 \\
  CMD ["node", "-e", "fetch('http://127.0.0.1:3000/health').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
CMD ["node", "server.js"]
`,
  dockerignore: `.git
node_modules
.npmrc
.env
.env.*
*.pem
*.key
`,
};
