// Build-time entry: prints every tool's tools/list entry as JSON (scripts/build.mjs inlines it).

import { describeTool } from '../src/mcp/catalog.js';
import { buildToolList } from '../src/mcp/tool-listing.js';
import { allTools } from '../tools/index.js';

process.stdout.write(JSON.stringify(buildToolList(allTools, describeTool)));
