// A link check over the whole built site (tests/support/link-check.ts), offline: every internal
// href and src of every page, the head's own absolute addresses and every url() of the stylesheets
// name a file of the site under its base path, every #fragment an id on its page; links leave the
// site only for a disclosure's published document (source.url), and are listed, never fetched.
// The checker itself is tried on a small made-up site with one link of each kind of fault.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { checkPortal } from '../../src/lib/validate/engine.ts';
import { loadSettings } from '../../src/lib/settings.ts';
import { ruleFixtureDir } from '../support/fixtures.ts';
import { checkLinks, type LinkReport } from '../support/link-check.ts';

const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

/** The published documents' addresses (source.url) of a data folder: the only other site a page may link. */
function sourceUrls(dataRoot: string): Set<string> {
  return new Set(checkPortal(dataRoot).portal.disclosures.flatMap((d) => (d.data.source.url ? [d.data.source.url] : [])));
}

const show = (report: LinkReport) => report.problems.map((p) => `${p.file}: ${p.link} — ${p.problem}`);
const isFragment = (problem: string) => /^(no element with id|an empty #fragment|a #fragment on)/.test(problem);

describe('links of the demo portal', () => {
  const dist = inject('demoDist');
  const report = checkLinks(dist, { site: loadSettings().base_url, allowExternal: sourceUrls('data') });

  it('lead every internal href, src and url() to a file of the site, under its base path', () => {
    expect(show({ ...report, problems: report.problems.filter((p) => !isFragment(p.problem)) })).toEqual([]);
    // Every page links the stylesheet, the home page, its other language…: thousands in all.
    expect(report.internal).toBeGreaterThan(2500);
  });

  it('find the id every #fragment names on the page it names', () => {
    expect(show({ ...report, problems: report.problems.filter((p) => isFragment(p.problem)) })).toEqual([]);
    // Skip links, glossary terms, tables and charts from their embeds.
    expect(report.fragments).toBeGreaterThan(250);
  });

  it('leave the site only for a published document, each such link listed', () => {
    const listed = [...new Set(report.external.map((e) => e.url))].sort();
    // Listed for the reader of the test log; never fetched (the network is closed, and a test must not depend on another site).
    console.info(`links to other sites: ${report.external.length}${listed.map((u) => `\n  ${u}`).join('')}`);
    expect(listed.filter((u) => !sourceUrls('data').has(u))).toEqual([]);
  });
});

describe('links of a portal that links its published document', () => {
  it('leave the site for source.url only, from the disclosure in both languages', () => {
    const root = ruleFixtureDir('reference/archive-missing', 'pass');
    const outDir = mkdtempSync(join(tmpdir(), 'gongkai-links-'));
    dirs.push(outDir);
    const r = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', outDir], {
      encoding: 'utf8',
      env: { ...process.env, GONGKAI_DATA: root, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' },
    });
    expect(r.status, `${r.stdout}${r.stderr}`).toBe(0);
    const allowed = sourceUrls(root);
    expect([...allowed]).toEqual(['https://www.example.org/budget/2021.pdf']);
    const report = checkLinks(outDir, { site: loadSettings().base_url, allowExternal: allowed });
    expect(show(report)).toEqual([]);
    expect([...report.external].sort((a, b) => a.file.localeCompare(b.file))).toEqual([
      { file: 'demo/dept/2021/index.html', url: 'https://www.example.org/budget/2021.pdf' },
      { file: 'en/demo/dept/2021/index.html', url: 'https://www.example.org/budget/2021.pdf' },
    ]);
    // Not allowed, the same links are problems.
    expect(checkLinks(outDir, { site: loadSettings().base_url }).problems.map((p) => p.file).sort()).toEqual(['demo/dept/2021/index.html', 'en/demo/dept/2021/index.html']);
  }, 180_000);
});

describe('the link checker', () => {
  function site(files: Record<string, string>): string {
    const dir = mkdtempSync(join(tmpdir(), 'gongkai-linkcheck-'));
    dirs.push(dir);
    for (const [rel, text] of Object.entries(files)) {
      mkdirSync(dirname(join(dir, rel)), { recursive: true });
      writeFileSync(join(dir, rel), text);
    }
    return dir;
  }

  it('names each broken link, missing anchor, outside link and stray url(), and passes the good ones', () => {
    const dir = site({
      'index.html': [
        '<html><head><link rel="stylesheet" href="/s.css"><link rel="canonical" href="https://example.org/"><meta property="og:url" content="https://example.org/gone/"></head>',
        '<body id="top"><a href="/a/">ok</a><a href="/missing/">x</a><a href="/a/#here">ok</a><a href="/a/#nope">x</a><a href="#top">ok</a><a href="#gone">x</a>',
        '<a href="https://example.org/a/">ok</a><a href="https://elsewhere.example/x">x</a><a href="https://source.example/doc.pdf">ok</a><a href="/a">x</a>',
        '<a href="mailto:someone@example.org">x</a><a href="a/?q=1&amp;r=2">ok</a><img src="/img.png" alt=""><script type="module" src="/js/app.js"></script><a href="/a/data.json#x">x</a></body></html>',
      ].join(''),
      'a/index.html': '<html><body><h2 id="here">Here</h2><a href="../">ok</a><a href="data.json">ok</a></body></html>',
      'a/data.json': '{}',
      'img.png': 'png',
      's.css': 'body { background: url(/img.png); } /* url(/commented.png) */ @font-face { src: url("fonts/x.woff2"); } i { background: url(data:image/png;base64,AAAA); }',
      '404.html': '<html><body><main id="main"><a href="#main">ok</a><a href="/">ok</a><a href="x/">x</a></main></body></html>',
    });
    const report = checkLinks(dir, { site: 'https://example.org', allowExternal: new Set(['https://source.example/doc.pdf']) });
    expect(show(report).sort()).toEqual(
      [
        '404.html: x/ — a relative address on the 404 page',
        'index.html: https://example.org/gone/ — no such file in the site',
        'index.html: /missing/ — no such file in the site',
        'index.html: /a/#nope — no element with id "nope" on /a/',
        'index.html: #gone — no element with id "gone" on /',
        'index.html: https://elsewhere.example/x — a link to another site that is not allowed',
        'index.html: /a — a page address without its trailing slash',
        'index.html: mailto:someone@example.org — an address of the mailto: scheme',
        'index.html: /js/app.js — no such file in the site',
        'index.html: /a/data.json#x — a #fragment on a file that is not a page',
        's.css: fonts/x.woff2 — no such file in the site',
      ].sort(),
    );
    expect(report.external.map((e) => e.url).sort()).toEqual(['https://elsewhere.example/x', 'https://source.example/doc.pdf']);
  });

  it('keeps links under the site’s base path', () => {
    const dir = site({ 'index.html': '<a href="/budget/a/">ok</a><a href="/a/">x</a><a href="https://example.org/budget/a/#here">ok</a>', 'a/index.html': '<p id="here"></p>' });
    const report = checkLinks(dir, { site: 'https://example.org/budget/' });
    expect(show(report)).toEqual(['index.html: /a/ — outside the site\'s base path /budget/']);
    expect(report.internal).toBe(2);
  });
});
