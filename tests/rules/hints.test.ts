// Hints say what to do and never repeat the message (issue 12, item 3).
import { relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RULE_IDS, RULES } from '../../src/lib/validate/catalogue.ts';
import { checkPortal } from '../../src/lib/validate/engine.ts';
import { hintOf, messageOf } from '../../src/lib/validate/finding.ts';
import { amountFix } from '../../src/lib/validate/schema-issues.ts';
import { ruleFixtureDir } from '../support/fixtures.ts';

/** A text without its {placeholders}, spaces and closing punctuation: the words a reader sees. */
function words(text: string): string {
  return text
    .replace(/\{\w+\}/g, '')
    .replace(/\s+/g, ' ')
    .replace(/^[\s。．.：:，,；;]+|[\s。．.：:，,；;]+$/g, '');
}

describe('every rule’s hint', () => {
  it.each(RULE_IDS.flatMap((rule) => (['zh', 'en'] as const).map((lang) => [rule, lang] as const)))('%s (%s) neither equals nor contains its message', (rule, lang) => {
    const message = words(RULES[rule].message[lang]);
    const hint = words(RULES[rule].hint[lang]);
    expect(message.length, 'a message of placeholders only says nothing').toBeGreaterThan(0);
    expect(hint).not.toBe(message);
    expect(hint.includes(message), `hint “${hint}” repeats the message “${message}”`).toBe(false);
  });
});

describe('schema/amount', () => {
  const dir = ruleFixtureDir('schema/amount', 'fail');
  const findings = checkPortal(dir).findings.filter((f) => f.rule === 'schema/amount');
  const withUnit = findings.find((f) => relative(dir, f.file).split('\\').join('/') === 'demo/dept/2021.yaml' && f.params.value === '232.61万元');

  it('names a unit after the number as its own problem and says to write the number alone', () => {
    expect(withUnit, findings.map((f) => `${f.line}: ${messageOf(f)}`).join('\n')).toBeDefined();
    expect(messageOf(withUnit!, 'zh')).toBe('金额“232.61万元”无法读取：数字后面带了单位“万元”');
    expect(hintOf(withUnit!, 'zh')).toBe('去掉单位，只写数字：232.61（本栏金额以万元计）。');
    expect(hintOf(withUnit!, 'en')).toBe('Drop the unit and write the number alone: 232.61 (this column is in 万元).');
  });

  it('gives each kind of problem its own hint, never the message', () => {
    const hints = findings.map((f) => hintOf(f, 'zh'));
    expect(new Set(hints).size).toBe(findings.length);
    for (const f of findings) expect(hintOf(f, 'zh').includes(messageOf(f, 'zh'))).toBe(false);
    const fullwidth = findings.find((f) => f.params.value === '８０.００')!;
    expect(hintOf(fullwidth, 'zh')).toBe('改用半角数字和小数点，写作 80.00。');
  });

  it('asks to convert, not to drop, a unit the column is not in', () => {
    expect(amountFix({ kind: 'unit', unit: '元', suggestion: '2326100' }, '万元').zh).toBe('本栏金额以万元计：把 2326100元 换算成万元，只写数字。');
    expect(amountFix({ kind: 'unit', unit: '万', suggestion: '232.61' }, '万元').zh).toBe('去掉单位，只写数字：232.61（本栏金额以万元计）。');
    expect(amountFix({ kind: 'unit', unit: '元', suggestion: '700000' }, '元/万元').zh).toBe('去掉单位，只写数字：700000（本栏金额以元/万元计）。');
  });
});
