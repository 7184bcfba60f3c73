import { ElicitRequestSchema } from '@modelcontextprotocol/sdk/types.js';
import { NO_ALLOWANCES, type ServerConfig } from '../../src/mcp/config.js';
import { connectInMemory, type TestClient } from '../helpers/mcp.js';

/** A server with no start-up allowances: `confirm: true` from the model does not count. */
export function strictClient(overrides: Partial<ServerConfig> = {}): Promise<TestClient> {
  return connectInMemory({ allow: { ...NO_ALLOWANCES }, ...overrides });
}

/**
 * A client that supports elicitation and gives `answer` to every question, recording them.
 * The server is strict too, so nothing but the user's answer can confirm.
 */
export async function elicitingClient(
  answer: 'accept' | 'decline',
  overrides: Partial<ServerConfig> = {},
): Promise<TestClient & { asked: string[] }> {
  const mcp = await connectInMemory(
    { allow: { ...NO_ALLOWANCES }, ...overrides },
    { capabilities: { elicitation: {} } },
  );
  const asked: string[] = [];
  mcp.client.setRequestHandler(ElicitRequestSchema, async (request) => {
    asked.push(String(request.params.message));
    return answer === 'accept' ? { action: 'accept', content: { confirm: true } } : { action: 'decline' };
  });
  return Object.assign(mcp, { asked });
}
