import { createRequire } from 'node:module';
import type { Node, Parser } from 'web-tree-sitter';
import { dequoteShellWord } from './dequote.js';
import type { ParsedShell, ShellCommand } from './model.js';

let parser: Parser | undefined;
let loading: Promise<void> | undefined;

/**
 * Loads tree-sitter-bash (WASM, ~50 ms once). Every later parse is synchronous, so the
 * linter itself can stay synchronous after this one await.
 */
export function initShellParser(): Promise<void> {
  loading ??= (async () => {
    const { Parser: TreeSitter, Language } = await import('web-tree-sitter');
    await TreeSitter.init();
    const require = createRequire(import.meta.url);
    const bash = await Language.load(require.resolve('tree-sitter-bash/tree-sitter-bash.wasm'));
    const instance = new TreeSitter();
    instance.setLanguage(bash);
    parser = instance;
  })();
  return loading;
}

const NOT_ARGUMENTS = new Set([
  'variable_assignment',
  'file_redirect',
  'heredoc_redirect',
  'herestring_redirect',
  'comment',
]);

function addAssignment(target: Record<string, string>, text: string): void {
  const eq = text.indexOf('=');
  if (eq > 0) target[text.slice(0, eq)] = dequoteShellWord(text.slice(eq + 1));
}

function commandOf(node: Node): ShellCommand | undefined {
  let name: string | undefined;
  const args: string[] = [];
  const assignments: Record<string, string> = {};
  for (const child of node.namedChildren) {
    if (!child) continue;
    if (child.type === 'variable_assignment') addAssignment(assignments, child.text);
    else if (child.type === 'command_name') name = dequoteShellWord(child.text);
    else if (name !== undefined && !NOT_ARGUMENTS.has(child.type)) args.push(dequoteShellWord(child.text));
  }
  return name === undefined ? undefined : { name, args, assignments };
}

/** Parses a shell script and lists every simple command in it, nested ones included. */
export function parseShell(script: string): ParsedShell {
  if (!parser) throw new Error('The shell parser is not loaded: await initShellParser() first.');
  const tree = parser.parse(script);
  const result: ParsedShell = { script, commands: [], hasPipe: false, hasSyntaxError: false, exported: {} };
  if (!tree) return result;
  try {
    result.hasSyntaxError = tree.rootNode.hasError;
    const cursor = tree.walk();
    let done = false;
    while (!done) {
      const type = cursor.nodeType;
      if (type === 'command') {
        const command = commandOf(cursor.currentNode);
        if (command) result.commands.push(command);
      } else if (type === 'pipeline') {
        result.hasPipe = true;
      } else if (type === 'variable_assignment' && cursor.currentNode.parent?.type !== 'command') {
        addAssignment(result.exported, cursor.currentNode.text);
      }
      if (cursor.gotoFirstChild()) continue;
      while (!cursor.gotoNextSibling()) {
        if (!cursor.gotoParent()) {
          done = true;
          break;
        }
      }
    }
    cursor.delete();
  } finally {
    tree.delete();
  }
  return result;
}
