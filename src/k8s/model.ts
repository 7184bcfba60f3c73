/** A Kubernetes object as plain data (apiVersion, kind, metadata, spec...). */
export type Manifest = {
  apiVersion: string;
  kind: string;
  metadata: { name: string; labels?: Record<string, string>; annotations?: Record<string, string> };
  [key: string]: unknown;
};

/** A Compose key that has no faithful Kubernetes counterpart: reported, never silently dropped. */
export interface NotTranslated {
  service: string;
  key: string;
  reason: string;
}

/** A Secret the user must create: its name and the keys the manifests reference (never values). */
export interface SecretToCreate {
  name: string;
  keys: string[];
  /** Where the values come from in the Compose project (an env var, a secrets: file). */
  from: string;
}

export type K8sSeverity = 'error' | 'warning' | 'info';

/** A risk in the manifests, or a schema error, with the object and field it is about. */
export interface K8sFinding {
  code: string;
  severity: K8sSeverity;
  kind: string;
  name: string;
  path: string;
  message: string;
}
