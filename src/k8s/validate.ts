import { DaemonSet } from 'kubernetes-models/apps/v1/DaemonSet';
import { Deployment } from 'kubernetes-models/apps/v1/Deployment';
import { ConfigMap } from 'kubernetes-models/v1/ConfigMap';
import { PersistentVolumeClaim } from 'kubernetes-models/v1/PersistentVolumeClaim';
import { Service } from 'kubernetes-models/v1/Service';
import type { K8sFinding, Manifest } from './model.js';

/** The kinds dockwright writes, each with its model generated from the Kubernetes OpenAPI schema. */
const MODELS: Record<string, new (data: never) => { validate(): void }> = {
  'v1/ConfigMap': ConfigMap,
  'v1/PersistentVolumeClaim': PersistentVolumeClaim,
  'v1/Service': Service,
  'apps/v1/DaemonSet': DaemonSet,
  'apps/v1/Deployment': Deployment,
};

interface SchemaError {
  instancePath?: string;
  message?: string;
}

/** Validates each manifest against the Kubernetes OpenAPI schema of its kind (offline). */
export function validateManifests(manifests: Manifest[]): K8sFinding[] {
  const findings: K8sFinding[] = [];
  for (const manifest of manifests) {
    const at = { kind: manifest.kind, name: manifest.metadata?.name ?? '' };
    const Model = MODELS[`${manifest.apiVersion}/${manifest.kind}`];
    if (!Model) {
      findings.push({
        ...at,
        code: 'K8S000',
        severity: 'error',
        path: 'kind',
        message: `No schema for ${manifest.apiVersion} ${manifest.kind}.`,
      });
      continue;
    }
    try {
      new Model(manifest as never).validate();
    } catch (error) {
      const errors = ((error as { errors?: SchemaError[] }).errors ?? [
        { message: (error as Error).message },
      ]) as SchemaError[];
      for (const problem of errors)
        findings.push({
          ...at,
          code: 'K8S000',
          severity: 'error',
          path: (problem.instancePath ?? '').replace(/^\//, '').replaceAll('/', '.'),
          message: `Schema: ${problem.message ?? 'invalid'}.`,
        });
    }
  }
  return findings;
}
