// npm run bench [-- --sizes 100,1000,5000]
// For each size: generate a synthetic portal, then measure the parse-only floor, the check, and
// the full build (validate, render, search index) with peak memory; report a disclosure page's
// compressed weight. Writes BENCHMARKS.md. Not part of `npm test`: numbers are measured, not asserted.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parseDocument, LineCounter } from 'yaml';
import { decodeText } from '../src/lib/source/encoding.ts';
import { generatePortal } from './generate-portal.ts';

const arg = (name: string, fallback: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1]! : fallback;
};
const sizes = arg('sizes', '100,1000,5000').split(',').map(Number);
const keep = process.argv.includes('--keep');
const TIME = '/usr/bin/time';

function files(dir: string, out: string[] = []): string[] {
  for (const n of readdirSync(dir)) {
    const p = join(dir, n);
    if (statSync(p).isDirectory()) files(p, out);
    else out.push(p);
  }
  return out;
}

/** Runs a command under GNU time: wall seconds and peak resident memory (largest process). */
function measure(cmd: string[], env: Record<string, string> = {}): { seconds: number; peakMB: number; ok: boolean; output: string } {
  const r = spawnSync(TIME, ['-f', '%e %M', ...cmd], { encoding: 'utf8', env: { ...process.env, ...env }, maxBuffer: 1 << 30 });
  const last = r.stderr.trim().split('\n').pop() ?? '';
  const [seconds, kb] = last.split(' ').map(Number);
  return { seconds: seconds ?? NaN, peakMB: Math.round((kb ?? 0) / 1024), ok: r.status === 0, output: `${r.stdout.slice(-2000)}\n${r.stderr.slice(-2000)}` };
}

/** The floor: reading and parsing every YAML file, nothing else. */
function parseOnly(root: string): number {
  const start = performance.now();
  for (const f of files(root)) {
    const decoded = decodeText(readFileSync(f));
    if (decoded.ok) parseDocument(decoded.text, { lineCounter: new LineCounter() });
  }
  return (performance.now() - start) / 1000;
}

function pageWeight(dist: string, page: string): { html: number; css: number; js: number } {
  const html = readFileSync(join(dist, page, 'index.html'), 'utf8');
  const gz = (s: string | Buffer) => gzipSync(s, { level: 9 }).length;
  const linked = (re: RegExp) => [...html.matchAll(re)].map((m) => m[1]!).filter((u) => u.startsWith('/_astro/'));
  const css = linked(/<link rel="stylesheet" href="([^"]+)"/g).reduce((n, u) => n + gz(readFileSync(join(dist, u))), 0);
  // Scripts loaded by the page itself; the chart code is imported lazily and reported apart.
  const js = linked(/<script type="module" src="([^"]+)"/g).reduce((n, u) => n + gz(readFileSync(join(dist, u))), 0);
  return { html: gz(html), css, js };
}

const rows: string[] = [];
let weight: ReturnType<typeof pageWeight> | null = null;
let chartKB = 0;
const node = process.execPath;
for (const n of sizes) {
  const root = join(tmpdir(), `gongkai-bench-${n}`);
  const dist = join(tmpdir(), `gongkai-bench-${n}-dist`);
  const gen = generatePortal({ disclosures: n, out: root, seed: 1 });
  const yamlMB = files(root).reduce((s, f) => s + statSync(f).size, 0) / 1e6;
  const floor = parseOnly(root);
  const check = measure([node, 'scripts/check.ts', '--root', root, root, '--format', 'json']);
  if (!check.ok) throw new Error(`check failed for ${n}:\n${check.output}`);
  rmSync(dist, { recursive: true, force: true });
  const build = measure([node, 'node_modules/astro/bin/astro.mjs', 'build', '--outDir', dist, '--silent'], { GONGKAI_DATA: root, ASTRO_TELEMETRY_DISABLED: '1' });
  const pages = build.ok ? files(dist).filter((f) => f.endsWith('.html')).length : 0;
  rows.push(`| ${n.toLocaleString('en')} | ${gen.projects.toLocaleString('en')} | ${yamlMB.toFixed(1)} | ${floor.toFixed(1)} s | ${check.seconds.toFixed(1)} s (${(check.seconds / floor).toFixed(2)}×) | ${check.peakMB} MB | ${build.ok ? `${build.seconds.toFixed(0)} s` : 'failed'} | ${build.peakMB} MB | ${pages.toLocaleString('en')} |`);
  console.log(rows[rows.length - 1]);
  if (build.ok && !weight) {
    const first = files(dist).find((f) => /\/20\d\d\/index\.html$/.test(f) && !f.includes('/en/'))!;
    weight = pageWeight(dist, first.slice(dist.length + 1, -'/index.html'.length));
    const chart = readdirSync(join(dist, '_astro')).find((f) => f.startsWith('chart-draw'));
    if (chart) chartKB = gzipSync(readFileSync(join(dist, '_astro', chart)), { level: 9 }).length / 1024;
  }
  if (!build.ok) console.error(build.output);
  if (!keep) {
    rmSync(root, { recursive: true, force: true });
    rmSync(dist, { recursive: true, force: true });
  }
}

const machine = `${availableParallelism()} cores (${cpus()[0]?.model ?? 'unknown CPU'}), ${(totalmem() / 2 ** 30).toFixed(0)} GiB memory, Node ${process.version}`;
const report = `# Benchmarks

Measured by \`npm run bench\` (\`scripts/bench.ts\`) on ${machine}, ${new Date().toISOString().slice(0, 10)}.
Portals are generated by \`scripts/generate-portal.ts\` (seed 1): regions × 10 departments × 5 years,
8–16 functional lines, 15–25 economic lines and about 25 projects with indicators per disclosure, all
balanced. Times are wall-clock; peak memory is the largest process's resident set (GNU time).

| disclosures | projects | YAML (MB) | parse only (floor) | check | check peak | full build | build peak | HTML pages |
|---|---|---|---|---|---|---|---|---|
${rows.join('\n')}

- **parse only**: reading and YAML-parsing every file (\`yaml\` parseDocument), the floor for any checker.
- **check**: \`npm run check\` on the whole portal: loading with locations, schema, every rule, report.
- **full build**: \`astro build\` — validation, every page in both languages (project pages in Chinese),
  downloads, and the Pagefind index.

Page weight of a disclosure page (gzip -9): HTML ${weight ? (weight.html / 1024).toFixed(1) : '?'} KB, CSS ${weight ? (weight.css / 1024).toFixed(1) : '?'} KB,
JavaScript loaded with the page ${weight ? (weight.js / 1024).toFixed(1) : '?'} KB — ${weight ? ((weight.html + weight.css + weight.js) / 1024).toFixed(1) : '?'} KB in all. The chart code
(Chart.js, loaded when a chart scrolls into view) is ${chartKB.toFixed(1)} KB more.
`;
writeFileSync('BENCHMARKS.md', report);
console.log(report);
if (!existsSync(TIME)) console.error('GNU time (/usr/bin/time) is needed for peak memory: apt-get install time');
