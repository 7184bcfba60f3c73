// biome-ignore-all lint/suspicious/noTemplateCurlyInString: these strings are Compose variable references, not templates.
import { describe, expect, it } from 'vitest';
import { parseDotenv, parseProjectDotenv } from '../../src/compose/dotenv.js';
import { interpolateString, nestsReference } from '../../src/compose/interpolate.js';
import { parseShortPort } from '../../src/compose/ports.js';

const env = { SET: 'value', EMPTY: '' };
const expand = (text: string) => interpolateString(text, env).value;

describe('interpolation', () => {
  it.each([
    ['$SET and ${SET}', 'value and value'],
    ['${UNSET:-fallback}', 'fallback'],
    ['${EMPTY:-fallback}', 'fallback'],
    ['${EMPTY-fallback}', ''],
    ['${UNSET-fallback}', 'fallback'],
    ['${SET:+alt}', 'alt'],
    ['${EMPTY:+alt}', ''],
    ['${EMPTY+alt}', 'alt'],
    ['${UNSET+alt}', ''],
    ['${UNSET:-${SET}}', 'value'],
    ['$$SET costs $$5', '$SET costs $5'],
    ['${SET:?must be set}', 'value'],
    ['a$', 'a$'],
  ])('%s → %s', (text, expected) => expect(expand(text)).toBe(expected));

  it('reports unset variables', () => expect(interpolateString('${NOPE}', env).unset).toEqual(['NOPE']));
  it('fails on a required empty variable with its message', () =>
    expect(() => expand('${EMPTY:?give it a value}')).toThrow(/EMPTY is missing a value: give it a value/));
  it('fails on a required unset variable', () => expect(() => expand('${UNSET?}')).toThrow(/UNSET/));
  it('fails on an unclosed brace', () => expect(() => expand('${SET')).toThrow(/never closed/));
  it('fails on a bad operator', () => expect(() => expand('${SET!x}')).toThrow(/unknown operator/));
});

describe('.env', () => {
  it('reads quotes, comments and export', () =>
    expect(parseDotenv('# c\nexport A=1\nB="two words"\nC=\'$lit\'\nD=plain # comment\nE=\n')).toEqual({
      A: '1',
      B: 'two words',
      C: '$lit',
      D: 'plain',
      E: '',
    }));
});

describe('short port syntax', () => {
  it.each([
    ['80', [{ target: 80, protocol: 'tcp' }]],
    ['8080:80', [{ target: 80, published: '8080' }]],
    ['127.0.0.1:5432:5432', [{ target: 5432, published: '5432', host_ip: '127.0.0.1' }]],
    ['[::1]:53:53/udp', [{ target: 53, host_ip: '::1', protocol: 'udp' }]],
    ['127.0.0.1::80', [{ target: 80, host_ip: '127.0.0.1' }]],
    [
      '9000-9001:9000-9001',
      [
        { target: 9000, published: '9000' },
        { target: 9001, published: '9001' },
      ],
    ],
  ])('%s', (text, expected) => expect(parseShortPort(text)).toMatchObject({ mappings: expected }));
  it.each(['70000', 'abc', '1:2:3:4', '80/icmp', 'host:80:80'])('refuses %s', (text) =>
    expect(parseShortPort(text)).toHaveProperty('error'),
  );
});

describe('references Compose v1 and v2 read differently', () => {
  it.each([
    ['${HOME:-${X}/../etc/}', true],
    ['${A:+${B}}', true],
    ['${A}/${B:-x}', false],
    ['$${A:-${B}}', false],
    ['plain', false],
  ])('%s nests: %s', (text, nests) => expect(nestsReference(text)).toBe(nests));

  it('parses .env values both read alike, and refuses the others', () => {
    const env = { HOME: '/home/u' };
    expect(parseProjectDotenv('UP=../up\nSRC=./${UP}\nD="${NOPE:-d}"\n', env, '.env')).toEqual({
      UP: '../up',
      SRC: './../up',
      D: 'd',
    });
    expect(() => parseProjectDotenv("UP=x\nQ='${UP}'\n", env, '.env')).toThrow(/\.env:2: Compose v1 and v2/);
    expect(() => parseProjectDotenv('UP=x\nQ=$UP\n', env, '.env')).toThrow(/\.env:2/);
    expect(() => parseProjectDotenv('HOME=/other\nH=${HOME}\n', env, '.env')).toThrow(/\.env:2/);
  });
});

it('a password with a literal $ in single quotes reads the same to both CLIs', () => {
  expect(parseProjectDotenv("PASS='pa$$w$rd'\n", {}, '.env')).toEqual({ PASS: 'pa$$w$rd' });
  expect(() => parseProjectDotenv('PASS=pa$$w$rd\n', {}, '.env')).toThrow(/\.env:1: Compose v1 and v2/);
});
