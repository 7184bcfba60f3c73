// biome-ignore-all lint/suspicious/noTemplateCurlyInString: these strings are Compose variable references, not templates.
import type { AllowFlags } from '../../src/security/allow-flags.js';

/**
 * One row per way a compose project can reach the host, in the style of the MCP
 * filesystem server's path-validation table. Each project is written to
 * `<workspace>/p/<name>/`; `@OUT` becomes the absolute path of a folder outside the
 * workspace that holds the canary (canary.txt, secret.env, .env, compose.yaml), and
 * `../../../outside` reaches the same folder from the project.
 */
export interface AttackRow {
  name: string;
  files: Record<string, string>;
  /** Symbolic links to make in the project: name → target (`@OUT` allowed). */
  links?: Record<string, string>;
  /** The error code every tool that runs the project answers with. */
  refusal: 'REFUSED' | 'PATH_OUTSIDE_WORKSPACE' | 'INVALID_ARGUMENT' | 'PARSE_ERROR';
  /** What the error names: `file:line key` of the offending key. */
  names: string;
  /**
   * Refused while loading (a file outside is read, or a value the CLIs read differently):
   * compose_config refuses too, and compose_validate refuses or reports the file invalid.
   */
  atLoad?: boolean;
  /** The flag that lets the row through (checked with compose_validate); none for reads and ambiguity. */
  allowedBy?: Partial<AllowFlags>;
  /** Flags the refusing server is started with (to show one flag does not grant another). */
  serverAllows?: Partial<AllowFlags>;
  /** Needs the real engine: a foreign container to refer to, or an image that must not be built. */
  engine?: 'foreign-bind' | 'foreign-host-net' | 'build' | 'bind-volume';
}

const service = (lines: string) => `services:\n  app:\n    image: busybox:latest\n${lines}`;

export const ATTACKS: AttackRow[] = [
  {
    name: 'tilde-short',
    files: { 'compose.yaml': service('    volumes:\n      - ~/.ssh:/keys:ro\n') },
    refusal: 'PATH_OUTSIDE_WORKSPACE',
    names: 'compose.yaml:5 services.app.volumes[0]',
    allowedBy: { bindOutsideWorkspace: true },
  },
  {
    name: 'tilde-long',
    files: {
      'compose.yaml': service(
        '    volumes:\n      - type: bind\n        source: ~/.ssh\n        target: /h\n',
      ),
    },
    refusal: 'PATH_OUTSIDE_WORKSPACE',
    names: 'compose.yaml:5 services.app.volumes[0]',
    allowedBy: { bindOutsideWorkspace: true },
  },
  {
    name: 'tilde-user',
    files: { 'compose.yaml': service('    volumes:\n      - ~root/x:/x\n') },
    refusal: 'REFUSED',
    names: 'compose.yaml:5 services.app.volumes[0]',
  },
  {
    name: 'dotenv-nested',
    files: {
      '.env': 'UP=../../../outside\nSRC=./${UP}\n',
      'compose.yaml': service('    volumes:\n      - ${SRC}:/x\n'),
    },
    refusal: 'PATH_OUTSIDE_WORKSPACE',
    names: 'compose.yaml:5 services.app.volumes[0]',
    allowedBy: { bindOutsideWorkspace: true },
  },
  {
    name: 'dotenv-default',
    files: { 'compose.yaml': service('    volumes:\n      - ${NOT_SET:-../../../outside}:/x\n') },
    refusal: 'PATH_OUTSIDE_WORKSPACE',
    names: 'compose.yaml:5 services.app.volumes[0]',
  },
  {
    name: 'dotenv-v1-v2-disagree',
    files: {
      '.env': "UP=../../../outside\nSRC='${UP}'\n",
      'compose.yaml': service('    volumes:\n      - ./${SRC}:/x\n'),
    },
    refusal: 'INVALID_ARGUMENT',
    names: '.env:2',
    atLoad: true,
  },
  {
    name: 'nested-default-v1-v2-disagree',
    files: { 'compose.yaml': service('    volumes:\n      - ${HOME:-${X}/../../etc/}:/x\n') },
    refusal: 'PARSE_ERROR',
    names: 'compose.yaml:5: services.app.volumes[0]',
    atLoad: true,
  },
  {
    name: 'dotenv-other-engine',
    files: {
      '.env': 'DOCKER_HOST=tcp://127.0.0.1:1\n',
      'compose.yaml': 'services:\n  app:\n    build: .\n',
      Dockerfile: 'FROM busybox:latest\n',
    },
    refusal: 'REFUSED',
    names: 'sets DOCKER_HOST',
    atLoad: true,
  },
  {
    name: 'symlink-out',
    files: { 'compose.yaml': service('    volumes:\n      - ./data:/data\n') },
    links: { data: '@OUT' },
    refusal: 'PATH_OUTSIDE_WORKSPACE',
    names: 'compose.yaml:5 services.app.volumes[0]',
    allowedBy: { bindOutsideWorkspace: true },
  },
  {
    name: 'socket-through-link',
    files: { 'compose.yaml': service('    volumes:\n      - ./engine:/var/run/docker.sock\n') },
    links: { engine: '/var/run/docker.sock' },
    refusal: 'REFUSED',
    names: 'compose.yaml:5 services.app.volumes[0]',
    serverAllows: { bindOutsideWorkspace: true },
    allowedBy: { bindOutsideWorkspace: true, dockerSocket: true },
  },
  {
    name: 'use-api-socket',
    files: { 'compose.yaml': service('    use_api_socket: true\n') },
    refusal: 'REFUSED',
    names: 'compose.yaml:4 services.app.use_api_socket',
    allowedBy: { dockerSocket: true },
  },
  {
    name: 'provider-service',
    files: { 'compose.yaml': 'services:\n  app:\n    provider:\n      type: model\n' },
    refusal: 'REFUSED',
    names: 'compose.yaml:3 services.app.provider',
    allowedBy: { privileged: true },
  },
  {
    name: 'socket-folder',
    files: {
      'compose.yaml': service('    volumes:\n      - type: bind\n        source: /run\n        target: /r\n'),
    },
    refusal: 'REFUSED',
    names: 'compose.yaml:5 services.app.volumes[0]',
    serverAllows: { bindOutsideWorkspace: true },
    allowedBy: { bindOutsideWorkspace: true, dockerSocket: true },
  },
  {
    name: 'driver-opts-device',
    files: {
      'compose.yaml': service(
        '    volumes:\n      - data:/data\nvolumes:\n  data:\n    driver_opts:\n      type: none\n      o: bind\n      device: "@OUT"\n',
      ),
    },
    refusal: 'PATH_OUTSIDE_WORKSPACE',
    names: 'compose.yaml:11 volumes.data.driver_opts.device',
    allowedBy: { bindOutsideWorkspace: true },
  },
  {
    // The volume <project>_data already exists as a bind of the outside folder; the file
    // looks harmless, and only the engine knows (so compose_validate, which needs none, cannot).
    name: 'existing-bind-volume',
    files: { 'compose.yaml': service('    volumes:\n      - data:/data\nvolumes:\n  data: {}\n') },
    refusal: 'PATH_OUTSIDE_WORKSPACE',
    names: 'compose.yaml:7 volumes.data',
    engine: 'bind-volume',
  },
  {
    name: 'block-device-volume',
    files: {
      'compose.yaml': service(
        '    volumes:\n      - disk:/disk\nvolumes:\n  disk:\n    driver_opts:\n      type: ext4\n      device: /dev/sda1\n',
      ),
    },
    refusal: 'REFUSED',
    names: 'compose.yaml:10 volumes.disk.driver_opts.device',
    allowedBy: { devices: true },
  },
  {
    name: 'secret-file',
    files: {
      'compose.yaml': service(
        '    secrets: [canary]\nsecrets:\n  canary:\n    file: ../../../outside/canary.txt\n',
      ),
    },
    refusal: 'PATH_OUTSIDE_WORKSPACE',
    names: 'compose.yaml:7 secrets.canary.file',
    allowedBy: { bindOutsideWorkspace: true },
  },
  {
    name: 'config-file',
    files: {
      'compose.yaml': service('    configs: [canary]\nconfigs:\n  canary:\n    file: "@OUT/canary.txt"\n'),
    },
    refusal: 'PATH_OUTSIDE_WORKSPACE',
    names: 'compose.yaml:7 configs.canary.file',
    allowedBy: { bindOutsideWorkspace: true },
  },
  {
    name: 'build-context',
    files: {
      'compose.yaml':
        'services:\n  app:\n    image: dw-safety-compose-ctx:escape\n    build:\n      context: ../../../outside\n',
    },
    refusal: 'PATH_OUTSIDE_WORKSPACE',
    names: 'compose.yaml:4 services.app.build',
    allowedBy: { bindOutsideWorkspace: true },
    engine: 'build',
  },
  {
    name: 'additional-context',
    files: {
      Dockerfile: 'FROM busybox:latest\n',
      'compose.yaml':
        'services:\n  app:\n    build:\n      context: .\n      additional_contexts:\n        out: ../../../outside\n',
    },
    refusal: 'PATH_OUTSIDE_WORKSPACE',
    names: 'compose.yaml:6 services.app.build.additional_contexts.out',
  },
  {
    name: 'dockerfile-outside-context',
    files: {
      'compose.yaml':
        'services:\n  app:\n    build:\n      context: .\n      dockerfile: ../../../outside/Dockerfile\n',
    },
    refusal: 'PATH_OUTSIDE_WORKSPACE',
    names: 'compose.yaml:5 services.app.build.dockerfile',
  },
  {
    name: 'devices-rwm',
    files: { 'compose.yaml': service('    devices:\n      - /dev/sda:/dev/sda:rwm\n') },
    refusal: 'REFUSED',
    names: 'compose.yaml:4 services.app.devices',
    allowedBy: { devices: true },
  },
  {
    name: 'gpu-reservation',
    files: {
      'compose.yaml': service(
        '    deploy:\n      resources:\n        reservations:\n          devices:\n            - capabilities: [gpu]\n',
      ),
    },
    refusal: 'REFUSED',
    names: 'compose.yaml:7 services.app.deploy.resources.reservations.devices',
    allowedBy: { devices: true },
  },
  {
    name: 'volumes-from-foreign',
    files: { 'compose.yaml': service('    volumes_from:\n      - container:@FOREIGN\n') },
    refusal: 'REFUSED',
    names: 'compose.yaml:5 services.app.volumes_from[0]',
    allowedBy: { bindOutsideWorkspace: true },
    engine: 'foreign-bind',
  },
  {
    name: 'volumes-from-bare-name',
    files: { 'compose.yaml': service('    volumes_from:\n      - @FOREIGN:ro\n') },
    refusal: 'REFUSED',
    names: 'compose.yaml:5 services.app.volumes_from[0]',
    allowedBy: { bindOutsideWorkspace: true },
    engine: 'foreign-bind',
  },
  {
    name: 'security-opt-unconfined',
    files: {
      'compose.yaml': service('    security_opt:\n      - seccomp=unconfined\n      - apparmor=unconfined\n'),
    },
    refusal: 'REFUSED',
    names: 'compose.yaml:5 services.app.security_opt[0]',
    allowedBy: { privileged: true },
  },
  {
    name: 'label-disable',
    files: { 'compose.yaml': service('    security_opt: ["label=disable"]\n') },
    refusal: 'REFUSED',
    names: 'compose.yaml:4 services.app.security_opt[0]',
    allowedBy: { privileged: true },
  },
  {
    name: 'network-of-host-net-container',
    files: { 'compose.yaml': service('    network_mode: container:@HOSTNET\n    pid: container:@HOSTNET\n') },
    refusal: 'REFUSED',
    names: 'compose.yaml:4 services.app.network_mode',
    allowedBy: { hostNamespaces: true },
    engine: 'foreign-host-net',
  },
  {
    name: 'network-named-host',
    files: {
      'compose.yaml': service(
        '    networks: [hostnet]\nnetworks:\n  hostnet:\n    name: host\n    external: true\n',
      ),
    },
    refusal: 'REFUSED',
    names: 'compose.yaml:4 services.app.networks',
    allowedBy: { hostNamespaces: true },
  },
  {
    name: 'userns-host',
    files: { 'compose.yaml': service('    userns_mode: host\n') },
    refusal: 'REFUSED',
    names: 'compose.yaml:4 services.app.userns_mode',
    allowedBy: { hostNamespaces: true },
  },
  {
    name: 'ipc-host',
    files: { 'compose.yaml': service('    ipc: host\n') },
    refusal: 'REFUSED',
    names: 'compose.yaml:4 services.app.ipc',
    allowedBy: { hostNamespaces: true },
  },
  {
    name: 'cap-add',
    files: { 'compose.yaml': service('    cap_add: [SYS_ADMIN]\n') },
    refusal: 'REFUSED',
    names: 'compose.yaml:4 services.app.cap_add',
    allowedBy: { capabilities: true },
  },
  {
    name: 'privileged',
    files: { 'compose.yaml': service('    privileged: true\n') },
    refusal: 'REFUSED',
    names: 'compose.yaml:4 services.app.privileged',
    allowedBy: { privileged: true },
  },
  {
    name: 'profile-hidden-privileged',
    files: {
      'compose.yaml':
        'services:\n  app:\n    image: busybox:latest\n  evil:\n    image: busybox:latest\n    profiles: [never]\n    privileged: true\n',
    },
    refusal: 'REFUSED',
    names: 'compose.yaml:7 services.evil.privileged',
    allowedBy: { privileged: true },
  },
  {
    name: 'privileged-hook',
    files: {
      'compose.yaml': service(
        '    post_start:\n      - command: ["sh", "-c", "id"]\n        privileged: true\n',
      ),
    },
    refusal: 'REFUSED',
    names: 'compose.yaml:6 services.app.post_start[0].privileged',
    allowedBy: { privileged: true },
  },
  {
    name: 'env-file',
    files: { 'compose.yaml': service('    env_file: ../../../outside/secret.env\n') },
    refusal: 'PATH_OUTSIDE_WORKSPACE',
    names: 'compose.yaml:4 services.app.env_file',
    atLoad: true,
  },
  {
    name: 'dotenv-link',
    files: { 'compose.yaml': service('    environment:\n      LEAK: ${LEAK}\n') },
    links: { '.env': '@OUT/.env' },
    refusal: 'PATH_OUTSIDE_WORKSPACE',
    names: '.env',
    atLoad: true,
  },
  {
    name: 'include-path',
    files: { 'compose.yaml': 'include:\n  - ../../../outside/compose.yaml\nservices: {}\n' },
    refusal: 'PATH_OUTSIDE_WORKSPACE',
    names: 'compose.yaml:2 include[0]',
    atLoad: true,
  },
  {
    name: 'include-remote',
    files: { 'compose.yaml': 'include:\n  - oci://registry.example/evil/compose:latest\nservices: {}\n' },
    refusal: 'INVALID_ARGUMENT',
    names: 'compose.yaml:2 include[0]',
    atLoad: true,
  },
  {
    name: 'include-env-file',
    files: {
      'inc/compose.yaml':
        'services:\n  inc:\n    image: busybox:latest\n    environment:\n      LEAK: ${LEAK}\n',
      'compose.yaml': 'include:\n  - path: inc/compose.yaml\n    env_file: ../../../outside/secret.env\n',
    },
    refusal: 'PATH_OUTSIDE_WORKSPACE',
    names: 'compose.yaml:2 include[0]',
    atLoad: true,
  },
  {
    name: 'include-project-directory',
    files: {
      'inc/compose.yaml':
        'services:\n  inc:\n    image: busybox:latest\n    environment:\n      LEAK: ${LEAK}\n',
      'compose.yaml': 'include:\n  - path: inc/compose.yaml\n    project_directory: ../../../outside\n',
    },
    refusal: 'PATH_OUTSIDE_WORKSPACE',
    names: 'compose.yaml:2 include[0]',
    atLoad: true,
  },
  {
    // The included file lives higher than the project: both CLIs resolve its paths from its
    // own folder, where ../../outside leaves the workspace (from the project it would not).
    name: 'include-relative-bind',
    files: {
      '../../inc-relative-bind/compose.yaml':
        'services:\n  inc:\n    image: busybox:latest\n    volumes:\n      - ../../outside:/x\n',
      'compose.yaml': 'include:\n  - ../../inc-relative-bind/compose.yaml\n',
    },
    refusal: 'PATH_OUTSIDE_WORKSPACE',
    names: '../../inc-relative-bind/compose.yaml:5 services.inc.volumes[0]',
  },
  {
    name: 'extends-file',
    files: {
      'compose.yaml': service(
        '    extends:\n      file: ../../../outside/compose.yaml\n      service: leak\n',
      ),
    },
    refusal: 'PATH_OUTSIDE_WORKSPACE',
    names: 'compose.yaml:4 services.app.extends',
    atLoad: true,
  },
  {
    name: 'extends-relative-bind',
    files: {
      '../../base-relative-bind/compose.yaml':
        'services:\n  base:\n    image: busybox:latest\n    volumes:\n      - ../../outside:/x\n',
      'compose.yaml': service(
        '    extends:\n      file: ../../base-relative-bind/compose.yaml\n      service: base\n',
      ),
    },
    refusal: 'PATH_OUTSIDE_WORKSPACE',
    names: '../../base-relative-bind/compose.yaml:5 services.app.volumes[0]',
  },
];
