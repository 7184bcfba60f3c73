import { MASK, maskSecretsInText } from '../security/secrets.js';

const BUILD_ARGS = /^((?:RUN )?\|(\d+) )/;
const ARG_VALUE = /([A-Za-z_][A-Za-z0-9_]*)=(.*?)(?= [A-Za-z_][A-Za-z0-9_]*=| \/| \[|$)/y;

/**
 * One history step as the model may see it: `#(nop)` dropped, the values of the build
 * arguments the engine records (`RUN |2 A=x B=y /bin/sh -c ...`) masked, and every other
 * secret-looking value masked too.
 * Security: build arguments are often used for tokens, and history is readable by anyone
 * with the image, so their values are never shown; their names are.
 */
export function historyStepText(createdBy: string): string {
  let text = createdBy.replace(/^\/bin\/sh -c #\(nop\)\s*/, '');
  const head = BUILD_ARGS.exec(text);
  if (head) {
    let position = head[1].length;
    const masked: string[] = [];
    for (let i = 0; i < Number(head[2]); i++) {
      ARG_VALUE.lastIndex = position;
      const arg = ARG_VALUE.exec(text);
      if (!arg) break;
      masked.push(arg[2] === '' ? `${arg[1]}=` : `${arg[1]}=${MASK}`);
      position = ARG_VALUE.lastIndex + (text[ARG_VALUE.lastIndex] === ' ' ? 1 : 0);
    }
    text = `${head[1]}${masked.join(' ')} ${text.slice(position)}`;
  }
  return maskSecretsInText(text);
}
