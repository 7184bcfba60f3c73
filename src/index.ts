/** The package's module: embed the dockwright MCP server in a process of your own. */
export { defaultConfig, type ServerConfig } from './config.js';
export { createServer } from './server.js';
export { VERSION } from './version.js';
