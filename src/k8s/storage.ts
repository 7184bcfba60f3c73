import path from 'node:path';
import type { ComposeModel, ComposeService } from '../compose/model.js';
import type { Manifest, NotTranslated, SecretToCreate } from './model.js';
import { dnsLabel } from './names.js';
import { memoryQuantity } from './quantities.js';

export interface PodStorage {
  volumes: Record<string, unknown>[];
  mounts: Record<string, unknown>[];
}

/** Named volumes become PersistentVolumeClaims; the size is a starting point to review. */
export function volumeClaims(model: ComposeModel, labels: Record<string, string>): Manifest[] {
  return Object.keys(model.volumes).map((volume) => ({
    apiVersion: 'v1',
    kind: 'PersistentVolumeClaim',
    metadata: { name: dnsLabel(volume), labels },
    spec: { accessModes: ['ReadWriteOnce'], resources: { requests: { storage: '1Gi' } } },
  }));
}

/**
 * A service's mounts as pod volumes: named volumes as claims, anonymous ones and tmpfs as
 * emptyDir, Compose secrets and configs as projected files at the paths Compose uses. Host
 * binds are reported, not translated (a hostPath ties the pod to one node's files).
 */
export function podStorage(
  service: string,
  spec: ComposeService,
  model: ComposeModel,
  notTranslated: NotTranslated[],
  secrets: SecretToCreate[],
): PodStorage {
  const storage: PodStorage = { volumes: [], mounts: [] };
  spec.volumes.forEach((mount, index) => {
    const name = `vol-${index}`;
    const readOnly = mount.read_only === true ? { readOnly: true } : {};
    if (mount.type === 'volume' && mount.source && mount.source in model.volumes) {
      storage.volumes.push({ name, persistentVolumeClaim: { claimName: dnsLabel(mount.source) } });
    } else if (mount.type === 'volume' && !mount.source) {
      storage.volumes.push({ name, emptyDir: {} });
    } else if (mount.type === 'tmpfs') {
      const size = mount.tmpfs?.size === undefined ? undefined : memoryQuantity(mount.tmpfs.size);
      storage.volumes.push({ name, emptyDir: { medium: 'Memory', ...(size ? { sizeLimit: size } : {}) } });
    } else {
      notTranslated.push({
        service,
        key: `volumes[${index}]`,
        reason: `${mount.type} mount of ${mount.source ?? '?'}: put files in a ConfigMap or the image, data in a PersistentVolumeClaim`,
      });
      return;
    }
    storage.mounts.push({ name, mountPath: mount.target, ...readOnly });
  });
  const tmpfs = typeof spec.tmpfs === 'string' ? [spec.tmpfs] : Array.isArray(spec.tmpfs) ? spec.tmpfs : [];
  tmpfs.forEach((entry, index) => {
    storage.volumes.push({ name: `tmpfs-${index}`, emptyDir: { medium: 'Memory' } });
    storage.mounts.push({ name: `tmpfs-${index}`, mountPath: String(entry).split(':')[0] });
  });
  for (const ref of spec.secrets ?? []) {
    const key = dnsLabel(ref.source);
    const target = ref.target?.startsWith('/') ? ref.target : `/run/secrets/${ref.target ?? ref.source}`;
    storage.volumes.push({ name: `secret-${key}`, secret: { secretName: key } });
    storage.mounts.push({
      name: `secret-${key}`,
      mountPath: target,
      subPath: ref.source,
      readOnly: true,
    });
    const declared = model.secrets[ref.source] ?? {};
    const from = typeof declared.file === 'string' ? `the file ${declared.file}` : `secrets.${ref.source}`;
    if (!secrets.some((s) => s.name === key)) secrets.push({ name: key, keys: [ref.source], from });
  }
  for (const ref of spec.configs ?? []) {
    const key = dnsLabel(ref.source);
    const target = ref.target?.startsWith('/') ? ref.target : `/${ref.target ?? ref.source}`;
    storage.volumes.push({ name: `config-${key}`, configMap: { name: key } });
    storage.mounts.push({ name: `config-${key}`, mountPath: target, subPath: path.basename(target) });
    notTranslated.push({
      service,
      key: `configs.${ref.source}`,
      reason: `create ConfigMap ${key} with key ${path.basename(target)} from the config's file (kubectl create configmap ${key} --from-file=...)`,
    });
  }
  return storage;
}
