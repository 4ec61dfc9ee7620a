// A build keeps every disclosure's data in memory; its strings must not keep the YAML text they
// were cut from (src/lib/source/detach.ts).
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import Decimal from 'decimal.js';
import { detachStrings } from '../../src/lib/source/detach.ts';

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;
const heapAfterGc = () => {
  gc();
  gc();
  return process.memoryUsage().heapUsed;
};

/** Names cut from a parent text of `parentChars` characters, the parent then dropped. */
function namesCutFromBigText(parentChars: number, detach: boolean) {
  let parent = '预算'.repeat(parentChars / 2) + Math.random();
  const names = Array.from({ length: 200 }, (_, i) => ({ name: parent.slice(i * 40, i * 40 + 20) }));
  if (detach) detachStrings(names);
  parent = '';
  return names;
}

describe('strings detached from their source', () => {
  it('frees the text they were cut from, which plain slices keep alive', () => {
    const mb = 1024 * 1024;
    const base = heapAfterGc();
    const kept = namesCutFromBigText(8 * mb, false);
    const keptGrowth = heapAfterGc() - base;
    const base2 = heapAfterGc();
    const detached = namesCutFromBigText(8 * mb, true);
    const detachedGrowth = heapAfterGc() - base2;
    // 8 M two-byte characters are 16 MB; 200 names of 20 characters are a few KB.
    expect(keptGrowth).toBeGreaterThan(15 * mb);
    expect(detachedGrowth).toBeLessThan(1 * mb);
    expect(detached.map((n) => n.name)).toEqual(kept.map((n) => n.name));
  });

  it('keeps every value and every object, and leaves amounts alone', () => {
    const amount = { value: new Decimal('1856.12'), text: '1856.12', scale: 2 };
    const line = { code: '2010302', name: '一般行政管理事务及其他行政管理支出', project: amount };
    const data = { expenditure: [line], note: null, units: [['机关事业单位基本养老保险缴费支出', 3]] };
    detachStrings(data);
    expect(data.expenditure[0]).toBe(line);
    expect(line.project).toBe(amount);
    expect(amount.value).toBeInstanceOf(Decimal);
    expect(amount.value.toFixed(2)).toBe('1856.12');
    expect(data).toEqual({ expenditure: [{ code: '2010302', name: '一般行政管理事务及其他行政管理支出', project: { value: new Decimal('1856.12'), text: '1856.12', scale: 2 } }], note: null, units: [['机关事业单位基本养老保险缴费支出', 3]] });
  });
});
