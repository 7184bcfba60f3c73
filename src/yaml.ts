/**
 * YAML for code that loads it lazily. `yaml` is CommonJS: a dynamic `import('yaml')`
 * bundled with code splitting yields a namespace with only `default`, so lazy callers
 * import this ESM module instead (scripts/build.mjs refuses the other pattern).
 */
export { parse, stringify } from 'yaml';
