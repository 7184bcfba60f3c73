export interface ImageRef {
  /** The registry host as written, or undefined for Docker Hub's short form. */
  registry?: string;
  repository: string;
  tag?: string;
  digest?: string;
}

/** Splits `registry:5000/repo/name:tag@sha256:...` into its parts. */
export function parseImageRef(image: string): ImageRef {
  let rest = image;
  let digest: string | undefined;
  const at = rest.indexOf('@');
  if (at >= 0) {
    digest = rest.slice(at + 1);
    rest = rest.slice(0, at);
  }
  let registry: string | undefined;
  const slash = rest.indexOf('/');
  if (slash >= 0) {
    const first = rest.slice(0, slash);
    if (first.includes('.') || first.includes(':') || first === 'localhost') {
      registry = first;
      rest = rest.slice(slash + 1);
    }
  }
  let tag: string | undefined;
  const colon = rest.lastIndexOf(':');
  if (colon >= 0 && !rest.slice(colon).includes('/')) {
    tag = rest.slice(colon + 1);
    rest = rest.slice(0, colon);
  }
  return { registry, repository: rest, tag, digest };
}

export function isVariableReference(value: string): boolean {
  return value.includes('$');
}

/** The aliases (`FROM x AS name`) defined by stages before `stageIndex`, lower-cased. */
export function previousAliases(stages: { alias: string | null }[], stageIndex: number): string[] {
  return stages
    .slice(0, Math.max(0, stageIndex))
    .map((s) => s.alias?.toLowerCase())
    .filter((a): a is string => Boolean(a));
}
