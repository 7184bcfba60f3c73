import { describe, expect, it } from 'vitest';
import { decodePacket, encodePacket } from '../../src/engine/build-filesync.js';

async function minimal() {
  return (await import('protobufjs/minimal.js')).default;
}

describe('fsutil packets', () => {
  it('round-trips a data packet and leaves defaults off the wire', async () => {
    const protobuf = await minimal();
    const packet = encodePacket(protobuf, 2, { id: 7, data: Buffer.from('hello') });
    expect(decodePacket(protobuf, packet)).toEqual({ type: 2, id: 7, data: Buffer.from('hello') });
    expect(encodePacket(protobuf, 0)).toHaveLength(0);
    expect(decodePacket(protobuf, encodePacket(protobuf, 3))).toEqual({ type: 3, id: 0 });
  });

  it('reads a request the way the engine writes it (type 1, ID 42)', async () => {
    const protobuf = await minimal();
    expect(decodePacket(protobuf, Buffer.from([0x08, 0x01, 0x18, 0x2a]))).toEqual({ type: 1, id: 42 });
  });
});
