/** The package's module: embed the dockwright MCP server in a process of your own. */
export { defaultConfig, type ServerConfig } from './mcp/config.js';
export { createServer } from './mcp/server.js';
export { VERSION } from './version.js';
