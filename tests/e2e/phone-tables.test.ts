// Phone first (issue 14, item 2): at 390 px no table hides its columns without a cue. A table
// wider than its box says that it scrolls, and its row names (with their codes) stay in view
// while the amounts scroll under them.
import { describe, expect, it } from 'vitest';
import { servedPortal } from '../support/served.ts';

const portal = servedPortal();

interface BoxState {
  table: string;
  wide: boolean;
  marked: boolean;
  cueShown: boolean;
  /** After scrolling the box to its right end: where the first row's name is, against the box. */
  nameLeft: number;
  nameRight: number;
  boxLeft: number;
  boxRight: number;
  scrolled: number;
}

async function tablesAt(path: string, width: number): Promise<BoxState[]> {
  const page = await portal.browser().newPage({ viewport: { width, height: 844 } });
  await page.goto(`${portal.url()}${path}`, { waitUntil: 'networkidle' });
  const states = await page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('[data-table-scroll]')].map((box) => {
      const wide = box.scrollWidth > box.clientWidth + 1;
      const cue = box.querySelector<HTMLElement>('[data-scroll-cue]');
      const cueShown = !!cue && !cue.hidden && cue.getBoundingClientRect().height > 0;
      box.scrollLeft = box.scrollWidth;
      const name = box.querySelector<HTMLElement>('tbody th[scope="row"]')!.getBoundingClientRect();
      const rect = box.getBoundingClientRect();
      return { table: box.closest('section')!.id, wide, marked: box.hasAttribute('data-overflow'), cueShown, nameLeft: name.left, nameRight: name.right, boxLeft: rect.left, boxRight: rect.right, scrolled: box.scrollLeft };
    }),
  );
  await page.close();
  return states;
}

describe.each(['/linfen/xingzheng-shenpi/2020/', '/en/xinzhou/xingzheng-shenpi/2022/'])('tables of %s on a phone', (path) => {
  it('say when they scroll, and keep the row names in view at the right end', async () => {
    const states = await tablesAt(path, 390);
    const wide = states.filter((s) => s.wide);
    // 支出总表 and its kind are wider than a phone: there is something to test.
    expect(wide.map((s) => s.table)).toContain('table-expenditure_summary');
    for (const s of wide) {
      expect(s.marked && s.cueShown, `${s.table}: the cue`).toBe(true);
      expect(s.scrolled, `${s.table}: scrolled`).toBeGreaterThan(0);
      // The name column is still inside the box, on its left side, after scrolling to the end.
      expect(s.nameLeft, `${s.table}: name left`).toBeGreaterThanOrEqual(s.boxLeft - 1);
      expect(s.nameRight, `${s.table}: name right`).toBeLessThan(s.boxLeft + (s.boxRight - s.boxLeft) * 0.75);
    }
    for (const s of states.filter((x) => !x.wide)) expect(s.cueShown, `${s.table}: no cue on a table that fits`).toBe(false);
  });

  it('show no cue on a desktop where every table fits', async () => {
    const states = await tablesAt(path, 1280);
    for (const s of states) expect(s.cueShown, s.table).toBe(s.wide);
  });
});

describe('a project’s indicators on a phone', () => {
  const PROJECT = '/linfen/xingzheng-shenpi/2020/projects/yimei-yinzhang/';

  async function indicators(width: number) {
    const page = await portal.browser().newPage({ viewport: { width, height: 844 } });
    await page.goto(`${portal.url()}${PROJECT}`, { waitUntil: 'networkidle' });
    const state = await page.evaluate(() => {
      const table = document.querySelector<HTMLTableElement>('table.indicators')!;
      const box = table.closest<HTMLElement>('.table-scroll')!;
      const rows = [...table.tBodies[0]!.rows];
      const first = rows[0]!;
      const labels = [...first.querySelectorAll<HTMLElement>('td[data-label]')].filter((td) => td.textContent!.trim()).map((td) => `${getComputedStyle(td, '::before').content}|${td.textContent!.trim()}`);
      return { rows: rows.length, display: getComputedStyle(first).display, fits: box.scrollWidth <= box.clientWidth + 1, labels, name: first.querySelector('th')!.textContent!.trim() };
    });
    await page.close();
    return state;
  }

  it('are cards at 390 px: each field after its label, nothing to scroll', async () => {
    const cards = await indicators(390);
    expect(cards.display).toBe('block');
    expect(cards.fits).toBe(true);
    // 临汾 2020 “一枚印章管审批”: the first indicator is 投入管理 / 预算执行率 =100%.
    expect(cards.name).toBe('预算执行率');
    expect(cards.labels).toEqual(['"一级指标："|投入和管理目标', '"二级指标："|投入管理', '"运算符："|=', '"指标值："|100', '"单位："|%']);
  });

  it('are a table on a desktop', async () => {
    expect((await indicators(1280)).display).toBe('table-row');
  });
});

