import { z } from 'zod';
import { confirmIfForeignContainer } from '../../src/containers/ownership.js';
import { fenceUntrusted } from '../../src/security/untrusted.js';
import { containerRef } from '../../src/toolkit/schemas/refs.js';
import { defineTool } from '../../src/toolkit/tool.js';

const MAX_BYTES = 32_000;

export default defineTool({
  name: 'container_exec',
  toolset: 'container',
  kind: 'write',
  mayConfirm: true,
  title: 'Run a command in a container',
  description: 'Run an argv (no shell) in a running container; output bounded.',
  input: z.object({
    container: containerRef,
    command: z.array(z.string()).min(1),
    env: z.record(z.string(), z.string()).optional(),
    user: z.string().optional(),
    workdir: z.string().optional(),
    timeoutSeconds: z.number().positive().max(600).default(30),
  }),
  output: z.object({
    exitCode: z.number().int(),
    stdout: z.string(),
    stderr: z.string(),
    truncated: z.boolean(),
    timedOut: z.boolean(),
  }),
  async handle(ctx, input) {
    await confirmIfForeignContainer(
      ctx.engine,
      ctx.confirm,
      input.container,
      `Run ${JSON.stringify(input.command).slice(0, 200)} in container`,
    );
    const result = await ctx.engine.exec(
      input.container,
      {
        cmd: input.command,
        env: input.env && Object.entries(input.env).map(([k, v]) => `${k}=${v}`),
        user: input.user,
        workingDir: input.workdir,
        timeoutMs: input.timeoutSeconds * 1000,
        maxBytes: MAX_BYTES,
      },
      ctx.signal,
    );
    return {
      exitCode: result.exitCode,
      stdout: fenceUntrusted('stdout', result.stdout),
      stderr: fenceUntrusted('stderr', result.stderr),
      truncated: result.truncated,
      timedOut: result.timedOut,
    };
  },
  summary: (out) =>
    `${out.timedOut ? 'Timed out' : `Exit code ${out.exitCode}`}.\n${out.stdout}${out.stderr.includes('\n\n') ? `\n${out.stderr}` : ''}`,
});
