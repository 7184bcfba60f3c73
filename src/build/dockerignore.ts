import path from 'node:path';

/** One .dockerignore line, compiled: `!` lines re-include what earlier lines excluded. */
export interface IgnorePattern {
  source: string;
  exception: boolean;
  regex: RegExp;
}

/** filepath.Clean in slash form: `./a//b/../c/` becomes `a/c`. */
function cleanPattern(pattern: string): string {
  const normalised = path.posix.normalize(pattern);
  return normalised.length > 1 && normalised.endsWith('/') ? normalised.slice(0, -1) : normalised;
}

const REGEX_SPECIAL = new Set(['.', '+', '(', ')', '|', '{', '}', '$', '^']);

/** Docker's pattern language: Go's filepath.Match (`*`, `?`, `[...]`, `\`) plus `**` for any depth. */
function compilePattern(pattern: string): RegExp {
  let source = '^';
  for (let i = 0; i < pattern.length; i++) {
    const char = pattern[i];
    if (char === '*' && pattern[i + 1] === '*') {
      i++;
      if (pattern[i + 1] === '/') i++;
      source += i + 1 >= pattern.length ? '.*' : '(.*/)?';
    } else if (char === '*') {
      source += '[^/]*';
    } else if (char === '?') {
      source += '[^/]';
    } else if (char === '\\') {
      source += i + 1 < pattern.length ? `\\${pattern[++i]}` : '\\\\';
    } else if (REGEX_SPECIAL.has(char)) {
      source += `\\${char}`;
    } else {
      source += char;
    }
  }
  try {
    return new RegExp(`${source}$`);
  } catch {
    return /(?!)/;
  }
}

/** Reads .dockerignore text the way Docker does: comments, blank lines, `!`, a leading `/`. */
export function parseDockerignore(text: string): IgnorePattern[] {
  const patterns: IgnorePattern[] = [];
  for (const rawLine of text.replace(/^\uFEFF/, '').split(/\r?\n/)) {
    if (rawLine.startsWith('#')) continue;
    let line = rawLine.trim();
    if (!line) continue;
    const exception = line.startsWith('!');
    if (exception) line = line.slice(1).trim();
    if (!line) continue;
    let cleaned = cleanPattern(line);
    if (cleaned.length > 1 && cleaned.startsWith('/')) cleaned = cleaned.slice(1);
    patterns.push({ source: cleaned, exception, regex: compilePattern(cleaned) });
  }
  return patterns;
}

/** Docker's rule: the last matching line wins, and a line that matches a parent matches the path. */
function isExcludedBy(patterns: IgnorePattern[], relativePath: string): boolean {
  const file = cleanPattern(relativePath);
  const parents = file.split('/').slice(0, -1);
  let excluded = false;
  for (const pattern of patterns) {
    if (pattern.exception !== excluded) continue;
    let match = pattern.regex.test(file);
    for (let depth = 1; !match && depth <= parents.length; depth++) {
      match = pattern.regex.test(parents.slice(0, depth).join('/'));
    }
    if (match) excluded = !pattern.exception;
  }
  return excluded;
}

function literalPattern(file: string): IgnorePattern {
  return { source: file, exception: true, regex: compilePattern(file.replace(/[*?[\\]/g, '\\$&')) };
}

/** Decides which context paths are sent. `alwaysSend` (the Dockerfile, .dockerignore) is never excluded. */
export class IgnoreMatcher {
  readonly patterns: IgnorePattern[];

  constructor(patterns: IgnorePattern[], alwaysSend: string[] = []) {
    const rescues = alwaysSend
      .map((file) => cleanPattern(file))
      .filter((file) => isExcludedBy(patterns, file))
      .map(literalPattern);
    this.patterns = [...patterns, ...rescues];
  }

  isExcluded(relativePath: string): boolean {
    return isExcludedBy(this.patterns, relativePath);
  }

  /**
   * Whether an excluded directory must still be walked: as the docker CLI does, only when an
   * exception line starts with the directory's path.
   */
  mayReincludeUnder(directory: string): boolean {
    const prefix = `${directory}/`;
    return this.patterns.some((pattern) => pattern.exception && `${pattern.source}/`.startsWith(prefix));
  }
}
