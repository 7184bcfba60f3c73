/** A detected fact and the file (or rule) it came from, so every answer can be explained. */
export interface Fact<T> {
  value: T;
  /** A path relative to the project root, optionally with `#field`, or `default: why`. */
  source: string;
}

export type Language =
  | 'node'
  | 'python'
  | 'go'
  | 'rust'
  | 'java'
  | 'csharp'
  | 'fsharp'
  | 'ruby'
  | 'php'
  | 'static'
  | 'deno'
  | 'elixir'
  | 'clojure'
  | 'scala'
  | 'haskell'
  | 'crystal'
  | 'dart'
  | 'gleam'
  | 'swift'
  | 'zig'
  | 'cobol'
  | 'scheme'
  | 'shell'
  | 'cpp';

export type ServiceName = 'postgres' | 'mysql' | 'redis' | 'mongodb' | 'rabbitmq';

export interface ServiceNeed {
  name: ServiceName;
  /** The dependency that implies the service, e.g. `pg` or `psycopg2-binary`. */
  dependency: string;
  source: string;
}

export interface ProjectPlan {
  /** The directory that was analysed, absolute. */
  root: string;
  /** Where the app lives relative to `root` ('.' unless a monorepo or nested layout). */
  appDir: Fact<string>;
  language: Fact<Language>;
  framework?: Fact<string>;
  packageManager?: Fact<string>;
  packageManagerVersion?: Fact<string>;
  /** The lockfile that pins dependencies, relative to appDir. */
  lockfile?: string;
  /** The lockfile's own format version (pnpm-lock.yaml's lockfileVersion), which names the manager release that reads it. */
  lockfileVersion?: string;
  /** Why the lockfile cannot be used as it is (it lacks this platform, or it no longer matches its manifest), so the install must update it. */
  staleLockfile?: Fact<string>;
  /** How many production dependencies the manifest lists, when the ecosystem says so cheaply (Node). */
  productionDependencies?: number;
  /** Dependency manifests to copy before the sources, relative to appDir. */
  manifests: string[];
  runtimeVersion?: Fact<string>;
  buildCommand?: Fact<string>;
  startCommand?: Fact<string>;
  /** What the start command runs: a main file, module, package dir, binary or project file. */
  entry?: Fact<string>;
  /** Where a build leaves what is served or run (SPA `dist`, Next.js `.next/standalone`). */
  outputDir?: Fact<string>;
  port?: Fact<number>;
  /** A server listens on a port; a static site is files behind a web server; a worker has no port. */
  appKind: Fact<'server' | 'static-site' | 'worker'>;
  services: ServiceNeed[];
  /** Workspace package folders (npm, pnpm, yarn or bun workspaces), relative to appDir. */
  workspaces?: string[];
  /** The workspace package that is the app, when the workspace root runs nothing itself; build and start run there. */
  workspaceApp?: Fact<string>;
  /** Dependencies that compile native code on install (node-gyp), so the install stage needs a compiler. */
  nativeModules?: Fact<string[]>;
  /** The JavaScript runtime that runs a Node-family app: node, or bun when the app is written for Bun. */
  jsRuntime?: Fact<'node' | 'bun'>;
  /** Whether a static site answers unknown paths with /index.html (single-page apps) or 404. */
  spaFallback?: Fact<boolean>;
  /** The path the app answers health probes on (`/healthz`, `/api/health`...), when its code defines one. */
  healthPath?: Fact<string>;
  /** The entries of the project's own .dockerignore, kept in the generated one. */
  dockerignore?: string[];
  /** Things that block a sound build, such as lockfiles of two package managers. */
  conflicts: string[];
  notes: string[];
}
