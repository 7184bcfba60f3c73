# dockwright's own image: the MCP server over Streamable HTTP (or stdio with `docker run -i`).
# Build: docker build -t dockwright .   Run: see compose.yaml (a token from a secret).
ARG NODE_VERSION=20

FROM node:${NODE_VERSION}-bookworm-slim AS build
WORKDIR /src
# Native addons (better-sqlite3) compile here; the headers ship with the node image, so
# node-gyp needs no download.
ENV npm_config_nodedir=/usr/local
# The toolchain lives only in this stage and is not shipped; Debian's stable release pins it.
# hadolint ignore=DL3008
RUN apt-get update \
 && apt-get install -y --no-install-recommends python3 make g++ \
 && rm -rf /var/lib/apt/lists/*
COPY package.json package-lock.json ./
RUN --mount=type=cache,target=/root/.npm \
    npm ci --no-audit --no-fund --ignore-scripts
COPY tsconfig.json ./
COPY scripts/build.mjs scripts/bundle-checks.mjs scripts/tool-list-entry.ts scripts/
COPY src src
COPY tools tools
COPY prompts prompts
COPY resources resources
RUN node scripts/build.mjs \
 && npm prune --omit=dev --ignore-scripts \
 && npm rebuild better-sqlite3 \
 && rm -rf node_modules/better-sqlite3/build/Release/obj* node_modules/better-sqlite3/build/Release/.deps \
      node_modules/better-sqlite3/deps node_modules/better-sqlite3/src \
 && find node_modules/tree-sitter-bash -mindepth 1 -maxdepth 1 \
      ! -name package.json ! -name tree-sitter-bash.wasm ! -name LICENSE -exec rm -rf {} +

FROM node:${NODE_VERSION}-bookworm-slim
LABEL org.opencontainers.image.title="dockwright" \
      org.opencontainers.image.description="MCP server that gives AI assistants real Docker skills" \
      org.opencontainers.image.licenses="MIT"
ENV NODE_ENV=production \
    DOCKWRIGHT_PORT=8808
WORKDIR /app
COPY --from=build --chown=root:root /src/package.json ./package.json
COPY --from=build --chown=root:root /src/node_modules ./node_modules
COPY --from=build --chown=root:root /src/dist ./dist
RUN mkdir -p /data /workspace && chown 1000:1000 /data
# uid 1000 is the node image's own unprivileged "node" user.
USER 1000:1000
EXPOSE 8808
HEALTHCHECK --interval=10s --timeout=3s --start-period=5s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:'+process.env.DOCKWRIGHT_PORT+'/healthz').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"]
ENTRYPOINT ["node", "/app/dist/cli.js"]
CMD ["serve", "--http", "--host", "0.0.0.0", "--port", "8808", "--workspace", "/workspace"]
