import { randomUUID } from 'node:crypto';
import type { Duplex } from 'node:stream';
import type * as Grpc from '@grpc/grpc-js';
import type Dockerode from 'dockerode';
import { DIFF_COPY_METHOD, decodePacket, diffCopyHandler, type FileSyncSource } from './build-filesync.js';

/** A secret the build may mount with `RUN --mount=type=secret,id=ID`. */
export interface BuildSecret {
  id: string;
  value: Buffer;
}

export interface BuildSession {
  id: string;
  close(): void;
}

const SECRETS_METHOD = '/moby.buildkit.secrets.v1.Secrets/GetSecret';
const HEALTH_METHOD = '/grpc.health.v1.Health/Check';

type Minimal = typeof import('protobufjs/minimal.js');

/** GetSecretRequest: field 1 is the secret's ID; the annotations (field 2) are not needed. */
function readSecretId(protobuf: Minimal, buffer: Buffer): string {
  const reader = protobuf.Reader.create(buffer);
  let id = '';
  while (reader.pos < reader.len) {
    const tag = reader.uint32();
    if (tag >>> 3 === 1) id = reader.string();
    else reader.skipType(tag & 7);
  }
  return id;
}

function unaryMethod<Request, Response>(
  path: string,
  decode: (buffer: Buffer) => Request,
  encode: (response: Response) => Buffer,
): Grpc.MethodDefinition<Request, Response> {
  return {
    path,
    requestStream: false,
    responseStream: false,
    requestSerialize: () => Buffer.alloc(0),
    requestDeserialize: decode,
    responseSerialize: encode,
    responseDeserialize: () => ({}) as Response,
  };
}

function hijackSession(docker: Dockerode, id: string, sharedKey: string, methods: string[]): Promise<Duplex> {
  const options = {
    method: 'POST',
    path: '/session',
    hijack: true,
    headers: {
      Upgrade: 'h2c',
      'X-Docker-Expose-Session-Uuid': id,
      'X-Docker-Expose-Session-Name': 'dockwright',
      'X-Docker-Expose-Session-Sharedkey': sharedKey,
      'X-Docker-Expose-Session-Grpc-Method': methods,
    },
    statusCodes: { 101: true, 200: true, 500: 'server error' },
  };
  return new Promise((resolve, reject) => {
    docker.modem.dial(options, (error: unknown, socket: unknown) => {
      if (error) reject(error);
      else resolve(socket as Duplex);
    });
  });
}

/**
 * Opens a BuildKit session on the engine: a gRPC server that runs over the hijacked
 * `POST /session` connection and answers the engine's calls for build secrets and health.
 * Security: secret values live only in this closure and leave it only in GetSecret replies.
 */
export async function openBuildSession(
  docker: Dockerode,
  options: { secrets: BuildSecret[]; sharedKey: string; files?: FileSyncSource },
): Promise<BuildSession> {
  const { secrets, sharedKey, files } = options;
  const [grpc, { default: protobuf }] = await Promise.all([
    import('@grpc/grpc-js'),
    import('protobufjs/minimal.js'),
  ]);
  const id = randomUUID();
  const byId = new Map(secrets.map((secret) => [secret.id, secret.value]));
  const methods = [HEALTH_METHOD, SECRETS_METHOD, ...(files ? [DIFF_COPY_METHOD] : [])];
  const socket = await hijackSession(docker, id, sharedKey, methods);

  const server = new grpc.Server();
  server.addService(
    {
      Check: unaryMethod<object, object>(
        HEALTH_METHOD,
        () => ({}),
        () => Buffer.from([0x08, 0x01]),
      ),
    },
    { Check: (_call: unknown, callback: Grpc.sendUnaryData<object>) => callback(null, {}) },
  );
  server.addService(
    {
      GetSecret: unaryMethod<string, Buffer>(
        SECRETS_METHOD,
        (buffer) => readSecretId(protobuf, buffer),
        (data) => Buffer.from(protobuf.Writer.create().uint32(10).bytes(data).finish()),
      ),
    },
    {
      GetSecret: (call: Grpc.ServerUnaryCall<string, Buffer>, callback: Grpc.sendUnaryData<Buffer>) => {
        const value = byId.get(call.request);
        if (value) callback(null, value);
        else callback({ code: grpc.status.NOT_FOUND, details: `secret ${call.request} not found` }, null);
      },
    },
  );
  if (files) {
    const diffCopy: Grpc.MethodDefinition<ReturnType<typeof decodePacket>, Buffer> = {
      path: DIFF_COPY_METHOD,
      requestStream: true,
      responseStream: true,
      requestSerialize: () => Buffer.alloc(0),
      requestDeserialize: (buffer) => decodePacket(protobuf, buffer),
      responseSerialize: (packet) => packet,
      responseDeserialize: () => Buffer.alloc(0),
    };
    server.addService({ DiffCopy: diffCopy }, { DiffCopy: diffCopyHandler(protobuf, files) });
  }
  server.createConnectionInjector(grpc.ServerCredentials.createInsecure()).injectConnection(socket);
  // Node's http2 feeds bytes that came with the upgrade on the next tick; closing before then crashes it.
  await new Promise((resolve) => setImmediate(resolve));

  let closed = false;
  return {
    id,
    close() {
      if (closed) return;
      closed = true;
      // The socket goes first: data arriving after the HTTP/2 session is gone crashes Node's http2.
      socket.destroy();
      server.forceShutdown();
    },
  };
}
