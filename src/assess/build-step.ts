import type { ParsedDockerfile } from '../dockerfile/parse/model.js';

/** Commands that install dependencies or compile: what a separate build stage keeps out of the image. */
const BUILD_COMMAND =
  /\b(?:(?:apt-get|apk|dnf|yum|pip3?|poetry|uv|npm|yarn|pnpm|bun|bundle|composer|gem) +(?:add|ci|install|sync)\b|go +build|cargo +build|mvn|gradle|make|cmake|gcc|g\+\+|dotnet +publish|mix +release)/;

/**
 * The first RUN of a single-stage Dockerfile that installs or compiles something, if any.
 * A single stage that only copies files and adds a user ships no build tools.
 */
export function buildStepOf(dockerfile: ParsedDockerfile | undefined): string | undefined {
  const stages = dockerfile?.stages ?? [];
  if (stages.length !== 1) return undefined;
  return stages[0].instructions.find(
    (instruction) => instruction.keyword === 'RUN' && BUILD_COMMAND.test(instruction.args),
  )?.args;
}
