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

const PORT_IN_SOURCE = /(?:PORT['"]?\]?\s*(?:\|\||\?\?|,)\s*|\.listen\(\s*|port\s*[=:]\s*)(\d{2,5})\b/;

/** A port literal from source such as `process.env.PORT || 8080`, `ENV['PORT'] || 4567` or `app.listen(5000)`. */
export function portInSource(text: string | undefined): number | undefined {
  if (!text) return undefined;
  const match = PORT_IN_SOURCE.exec(text);
  const port = match ? Number(match[1]) : Number.NaN;
  return port > 0 && port < 65536 ? port : undefined;
}
