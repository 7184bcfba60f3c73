import type { SeedPattern } from './seed.js';

export const pythonMultiStage: SeedPattern = {
  id: 'builtin-python-multi-stage',
  title: 'Python web service, multi-stage with a virtualenv and a non-root runtime',
  language: 'python',
  packageManager: 'pip',
  baseImage: 'python:3.12-slim-bookworm',
  tags: ['python', 'pip', 'multi-stage', 'virtualenv', 'non-root', 'healthcheck', 'gunicorn', 'wsgi'],
  notes:
    'Builds a virtualenv in the first stage (compilers and caches stay there) and copies only the venv into ' +
    'the runtime. Expects requirements.txt to include gunicorn and a WSGI app at app:app serving GET /health ' +
    'on port 8000. Swap the CMD for uvicorn with an ASGI app.',
  dockerfile: `FROM python:3.12-slim-bookworm AS build
ENV PIP_DISABLE_PIP_VERSION_CHECK=1
WORKDIR /app
RUN python -m venv /opt/venv
ENV PATH="/opt/venv/bin:$PATH"
COPY requirements.txt ./
RUN pip install --no-cache-dir -r requirements.txt

FROM python:3.12-slim-bookworm AS runtime
ENV PYTHONDONTWRITEBYTECODE=1 \\
    PYTHONUNBUFFERED=1 \\
    PATH="/opt/venv/bin:$PATH"
RUN groupadd --system --gid 10001 app && useradd --system --uid 10001 --gid app --no-create-home app
WORKDIR /app
COPY --from=build /opt/venv /opt/venv
COPY --chown=app:app . .
USER 10001:10001
EXPOSE 8000
HEALTHCHECK --interval=30s --timeout=3s --start-period=10s --retries=3 \\
  CMD ["python", "-c", "import sys, urllib.request; sys.exit(urllib.request.urlopen('http://127.0.0.1:8000/health', timeout=2).status != 200)"]
CMD ["gunicorn", "--bind", "0.0.0.0:8000", "--workers", "2", "app:app"]
`,
  dockerignore: `.git
.gitignore
__pycache__
*.pyc
.venv
venv
.pytest_cache
.mypy_cache
.env
.env.*
*.pem
*.key
Dockerfile
.dockerignore
`,
};
