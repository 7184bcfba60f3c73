import type { SeedPattern } from './seed.js';

export const nodeMultiStage: SeedPattern = {
  id: 'builtin-node-multi-stage',
  title: 'Node.js service, multi-stage with npm ci and a non-root runtime',
  language: 'node',
  packageManager: 'npm',
  baseImage: 'node:22-bookworm-slim',
  tags: ['node', 'npm', 'multi-stage', 'non-root', 'healthcheck', 'typescript'],
  notes:
    'Installs production dependencies and builds in separate stages, so dev dependencies and sources stay ' +
    'out of the runtime image. Expects a "build" script that writes dist/ and a server listening on 3000 ' +
    'with GET /health. The health check uses Node 22 fetch, so no curl is needed in the image.',
  dockerfile: `FROM node:22-bookworm-slim AS deps
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev && npm cache clean --force

FROM node:22-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci
COPY . .
RUN npm run build

FROM node:22-bookworm-slim AS runtime
ENV NODE_ENV=production
WORKDIR /app
COPY --from=deps --chown=node:node /app/node_modules ./node_modules
COPY --from=build --chown=node:node /app/dist ./dist
COPY --chown=node:node package.json ./
USER 1000:1000
EXPOSE 3000
HEALTHCHECK --interval=30s --timeout=3s --start-period=10s --retries=3 \\
  CMD ["node", "-e", "fetch('http://127.0.0.1:3000/health').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
CMD ["node", "dist/server.js"]
`,
  dockerignore: `.git
.gitignore
node_modules
npm-debug.log*
dist
coverage
.env
.env.*
*.pem
*.key
Dockerfile
.dockerignore
compose.yaml
`,
};
