// The dev server keeps serving while a file is wrong: `astro dev` on a portal with an error shows
// the finding (file:line, rule) on /_check/ and on the disclosure's page, a notice on every page,
// and checks again when the file is saved. A build never has /_check/ (build.test.ts: it refuses
// the same portal).
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { ruleFixtureDir } from '../support/fixtures.ts';

const RULE = 'balance/control-total';
const FILE = join('demo', 'dept', '2021.yaml');

let root: string;
let server: ChildProcess | undefined;
let output = '';
let base = '';

async function freePort(): Promise<number> {
  const s = createServer();
  await new Promise<void>((resolve) => s.listen(0, '127.0.0.1', resolve));
  const address = s.address();
  await new Promise((resolve) => s.close(resolve));
  return typeof address === 'object' && address ? address.port : 0;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Polls until `test` holds, for at most `ms`; returns the last value. */
async function until<T>(ms: number, get: () => Promise<T>, test: (value: T) => boolean): Promise<T> {
  const end = Date.now() + ms;
  let last: T | undefined;
  for (;;) {
    try {
      last = await get();
      if (test(last)) return last;
    } catch {
      // not answering yet
    }
    if (Date.now() > end) throw new Error(`timed out after ${ms} ms; last: ${String(last).slice(0, 500)}\n--- dev server output ---\n${output}`);
    await sleep(250);
  }
}

async function page(path: string): Promise<{ status: number; html: string; toString(): string }> {
  const r = await fetch(`${base}${path}`);
  const html = await r.text();
  return { status: r.status, html, toString: () => `${r.status} ${html}` };
}

function alive(pid: number): boolean {
  try {
    process.kill(-pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Stops the dev server and everything it started (its own process group), and waits until they are gone. */
async function stop(): Promise<void> {
  const pid = server?.pid;
  if (!server || !pid) return;
  const exited = server.exitCode !== null || server.signalCode !== null ? Promise.resolve() : new Promise<void>((resolve) => server!.once('exit', () => resolve()));
  if (alive(pid)) process.kill(-pid, 'SIGTERM');
  const end = Date.now() + 10_000;
  while (alive(pid) && Date.now() < end) await sleep(100);
  if (alive(pid)) process.kill(-pid, 'SIGKILL');
  await Promise.race([exited, sleep(5_000)]);
  server = undefined;
}

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'gongkai-dev-'));
  cpSync(ruleFixtureDir(RULE, 'fail'), root, { recursive: true });
  const port = await freePort();
  server = spawn(process.execPath, ['node_modules/astro/bin/astro.mjs', 'dev', '--host', '127.0.0.1', '--port', String(port)], {
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    // Without vitest's own variables: under VITEST the dev server serves no page.
    env: { ...Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('VITEST'))), GONGKAI_DATA: root, ASTRO_TELEMETRY_DISABLED: '1', ASTRO_DEV_BACKGROUND: '0', NO_COLOR: '1', BROWSER: 'none' },
  });
  server.stdout!.on('data', (b: Buffer) => (output += b.toString()));
  server.stderr!.on('data', (b: Buffer) => (output += b.toString()));
  // Astro takes the next port when this one was taken meanwhile: read the one it names.
  await until(60_000, async () => output, (o) => /http:\/\/127\.0\.0\.1:\d+\//.test(o));
  base = /http:\/\/127\.0\.0\.1:\d+/.exec(output)![0];
  await until(60_000, () => page('/_check/'), (r) => r.status === 200);
}, 150_000);

afterAll(async () => {
  const pid = server?.pid;
  await stop();
  if (pid) expect(alive(pid), 'a process of the dev server is left').toBe(false);
  if (root) rmSync(root, { recursive: true, force: true });
});

describe('astro dev on a portal with an error', () => {
  const line = () => readFileSync(join(root, FILE), 'utf8').split('\n').findIndex((l) => l.includes(`# expect: ${RULE}`)) + 1;
  const at = () => new RegExp(`demo/dept/2021\\.yaml:${line()}:\\d+`);

  it('lists the finding on /_check/ with file:line and rule, and the build has no such page', async () => {
    expect(line()).toBeGreaterThan(0);
    const { status, html } = await page('/_check/');
    expect(status).toBe(200);
    expect(html).toMatch(/data-check-errors="[1-9]\d*"/);
    expect(html).toMatch(at());
    expect(html).toContain(`[${RULE}]`);
    expect(html).toContain('公开合计与明细不符');
    expect(existsSync(join(inject('demoDist'), '_check'))).toBe(false);
  });

  it('shows the file’s findings on its disclosure page, and a notice on every page', async () => {
    const disclosure = await page('/demo/dept/2021/');
    expect(disclosure.status, output).toBe(200);
    expect(disclosure.html).toContain('data-dev-findings');
    expect(disclosure.html).toMatch(at());
    expect(disclosure.html).toContain(`[${RULE}]`);
    expect(disclosure.html).toContain('href="/_check/"');
    const home = await page('/');
    expect(home.status).toBe(200);
    expect(home.html).toContain('data-dev-check');
    const other = await page('/demo/dept/2020/');
    expect(other.status).toBe(200);
    expect(other.html).toContain('data-dev-check');
    expect(other.html).not.toContain('data-dev-findings');
  });

  it('checks again when the file is saved: the corrected value clears the findings', async () => {
    const file = join(root, FILE);
    const text = readFileSync(file, 'utf8');
    const fixed = text.replace(/function\.201: 501\.00 {2}# expect: balance\/control-total/, 'function.201: 500.00');
    expect(fixed).not.toBe(text);
    writeFileSync(file, fixed);
    const check = await until(30_000, () => page('/_check/'), (r) => r.html.includes('data-check-errors="0"'));
    expect(check.html).toContain('data-check-clean');
    expect(check.html).not.toContain(`[${RULE}]`);
    const disclosure = await page('/demo/dept/2021/');
    expect(disclosure.status).toBe(200);
    expect(disclosure.html).not.toContain('data-dev-findings');
    expect(disclosure.html).not.toContain('data-dev-check');
    expect(disclosure.html).toMatch(/data-figure="total"[^>]*>560\.00 万元/);
  }, 60_000);
});
