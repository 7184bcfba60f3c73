import type { BaseImage } from './base-images.js';

export interface Rationale {
  choice: string;
  why: string;
}

/** Collects Dockerfile lines and the reason for each notable choice, side by side. */
export class DockerfileBuilder {
  private readonly args: string[] = [];
  private readonly body: string[] = [];
  readonly rationale: Rationale[] = [];

  why(choice: string, why: string): this {
    this.rationale.push({ choice, why });
    return this;
  }

  /** A stage; its base's version ARG goes above the first FROM so `--build-arg` can change it. */
  from(image: BaseImage, stage: string): this {
    if (image.arg && !this.args.some((line) => line.startsWith(`ARG ${image.arg!.name}=`))) {
      this.args.push(`ARG ${image.arg.name}=${image.arg.value}`);
    }
    if (this.body.length > 0) this.body.push('');
    this.body.push(`FROM ${image.ref} AS ${stage}`);
    return this;
  }

  line(...lines: string[]): this {
    this.body.push(...lines);
    return this;
  }

  /** A RUN whose commands are joined with `&&` over continuation lines. */
  run(prefix: string, commands: string[]): this {
    const [first, ...rest] = commands;
    const head = prefix ? `RUN ${prefix} \\\n    ${first}` : `RUN ${first}`;
    this.body.push([head, ...rest.map((command) => `    && ${command}`)].join(' \\\n'));
    return this;
  }

  render(syntaxLine: boolean): string {
    const header = syntaxLine ? ['# syntax=docker/dockerfile:1', ''] : [];
    const args = this.args.length > 0 ? [...this.args, ''] : [];
    return `${[...header, ...args, ...this.body].join('\n')}\n`;
  }
}

/** JSON array text for exec-form instructions. */
export function execForm(argv: string[]): string {
  return JSON.stringify(argv).replace(/","/g, '", "');
}

const SHELL_SYNTAX = /[$&|;<>`*?(){}]|\s(?:&&|\|\|)\s/;

/**
 * A command line as an argv for exec-form CMD. Shell syntax keeps a shell, with `exec` before
 * the last command so the app (not the shell) receives stop signals.
 */
export function commandArgv(command: string): string[] {
  if (!SHELL_SYNTAX.test(command) && !/["']/.test(command)) return command.trim().split(/\s+/);
  const parts = command.split('&&');
  const last = parts.pop()!.trim();
  const script = [...parts.map((p) => p.trim()), last.startsWith('exec ') ? last : `exec ${last}`].join(
    ' && ',
  );
  return ['sh', '-c', script];
}

const LEADING_ASSIGNMENTS = /^((?:[A-Za-z_][A-Za-z0-9_]*=(?:"[^"]*"|'[^']*'|[^\s"']*)\s+)+)(\S[\s\S]*)$/;

/**
 * The ENV and CMD lines for a start command. Assignments in front of it
 * (`RACK_ENV=production bundle exec ...`) become ENV: in an exec-form CMD they would be
 * taken as the program's name.
 */
export function startLines(command: string): { env?: string; cmd: string; argv: string[] } {
  const match = LEADING_ASSIGNMENTS.exec(command.trim());
  const argv = commandArgv(match ? match[2] : command);
  if (!match) return { cmd: `CMD ${execForm(argv)}`, argv };
  const pairs = match[1].trim().split(/\s+(?=[A-Za-z_][A-Za-z0-9_]*=)/);
  const env = `ENV ${pairs.map((pair) => pair.replace(/^([^=]+)=(['"]?)(.*)\2$/, (_m, key, _q, value) => `${key}=${JSON.stringify(value)}`)).join(' ')}`;
  return { env, cmd: `CMD ${execForm(argv)}`, argv };
}
