import type { Root, Type } from 'protobufjs';

/**
 * The parts of BuildKit's `moby.buildkit.v1.StatusResponse` that progress needs, written
 * out from the wire format: field numbers and types only, so no .proto file is loaded.
 */
const STATUS_DESCRIPTOR = {
  nested: {
    StatusResponse: {
      fields: {
        vertexes: { rule: 'repeated', type: 'Vertex', id: 1 },
        logs: { rule: 'repeated', type: 'VertexLog', id: 3 },
        warnings: { rule: 'repeated', type: 'VertexWarning', id: 4 },
      },
    },
    Vertex: {
      fields: {
        digest: { type: 'string', id: 1 },
        inputs: { rule: 'repeated', type: 'string', id: 2 },
        name: { type: 'string', id: 3 },
        cached: { type: 'bool', id: 4 },
        started: { type: 'Timestamp', id: 5 },
        completed: { type: 'Timestamp', id: 6 },
        error: { type: 'string', id: 7 },
      },
    },
    VertexLog: {
      fields: {
        vertex: { type: 'string', id: 1 },
        stream: { type: 'int64', id: 3 },
        msg: { type: 'bytes', id: 4 },
      },
    },
    VertexWarning: {
      fields: {
        vertex: { type: 'string', id: 1 },
        short: { type: 'bytes', id: 3 },
      },
    },
    Timestamp: {
      fields: { seconds: { type: 'int64', id: 1 }, nanos: { type: 'int32', id: 2 } },
    },
  },
};

export interface TraceVertex {
  digest: string;
  name: string;
  inputs: string[];
  cached: boolean;
  /** Milliseconds since the epoch. */
  started?: number;
  completed?: number;
  error?: string;
}

export interface TraceLog {
  vertex: string;
  stream: number;
  text: string;
}

export interface TraceStatus {
  vertexes: TraceVertex[];
  logs: TraceLog[];
  warnings: { vertex: string; message: string }[];
}

interface RawTimestamp {
  seconds?: number | { toNumber(): number };
  nanos?: number;
}

interface RawStatus {
  vertexes?: {
    digest: string;
    name: string;
    inputs?: string[];
    cached?: boolean;
    started?: RawTimestamp;
    completed?: RawTimestamp;
    error?: string;
  }[];
  logs?: { vertex: string; stream?: number | { toNumber(): number }; msg?: Uint8Array }[];
  warnings?: { vertex: string; short?: Uint8Array }[];
}

let statusType: Type | undefined;

async function loadStatusType(): Promise<Type> {
  if (statusType) return statusType;
  const protobuf = (await import('protobufjs')).default as unknown as {
    Root: { fromJSON(json: object): Root };
  };
  statusType = protobuf.Root.fromJSON(STATUS_DESCRIPTOR).lookupType('StatusResponse');
  return statusType;
}

function toNumber(value: number | { toNumber(): number } | undefined): number {
  if (value === undefined) return 0;
  return typeof value === 'number' ? value : value.toNumber();
}

function toMillis(timestamp: RawTimestamp | undefined): number | undefined {
  if (!timestamp) return undefined;
  return toNumber(timestamp.seconds) * 1000 + Math.floor((timestamp.nanos ?? 0) / 1e6);
}

/** Decodes one base64 `moby.buildkit.trace` payload from the /build stream. */
export async function decodeTrace(base64: string): Promise<TraceStatus> {
  const type = await loadStatusType();
  const raw = type.decode(Buffer.from(base64, 'base64')) as unknown as RawStatus;
  return {
    vertexes: (raw.vertexes ?? []).map((vertex) => ({
      digest: vertex.digest,
      name: vertex.name,
      inputs: vertex.inputs ?? [],
      cached: Boolean(vertex.cached),
      started: toMillis(vertex.started),
      completed: toMillis(vertex.completed),
      error: vertex.error || undefined,
    })),
    logs: (raw.logs ?? []).map((log) => ({
      vertex: log.vertex,
      stream: toNumber(log.stream),
      text: Buffer.from(log.msg ?? []).toString('utf8'),
    })),
    warnings: (raw.warnings ?? []).map((warning) => ({
      vertex: warning.vertex,
      message: Buffer.from(warning.short ?? []).toString('utf8'),
    })),
  };
}
