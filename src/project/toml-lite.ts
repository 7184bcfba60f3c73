/**
 * Just enough TOML for manifests (pyproject.toml, Pipfile, Cargo.toml): section headers,
 * `key = "string"` and `key = [ "a", "b" ]` arrays, which may span lines.
 */
export type TomlSections = Map<string, string>;

export function tomlSections(text: string): TomlSections {
  const sections: TomlSections = new Map();
  let current = '';
  let body: string[] = [];
  for (const line of text.split('\n')) {
    const header = /^\s*\[\[?([^\]]+)\]\]?\s*(#.*)?$/.exec(line);
    if (header) {
      sections.set(current, (sections.get(current) ?? '') + body.join('\n'));
      current = header[1].trim();
      body = [];
    } else {
      body.push(line);
    }
  }
  sections.set(current, (sections.get(current) ?? '') + body.join('\n'));
  return sections;
}

export function tomlString(body: string | undefined, key: string): string | undefined {
  if (!body) return undefined;
  const match = new RegExp(`^\\s*${key.replace(/[.-]/g, '\\$&')}\\s*=\\s*["']([^"']*)["']`, 'm').exec(body);
  return match?.[1];
}

export function tomlArray(body: string | undefined, key: string): string[] {
  if (!body) return [];
  const match = new RegExp(`^\\s*${key.replace(/[.-]/g, '\\$&')}\\s*=\\s*\\[([\\s\\S]*?)\\]`, 'm').exec(body);
  if (!match) return [];
  return [...match[1].matchAll(/["']([^"']+)["']/g)].map((m) => m[1]);
}

/** The keys of a table such as `[tool.poetry.dependencies]` or `[packages]`. */
export function tomlKeys(body: string | undefined): string[] {
  if (!body) return [];
  return [...body.matchAll(/^\s*([A-Za-z0-9_.-]+)\s*=/gm)].map((m) => m[1]);
}
