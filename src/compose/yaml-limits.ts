import { type Document, isAlias, isCollection, isPair, type Node } from 'yaml';
import { ToolError } from '../errors.js';

/** Compose files are small: the largest real-world ones we know are well under 100 kB. */
export const MAX_COMPOSE_FILE_BYTES = 1024 * 1024;
/** Values a file may hold once every alias is expanded (what interpolation and merging copy). */
export const MAX_EXPANDED_NODES = 200_000;

function tooLarge(file: string, what: string): ToolError {
  return new ToolError(
    'INVALID_ARGUMENT',
    `${file}: ${what}; dockwright refuses it so that one file cannot exhaust the server's memory.`,
    'Write the repeated parts out once, or split the file; YAML anchors (&x / *x) that reference large blocks many times multiply its size.',
  );
}

export function refuseOversizedFile(file: string, bytes: number): void {
  if (bytes > MAX_COMPOSE_FILE_BYTES)
    throw tooLarge(file, `the file is ${bytes} bytes, over the ${MAX_COMPOSE_FILE_BYTES}-byte limit`);
}

/**
 * Security: counts the values of a document as if every alias were expanded, and refuses
 * alias amplification ("billion laughs") before anything copies the expanded tree. One pass
 * in document order (an alias refers to the last anchor of its name before it), each
 * node's size computed once, so this is linear in the text.
 */
export function refuseAliasAmplification(doc: Document, file: string): void {
  const anchors = new Map<string, Node>();
  const sizes = new Map<Node, number>();
  const sizeOf = (node: unknown): number => {
    if (isPair(node)) return sizeOf(node.key) + sizeOf(node.value);
    if (!node || typeof node !== 'object') return 1;
    if (isAlias(node)) {
      const target = anchors.get(node.source);
      if (!target) return 1;
      const size = sizes.get(target);
      if (size === undefined)
        throw tooLarge(file, `alias *${node.source} refers to the block that contains it`);
      return size;
    }
    const own = node as Node;
    if (own.anchor) anchors.set(own.anchor, own);
    let size = 1;
    if (isCollection(own)) for (const item of own.items) size += sizeOf(item);
    if (size > MAX_EXPANDED_NODES)
      throw tooLarge(file, `its aliases expand to over ${MAX_EXPANDED_NODES} values`);
    sizes.set(own, size);
    return size;
  };
  sizeOf(doc.contents);
}
