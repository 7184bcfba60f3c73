import { describe, expect, it } from 'vitest';
import { keyValues, portNumber, positiveNumber, wholeNumber } from '../../src/cli/args.js';

describe('CLI argument parsers', () => {
  it('reads whole numbers within their range and names the option when one is not', () => {
    expect(wholeNumber(undefined, 'tail')).toBeUndefined();
    expect(wholeNumber('25', 'tail')).toBe(25);
    for (const bad of ['0', '-1', '2.5', 'ten', '', ' ']) {
      expect(() => wholeNumber(bad, 'tail')).toThrow(/--tail ".*" is not a whole number 1 or more/);
    }
    expect(() => wholeNumber('101', 'limit', 1, 100)).toThrow('from 1 to 100');
  });

  it('reads ports, with 0 only where the system may pick one', () => {
    expect(portNumber('8080', 'port')).toBe(8080);
    expect(portNumber('0', 'port', 0)).toBe(0);
    expect(() => portNumber('0', 'port')).toThrow('from 1 to 65535');
    expect(() => portNumber('65536', 'port', 0)).toThrow('from 0 to 65535');
  });

  it('reads positive numbers with a fraction', () => {
    expect(positiveNumber('1.5', 'size-budget-mb')).toBe(1.5);
    expect(() => positiveNumber('0', 'timeout')).toThrow('--timeout "0" is not a positive number');
    expect(() => positiveNumber('Infinity', 'timeout')).toThrow('not a positive number');
  });

  it('reads repeated KEY=VALUE options, keeping "=" inside values', () => {
    expect(keyValues([], 'label')).toBeUndefined();
    expect(keyValues(['a=1', 'b=x=y', 'c='], 'build-arg')).toEqual({ a: '1', b: 'x=y', c: '' });
    expect(() => keyValues(['=v'], 'label')).toThrow('--label "=v" is not KEY=VALUE');
    expect(() => keyValues(['novalue'], 'label')).toThrow('is not KEY=VALUE');
  });
});
