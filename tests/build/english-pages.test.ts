// English pages of the built demo: names in English where the publisher gave name_en, Chinese text
// marked lang="zh-CN" on every English page, and pages written only in Chinese saying so.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { t } from '../../src/lib/i18n.ts';
import { elementWith, mainOf, textOf, unmarkedChinese } from '../support/html.ts';
import { builtPages } from '../support/page-types.ts';

const outDir = inject('demoDist');
const page = (path: string) => readFileSync(join(outDir, path, 'index.html'), 'utf8');
const h1 = (html: string) => elementWith(html, '<h1', 'h1')!;

describe('names from region.yaml and department.yaml', () => {
  it('are English on English pages (name_en), with the Chinese name beside them, marked', () => {
    const dept = page('en/linfen/xingzheng-shenpi');
    expect(textOf(h1(dept))).toBe('Linfen Administrative Approval Services Bureau');
    expect(dept).toContain('<p class="original-name" lang="zh-CN">临汾市行政审批服务管理局</p>');
    expect(textOf(h1(page('en/linfen')))).toBe('Linfen');
    expect(textOf(h1(page('en/linfen/xingzheng-shenpi/2020')))).toMatch(/^Linfen Administrative Approval Services Bureau /);
    // Breadcrumbs and the cite line say the English name too.
    const year = page('en/jincheng/xingzheng-shenpi/2024');
    expect(year).toMatch(/<a href="\/en\/jincheng\/">Jincheng<\/a>/);
    expect(year).toContain('Jincheng Administrative Approval Services Bureau');
  });

  it('stay Chinese on Chinese pages', () => {
    expect(textOf(h1(page('linfen/xingzheng-shenpi')))).toBe('临汾市行政审批服务管理局');
    expect(page('linfen/xingzheng-shenpi')).not.toContain('Administrative Approval');
    expect(textOf(h1(page('linfen')))).toBe('临汾市');
  });
});

describe('every English page', () => {
  const english = builtPages(outDir).filter((rel) => rel.startsWith('en/'));

  it('marks all Chinese text in its main content lang="zh-CN"', () => {
    expect(english.length).toBeGreaterThan(30);
    const unmarked = english.flatMap((rel) => unmarkedChinese(mainOf(readFileSync(join(outDir, rel), 'utf8'))).map((u) => `${rel}: ${u}`));
    expect(unmarked).toEqual([]);
  });

  it('says when the page is written only in Chinese: the guide and the data dictionary', () => {
    for (const path of ['en/guide', 'en/data-dictionary']) {
      const html = page(path);
      expect(textOf(elementWith(html, 'data-chinese-only', 'p')!), path).toContain(t('chineseOnlyPage', 'en'));
      expect(h1(html)).toContain('lang="zh-CN"');
    }
    // The about page has an English text of its own.
    expect(page('en/about')).not.toContain('data-chinese-only');
  });
});

describe('the rounding mark † in a table', () => {
  it('is named in the page’s language for a screen reader', () => {
    const zh = page('fenyang/xingzheng-shenpi/2023');
    const en = page('en/fenyang/xingzheng-shenpi/2023');
    expect(zh).toContain(`<span class="mark" role="img" aria-label="${t('rounding', 'zh')}">†</span>`);
    expect(en).toContain(`<span class="mark" role="img" aria-label="${t('rounding', 'en')}">†</span>`);
    expect(zh).not.toContain('aria-label="Rounding');
  });
});
