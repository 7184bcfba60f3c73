import { EngineError, type EngineObjectKind } from '../engine/errors.js';
import { ToolError } from '../errors.js';

const WHERE_TO_LOOK: Record<EngineObjectKind, string> = {
  container: 'See container_list for what exists.',
  image: 'See image_list for what exists, or image_pull / image_build to make it.',
  network: 'See network_list for what exists.',
  volume: 'See volume_list for what exists.',
  'registry image': 'Check the reference; registry_tags lists the tags a repository has.',
};

/** A missing object's error names the tool that lists what exists, by the kind the engine gave. */
export function withToolHint(error: ToolError): ToolError {
  if (!(error instanceof EngineError) || error.code !== 'NOT_FOUND') return error;
  return new ToolError(error.code, error.message, WHERE_TO_LOOK[error.kind]);
}
