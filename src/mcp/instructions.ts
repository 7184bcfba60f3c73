/**
 * Sent once at initialisation. What holds for every tool is said here rather than in each
 * tool's schema, which every tools/list repeats.
 */
export const SERVER_INSTRUCTIONS = [
  'dockwright does Docker work for real: detect a project, generate and lint its Dockerfile and compose.yaml, ' +
    'build with BuildKit, scan, run and orchestrate containers.',
  'For every tool: paths are relative to the workspace roots and confined to them; a folder argument is ' +
    '`dir`, a file is `file`, and Compose `files` are relative to `dir`. Generators return the files and ' +
    'write them only with write: true (overwrite: true replaces files that differ, after asking). ' +
    'Destructive tools ask the user (elicitation), as do stop, restart and exec on a container dockwright ' +
    'did not create, moving a tag that names another image, replacing a file and compose_up on a project ' +
    'docker compose started; confirm: true counts only when the client cannot ask and the server runs ' +
    'with --allow-confirm-argument. Privileged mode, ' +
    'host namespaces (network or pid "host"), added capabilities, the Docker socket and binds outside the ' +
    'workspace are refused unless the server was started with the flag for each (--allow-privileged, ' +
    '--allow-host-namespaces, --allow-capabilities, --allow-docker-socket, --allow-bind-outside-workspace). Registry `auth` defaults to ' +
    '~/.docker/config.json. A scan whose vulnerabilityStatus is "unavailable" did NOT check vulnerabilities.',
  'Each result: a text with the result itself (within 4 KB, saying what it cut) and structuredContent with all of it.',
].join('\n');
