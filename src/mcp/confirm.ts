import type { ElicitRequestFormParams, ElicitResult } from '@modelcontextprotocol/sdk/types.js';
import { ToolError } from '../errors.js';

const HOW_TO_ENABLE =
  'Use an MCP client that supports elicitation (it asks the user), or, if the user accepts that the ' +
  'model confirms on their behalf, restart dockwright with --allow-confirm-argument and pass confirm: true.';

export interface ConfirmChannel {
  /** Whether the client declared elicitation. */
  canAsk: boolean;
  /** Sends the question within the tool call's own request (HTTP routes it on that stream). */
  ask(params: ElicitRequestFormParams): Promise<ElicitResult>;
  confirmedByArgument: boolean;
  argumentAllowed: boolean;
}

/**
 * Security: the human decides, not the model. A client that can ask (elicitation) is always
 * asked, whatever the arguments say; `confirm: true` counts only when the client cannot ask
 * and the user allowed it at start-up (--allow-confirm-argument).
 */
export async function confirmAction(action: string, channel: ConfirmChannel): Promise<void> {
  if (channel.canAsk) {
    let answer: ElicitResult;
    try {
      answer = await channel.ask({
        message: `${action}\nProceed?`,
        requestedSchema: {
          type: 'object',
          properties: { confirm: { type: 'boolean', title: 'Proceed', description: action } },
          required: ['confirm'],
        },
      });
    } catch (error) {
      throw new ToolError(
        'CONFIRMATION_REQUIRED',
        `Could not ask the user (${(error as Error).message}): ${action}.`,
        'Nothing was done; ask the user, then try again.',
      );
    }
    if (answer.action === 'accept' && answer.content?.confirm === true) return;
    throw new ToolError(
      'CONFIRMATION_REQUIRED',
      `Not confirmed: ${action}.`,
      'The user declined; ask before trying again.',
    );
  }
  if (!channel.argumentAllowed) {
    throw new ToolError(
      'CONFIRMATION_REQUIRED',
      `This needs the user's confirmation, and this client cannot ask: ${action}.` +
        (channel.confirmedByArgument ? ' confirm: true is not accepted by this server.' : ''),
      HOW_TO_ENABLE,
    );
  }
  if (channel.confirmedByArgument) return;
  throw new ToolError(
    'CONFIRMATION_REQUIRED',
    `This needs confirmation: ${action}.`,
    'Ask the user; if they agree, call again with confirm: true.',
  );
}
