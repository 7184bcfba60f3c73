/**
 * Multi-app repositories in ../shared/corpus (Railpack's whole apps and Nixpacks' skeletons):
 * which are detected as several apps, and what the multi-app generation makes of each
 * (services, build contexts, ports, links between apps, the files it would write).
 * Run: npm run bench -- multi-app
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { generateMultiApp } from '../src/compose/generate/multi-app.js';
import { errorMessage } from '../src/errors.js';
import { detectApps } from '../src/project/detect-apps.js';

/** bench/run.mjs runs every benchmark from the repository root. */
const corpus = path.resolve(process.cwd(), '../shared/corpus');
const collections = [path.join(corpus, 'railpack/examples'), path.join(corpus, 'projects-nixpacks')];

let scanned = 0;
let multi = 0;
for (const collection of collections) {
  for (const name of readdirSync(collection).sort()) {
    const root = path.join(collection, name);
    scanned++;
    try {
      const apps = detectApps(root);
      if (apps.length < 2) continue;
      multi++;
      const generated = await generateMultiApp(root, apps, { keepExisting: true });
      const services = generated.apps
        .map((app) => `${app.name} (${app.dir}, context ${app.context}, port ${app.port ?? '-'})`)
        .join(', ');
      const links = generated.rationale.filter((r) => r.choice.includes('→')).map((r) => r.choice);
      console.log(`${path.relative(corpus, root)}: ${services}`);
      console.log(`  links: ${links.join('; ') || 'none found'}`);
      console.log(`  files: ${generated.files.map((f) => f.name).join(', ')}`);
    } catch (error) {
      console.log(`${path.relative(corpus, root)}: ERROR ${errorMessage(error)}`);
    }
  }
}
console.log(`\n${multi} of ${scanned} corpus repositories hold several apps.`);
