import { baseImageHint, frontendHint, isFrontendPull } from './pull-failure.js';

export interface BuildFailure {
  /** The Dockerfile step that failed, as BuildKit names it (e.g. `[build 3/5] RUN npm ci`). */
  step?: string;
  exitCode?: number;
  message: string;
  /** The last lines the failing step printed, secrets masked. */
  outputTail: string[];
  cause?:
    | 'missing-file'
    | 'network'
    | 'unknown-instruction'
    | 'base-image'
    | 'frontend'
    | 'missing-secret'
    | 'command-failed';
  hint: string;
}

interface Recogniser {
  cause: NonNullable<BuildFailure['cause']>;
  test: (text: string, step: string) => boolean;
  hint: (text: string) => string;
}

const NETWORK_TROUBLE =
  /Temporary failure (resolving|in name resolution)|Could not resolve|EAI_AGAIN|ENOTFOUND|ETIMEDOUT|ECONNREFUSED|ECONNRESET|Network is unreachable|Connection timed out|Failed to fetch|SELF_SIGNED_CERT_IN_CHAIN|unable to get local issuer certificate|Could not connect to|No route to host/i;
const INSTALL_COMMAND =
  /apt-get|apt |apk |yum |dnf |npm |yarn |pnpm |pip3? |poetry |go (mod|get|build)|cargo |gem |bundle |composer |mvn |gradle|curl |wget /;

const RECOGNISERS: Recogniser[] = [
  {
    cause: 'unknown-instruction',
    test: (text) => /unknown instruction/i.test(text),
    hint: (text) =>
      `The Dockerfile has an instruction Docker does not know (${/unknown instruction:\s*(\S+)/i.exec(text)?.[1] ?? 'see the message'}). ` +
      'Fix the spelling, or join a continued RUN line with a trailing backslash; dockerfile_lint points at the line.',
  },
  {
    cause: 'missing-secret',
    test: (text) => /secret \S+ not found|secret .*: not found/i.test(text),
    hint: () =>
      'A RUN --mount=type=secret needs that secret id: pass it in `secrets` (from a file or an environment variable).',
  },
  { cause: 'frontend', test: isFrontendPull, hint: frontendHint },
  {
    cause: 'base-image',
    test: (text) =>
      /failed to resolve source metadata|pull access denied|manifest unknown|repository does not exist|failed to do request|no match for platform|registry-1\.docker\.io/i.test(
        text,
      ),
    hint: baseImageHint,
  },
  {
    cause: 'missing-file',
    test: (text, step) =>
      /failed to compute cache key|failed to calculate checksum|not found: not found/i.test(text) ||
      (/no such file or directory/i.test(text) && /^(\[[^\]]*\] )?(COPY|ADD) /.test(step)),
    hint: () =>
      'A COPY or ADD source is not in the build context. Check the path is relative to the context folder and that .dockerignore does not exclude it.',
  },
  {
    cause: 'network',
    test: (text, step) => NETWORK_TROUBLE.test(text) && (INSTALL_COMMAND.test(step) || /RUN/.test(step)),
    hint: () =>
      'A package download failed on the network. Check the build can reach the package mirror (proxy settings as build args, network mode, a CA bundle as a build secret) and retry.',
  },
];

function exitCodeOf(text: string): number | undefined {
  const match = /exit code:? (\d+)/i.exec(text);
  return match ? Number(match[1]) : undefined;
}

function tailLines(text: string, count: number): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trimEnd())
    .filter((line) => line.length > 0)
    .slice(-count);
}

/** Turns an engine error and the failing step's output into a few actionable lines. */
export function explainFailure(
  engineError: string,
  failing: { name: string; error?: string; output: string } | undefined,
  tail = 20,
): BuildFailure {
  const step = failing?.name;
  const output = failing?.output ?? '';
  const everything = `${step ?? ''}\n${engineError}\n${failing?.error ?? ''}\n${output}`;
  const exitCode = exitCodeOf(failing?.error ?? '') ?? exitCodeOf(engineError);
  const recognised = RECOGNISERS.find((recogniser) => recogniser.test(everything, step ?? ''));
  const cause = recognised?.cause ?? (exitCode !== undefined ? 'command-failed' : undefined);
  const hint =
    recognised?.hint(everything) ??
    (exitCode !== undefined
      ? `The command in "${step ?? 'the failing step'}" exited with ${exitCode}; its last output lines say why. Fix the command or what it needs, then build again (earlier steps stay cached).`
      : 'Read the message and the step output; fix the Dockerfile or the context and build again.');
  return { step, exitCode, message: engineError.trim(), outputTail: tailLines(output, tail), cause, hint };
}
