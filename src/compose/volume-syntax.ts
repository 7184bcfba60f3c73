/** A service mount in the long syntax, the form the normalised model uses. */
export interface ServiceMount {
  type: 'volume' | 'bind' | 'tmpfs' | 'npipe' | 'cluster' | 'image';
  source?: string;
  target: string;
  read_only?: boolean;
  bind?: { propagation?: string; create_host_path?: boolean; selinux?: string };
  volume?: { nocopy?: boolean; subpath?: string };
  tmpfs?: { size?: number | string; mode?: number };
}

const ACCESS_MODES = new Set(['ro', 'rw', 'z', 'Z', 'consistent', 'cached', 'delegated', 'nocopy']);

function isPathLike(source: string): boolean {
  return (
    source.startsWith('/') ||
    source.startsWith('.') ||
    source.startsWith('~') ||
    /^[A-Za-z]:[\\/]/.test(source)
  );
}

/** Parses `[SOURCE:]TARGET[:MODE]`; a path-like source is a bind mount, a name is a named volume. */
export function parseShortVolume(text: string): { mount: ServiceMount } | { error: string } {
  const parts = text.split(':');
  if (parts.length > 3 || parts.some((part) => part === '')) {
    return { error: `"${text}" is not a volume: write TARGET, SOURCE:TARGET or SOURCE:TARGET:MODE` };
  }
  if (parts.length === 1) return { mount: { type: 'volume', target: parts[0] } };
  const [source, target, mode] = parts;
  if (!target.startsWith('/'))
    return { error: `the target "${target}" in "${text}" must be an absolute path` };
  const modes = mode ? mode.split(',') : [];
  const badMode = modes.find((m) => !ACCESS_MODES.has(m));
  if (badMode)
    return {
      error: `"${badMode}" in "${text}" is not a mode: use ro, rw, z, Z, cached, delegated or nocopy`,
    };
  const bind = isPathLike(source);
  const mount: ServiceMount = { type: bind ? 'bind' : 'volume', source, target };
  if (modes.includes('ro')) mount.read_only = true;
  const selinux = modes.find((m) => m === 'z' || m === 'Z');
  if (bind) mount.bind = { create_host_path: true, ...(selinux ? { selinux } : {}) };
  if (!bind && modes.includes('nocopy')) mount.volume = { nocopy: true };
  return { mount };
}
