import { EngineError, type EngineObjectKind, mapEngineError } from './errors.js';
import type { DockerEngine } from './types.js';

/** The kind of object a failure of each engine call is about (a missing image fails createContainer). */
const KIND_OF_CALL: Partial<Record<keyof DockerEngine, EngineObjectKind>> = {
  inspectContainer: 'container',
  startContainer: 'container',
  stopContainer: 'container',
  restartContainer: 'container',
  removeContainer: 'container',
  containerLogs: 'container',
  exec: 'container',
  containerStats: 'container',
  waitContainer: 'container',
  createContainer: 'image',
  inspectImage: 'image',
  imageHistory: 'image',
  tagImage: 'image',
  removeImage: 'image',
  pushImage: 'image',
  exportImage: 'image',
  pullImage: 'registry image',
  inspectNetwork: 'network',
  removeNetwork: 'network',
  inspectVolume: 'volume',
  removeVolume: 'volume',
};

/**
 * The engine whose failures carry the kind of object they are about. Any implementation's
 * errors pass through here: ours arrive as ToolErrors, others as dockerode throws them.
 */
export function withObjectKinds(engine: DockerEngine): DockerEngine {
  return new Proxy(engine, {
    get(target, name: string | symbol) {
      const member = Reflect.get(target, name);
      if (typeof member !== 'function') return member;
      const kind = KIND_OF_CALL[name as keyof DockerEngine];
      return async (...args: unknown[]) => {
        try {
          return await member.apply(target, args);
        } catch (error) {
          const what = `${String(name)}${typeof args[0] === 'string' ? ` "${args[0]}"` : ''}`;
          const mapped = mapEngineError(error, what, 'the Docker Engine');
          if (!kind || mapped instanceof EngineError) throw mapped;
          throw new EngineError(mapped.code, mapped.message, mapped.hint, kind);
        }
      };
    },
  });
}
