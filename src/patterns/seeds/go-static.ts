import type { SeedPattern } from './seed.js';

export const goStatic: SeedPattern = {
  id: 'builtin-go-static',
  title: 'Go static binary on distroless, non-root',
  language: 'go',
  packageManager: 'go modules',
  baseImage: 'gcr.io/distroless/static-debian12:nonroot',
  tags: ['go', 'multi-stage', 'static-binary', 'distroless', 'non-root', 'healthcheck'],
  notes:
    'CGO_ENABLED=0 gives a fully static binary, so the runtime image holds nothing but the binary, CA ' +
    'certificates and tzdata (a few MB). Distroless has no shell: the health check runs the binary itself, ' +
    'so the program should answer a -healthcheck flag by probing its own endpoint. Expects main in ./cmd/server.',
  dockerfile: `FROM golang:1.23-bookworm AS build
WORKDIR /src
COPY go.mod go.sum ./
RUN go mod download
COPY . .
RUN CGO_ENABLED=0 GOOS=linux go build -trimpath -ldflags="-s -w" -o /out/server ./cmd/server

FROM gcr.io/distroless/static-debian12:nonroot
COPY --from=build /out/server /server
USER 65532:65532
EXPOSE 8080
HEALTHCHECK --interval=30s --timeout=3s --start-period=5s --retries=3 CMD ["/server", "-healthcheck"]
ENTRYPOINT ["/server"]
`,
  dockerignore: `.git
.gitignore
bin
*.test
*.out
.env
.env.*
*.pem
*.key
Dockerfile
.dockerignore
`,
};
