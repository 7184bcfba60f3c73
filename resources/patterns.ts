import { describeEvidence, describeStack } from '../src/patterns/describe.js';
import { defineResourceTemplate } from '../src/toolkit/resource.js';

export default defineResourceTemplate({
  name: 'pattern',
  title: 'Container pattern',
  description:
    'A remembered Dockerfile (with .dockerignore and compose.yaml), its status (proven: built, ran and passed its checks; else candidate) and its evidence.',
  uriTemplate: 'dockwright://patterns/{id}',
  mimeType: 'text/markdown',
  variable: 'id',
  async complete(ctx, typed) {
    const store = await ctx.patterns();
    return store
      .search({ limit: 50 })
      .hits.map((hit) => hit.id)
      .filter((id) => id.startsWith(typed));
  },
  async read(ctx, id) {
    const pattern = (await ctx.patterns()).get(id);
    const files = [
      ['Dockerfile', 'dockerfile', pattern.dockerfile],
      ['.dockerignore', 'gitignore', pattern.dockerignore],
      ['compose.yaml', 'yaml', pattern.compose],
    ].filter(([, , text]) => text);
    return [
      `# ${pattern.title}`,
      '',
      `Stack: ${describeStack(pattern)}. Source: ${pattern.source}.`,
      `Evidence: ${describeEvidence(pattern.evidence)}.`,
      pattern.notes ? `\n${pattern.notes}` : '',
      ...files.map(([name, lang, text]) => `\n## ${name}\n\n\`\`\`${lang}\n${text}\n\`\`\``),
    ].join('\n');
  },
});
