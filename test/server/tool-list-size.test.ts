import { describe, expect, it } from 'vitest';
import { allTools } from '../../tools/index.js';
import { connectStdio } from '../helpers/mcp.js';

// What every conversation pays before its first call (bench/startup prints it too).
const CEILING_BYTES = 30_000;

describe('tools/list over stdio from the built bin', () => {
  it(`lists every tool within ${CEILING_BYTES} bytes`, async () => {
    const mcp = await connectStdio();
    try {
      const { tools } = await mcp.client.listTools();
      expect(tools).toHaveLength(allTools.length);
      expect(Buffer.byteLength(JSON.stringify({ tools }))).toBeLessThanOrEqual(CEILING_BYTES);
    } finally {
      await mcp.close();
    }
  });
});
