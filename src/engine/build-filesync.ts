import type { Stats } from 'node:fs';
import { open } from 'node:fs/promises';
import path from 'node:path';
import type * as Grpc from '@grpc/grpc-js';

type Minimal = typeof import('protobufjs/minimal.js');

/** One entry of a synced folder, as src/build lists it. */
export interface FileSyncEntry {
  path: string;
  info: Stats;
  linkname?: string;
}

/** The folders a build may read through the session: `context` and `dockerfile`. */
export interface FileSyncSource {
  dirs: Record<string, string>;
  list(root: string, include: string[], exclude: string[]): AsyncIterable<FileSyncEntry>;
}

export const DIFF_COPY_METHOD = '/moby.filesync.v1.FileSync/DiffCopy';

const PACKET = { stat: 0, request: 1, data: 2, fin: 3, error: 4 } as const;
const CHUNK = 32 * 1024;

interface Packet {
  type: number;
  id: number;
  data?: Uint8Array;
}

/** Go's os.FileMode bits, which fsutil puts on the wire. */
function goFileMode(info: Stats): number {
  let mode = info.mode & 0o777;
  if (info.mode & 0o4000) mode |= 1 << 23;
  if (info.mode & 0o2000) mode |= 1 << 22;
  if (info.mode & 0o1000) mode |= 1 << 20;
  if (info.isDirectory()) mode |= 1 << 31;
  else if (info.isSymbolicLink()) mode |= 1 << 27;
  else if (info.isFIFO()) mode |= 1 << 25;
  else if (info.isSocket()) mode |= 1 << 24;
  else if (info.isCharacterDevice()) mode |= (1 << 26) | (1 << 21);
  else if (info.isBlockDevice()) mode |= 1 << 26;
  return mode >>> 0;
}

/** fsutil's Stat message; owners are sent as root, as the docker CLI does. */
function encodeStat(protobuf: Minimal, entry: FileSyncEntry): Uint8Array {
  const writer = protobuf.Writer.create();
  writer.uint32(10).string(entry.path);
  writer.uint32(16).uint32(goFileMode(entry.info));
  if (!entry.info.isDirectory()) writer.uint32(40).int64(entry.info.size);
  const nanos = BigInt(Math.round(entry.info.mtimeMs)) * 1_000_000n;
  writer
    .uint32(48)
    .int64({ low: Number(nanos & 0xffffffffn) | 0, high: Number(nanos >> 32n) | 0, unsigned: false });
  if (entry.linkname) writer.uint32(58).string(entry.linkname);
  return writer.finish();
}

export function encodePacket(
  protobuf: Minimal,
  type: number,
  fields: { stat?: Uint8Array; id?: number; data?: Uint8Array } = {},
): Buffer {
  const writer = protobuf.Writer.create();
  if (type) writer.uint32(8).uint32(type);
  if (fields.stat) writer.uint32(18).bytes(fields.stat);
  if (fields.id) writer.uint32(24).uint32(fields.id);
  if (fields.data?.length) writer.uint32(34).bytes(fields.data);
  return Buffer.from(writer.finish());
}

export function decodePacket(protobuf: Minimal, buffer: Buffer): Packet {
  const reader = protobuf.Reader.create(buffer);
  const packet: Packet = { type: 0, id: 0 };
  while (reader.pos < reader.len) {
    const tag = reader.uint32();
    const field = tag >>> 3;
    if (field === 1) packet.type = reader.uint32();
    else if (field === 3) packet.id = reader.uint32();
    else if (field === 4) packet.data = reader.bytes();
    else reader.skipType(tag & 7);
  }
  return packet;
}

/** A metadata key's values; HTTP/2 may have joined repeated headers with commas. */
function metadataList(call: Grpc.ServerDuplexStream<Packet, Buffer>, key: string): string[] {
  return call.metadata
    .get(key)
    .flatMap((value) => String(value).split(','))
    .map((value) => value.trim())
    .filter(Boolean);
}

async function sendFile(
  call: Grpc.ServerDuplexStream<Packet, Buffer>,
  protobuf: Minimal,
  file: string,
  id: number,
) {
  const handle = await open(file, 'r');
  try {
    const buffer = Buffer.alloc(CHUNK);
    for (;;) {
      const { bytesRead } = await handle.read(buffer, 0, CHUNK, null);
      if (bytesRead === 0) break;
      if (!call.write(encodePacket(protobuf, PACKET.data, { id, data: buffer.subarray(0, bytesRead) }))) {
        await new Promise((resolve) => call.once('drain', resolve));
      }
    }
  } finally {
    await handle.close();
  }
  call.write(encodePacket(protobuf, PACKET.data, { id }));
}

/**
 * Serves fsutil's DiffCopy as the sender: the engine names a folder (`dir-name`), we send
 * one stat per entry then an empty stat, it requests the files it lacks by index, we send
 * their bytes, and a FIN from it is answered with a FIN.
 */
export function diffCopyHandler(protobuf: Minimal, source: FileSyncSource) {
  return (call: Grpc.ServerDuplexStream<Packet, Buffer>) => {
    const dirName = metadataList(call, 'dir-name')[0] ?? '';
    const root = source.dirs[dirName];
    const files = new Map<number, string>();
    let requests = Promise.resolve();
    const fail = (error: unknown) => {
      call.write(
        encodePacket(protobuf, PACKET.error, {
          data: Buffer.from(String((error as Error).message ?? error)),
        }),
      );
      call.end();
    };
    if (!root) return fail(new Error(`no synced folder named "${dirName}"`));
    call.on('data', (packet: Packet) => {
      if (packet.type === PACKET.request) {
        const file = files.get(packet.id);
        requests = requests
          .then(() => (file ? sendFile(call, protobuf, file, packet.id) : undefined))
          .catch(fail);
      } else if (packet.type === PACKET.fin) {
        void requests.then(() => {
          call.write(encodePacket(protobuf, PACKET.fin));
          call.end();
        });
      }
    });
    call.on('error', () => {});
    void (async () => {
      let index = 0;
      // The engine names the paths a build reads as `followpaths`; fsutil sends only those.
      const include = [...metadataList(call, 'include-patterns'), ...metadataList(call, 'followpaths')];
      for await (const entry of source.list(root, include, metadataList(call, 'exclude-patterns'))) {
        if (entry.info.isFile()) files.set(index, path.join(root, entry.path));
        index++;
        if (!call.write(encodePacket(protobuf, PACKET.stat, { stat: encodeStat(protobuf, entry) }))) {
          await new Promise((resolve) => call.once('drain', resolve));
        }
      }
      call.write(encodePacket(protobuf, PACKET.stat));
    })().catch(fail);
  };
}
