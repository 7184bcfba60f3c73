/**
 * With code splitting, a dynamic import of a bundled CommonJS module becomes a chunk whose
 * namespace has only `default`: `const { parse } = await import('yaml')` is then undefined
 * in dist/ although it works from the sources. This lists each such import in an esbuild
 * metafile so that the build can refuse it.
 */
export function dynamicImportsOfCommonJs(metafile) {
  const problems = [];
  for (const [file, input] of Object.entries(metafile.inputs)) {
    for (const imported of input.imports) {
      if (imported.kind !== 'dynamic-import' || imported.external) continue;
      if (metafile.inputs[imported.path]?.format === 'cjs')
        problems.push(
          `${file}: import('${imported.original ?? imported.path}') loads CommonJS ${imported.path}`,
        );
    }
  }
  return problems;
}
