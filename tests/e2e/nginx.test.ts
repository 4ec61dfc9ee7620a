// The built site behind nginx from Debian, with the shipped configuration: the strict
// Content-Security-Policy holds (no violation while pages, charts and search run), caching
// headers and the 404 page are right.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer as createHttpServer } from 'node:http';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launch } from '../support/browser.ts';
import { findNginx, installHint } from '../support/tools.ts';

const NGINX = findNginx();
const EMBED = '/embed/xinzhou/xingzheng-shenpi/2022/by-function/';
let nginx: ChildProcess | undefined;
let base = '';
let work = '';
let browser: Browser;

function freePort(): Promise<number> {
  return new Promise((res) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => res(port));
    });
  });
}

async function waitFor(url: string): Promise<void> {
  for (let i = 0; i < 100; i++) {
    try {
      await fetch(url);
      return;
    } catch {
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  throw new Error(`nginx did not answer at ${url}: ${readFileSync(join(work, 'error.log'), 'utf8')}`);
}

beforeAll(async () => {
  if (!NGINX) throw new Error(`the nginx test needs nginx: install it (${installHint(['nginx-light'])})`);
  work = mkdtempSync(join(tmpdir(), 'gongkai-nginx-'));
  const port = await freePort();
  const site = readFileSync(resolve('deploy/nginx/gongkai.conf'), 'utf8')
    .replace(/^\s*listen \[::\]:80;\n/m, '')
    .replace(/listen 80;/, `listen 127.0.0.1:${port};`)
    .replace(/root \/var\/www\/gongkai;/, `root ${inject('demoDist')};`);
  writeFileSync(join(work, 'site.conf'), site);
  const temp = ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((t) => `${t}_temp_path ${join(work, t)};`).join('\n  ');
  writeFileSync(
    join(work, 'nginx.conf'),
    `${process.getuid?.() === 0 ? 'user root;\n' : ''}worker_processes 1;
pid ${join(work, 'nginx.pid')};
error_log ${join(work, 'error.log')};
events {}
http {
  include /etc/nginx/mime.types;
  access_log off;
  ${temp}
  include ${join(work, 'site.conf')};
}
`,
  );
  nginx = spawn(NGINX, ['-c', join(work, 'nginx.conf'), '-g', 'daemon off;'], { stdio: 'ignore' });
  base = `http://127.0.0.1:${port}`;
  await waitFor(`${base}/`);
  browser = await launch();
});

afterAll(async () => {
  await browser?.close();
  nginx?.kill('SIGQUIT');
  await new Promise((r) => setTimeout(r, 200));
  if (work) rmSync(work, { recursive: true, force: true });
});

/** Opens a page and records every CSP violation and every request to another origin. */
async function open(path: string): Promise<{ page: Page; violations: string[]; outside: string[] }> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const violations: string[] = [];
  const outside: string[] = [];
  page.on('console', (m) => {
    if (/Content Security Policy|Refused to/i.test(m.text())) violations.push(m.text());
  });
  page.on('request', (r) => {
    if (!r.url().startsWith(base) && !r.url().startsWith('blob:') && !r.url().startsWith('data:')) outside.push(r.url());
  });
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => console.error(`Refused to ${e.violatedDirective}: ${e.blockedURI}`));
  });
  await page.goto(base + path);
  return { page, violations, outside };
}

describe('nginx with the shipped configuration', () => {
  it('sends the security and caching headers', async () => {
    const html = await fetch(`${base}/xinzhou/xingzheng-shenpi/2022/`);
    const csp = html.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("script-src 'self' 'wasm-unsafe-eval'");
    expect(csp).not.toContain('unsafe-inline');
    expect(html.headers.get('cache-control')).toBe('no-cache');
    expect(html.headers.get('content-type')).toBe('text/html; charset=utf-8');
    const asset = readdirSync(join(inject('demoDist'), '_astro')).find((f) => f.endsWith('.js'))!;
    const js = await fetch(`${base}/_astro/${asset}`);
    expect(js.headers.get('cache-control')).toBe('max-age=31536000');
    expect(js.headers.get('content-security-policy')).toContain("default-src 'none'");
    const csv = await fetch(`${base}/projects.csv`);
    expect(csv.headers.get('content-type')).toBe('text/csv; charset=utf-8');
  });

  it('lets other sites frame the /embed/ pages, and only them, under the same policy otherwise', async () => {
    const page = (await fetch(`${base}/xinzhou/xingzheng-shenpi/2022/`)).headers;
    const strict = page.get('content-security-policy') ?? '';
    expect(strict).toContain("frame-ancestors 'none'");
    for (const path of [EMBED, `/en${EMBED}`]) {
      const r = await fetch(`${base}${path}`);
      expect(r.status, path).toBe(200);
      const csp = r.headers.get('content-security-policy') ?? '';
      expect(csp, path).toContain('frame-ancestors *');
      expect(csp.replace('frame-ancestors *', "frame-ancestors 'none'"), path).toBe(strict);
      for (const h of ['x-content-type-options', 'referrer-policy', 'permissions-policy', 'cache-control']) expect(r.headers.get(h), `${path} ${h}`).toBe(page.get(h));
    }
  });

  it('shows an embedded chart in another site’s page, and refuses to be framed elsewhere', async () => {
    const other = createHttpServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(`<!doctype html><title>host</title><iframe id="embed" src="${base}${EMBED}" width="600" height="500"></iframe><iframe id="page" src="${base}/xinzhou/xingzheng-shenpi/2022/" width="600" height="300"></iframe>`);
    });
    await new Promise<void>((r) => other.listen(0, '127.0.0.1', r));
    const host = `http://127.0.0.1:${(other.address() as { port: number }).port}/`;
    const { page, violations } = await open('/');
    await page.goto(host);
    const embed = page.frameLocator('#embed');
    await expect.poll(() => embed.locator('canvas').getAttribute('data-drawn'), { timeout: 10_000 }).not.toBeNull();
    expect(await embed.locator('table.chart-data').count()).toBe(1);
    // The disclosure page itself may not be framed: the browser blocks it.
    await expect.poll(() => page.frames().find((f) => f.url().includes('chrome-error') || f.url() === `${base}/xinzhou/xingzheng-shenpi/2022/`)?.url()).toContain('chrome-error');
    expect(violations.filter((v) => !/frame-ancestors/.test(v))).toEqual([]);
    await page.close();
    await new Promise((r) => other.close(r));
  });

  it('answers a missing page with 404 and the site’s 404 page', async () => {
    const r = await fetch(`${base}/no/such/page/`);
    expect(r.status).toBe(404);
    expect(await r.text()).toContain('页面不存在');
  });

  it('runs a disclosure page and its charts with no CSP violation', async () => {
    const { page, violations, outside } = await open('/xinzhou/xingzheng-shenpi/2022/');
    for (const canvas of await page.locator('figure.chart canvas').all()) {
      await canvas.scrollIntoViewIfNeeded();
      await expect.poll(() => canvas.getAttribute('data-drawn'), { timeout: 10_000 }).not.toBeNull();
    }
    expect(await page.locator('.chart-canvas').first().evaluate((el) => el.getBoundingClientRect().height)).toBeGreaterThan(200);
    expect(violations).toEqual([]);
    expect(outside).toEqual([]);
    await page.close();
  });

  it('searches with no CSP violation', async () => {
    const { page, violations, outside } = await open(`/search/?q=${encodeURIComponent('政务云')}`);
    await page.locator('[data-search-results] li a').first().waitFor();
    expect(await page.locator('[data-search-results] li a').first().textContent()).toBe('数字政府信息化费用');
    expect(violations).toEqual([]);
    expect(outside).toEqual([]);
    await page.close();
  });

  it.each(['/', '/projects/', '/guide/', '/en/xinzhou/xingzheng-shenpi/2022/', '/xinzhou/xingzheng-shenpi/2022/projects/shuzi-zhengfu-xinxihua/'])('%s has no CSP violation', async (path) => {
    const { page, violations } = await open(path);
    await page.waitForLoadState('networkidle');
    expect(violations).toEqual([]);
    await page.close();
  });
});
