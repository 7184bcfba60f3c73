import type { SeedPattern } from './seed.js';

export const buildkitCacheMounts: SeedPattern = {
  id: 'builtin-buildkit-cache-mounts',
  title: 'BuildKit cache mounts: Go module and build caches kept between builds',
  language: 'go',
  packageManager: 'go modules',
  baseImage: 'gcr.io/distroless/static-debian12:nonroot',
  tags: ['buildkit', 'cache-mount', 'go', 'multi-stage', 'fast-rebuild', 'distroless', 'non-root'],
  notes:
    'RUN --mount=type=cache keeps the module download cache and the compiler cache on the builder between ' +
    'builds without putting them in any layer, so a one-line change rebuilds in seconds. The go.mod/go.sum ' +
    'files are bind-mounted for the download step, so it re-runs only when they change. Needs BuildKit ' +
    '(the default builder since Docker 23); the same idea works for npm (/root/.npm), pip (/root/.cache/pip) ' +
    'and apt (/var/cache/apt).',
  dockerfile: `FROM golang:1.23-bookworm AS build
WORKDIR /src
RUN --mount=type=cache,target=/go/pkg/mod \\
    --mount=type=bind,source=go.mod,target=go.mod \\
    --mount=type=bind,source=go.sum,target=go.sum \\
    go mod download
COPY . .
RUN --mount=type=cache,target=/go/pkg/mod \\
    --mount=type=cache,target=/root/.cache/go-build \\
    CGO_ENABLED=0 go build -trimpath -ldflags="-s -w" -o /out/server ./cmd/server

FROM gcr.io/distroless/static-debian12:nonroot
COPY --from=build /out/server /server
USER 65532:65532
EXPOSE 8080
HEALTHCHECK --interval=30s --timeout=3s --start-period=5s --retries=3 CMD ["/server", "-healthcheck"]
ENTRYPOINT ["/server"]
`,
  dockerignore: `.git
bin
*.test
.env
.env.*
*.pem
*.key
`,
};
