import { VERSION } from '../version.js';
import type { ScanEngine } from './model.js';

export const builtinInventorySource =
  'image files: dpkg status, apk installed db, node_modules package.json, Python dist-info/egg-info, Go build info';

export function builtinEngine(dataSources: string[]): ScanEngine {
  return { name: 'dockwright-builtin', version: VERSION, dataSources };
}

/** One line naming what produced a result, for summaries and CLI output. */
export function describeEngine(engine: ScanEngine): string {
  return engine.name === 'trivy'
    ? `Trivy ${engine.version} (${engine.path})`
    : `dockwright built-in scanner ${engine.version} (${engine.dataSources.join('; ')})`;
}
