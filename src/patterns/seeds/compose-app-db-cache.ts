import type { SeedPattern } from './seed.js';

export const composeAppDbCache: SeedPattern = {
  id: 'builtin-compose-app-postgres-redis',
  title: 'Compose stack: web app with PostgreSQL and Redis, health-gated start-up',
  language: 'node',
  packageManager: 'npm',
  baseImage: 'node:22-bookworm-slim',
  tags: ['compose', 'node', 'npm', 'postgres', 'redis', 'healthcheck', 'secrets', 'multi-stage', 'non-root'],
  notes:
    'The app starts only after PostgreSQL and Redis report healthy (depends_on: condition: service_healthy). ' +
    'The database password is a Compose secret read from ./secrets/db_password.txt (keep that file out of ' +
    'git); the app gets its path in DATABASE_PASSWORD_FILE, never the value. Data lives in named volumes; ' +
    'only the app publishes a port, on loopback.',
  dockerfile: `FROM node:22-bookworm-slim AS deps
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev && npm cache clean --force

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
secrets
.env
.env.*
*.pem
*.key
compose.yaml
`,
  compose: `services:
  app:
    build: .
    ports:
      - "127.0.0.1:3000:3000"
    environment:
      DATABASE_HOST: db
      DATABASE_USER: app
      DATABASE_NAME: app
      DATABASE_PASSWORD_FILE: /run/secrets/db_password
      REDIS_URL: redis://cache:6379
    secrets:
      - db_password
    depends_on:
      db:
        condition: service_healthy
      cache:
        condition: service_healthy
    restart: unless-stopped
    deploy:
      resources:
        limits:
          memory: 512M

  db:
    image: postgres:16-bookworm
    environment:
      POSTGRES_USER: app
      POSTGRES_DB: app
      POSTGRES_PASSWORD_FILE: /run/secrets/db_password
    secrets:
      - db_password
    volumes:
      - db-data:/var/lib/postgresql/data
    healthcheck:
      test: ["CMD-SHELL", "pg_isready -U app -d app"]
      interval: 5s
      timeout: 3s
      retries: 10
    restart: unless-stopped

  cache:
    image: redis:7-bookworm
    command: ["redis-server", "--appendonly", "yes"]
    volumes:
      - cache-data:/data
    healthcheck:
      test: ["CMD", "redis-cli", "ping"]
      interval: 5s
      timeout: 3s
      retries: 10
    restart: unless-stopped

secrets:
  db_password:
    file: ./secrets/db_password.txt

volumes:
  db-data:
  cache-data:
`,
};
