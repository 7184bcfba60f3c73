/** Parses Debian control-file paragraphs (`Key: value`, continuation lines indented). */
export function parseControlParagraphs(text: string): Map<string, string>[] {
  const paragraphs: Map<string, string>[] = [];
  let current = new Map<string, string>();
  let lastKey: string | undefined;
  for (const line of text.split('\n')) {
    if (line.trim() === '') {
      if (current.size) paragraphs.push(current);
      current = new Map();
      lastKey = undefined;
    } else if ((line.startsWith(' ') || line.startsWith('\t')) && lastKey) {
      current.set(lastKey, `${current.get(lastKey)}\n${line.trim()}`);
    } else {
      const colon = line.indexOf(':');
      if (colon <= 0) continue;
      lastKey = line.slice(0, colon);
      current.set(lastKey, line.slice(colon + 1).trim());
    }
  }
  if (current.size) paragraphs.push(current);
  return paragraphs;
}
