/**
 * Parses a `.env` file as Compose reads it: `NAME=value`, optional `export `, comments,
 * single quotes (literal), double quotes (with \n escapes), and unquoted values with
 * trailing ` # comment` removed.
 */
export function parseDotenv(text: string): Record<string, string> {
  const result: Record<string, string> = {};
  const lines = text.split(/\r?\n/);
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index].trim();
    if (!line || line.startsWith('#')) continue;
    const match = /^(?:export\s+)?([A-Za-z_][A-Za-z0-9_.-]*)\s*(?:=\s*(.*))?$/.exec(line);
    if (!match) continue;
    const [, name, rawValue = ''] = match;
    let value = rawValue;
    const quote = value[0];
    if (quote === '"' || quote === "'") {
      let body = value.slice(1);
      while (!body.includes(quote) && index + 1 < lines.length) body += `\n${lines[++index]}`;
      body = body.slice(0, body.lastIndexOf(quote) >= 0 ? body.lastIndexOf(quote) : body.length);
      value = quote === '"' ? body.replace(/\\n/g, '\n').replace(/\\"/g, '"').replace(/\\\\/g, '\\') : body;
    } else {
      value = value.replace(/\s+#.*$/, '').trim();
    }
    result[name] = value;
  }
  return result;
}
