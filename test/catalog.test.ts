import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { allPrompts } from '../prompts/index.js';
import { resourceTemplates } from '../resources/index.js';
import { describeTool } from '../src/mcp/catalog.js';
import { renderPromptTable, renderToolTable, replaceSection } from '../src/mcp/docs-tables.js';
import { TOOLSETS } from '../src/toolkit/tool.js';
import { allTools } from '../tools/index.js';
import { REPO_ROOT } from './helpers/mcp.js';

// Run with UPDATE=1 to rewrite the schema snapshots and the README tables after a reviewed change.
const UPDATE = process.env.UPDATE === '1';
// Under CI a missing snapshot is an unreviewed schema: fail instead of writing it.
const IN_CI = process.env.CI === 'true' || process.env.CI === '1';

function walk(node: unknown, visit: (node: Record<string, unknown>, where: string) => void, where = '') {
  if (Array.isArray(node)) {
    for (const [i, item] of node.entries()) walk(item, visit, `${where}[${i}]`);
  } else if (node && typeof node === 'object') {
    visit(node as Record<string, unknown>, where);
    for (const [key, value] of Object.entries(node)) walk(value, visit, `${where}.${key}`);
  }
}

describe('tool catalogue', () => {
  it('has unique names of the form <toolset>_<verb> from a known toolset', () => {
    const names = allTools.map((t) => t.name);
    expect(new Set(names).size).toBe(names.length);
    for (const tool of allTools) {
      expect(TOOLSETS).toContain(tool.toolset);
      expect(tool.name).toMatch(new RegExp(`^${tool.toolset}_[a-z][a-z_]*$`));
    }
  });

  it('defines tool x_verb in tools/x/verb.ts and tests it in test/tools/x/verb.test.ts', () => {
    for (const tool of allTools) {
      const verb = tool.name.slice(tool.toolset.length + 1);
      const source = path.join(REPO_ROOT, 'tools', tool.toolset, `${verb}.ts`);
      expect(existsSync(source), `${tool.name} should live in ${source}`).toBe(true);
      expect(readFileSync(source, 'utf8')).toContain(`name: '${tool.name}'`);
      const testFile = path.join(REPO_ROOT, 'test/tools', tool.toolset, `${verb}.test.ts`);
      expect(existsSync(testFile), `${tool.name} needs ${testFile}`).toBe(true);
    }
  });

  it('gives every tool a title, a description that says when to use it, and hints for its kind', () => {
    for (const tool of allTools) {
      const listed = describeTool(tool);
      expect(tool.title.length).toBeGreaterThan(3);
      expect(listed.description.length, tool.name).toBeGreaterThan(40);
      // MCP defaults: readOnlyHint false; destructiveHint true, meaningful only when not read-only.
      expect(listed.annotations.readOnlyHint ?? false).toBe(tool.kind === 'read');
      if (tool.kind !== 'read') expect(listed.annotations.destructiveHint).toBe(tool.kind === 'destructive');
    }
  });

  it('keeps schemas portable: every array has items, no top-level anyOf/oneOf/allOf', () => {
    for (const tool of allTools) {
      const { inputSchema } = describeTool(tool);
      for (const schema of [inputSchema]) {
        expect(schema.type).toBe('object');
        for (const key of ['anyOf', 'oneOf', 'allOf'])
          expect(schema, `${tool.name} top-level ${key}`).not.toHaveProperty(key);
        walk(schema, (node, where) => {
          if (node.type === 'array')
            expect(node, `${tool.name}${where} array without items`).toHaveProperty('items');
        });
      }
    }
  });

  it('defines resource dockwright://x/{v} in resources/x.ts, one template per file', () => {
    for (const template of resourceTemplates) {
      const segment = template.uriTemplate.match(/^dockwright:\/\/([a-z-]+)\/\{/)?.[1];
      expect(segment, `${template.name} has an unexpected URI template`).toBeDefined();
      const source = path.join(REPO_ROOT, 'resources', `${segment}.ts`);
      expect(existsSync(source), `${template.uriTemplate} should live in ${source}`).toBe(true);
      expect(readFileSync(source, 'utf8')).toContain(`uriTemplate: '${template.uriTemplate}'`);
    }
  });

  it('matches the reviewed schema snapshots in test/__toolsnaps__', () => {
    const dir = path.join(REPO_ROOT, 'test/__toolsnaps__');
    mkdirSync(dir, { recursive: true });
    for (const tool of allTools) {
      const file = path.join(dir, `${tool.name}.snap.json`);
      const current = `${JSON.stringify(describeTool(tool), null, 2)}\n`;
      if (!UPDATE && !existsSync(file)) {
        expect(
          IN_CI,
          `${tool.name} has no schema snapshot ${file}: run UPDATE=1 npx vitest run test/catalog.test.ts locally, review and commit it`,
        ).toBe(false);
      }
      if (UPDATE || !existsSync(file)) writeFileSync(file, current);
      expect(
        current,
        `${tool.name} schema changed; review it and run UPDATE=1 npx vitest run test/catalog.test.ts`,
      ).toBe(readFileSync(file, 'utf8'));
    }
    const stale = readdirSync(dir).filter((f) => !allTools.some((t) => `${t.name}.snap.json` === f));
    expect(stale, 'snapshots of tools that no longer exist').toEqual([]);
  });

  it('has README tool and prompt tables generated from the definitions', () => {
    const readmePath = path.join(REPO_ROOT, 'README.md');
    const readme = readFileSync(readmePath, 'utf8');
    const expected = replaceSection(
      replaceSection(readme, 'tools', renderToolTable(allTools)),
      'prompts',
      renderPromptTable(allPrompts),
    );
    if (UPDATE) writeFileSync(readmePath, expected);
    expect(readme, 'README tables are stale: run UPDATE=1 npx vitest run test/catalog.test.ts').toBe(
      expected,
    );
  });

  it('states the finding rule at the top of the README', () => {
    const top = readFileSync(path.join(REPO_ROOT, 'README.md'), 'utf8').slice(0, 3000);
    expect(top).toContain('tools/image/build.ts');
    expect(top).toContain('test/tools/image/build.test.ts');
  });
});
