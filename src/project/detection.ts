import type { ProjectFiles } from './project-files.js';
import type { ProjectPlan } from './types.js';

/** What a language detector found; the common steps (services, Procfile, app dir) are added after. */
export type LanguageDetection = Omit<
  ProjectPlan,
  'root' | 'appDir' | 'services' | 'conflicts' | 'notes' | 'manifests' | 'appKind'
> & {
  appKind?: ProjectPlan['appKind'];
  manifests?: string[];
  conflicts?: string[];
  notes?: string[];
  /** Dependency names and the file that lists them, for service inference. */
  dependencies?: { names: string[]; source: string };
};

export interface LanguageDetector {
  /** True when this directory is (probably) a project of this language. */
  matches(files: ProjectFiles): boolean;
  /** `workspaceApp`: the workspace package to detect as the app, when the root holds several. */
  detect(files: ProjectFiles, workspaceRoot?: ProjectFiles, workspaceApp?: string): LanguageDetection;
}

// After PORT: a closing quote, bracket or parenthesis, and parseInt's radix (`PORT, 10) || 8080`), so 10 is not the port;
// `PORT = n` only for PORT itself, so that DB_PORT = 5432 is not taken for the app's port.
const PORT_IN_SOURCE =
  /(?:PORT['"]?\]?\)?(?:\s*,\s*10\s*\))?\s*(?:\|\||\?\?|,)\s*['"]?|(?<!\w)PORT\s*=\s*|\.listen\(\s*|port\s*[=:]\s*)(\d{2,5})\b/;

/**
 * A port literal from source such as `process.env.PORT || 8080`, `parseInt(process.env.PORT, 10) || 8080`,
 * `{ PORT = 8080 } = process.env`, `ENV['PORT'] || 4567` or `app.listen(5000)`.
 */
export function portInSource(text: string | undefined): number | undefined {
  if (!text) return undefined;
  const match = PORT_IN_SOURCE.exec(text);
  const port = match ? Number(match[1]) : Number.NaN;
  return port > 0 && port < 65536 ? port : undefined;
}
