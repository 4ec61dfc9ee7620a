import { describe, expect, it } from 'vitest';
import { parseYaml, MAX_ALIAS_NODES } from '../../src/lib/source/yaml.ts';
import { decodeText } from '../../src/lib/source/encoding.ts';

describe('parseYaml', () => {
  it('keeps numbers as their source text', () => {
    const { value, problems } = parseYaml('a: 1138.10\nb: 0201\nc: "1,138.19"\nd: 12345678901234567.89\n');
    expect(problems).toEqual([]);
    expect(value).toEqual({ a: '1138.10', b: '0201', c: '1,138.19', d: '12345678901234567.89' });
  });

  it('locates every value and key', () => {
    const { locator } = parseYaml('top:\n  list:\n    - { code: "201", amount: 5 }\n');
    expect(locator.locate(['top', 'list', 0, 'amount'])).toEqual({ line: 3, column: 30 });
    expect(locator.locate(['top', 'list'])).toEqual({ line: 2, column: 3 });
    // A path that is not written falls back to its nearest written ancestor.
    expect(locator.locate(['top', 'list', 0, 'missing'])).toEqual({ line: 3, column: 7 });
  });

  it('reports duplicate keys with their line', () => {
    const { problems } = parseYaml('a: 1\nb: 2\na: 3\n');
    expect(problems).toEqual([{ kind: 'duplicate-key', key: 'a', position: { line: 3, column: 1 } }]);
  });

  it('stops a billion-laughs file', () => {
    const lines = ['a: &a [x,x,x,x,x,x,x,x,x,x]'];
    for (let i = 1; i < 8; i++) lines.push(`${'abcdefgh'[i]}: &${'abcdefgh'[i]} [${Array(10).fill(`*${'abcdefgh'[i - 1]}`).join(',')}]`);
    const { problems } = parseYaml(lines.join('\n'));
    expect(problems[0]).toMatchObject({ kind: 'alias-limit', limit: MAX_ALIAS_NODES });
  });

  it('expands a small alias normally', () => {
    const { value, problems } = parseYaml('a: &x [1, 2]\nb: *x\n');
    expect(problems).toEqual([]);
    expect(value).toEqual({ a: ['1', '2'], b: ['1', '2'] });
  });

  it('names a tab used for indentation', () => {
    const { problems } = parseYaml('a:\n\tb: 1\n');
    expect(problems).toContainEqual({ kind: 'tab-indent', position: { line: 2, column: 1 } });
  });

  it('flags a flow-style amount with a comma instead of splitting it', () => {
    // { amount: 1,000.5 } is amount "1" plus a stray key; the strict schema then rejects the key.
    const { value } = parseYaml('x: { amount: 1,000.5 }\n');
    expect(Object.keys((value as { x: object }).x).length).toBeGreaterThan(1);
  });
});

describe('decodeText', () => {
  it('accepts UTF-8 and notices a BOM', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('a: 示例\n')]);
    expect(decodeText(bytes)).toEqual({ ok: true, text: 'a: 示例\n', bom: true });
  });

  it('recognises GBK and says where', () => {
    const gbk = new Uint8Array([0x61, 0x3a, 0x20, 0x31, 0x0a, 0x62, 0x3a, 0x20, 0xca, 0xbe, 0xc0, 0xfd, 0x0a]); // "b: 示例" in GBK
    expect(decodeText(gbk)).toEqual({ ok: false, problem: { kind: 'gbk', line: 2, column: 5 } }); // CA BE happens to be valid UTF-8
  });

  it('recognises UTF-16 with and without a BOM', () => {
    const le = new Uint8Array([0xff, 0xfe, 0x61, 0x00]);
    expect(decodeText(le)).toEqual({ ok: false, problem: { kind: 'utf16', byteOrder: 'LE' } });
    const bare = new Uint8Array([0x61, 0x00, 0x3a, 0x00]);
    expect(decodeText(bare)).toEqual({ ok: false, problem: { kind: 'utf16', byteOrder: 'LE' } });
  });
});
