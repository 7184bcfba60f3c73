import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { TOOLSETS } from '../src/toolkit/tool.js';
import { allTools } from '../tools/index.js';
import { REPO_ROOT } from './helpers/mcp.js';

const MENTION = new RegExp(`\\b(?:${TOOLSETS.join('|')})_[a-z][a-z_]*\\b`, 'g');
// Compose file keys that look like tool names; texts about Compose files name them.
const COMPOSE_KEYS = new Set(['network_mode', 'container_name', 'dockerfile_inline', 'project_directory']);
const SQL = /^\s*(SELECT|INSERT|UPDATE|DELETE|CREATE|WHERE)\b/;

function sourceFiles(dir: string): string[] {
  return readdirSync(path.join(REPO_ROOT, dir), { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.ts'))
    .map((file) => path.join(dir, file));
}

/** The prose of a source file: its string and template texts that contain a space. */
function proseOf(file: string): string[] {
  const source = ts.createSourceFile(
    file,
    readFileSync(path.join(REPO_ROOT, file), 'utf8'),
    ts.ScriptTarget.Latest,
  );
  const texts: string[] = [];
  const visit = (node: ts.Node) => {
    if (
      ts.isStringLiteralLike(node) ||
      ts.isTemplateHead(node) ||
      ts.isTemplateMiddle(node) ||
      ts.isTemplateTail(node)
    )
      texts.push(node.text);
    node.forEachChild(visit);
  };
  visit(source);
  return texts.filter((text) => /\s/.test(text) && !SQL.test(text));
}

describe('tool names in messages, hints, descriptions and prompts', () => {
  it('finds the mentions it is meant to find', () => {
    expect(proseOf('tools/dockerfile/lint.ts').join('\n').match(MENTION)).toContain('dockerfile_fix');
  });

  it('names only tools that exist', () => {
    const tools = new Set(allTools.map((tool) => tool.name));
    const unknown: string[] = [];
    for (const file of ['src', 'tools', 'prompts', 'resources'].flatMap(sourceFiles)) {
      for (const text of proseOf(file))
        for (const name of text.match(MENTION) ?? [])
          if (!tools.has(name) && !COMPOSE_KEYS.has(name)) unknown.push(`${file}: ${name}`);
    }
    expect(unknown).toEqual([]);
  });
});
