// The demo portal built from data/: every disclosure and every project has its page, the totals on
// the page are the published ones, every erratum and note is visible, and no personal data shows.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkPortal } from '../../src/lib/validate/engine.ts';
import { formatAmount } from '../../src/lib/format.ts';

const outDir = mkdtempSync(join(tmpdir(), 'gongkai-demo-'));
const { portal, findings } = checkPortal('data');

beforeAll(() => {
  const r = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', outDir], { encoding: 'utf8', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' } });
  if (r.status !== 0) throw new Error(`build failed:\n${r.stdout}${r.stderr}`);
}, 120_000);
afterAll(() => rmSync(outDir, { recursive: true, force: true }));

const page = (...parts: string[]) => readFileSync(join(outDir, ...parts, 'index.html'), 'utf8');

describe.each(portal.disclosures.map((d) => [d.source.file, d] as const))('%s', (file, d) => {
  const url = [d.source.region!, d.source.department!, String(d.source.year)];

  it('has a disclosure page with the published totals', () => {
    const html = page(...url);
    const printed = d.data.published?.expenditure_summary;
    for (const key of ['total', 'basic', 'project'] as const) {
      expect(html).toMatch(new RegExp(`data-figure="${key}"[^>]*>${formatAmount(printed![key]!.value).replace('.', '\\.')}`));
    }
  });

  it('has a page for every project, linked from the disclosure', () => {
    const html = page(...url);
    for (const p of d.data.projects ?? []) {
      expect(existsSync(join(outDir, ...url, 'projects', p.id, 'index.html')), p.id).toBe(true);
      expect(html).toContain(`href="projects/${p.id}/"`);
    }
  });

  it('shows every erratum and note to readers', () => {
    const html = page(...url);
    const visible = (t: string) => html.includes(t.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;'));
    for (const e of d.data.errata ?? []) expect(visible(e.evidence), e.path).toBe(true);
    for (const f of findings.filter((f) => f.file === file && f.explainedBy?.kind === 'note')) expect(visible(f.explainedBy!.text)).toBe(true);
  });

  it('renders no contact of an official', () => {
    const pages = (d.data.projects ?? []).map((p) => page(...url, 'projects', p.id)).join('\n');
    for (const p of d.data.projects ?? []) {
      for (const v of [p.contacts?.phone, p.contacts?.leader, p.contacts?.filler, p.contacts?.handler, p.contacts?.unit_leader]) {
        if (v && v.length > 1) expect(pages.includes(v), `${p.id}: ${v}`).toBe(false);
      }
    }
  });
});

describe('site pages', () => {
  it('has a home page listing every disclosure and a glossary', () => {
    const home = page();
    for (const d of portal.disclosures) expect(home).toContain(`href="/${d.source.region}/${d.source.department}/${d.source.year}/"`);
    expect(page('glossary')).toContain('id="three_public"');
  });
});
