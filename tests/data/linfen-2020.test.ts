// 临汾 2020 checks clean, and a change of 1.00 to any of its amounts is caught (the first share of
// the amounts here, the others in linfen-2020.<part>.test.ts; see linfen-2020.ts).
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkPortal } from '../../src/lib/validate/engine.ts';
import { describeAmountChanges, FILE, PARTS } from './linfen-2020.ts';

describe('临汾 2020', () => {
  it('checks clean as committed', () => {
    const { findings } = checkPortal('data');
    expect(findings.filter((f) => f.file === FILE && f.severity !== 'info')).toEqual([]);
  });

  it('has a test file for every share of its amounts', () => {
    for (let part = 2; part <= PARTS; part++) expect(existsSync(new URL(`./linfen-2020.${part}.test.ts`, import.meta.url)), `linfen-2020.${part}.test.ts`).toBe(true);
  });
});

describeAmountChanges(1);
