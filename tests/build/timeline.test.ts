// Years side by side on the built demo: a department page shows each held year and the year its
// file prints as last year's (marked, never linked as a disclosure), the change and the reason the
// document states; every summary card of a disclosure links to its figure's column there.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { checkPortal } from '../../src/lib/validate/engine.ts';
import { elementWith, textOf, unmarkedChinese } from '../support/html.ts';

const outDir = inject('demoDist');
const { portal } = checkPortal('data');
const page = (path: string) => readFileSync(join(outDir, path, 'index.html'), 'utf8');
const row = (html: string, year: number) => elementWith(html, `id="year-${year}"`, 'tr');
const cell = (tr: string, ref: string) => elementWith(tr, `data-ref="${ref}"`, 'td')!;

describe('a department whose file prints last year’s figures (晋城 2024 → 2023)', () => {
  const html = page('jincheng/xingzheng-shenpi');

  it('shows 2023 as printed in the 2024 document, not as a disclosure of its own', () => {
    const prior = row(html, 2023)!;
    expect(prior).toContain('data-kind="prior-year"');
    expect(textOf(prior)).toContain('上年数，据2024年文件');
    expect(prior).not.toContain('<a href="/jincheng/xingzheng-shenpi/2023/');
    expect(existsSync(join(outDir, 'jincheng/xingzheng-shenpi/2023'))).toBe(false);
    // The figures the 2024 document prints for 2023 (prior_year.figures).
    expect(textOf(cell(prior, 'total'))).toBe('3,826.55');
    expect(textOf(cell(prior, 'three_public'))).toBe('8.10');
    expect(textOf(cell(prior, 'basic'))).toBe('—');
  });

  it('gives 2024 its change on 2023 and links the stated reason', () => {
    const held = row(html, 2024)!;
    expect(held).toContain('<a href="/jincheng/xingzheng-shenpi/2024/">2024</a>');
    const total = cell(held, 'total');
    expect(textOf(total)).toContain('2,965.95');
    expect(textOf(total)).toContain('比上年减少 860.60 万元');
    expect(total).toContain('href="#reason-2024-total"');
    const reason = elementWith(html, 'id="reason-2024-total"', 'li')!;
    expect(textOf(reason)).toContain('主要原因是2024年人员工资调整以及项目资金的减少');
    expect(textOf(elementWith(html, 'id="reason-2024-three_public"', 'li')!)).toContain('主要原因是2024年公务用车没有了');
  });

  it('says what the printed prior-year figures are, in the file’s words', () => {
    expect(textOf(elementWith(html, 'data-timeline-basis', 'ul')!)).toContain('2024年文件所印上年数的口径：2023年预算数');
  });

  it('reads as English on the English page, with the quoted reasons marked Chinese', () => {
    const en = page('en/jincheng/xingzheng-shenpi');
    expect(textOf(row(en, 2023)!)).toContain('as printed in the 2024 document');
    expect(textOf(cell(row(en, 2024)!, 'total'))).toContain('down 860.60 10k yuan on last year');
    expect(elementWith(en, 'id="reason-2024-total"', 'li')).toMatch(/<q lang="zh-CN">主要原因是/);
    expect(unmarkedChinese(en.slice(en.indexOf('<main'), en.indexOf('</main>')))).toEqual([]);
  });
});

describe('a department with a single year and no prior-year figures (临汾 2020)', () => {
  it('has one row and no change', () => {
    const html = page('linfen/xingzheng-shenpi');
    const body = elementWith(html, 'data-years', 'table')!;
    expect(body.match(/<tr id="year-/g)).toHaveLength(1);
    expect(body).not.toContain('data-change');
  });
});

describe.each(portal.disclosures.map((d) => [d.source.file, d] as const))('%s: summary cards', (_file, d) => {
  const url = `${d.source.region}/${d.source.department}`;

  it('link every headline figure to its column of the department’s years', () => {
    const html = page(`${url}/${d.source.year}`);
    const dept = page(url);
    const links = [...html.matchAll(/<a href="([^"]+)" data-timeline-link="([^"]+)"/g)];
    // Every card with a figure: 支出合计, 基本支出, 项目支出 at least.
    expect(links.length).toBe(html.match(/data-headline="/g)!.length);
    for (const [, href, ref] of links) {
      expect(href).toBe(`/${url}/#timeline-${ref}`);
      expect(dept).toContain(`id="timeline-${ref}"`);
    }
  });
});

it('quotes on the card the reason 晋城 2024 gives for its 三公 change', () => {
  const card = elementWith(page('jincheng/xingzheng-shenpi/2024'), 'data-headline="three_public"', 'div')!;
  expect(textOf(elementWith(card, 'data-reason=', 'details')!)).toBe('文件所述原因主要原因是2024年公务用车没有了,故本单位该项预算减少。');
});
