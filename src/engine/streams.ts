import type { Readable } from 'node:stream';

/** Splits Docker's multiplexed stream format (8-byte frame headers) into stdout and stderr. */
export function demuxBuffer(buffer: Buffer): { stdout: string; stderr: string } {
  const out: Buffer[] = [];
  const err: Buffer[] = [];
  let offset = 0;
  while (offset + 8 <= buffer.length) {
    const kind = buffer[offset];
    const size = buffer.readUInt32BE(offset + 4);
    if (kind > 2 || buffer[offset + 1] !== 0 || buffer[offset + 2] !== 0 || buffer[offset + 3] !== 0) {
      return { stdout: buffer.toString('utf8'), stderr: '' };
    }
    const frame = buffer.subarray(offset + 8, offset + 8 + size);
    (kind === 2 ? err : out).push(frame);
    offset += 8 + size;
  }
  if (offset < buffer.length && out.length === 0 && err.length === 0) {
    return { stdout: buffer.toString('utf8'), stderr: '' };
  }
  return { stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8') };
}

/** Collects a multiplexed stream, keeping at most maxBytes of each side (the tail). */
export function collectDemuxed(
  stream: Readable,
  maxBytes: number,
): Promise<{ stdout: string; stderr: string; truncated: boolean }> {
  return new Promise((resolve, reject) => {
    let pending = Buffer.alloc(0);
    const sides = { stdout: [] as Buffer[], stderr: [] as Buffer[] };
    const sizes = { stdout: 0, stderr: 0 };
    let truncated = false;
    const push = (side: 'stdout' | 'stderr', chunk: Buffer) => {
      sides[side].push(chunk);
      sizes[side] += chunk.length;
      while (sizes[side] > maxBytes && sides[side].length > 1) {
        sizes[side] -= sides[side].shift()!.length;
        truncated = true;
      }
    };
    stream.on('data', (chunk: Buffer) => {
      pending = Buffer.concat([pending, chunk]);
      while (pending.length >= 8) {
        const size = pending.readUInt32BE(4);
        if (pending.length < 8 + size) break;
        push(pending[0] === 2 ? 'stderr' : 'stdout', pending.subarray(8, 8 + size));
        pending = pending.subarray(8 + size);
      }
    });
    const finish = () => {
      const text = (side: 'stdout' | 'stderr') => {
        const all = Buffer.concat(sides[side]);
        if (all.length > maxBytes) truncated = true;
        return all.subarray(Math.max(0, all.length - maxBytes)).toString('utf8');
      };
      resolve({ stdout: text('stdout'), stderr: text('stderr'), truncated });
    };
    stream.on('end', finish);
    stream.on('close', finish);
    stream.on('error', reject);
  });
}
