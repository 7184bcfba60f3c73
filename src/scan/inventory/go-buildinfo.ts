import type { Package } from '../model.js';

const magic = Buffer.from('\xff Go buildinf:', 'latin1');
const headerSize = 32;
/** Module lists of large binaries run to tens of kilobytes; anything past this is not build info. */
const maxInfoBytes = 512 * 1024;

export interface GoBuildInfo {
  goVersion: string;
  mainPath?: string;
  modules: { path: string; version: string; main?: boolean }[];
}

function readVarint(buffer: Buffer, offset: number): { value: number; next: number } | undefined {
  let value = 0;
  for (let shift = 0, i = offset; i < buffer.length && shift < 35; shift += 7, i++) {
    value += (buffer[i] & 0x7f) * 2 ** shift;
    if (buffer[i] < 0x80) return { value, next: i + 1 };
  }
  return undefined;
}

/** Reads two length-prefixed strings after the header (Go 1.18+, inline format). */
export function parseBuildInfoBlob(blob: Buffer): GoBuildInfo | 'need-more' | undefined {
  if (blob.length < headerSize) return 'need-more';
  const pointerSize = blob[14];
  const inline = (blob[15] & 0x2) !== 0;
  if (!blob.subarray(0, magic.length).equals(magic) || (pointerSize !== 4 && pointerSize !== 8) || !inline) {
    return undefined;
  }
  const versionLength = readVarint(blob, headerSize);
  if (!versionLength) return 'need-more';
  const versionEnd = versionLength.next + versionLength.value;
  const modLength = readVarint(blob, versionEnd);
  if (!modLength || modLength.next + modLength.value > blob.length) return 'need-more';
  const goVersion = blob.toString('utf8', versionLength.next, versionEnd);
  if (!goVersion.startsWith('go')) return undefined;
  let modinfo = blob.toString('latin1', modLength.next, modLength.next + modLength.value);
  // The module text sits between two 16-byte sentinels.
  if (modinfo.length >= 33 && modinfo[modinfo.length - 17] === '\n') modinfo = modinfo.slice(16, -16);
  return { goVersion, ...parseModuleText(Buffer.from(modinfo, 'latin1').toString('utf8')) };
}

function parseModuleText(text: string): Omit<GoBuildInfo, 'goVersion'> {
  const modules: GoBuildInfo['modules'] = [];
  let mainPath: string | undefined;
  for (const line of text.split('\n')) {
    const [kind, path, version] = line.split('\t');
    if (kind === 'path') mainPath = path;
    else if (kind === 'mod' && path) modules.push({ path, version: version ?? '(devel)', main: true });
    else if (kind === 'dep' && path && version) modules.push({ path, version });
    else if (kind === '=>' && path && version && modules.length) {
      const replaced = modules[modules.length - 1];
      modules[modules.length - 1] = { ...replaced, path, version };
    }
  }
  return { mainPath, modules };
}

/** True for an ELF file: the only binaries we look inside. */
export function looksLikeElf(head: Buffer): boolean {
  return head.length >= 4 && head[0] === 0x7f && head.toString('latin1', 1, 4) === 'ELF';
}

/**
 * Finds the build info blob in a binary read as a stream, keeping only a small window:
 * the header is 16-byte aligned and starts with the magic; a copy of the magic in the
 * program's data (the Go toolchain has one) fails the header checks and is passed over.
 */
export async function findGoBuildInfo(chunks: AsyncIterable<Buffer>): Promise<GoBuildInfo | undefined> {
  let buffer: Buffer = Buffer.alloc(0);
  let bufferStart = 0;
  let first = true;
  for await (const chunk of chunks) {
    if (first && !looksLikeElf(chunk)) return undefined;
    first = false;
    buffer = buffer.length ? Buffer.concat([buffer, chunk]) : chunk;
    for (;;) {
      let found = buffer.indexOf(magic);
      while (found >= 0 && (bufferStart + found) % 16 !== 0) found = buffer.indexOf(magic, found + 1);
      if (found < 0) {
        const keep = Math.min(buffer.length, magic.length - 1);
        bufferStart += buffer.length - keep;
        buffer = buffer.subarray(buffer.length - keep);
        break;
      }
      bufferStart += found;
      buffer = buffer.subarray(found);
      const parsed = parseBuildInfoBlob(buffer);
      if (parsed === 'need-more' && buffer.length < maxInfoBytes) break;
      if (parsed && parsed !== 'need-more') return parsed;
      bufferStart += 1;
      buffer = buffer.subarray(1);
    }
  }
  return undefined;
}

/** A binary's modules as packages, with the Go standard library as `stdlib` (as OSV names it). */
export function goPackages(info: GoBuildInfo, path: string): Package[] {
  const stdlib: Package = {
    name: 'stdlib',
    version: info.goVersion.replace(/^go/, '').split(/\s/)[0],
    ecosystem: 'golang',
    path,
  };
  const modules = info.modules
    .filter((module) => module.version !== '(devel)')
    .map((module): Package => ({ name: module.path, version: module.version, ecosystem: 'golang', path }));
  return [stdlib, ...modules];
}
