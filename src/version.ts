import pkg from '../package.json' with { type: 'json' };

/** The package version (inlined by the bundler in dist/). */
export const VERSION: string = pkg.version;
