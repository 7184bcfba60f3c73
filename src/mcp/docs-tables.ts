import type { PromptDefinition } from '../toolkit/prompt.js';
import type { AnyTool } from '../toolkit/tool.js';

const firstSentence = (text: string) => (/^.*?[.!?](\s|$)/.exec(text)?.[0] ?? text).trim();

/** The README's tool table, generated from the definitions (a test keeps it current). */
export function renderToolTable(tools: AnyTool[]): string {
  const rows = tools.map(
    (t) =>
      `| \`${t.name}\` | ${t.kind} | ${firstSentence(t.description).replaceAll('|', '\\|')} | \`tools/${t.toolset}/${t.name.slice(t.toolset.length + 1)}.ts\` |`,
  );
  return ['| tool | kind | what it does | defined in |', '| --- | --- | --- | --- |', ...rows].join('\n');
}

export function renderPromptTable(prompts: PromptDefinition[]): string {
  const rows = prompts.map(
    (p) =>
      `| \`${p.name}\` | ${p.arguments.map((a) => `${a.name}${a.required ? '' : '?'}`).join(', ') || '—'} | ${firstSentence(p.description)} |`,
  );
  return ['| prompt | arguments | what it does |', '| --- | --- | --- |', ...rows].join('\n');
}

/** Replaces the text between `<!-- NAME:start -->` and `<!-- NAME:end -->`. */
export function replaceSection(document: string, name: string, body: string): string {
  const start = `<!-- ${name}:start -->`;
  const end = `<!-- ${name}:end -->`;
  const from = document.indexOf(start);
  const to = document.indexOf(end);
  if (from < 0 || to < from) throw new Error(`README has no ${start} … ${end} section.`);
  return `${document.slice(0, from + start.length)}\n${body}\n${document.slice(to)}`;
}
