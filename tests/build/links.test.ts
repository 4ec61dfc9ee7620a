// Links that last and travel, over the built demo portal: every page has its absolute canonical
// address and Open Graph tags; the sitemap lists every page once with its language alternates;
// a disclosure's shared description states its printed headline figures; every table and project
// row has a stable anchor, and every cite line carries the canonical address with that anchor.
// And a portal without base_url builds without them, saying so once.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SaxesParser, type SaxesTagNS } from 'saxes';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { checkPortal } from '../../src/lib/validate/engine.ts';
import { loadSettings } from '../../src/lib/settings.ts';
import { t } from '../../src/lib/i18n.ts';
import { FIXTURES } from '../support/fixtures.ts';
import { elementWith, textOf, unescapeHtml } from '../support/html.ts';

const outDir = inject('demoDist');
const BASE = loadSettings().base_url!.replace(/\/+$/, '');
const { portal } = checkPortal('data');

function htmlFiles(dir: string, prefix = ''): string[] {
  return readdirSync(join(dir, prefix)).flatMap((name) => {
    const rel = prefix ? `${prefix}/${name}` : name;
    if (statSync(join(dir, rel)).isDirectory()) return name === 'pagefind' || name === '_astro' ? [] : htmlFiles(dir, rel);
    return name.endsWith('.html') ? [rel] : [];
  });
}
const allPages = htmlFiles(outDir).filter((f) => f.endsWith('index.html'));
/** Charts to embed elsewhere (/embed/…, /en/embed/…) are not indexed: no canonical address, not in the sitemap. */
const isEmbed = (rel: string) => /^(en\/)?embed\//.test(rel);
const pages = allPages.filter((rel) => !isEmbed(rel));
const embeds = allPages.filter(isEmbed);
const pathOf = (rel: string) => `/${rel.replace(/index\.html$/, '')}`;
const read = (rel: string) => readFileSync(join(outDir, rel), 'utf8');
const headOf = (html: string) => html.slice(0, html.indexOf('</head>'));

/** Every value of a head tag's content (meta) or href (link), by its property, name or rel. */
function tagValues(head: string, kind: 'property' | 'name' | 'rel', key: string): string[] {
  const re = kind === 'rel' ? new RegExp(`<link rel="${key}" href="([^"]*)"`, 'g') : new RegExp(`<meta ${kind}="${key}" content="([^"]*)"`, 'g');
  return [...head.matchAll(re)].map((m) => unescapeHtml(m[1]!));
}

/** Sample pages of every type, in both languages (project pages exist in Chinese only). */
const SAMPLES = [
  '/', '/en/', '/linfen/', '/en/linfen/', '/linfen/xingzheng-shenpi/', '/en/linfen/xingzheng-shenpi/',
  '/linfen/xingzheng-shenpi/2020/', '/en/linfen/xingzheng-shenpi/2020/', '/linfen/xingzheng-shenpi/2020/projects/yimei-yinzhang/',
  '/projects/', '/en/projects/', '/linfen/projects/', '/en/linfen/projects/', '/search/', '/en/search/', '/glossary/', '/en/glossary/',
  '/about/', '/en/about/', '/guide/', '/en/guide/', '/data-dictionary/', '/en/data-dictionary/',
];

describe('canonical links and Open Graph tags', () => {
  it('are on every page, absolute, in the page’s language', () => {
    for (const sample of SAMPLES) expect(pages, sample).toContain(`${sample.slice(1)}index.html`);
    expect(pages.length).toBeGreaterThan(100);
    for (const rel of pages) {
      const head = headOf(read(rel));
      const canonical = `${BASE}${pathOf(rel)}`;
      expect(tagValues(head, 'rel', 'canonical'), rel).toEqual([canonical]);
      expect(tagValues(head, 'property', 'og:url'), rel).toEqual([canonical]);
      const [title] = tagValues(head, 'property', 'og:title');
      const [description] = tagValues(head, 'property', 'og:description');
      expect(title, rel).toBeTruthy();
      expect(description, rel).toBeTruthy();
      expect(tagValues(head, 'name', 'description'), rel).toEqual([description]);
      expect(tagValues(head, 'property', 'og:type'), rel).toEqual(['website']);
      expect(tagValues(head, 'property', 'og:locale'), rel).toEqual([rel.startsWith('en/') ? 'en_US' : 'zh_CN']);
      expect(tagValues(head, 'name', 'twitter:card'), rel).toEqual(['summary']);
    }
  });

  it('are absolute https addresses of this site on sample pages of every type', () => {
    for (const sample of SAMPLES) {
      const head = headOf(read(`${sample.slice(1)}index.html`));
      expect(tagValues(head, 'rel', 'canonical')[0], sample).toBe(`https://example.org${sample}`);
      expect(head, sample).toContain(`<meta property="og:url" content="https://example.org${sample}">`);
    }
  });

  it('leave the 404 page unindexed, without a canonical address', () => {
    const head = headOf(read('404.html'));
    expect(head).toContain('<meta name="robots" content="noindex">');
    expect(tagValues(head, 'rel', 'canonical')).toEqual([]);
    expect(tagValues(head, 'property', 'og:url')).toEqual([]);
    expect(tagValues(head, 'property', 'og:title')).toEqual([t('notFound', 'zh')]);
  });
});

describe('a disclosure’s shared description', () => {
  it('states the printed total of 临汾 2020 (1,138.19 万元) in both languages', () => {
    const zh = tagValues(headOf(read('linfen/xingzheng-shenpi/2020/index.html')), 'property', 'og:description')[0]!;
    expect(zh).toContain('支出合计 1,138.19 万元');
    expect(zh).toContain('基本支出 436.09 万元');
    // At the precision the document printed them with.
    expect(zh).toContain('项目支出 702.1 万元');
    expect(zh).toContain('“三公”经费 3.9 万元');
    const en = tagValues(headOf(read('en/linfen/xingzheng-shenpi/2020/index.html')), 'property', 'og:description')[0]!;
    expect(en).toContain('Total expenditure 1,138.19 10k yuan');
  });

  it('states every headline figure as the page’s summary shows it', () => {
    for (const d of portal.disclosures) {
      for (const prefix of ['', 'en/']) {
        const rel = `${prefix}${d.source.region}/${d.source.department}/${d.source.year}/index.html`;
        const html = read(rel);
        const [description] = tagValues(headOf(html), 'property', 'og:description');
        for (const ref of ['total', 'basic', 'project', 'three_public']) {
          const shown = new RegExp(`data-figure="${ref}">([\\d,.]+)`).exec(html)?.[1];
          if (ref !== 'three_public') expect(shown, `${rel} ${ref}`).toBeTruthy();
          if (shown) expect(description, `${rel} ${ref}`).toContain(` ${shown} `);
        }
      }
    }
  });
});

const SITEMAP = 'http://www.sitemaps.org/schemas/sitemap/0.9';
const XHTML = 'http://www.w3.org/1999/xhtml';

/** The sitemap's <url> entries, read by a strict, namespace-aware XML parser (it throws on any error). */
function readSitemap(xml: string): { loc: string; alternates: Record<string, string> }[] {
  const urls: { loc: string; alternates: Record<string, string> }[] = [];
  const parser = new SaxesParser({ xmlns: true });
  let text: string | null = null;
  parser.on('error', (e) => {
    throw e;
  });
  parser.on('opentag', (tag: SaxesTagNS) => {
    if (tag.uri === SITEMAP && tag.local === 'url') urls.push({ loc: '', alternates: {} });
    if (tag.uri === SITEMAP && tag.local === 'loc') text = '';
    if (tag.uri === XHTML && tag.local === 'link') {
      expect(tag.attributes.rel?.value).toBe('alternate');
      urls.at(-1)!.alternates[tag.attributes.hreflang!.value] = tag.attributes.href!.value;
    }
  });
  parser.on('text', (chunk) => {
    if (text !== null) text += chunk;
  });
  parser.on('closetag', (tag: SaxesTagNS) => {
    if (tag.uri === SITEMAP && tag.local === 'loc') {
      urls.at(-1)!.loc = text!;
      text = null;
    }
  });
  parser.write(xml).close();
  return urls;
}

describe('the sitemap', () => {
  const urls = readSitemap(readFileSync(join(outDir, 'sitemap.xml'), 'utf8'));
  const locs = urls.map((u) => u.loc);

  it('lists every built page exactly once, and nothing else', () => {
    expect(new Set(locs).size).toBe(locs.length);
    expect([...locs].sort()).toEqual(pages.map((rel) => `${BASE}${pathOf(rel)}`).sort());
    for (const loc of locs) {
      expect(loc.startsWith(`${BASE}/`), loc).toBe(true);
      expect(existsSync(join(outDir, decodeURI(loc.slice(BASE.length)), 'index.html')), loc).toBe(true);
    }
  });

  it('names the Chinese and English versions of a page as alternates of each other', () => {
    const disclosure = urls.find((u) => u.loc === `${BASE}/linfen/xingzheng-shenpi/2020/`)!;
    expect(disclosure.alternates).toEqual({ 'zh-CN': `${BASE}/linfen/xingzheng-shenpi/2020/`, en: `${BASE}/en/linfen/xingzheng-shenpi/2020/` });
    expect(urls.find((u) => u.loc === `${BASE}/en/linfen/xingzheng-shenpi/2020/`)!.alternates).toEqual(disclosure.alternates);
    for (const u of urls) {
      const alternates = Object.values(u.alternates);
      if (u.loc.includes('/projects/') && !u.loc.endsWith('/projects/')) expect(alternates, u.loc).toEqual([]);
      else expect(alternates.sort(), u.loc).toEqual([u.loc, u.loc.startsWith(`${BASE}/en/`) ? u.loc.replace(`${BASE}/en/`, `${BASE}/`) : u.loc.replace(`${BASE}/`, `${BASE}/en/`)].sort());
      for (const href of alternates) expect(locs, href).toContain(href);
    }
  });

  it('is named by robots.txt', () => {
    expect(readFileSync(join(outDir, 'robots.txt'), 'utf8')).toContain(`\nSitemap: ${BASE}/sitemap.xml\n`);
  });
});

describe('anchors and cite lines on disclosure pages', () => {
  it.each(portal.disclosures.flatMap((d) => ['', 'en/'].map((prefix) => [`${prefix}${d.source.region}/${d.source.department}/${d.source.year}/`, d] as const)))('%s', (path, d) => {
    const html = read(`${path}index.html`);
    const canonical = `${BASE}/${path}`;
    // Every id on the page is unique.
    const ids = [...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
    // Each standard table: its section's id from the template, a visible labelled "#" link, and a cite line with the canonical address and that anchor.
    const tables = [...html.matchAll(/<section id="(table-[^"]+)"[^>]*data-table="([^"]+)"/g)];
    expect(tables.length).toBeGreaterThan(8);
    for (const [, id, table] of tables) {
      expect(id).toBe(`table-${table}`);
      const section = elementWith(html, `id="${id}"`)!;
      expect(section).toMatch(new RegExp(`<a class="anchor" href="#${id}" aria-label="[^"]+"[^>]*>#</a>`));
      const cite = elementWith(section, 'data-cite', 'p')!;
      expect(cite, id).toContain(`${canonical}#${id}`);
      expect(textOf(cite)).toContain(path.startsWith('en/') ? 'Cite this table' : '引用本表');
    }
    // Each project of the data has its row in the project table, by its id.
    for (const p of d.data.projects ?? []) expect(html, p.id).toMatch(new RegExp(`<tr [^>]*id="project-${p.id}"`));
    // The whole disclosure has its own cite line, with the page's canonical address.
    const source = elementWith(html, 'aria-labelledby="source-title"')!;
    const cite = elementWith(source, 'data-cite', 'p')!;
    expect(cite).toContain(`<span class="cite-url" data-cite-url>${canonical}</span>`);
    // Without JavaScript: no date, no copy button.
    expect(cite).toContain('<span data-cite-retrieved hidden>');
    expect(cite).toMatch(/<button type="button" class="cite-copy" data-cite-copy hidden/);
  });
});

describe('charts to embed', () => {
  it('have a page for every chart of every disclosure, in both languages, linked from the chart', () => {
    let count = 0;
    for (const d of portal.disclosures) {
      for (const prefix of ['', 'en/']) {
        const path = `${prefix}${d.source.region}/${d.source.department}/${d.source.year}/`;
        const html = read(`${path}index.html`);
        const charts = [...html.matchAll(/<figure class="chart" id="chart-([^"]+)"/g)].map((m) => m[1]!);
        expect(charts.length, path).toBeGreaterThan(0);
        for (const chart of charts) {
          const embed = `${prefix}embed/${d.source.region}/${d.source.department}/${d.source.year}/${chart}/index.html`;
          expect(embeds, embed).toContain(embed);
          expect(html).toContain(`<a href="/${embed.replace(/index\.html$/, '')}" data-embed>`);
          count++;
        }
      }
    }
    expect(embeds.length).toBe(count);
  });

  it('show only the chart and its table twin, with their source, not indexed', () => {
    for (const rel of embeds) {
      const html = read(rel);
      const head = headOf(html);
      expect(head, rel).toContain('<meta name="robots" content="noindex">');
      expect(tagValues(head, 'rel', 'canonical'), rel).toEqual([]);
      expect(tagValues(head, 'property', 'og:locale'), rel).toEqual([rel.startsWith('en/') ? 'en_US' : 'zh_CN']);
      const body = html.slice(html.indexOf('<body'));
      for (const absent of ['<header', '<nav', '<footer', 'class="skip"', 'data-embed']) expect(body, `${rel} ${absent}`).not.toContain(absent);
      expect(body.match(/<figure class="chart"/g)?.length, rel).toBe(1);
      expect(body.match(/<table/g)?.length, rel).toBe(1);
      const m = /^((?:en\/)?)embed\/(.+\/)([^/]+)\/index\.html$/.exec(rel)!;
      const [page, chart] = [`${m[1]}${m[2]}`, m[3]];
      expect(body, rel).toContain(`<a href="/${page}#chart-${chart}" target="_top">`);
    }
  });
});

describe('a portal without base_url', () => {
  const dirs: string[] = [];
  afterAll(() => {
    for (const d of dirs) rmSync(d, { recursive: true, force: true });
  });

  it('builds without canonical links, og:url and sitemap, and says once what is missing and where to set it', () => {
    const work = mkdtempSync(join(tmpdir(), 'gongkai-nobase-'));
    dirs.push(work);
    const settings = join(work, 'portal.yaml');
    writeFileSync(settings, 'title: { zh: 示例, en: Example }\nshow_officials: false\ndefault_language: zh\n');
    const data = join(work, 'data');
    cpSync(join(FIXTURES, 'base'), data, { recursive: true });
    const out = join(work, 'dist');
    const r = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', out], {
      encoding: 'utf8',
      env: { ...process.env, GONGKAI_DATA: data, GONGKAI_SETTINGS: settings, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' },
    });
    const log = `${r.stdout}${r.stderr}`;
    expect(r.status, log).toBe(0);
    expect(log.split(t('baseUrlMissing', 'en')).length - 1).toBe(1);
    expect(log.split(t('baseUrlMissing', 'zh')).length - 1).toBe(1);
    expect(existsSync(join(out, 'sitemap.xml'))).toBe(false);
    expect(readFileSync(join(out, 'robots.txt'), 'utf8')).toBe('User-agent: *\nAllow: /\n');
    const page = readFileSync(join(out, 'demo', 'dept', '2021', 'index.html'), 'utf8');
    expect(page).not.toContain('rel="canonical"');
    expect(page).not.toContain('og:url');
    expect(page).toContain('<meta property="og:title"');
    // Cite lines still cite the page, by its path.
    expect(page).toContain('<span class="cite-url" data-cite-url>/demo/dept/2021/#table-expenditure_summary</span>');
  });
});
