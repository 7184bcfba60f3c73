import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generateCompose } from '../../src/compose/generate/generate-compose.js';
import { loadProject } from '../../src/compose/load.js';
import { generateDockerfile } from '../../src/dockerfile/generate/generate-dockerfile.js';
import { kubernetesForProject } from '../../src/k8s/index.js';
import { detectProject } from '../../src/project/index.js';
import { REPO_ROOT } from '../helpers/mcp.js';

/**
 * Issue 17's measure: for every compose.yaml that compose generation makes for the Railpack
 * example apps (../shared/corpus/railpack, read in place), the Kubernetes manifests
 * validate against the Kubernetes OpenAPI schemas with no error.
 */
const CORPUS = path.resolve(REPO_ROOT, '../shared/corpus/railpack/examples');
const work = mkdtempSync(path.join(tmpdir(), 'dw-k8s-railpack-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('Kubernetes manifests for the Railpack apps', () => {
  it('validate against the schemas for every app that gets a compose.yaml', async () => {
    expect(existsSync(CORPUS), `${CORPUS} is missing: CI lays ../shared beside the clone`).toBe(true);
    const apps = readdirSync(CORPUS).sort();
    const translated: string[] = [];
    const invalid: string[] = [];
    const served: string[] = [];
    const withProbes: string[] = [];
    for (const app of apps) {
      let files: { compose: string; dockerfile: string };
      try {
        const plan = detectProject(path.join(CORPUS, app));
        files = {
          compose: (await generateCompose(plan)).compose,
          dockerfile: generateDockerfile(plan).dockerfile,
        };
      } catch {
        continue; // no plan for this app: generation's own tests and bench report why
      }
      // The generated files beside each other, as `dockwright generate --write` leaves them,
      // so that the Dockerfile's USER and HEALTHCHECK reach the manifests.
      const projectDir = mkdtempSync(path.join(work, `${app}-`));
      writeFileSync(path.join(projectDir, 'compose.yaml'), files.compose);
      writeFileSync(path.join(projectDir, 'Dockerfile'), files.dockerfile);
      const { project } = await loadProject({ workingDir: projectDir, env: {} });
      const result = await kubernetesForProject(project);
      translated.push(app);
      if (result.manifests.some((m) => m.kind === 'Service')) {
        served.push(app);
        if (result.manifests.some((m) => JSON.stringify(m).includes('readinessProbe'))) withProbes.push(app);
      }
      const errors = result.findings.filter((f) => f.code === 'K8S000');
      if (errors.length)
        invalid.push(`${app}: ${errors.map((e) => `${e.kind}/${e.name} ${e.path} ${e.message}`).join('; ')}`);
    }
    expect(invalid).toEqual([]);
    expect(translated.length).toBeGreaterThanOrEqual(100);
    // An app that listens gets its Dockerfile's HEALTHCHECK as probes.
    expect(served.filter((app) => !withProbes.includes(app))).toEqual([]);
    console.log(
      `k8s: ${translated.length} of ${apps.length} Railpack apps got compose.yaml; all manifests schema-valid; ${served.length} listen, ${withProbes.length} of them with probes`,
    );
  });
});
