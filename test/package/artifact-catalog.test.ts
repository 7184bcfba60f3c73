import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { allPrompts } from '../../prompts/index.js';
import { runProcess } from '../../src/exec/process.js';
import { allTools } from '../../tools/index.js';
import { CLI, REPO_ROOT } from '../helpers/mcp.js';

/**
 * What ships is what is tested: every tool, prompt, resource template and CLI command is
 * called through the built artifact somewhere in the suite. MCP tests reach the built
 * module through test/helpers/mcp.ts; CLI tests run the packed tarball (test/package/).
 */
function testFiles(dir = path.join(REPO_ROOT, 'test')): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'fixtures' ? [] : testFiles(full);
    return /\.ts$/.test(entry.name) ? [full] : [];
  });
}
const sources = testFiles().map((file) => ({
  file: path.relative(REPO_ROOT, file),
  text: readFileSync(file, 'utf8'),
}));
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

describe('the suite exercises the built artifact', () => {
  it('MCP tests connect to dist/, never to the server sources', () => {
    const helper = readFileSync(path.join(REPO_ROOT, 'test/helpers/mcp.ts'), 'utf8');
    expect(helper).toMatch(/dist\/index\.js/);
    const reachesSources = (s: { file: string; text: string }) =>
      [...s.text.matchAll(/from '(\.[^']+)'/g)].some(({ 1: spec }) => {
        const target = path.relative(REPO_ROOT, path.resolve(REPO_ROOT, path.dirname(s.file), spec));
        return /^src\/(mcp\/)?server\.js$/.test(target) || /^tools\/[a-z]+\/[a-z-]+\.js$/.test(target);
      });
    const offenders = sources.filter(reachesSources).map((s) => s.file);
    expect(offenders, 'these tests reach the server or a tool handler from the sources').toEqual([]);
  });

  it('calls every tool through an MCP client', () => {
    const missing = allTools
      .map((tool) => tool.name)
      .filter((name) => {
        const call = new RegExp(`(?:\\.(?:ok|call|fails)(?:<[\\s\\S]*?>)?\\(\\s*|name:\\s*)'${name}'`);
        return !sources.some((s) => s.file.startsWith('test/') && call.test(s.text));
      });
    expect(missing, 'tools no test calls through the MCP client').toEqual([]);
  });

  it('renders every prompt and reads every resource template', async () => {
    const promptTests = sources.filter((s) => /getPrompt\(/.test(s.text));
    const unrendered = allPrompts
      .map((p) => p.name)
      .filter((name) => !promptTests.some((s) => s.text.includes(`'${name}'`)));
    expect(unrendered, 'prompts no test renders').toEqual([]);

    const { resourceTemplates } = await import('../../resources/index.js');
    const readers = sources.filter((s) => /readResource\(/.test(s.text));
    const unread = resourceTemplates
      .map((r) => r.uriTemplate.slice(0, r.uriTemplate.indexOf('{')))
      .filter(
        (prefix) => !readers.some((s) => new RegExp(`uri: *[\`']${escapeRegExp(prefix)}`).test(s.text)),
      );
    expect(unread, 'resource templates no test reads').toEqual([]);
  });

  it('runs every CLI command and subcommand from the installed tarball', async () => {
    const help = await runProcess(process.execPath, [CLI, '--help']);
    const commandList = help.stdout.slice(help.stdout.indexOf('Commands:'), help.stdout.indexOf('Examples:'));
    const commands = [...commandList.matchAll(/^ {2}([a-z]+) {2,}/gm)].map((m) => m[1]);
    expect(commands.length).toBeGreaterThan(8);
    const verbsOf = async (command: string) => {
      const text = (await runProcess(process.execPath, [CLI, command, '--help'])).stdout;
      return /<([a-z|]+)>/.exec(text)?.[1].split('|') ?? [];
    };
    const invocations = [
      ...commands.filter((c) => c !== 'compose' && c !== 'stack').map((c) => [c]),
      ...(await verbsOf('compose')).map((v) => ['compose', v]),
      ...(await verbsOf('stack')).map((v) => ['stack', v]),
    ];
    expect(invocations.length).toBeGreaterThan(15);
    const packageTests = sources.filter((s) => s.file.startsWith('test/package/')).map((s) => s.text);
    const missing = invocations.filter((words) => {
      const argv = new RegExp(`\\[\\s*${words.map((w) => `'${w}'`).join(',\\s*')}[,\\]]`);
      return !packageTests.some((text) => argv.test(text));
    });
    expect(
      missing.map((w) => w.join(' ')),
      'CLI commands no installed-tarball test runs',
    ).toEqual([]);
  });
});
