// npm run bench [-- --sizes 100,1000,5000] [--loop-only] [--loop-size 1000]
// For each size: generate a synthetic portal, then measure the parse-only floor, the check, and
// the full build (validate, render, search index) with peak memory; report a disclosure page's
// compressed weight; at --loop-size (1,000) the publisher's loop with the check cache (loopBench).
// Writes BENCHMARKS.md (with --loop-only: measures and rewrites only the loop's section). Not part of `npm test`: numbers are measured, not asserted.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parseDocument, LineCounter } from 'yaml';
import { load as loadYaml } from 'js-yaml';
import { PLAIN_SCHEMA } from '../src/lib/source/fast-yaml.ts';
import { decodeText } from '../src/lib/source/encoding.ts';
import { generatePortal } from './generate-portal.ts';
import { heapLimitArgs } from '../src/lib/cli/heap.ts';

const arg = (name: string, fallback: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1]! : fallback;
};
const sizes = arg('sizes', '100,1000,5000').split(',').map(Number);
const keep = process.argv.includes('--keep');
/** The size at which the build is also run as shards, one after another, and merged (0: none). */
const shardedSize = Number(arg('sharded', sizes.includes(1000) ? '1000' : '0'));
const shardCount = Number(arg('shards', '4'));
const TIME = '/usr/bin/time';
const BENCH_BEGIN = '<!-- npm run bench writes from here -->';
const BENCH_END = '<!-- to here -->';

function files(dir: string, out: string[] = []): string[] {
  for (const n of readdirSync(dir)) {
    const p = join(dir, n);
    if (statSync(p).isDirectory()) files(p, out);
    else out.push(p);
  }
  return out;
}

/** Runs a command under GNU time: wall seconds and peak resident memory (largest process). */
function measure(cmd: string[], env: Record<string, string> = {}, cwd?: string): { seconds: number; peakMB: number; ok: boolean; output: string } {
  const r = spawnSync(TIME, ['-f', '%e %M', ...cmd], { encoding: 'utf8', env: { ...process.env, ...env }, maxBuffer: 1 << 30, cwd });
  const last = r.stderr.trim().split('\n').pop() ?? '';
  const [seconds, kb] = last.split(' ').map(Number);
  return { seconds: seconds ?? NaN, peakMB: Math.round((kb ?? 0) / 1024), ok: r.status === 0, output: `${r.stdout.slice(-2000)}\n${r.stderr.slice(-2000)}` };
}

const PAGE_BYTES = Number(spawnSync('getconf', ['PAGESIZE'], { encoding: 'utf8' }).stdout.trim()) || 4096;

/** Every process on the machine: pid, parent, name and resident bytes (Linux /proc). */
function processes(): { pid: number; ppid: number; name: string; rss: number }[] {
  const out: { pid: number; ppid: number; name: string; rss: number }[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      out.push({ pid: Number(entry), ppid: Number(fields[1]), name: stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')')), rss: Number(fields[21]) * PAGE_BYTES });
    } catch {
      // The process ended between listing and reading.
    }
  }
  return out;
}

/**
 * Runs a command and samples, every 100 ms, the resident memory of it and all its descendants
 * (Astro, the search-index process, Pagefind's own binary): the peak of their sum, and each
 * program's own peak. GNU time's %M is the largest single process only.
 */
async function measureTree(cmd: string[], env: Record<string, string> = {}, cwd?: string): Promise<{ seconds: number; peakMB: number; indexPeakMB: number; byProgram: Record<string, number>; ok: boolean; output: string }> {
  const started = performance.now();
  const child = spawn(cmd[0]!, cmd.slice(1), { env: { ...process.env, ...env }, cwd, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (d) => (output += d));
  child.stderr.on('data', (d) => (output += d));
  let peak = 0;
  // The peak over all processes while Pagefind runs: the memory of the indexing phase.
  let indexPeak = 0;
  const byProgram: Record<string, number> = {};
  const sample = () => {
    const all = processes();
    const tree = new Set([child.pid!]);
    for (let grew = true; grew; ) {
      grew = false;
      for (const p of all) if (!tree.has(p.pid) && tree.has(p.ppid)) (tree.add(p.pid), (grew = true));
    }
    let total = 0;
    let indexing = false;
    for (const p of all) {
      if (!tree.has(p.pid)) continue;
      total += p.rss;
      indexing ||= p.name.startsWith('pagefind');
      byProgram[p.name] = Math.max(byProgram[p.name] ?? 0, Math.round(p.rss / 2 ** 20));
    }
    peak = Math.max(peak, total);
    if (indexing) indexPeak = Math.max(indexPeak, total);
  };
  const timer = setInterval(sample, 100);
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  clearInterval(timer);
  return { seconds: (performance.now() - started) / 1000, peakMB: Math.round(peak / 2 ** 20), indexPeakMB: Math.round(indexPeak / 2 ** 20), byProgram, ok: code === 0, output };
}

/** Phase times from the build's log: checking, rendering (Astro's pages), indexing. */
function phases(output: string): { check?: number; render?: number; pages?: number; index?: number; bundles?: number } {
  const num = (re: RegExp) => {
    const m = re.exec(output);
    return m ? Number(m[1]) : undefined;
  };
  // Astro: "generating static routes", the pages, then "✓ Completed in 52.31s." (or "in 2m 32s.") for that stage.
  const from = output.indexOf('generating static routes');
  const rendered = from < 0 ? null : /Completed in (?:(\d+)m )?([\d.]+)(m?s)\./.exec(output.slice(from));
  const pages = num(/(\d+) page\(s\) built in/);
  return {
    check: num(/files checked in ([\d.]+) s/),
    ...(rendered && { render: Number(rendered[1] ?? 0) * 60 + Number(rendered[2]) / (rendered[3] === 'ms' ? 1000 : 1) }),
    ...(pages !== undefined && { pages }),
    index: num(/search index: \d+ pages(?:, \d+ bundles?,)? in ([\d.]+) s/),
    bundles: num(/search index: \d+ pages, (\d+) bundles?,/),
  };
}

const POSITIONS_PARSE_MAX = 5000;

/**
 * The floor: reading and parsing every YAML file with the fastest parser, nothing else (js-yaml
 * with the check's schema, src/lib/source/fast-yaml.ts). Also timed, and printed: the `yaml`
 * library building its tree with positions (what the check did for every file before issue 15).
 */
function parseOnly(root: string, disclosures: number): number {
  const timed = (parse: (text: string) => unknown) => {
    const start = performance.now();
    for (const f of files(root)) {
      const decoded = decodeText(readFileSync(f));
      if (decoded.ok) parse(decoded.text);
    }
    return (performance.now() - start) / 1000;
  };
  const fastest = timed((text) => loadYaml(text, { schema: PLAIN_SCHEMA }));
  // Informational only, and 15 minutes at 20,000 disclosures: skipped past POSITIONS_PARSE_MAX.
  const withPositions = disclosures <= POSITIONS_PARSE_MAX
    ? `${timed((text) => parseDocument(text, { lineCounter: new LineCounter() })).toFixed(2)} s`
    : `not timed above ${POSITIONS_PARSE_MAX.toLocaleString('en')} disclosures`;
  console.log(`parse only: ${fastest.toFixed(2)} s (js-yaml), ${withPositions} (yaml parseDocument with positions), ${files(root).length} files`);
  return fastest;
}

/** The `count` largest HTML pages, as "`/path/` 8.4 MB": the pages that grow with the portal. */
function largestPages(dist: string, html: string[], count: number): string[] {
  return html
    .map((f) => ({ page: f.slice(dist.length).replace(/index\.html$/, ''), bytes: statSync(f).size }))
    .sort((a, b) => b.bytes - a.bytes)
    .slice(0, count)
    .map((p) => `\`${p.page}\` ${(p.bytes / 1e6).toFixed(1)} MB`);
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

/**
 * The publisher's loop (src/lib/cli/cache.ts): every command runs in a folder holding the portal
 * as data/ (a git repository) with a cache of its own, in this order: one file with an empty cache (cold), the whole
 * portal (filling the cache), the whole portal again (warm), one file after editing it (warm), and
 * `--changed` after editing a file of another department (warm, against a git commit of the portal).
 */
function loopBench(root: string): { name: string; command: string; seconds: number; peakMB: number }[] {
  const cache = join(tmpdir(), `gongkai-bench-cache-${process.pid}`);
  rmSync(cache, { recursive: true, force: true });
  const env = { GONGKAI_CACHE_DIR: cache, NO_COLOR: '1' };
  const script = join(process.cwd(), 'scripts/check.js');
  const git = (...args: string[]) => spawnSync('git', ['-c', 'user.name=bench', '-c', 'user.email=bench@example.invalid', ...args], { cwd: root, encoding: 'utf8' });
  git('init', '-q');
  git('add', '-A');
  git('commit', '-qm', 'portal');
  const data = join(root, 'data');
  const departments = readdirSync(data).filter((r) => r.startsWith('region-')).sort().flatMap((r) => readdirSync(join(data, r)).filter((d) => statSync(join(data, r, d)).isDirectory()).sort().map((d) => `data/${r}/${d}`));
  const lastYear = (dept: string) => readdirSync(join(root, dept)).filter((f) => /^\d{4}\.yaml$/.test(f)).sort().pop()!;
  const one = `${departments[0]}/${lastYear(departments[0]!)}`;
  const other = `${departments[1]}/${lastYear(departments[1]!)}`;
  // An edit that changes the bytes and keeps the findings: a comment at the end.
  const edit = (file: string) => writeFileSync(join(root, file), `${readFileSync(join(root, file), 'utf8')}\n# edited\n`);
  const out: { name: string; command: string; seconds: number; peakMB: number }[] = [];
  const run = (name: string, args: string[]) => {
    const r = measure([process.execPath, ...heapLimitArgs(process.env.NODE_OPTIONS), script, '--root', 'data', '--format', 'json', ...args], env, root);
    // Exit code 1 (errors) is a report too; anything else is a failure of the bench.
    if (!r.ok && !/"counts"/.test(r.output)) throw new Error(`${name} failed:\n${r.output}`);
    out.push({ name, command: `npm run check -- ${args.join(' ')}`.trim(), seconds: r.seconds, peakMB: r.peakMB });
    console.log(`${name}: ${r.seconds.toFixed(2)} s, ${r.peakMB} MB`);
  };
  run('one file, cold (empty cache)', [one]);
  run('whole portal, cold (fills the cache)', []);
  run('whole portal, warm', []);
  edit(one);
  run('one changed file, warm', [one]);
  edit(other);
  run('--changed, warm (one file of another department edited)', ['--changed', 'HEAD']);
  rmSync(cache, { recursive: true, force: true });
  rmSync(join(root, '.git'), { recursive: true, force: true });
  return out;
}

const loopOnly = process.argv.includes('--loop-only');
const loopSize = Number(arg('loop-size', '1000'));
let loopRows: ReturnType<typeof loopBench> = [];
if (loopOnly || sizes.includes(loopSize)) {
  const root = join(tmpdir(), `gongkai-bench-loop-${loopSize}`);
  rmSync(root, { recursive: true, force: true });
  generatePortal({ disclosures: loopSize, out: join(root, 'data'), seed: 1 });
  loopRows = loopBench(root);
  rmSync(root, { recursive: true, force: true });
}
const loopSection = `## The publisher's loop (check cache)

Measured by \`npm run bench\` (or \`npm run bench -- --loop-only\`, which measures only this and
rewrites only this section) on ${loopSize.toLocaleString('en')} disclosures, ${new Date().toISOString().slice(0, 10)}, ${availableParallelism()} cores. Each
command runs in a folder holding the portal as \`data/\` (committed to git), in this order, with a cache of its own (\`GONGKAI_CACHE_DIR\`);
"edited" appends a comment to a disclosure, which changes its bytes and not its findings.

| run | command | time | peak |
|---|---|---|---|
${loopRows.map((r) => `| ${r.name} | \`${r.command}\` | ${r.seconds.toFixed(2)} s | ${r.peakMB} MB |`).join('\n')}

- The unit of the cache is one disclosure (\`src/lib/cli/cache.ts\`): its findings are keyed by
  the hash of its bytes, last year's file of its department, the templates, the classifications
  and the code (\`src/lib\`, \`package.json\`, \`package-lock.json\`, Node's version). Editing a file
  checks it and next year's file again (two or three YAML parses), nothing else. Name drift is
  recomputed each run from every year's cached names. Hashes are reused while a file's size,
  mtime, ctime and inode are unchanged. Templates and classifications are cached as JSON.
- Node strips the TypeScript of each module once (\`scripts/typescript-cache.js\`) and its compile
  cache keeps V8's code: a warm run starts in about 0.3 s.
- "One file, cold" checks only that file's department (about 5 files), not the portal.
- The whole portal, cold, is the full check plus writing the cache; \`--no-cache\` is the full
  check as before (the "check" column above). The build reads the cache and never writes it (docs/scale.md).
- Editing any file under \`src/lib\` changes the code version and makes the next run cold.
`;
if (loopOnly) {
  const old = existsSync('BENCHMARKS.md') ? readFileSync('BENCHMARKS.md', 'utf8') : '# Benchmarks\n';
  const start = old.indexOf("## The publisher's loop");
  const end = start < 0 ? -1 : old.indexOf('\n## ', start + 1);
  const next = start < 0 ? `${old.trimEnd()}\n\n${loopSection}` : `${old.slice(0, start)}${loopSection}${end < 0 ? '' : old.slice(end)}`;
  writeFileSync('BENCHMARKS.md', next);
  console.log(loopSection);
  process.exit(0);
}

const rows: string[] = [];
const shardRows: string[] = [];
const largestRows: string[] = [];
let weight: ReturnType<typeof pageWeight> | null = null;
let chartKB = 0;
const node = process.execPath;
for (const n of sizes) {
  const root = join(tmpdir(), `gongkai-bench-${n}`);
  const dist = join(tmpdir(), `gongkai-bench-${n}-dist`);
  const gen = generatePortal({ disclosures: n, out: root, seed: 1 });
  const yamlMB = files(root).reduce((s, f) => s + statSync(f).size, 0) / 1e6;
  const floor = parseOnly(root, n);
  // The full check, as the build runs it: without the publisher's cache.
  const check = measure([node, ...heapLimitArgs(process.env.NODE_OPTIONS), 'scripts/check.js', '--root', root, root, '--format', 'json', '--no-cache']);
  if (!check.ok) throw new Error(`check failed for ${n}:\n${check.output}`);
  rmSync(dist, { recursive: true, force: true });
  const build = await measureTree([node, 'scripts/build.ts', '--outDir', dist], { GONGKAI_DATA: root, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' });
  const html = build.ok ? files(dist).filter((f) => f.endsWith('.html')) : [];
  const pages = html.length;
  if (build.ok) largestRows.push(`- ${n.toLocaleString('en')} disclosures: ${largestPages(dist, html, 4).join(', ')}`);
  const phase = phases(build.output);
  // The log stays beside the portal, to see why a phase could not be read.
  writeFileSync(join(tmpdir(), `gongkai-bench-${n}-build.log`), build.output);
  const s1 = (x: number | undefined) => (x === undefined ? '?' : `${x.toFixed(0)} s`);
  const largest = Object.entries(build.byProgram).sort((a, b) => b[1] - a[1]).slice(0, 2).map(([name, mb]) => `${name} ${mb}`).join(', ');
  rows.push(`| ${n.toLocaleString('en')} | ${gen.projects.toLocaleString('en')} | ${yamlMB.toFixed(1)} | ${floor.toFixed(1)} s | ${check.seconds.toFixed(1)} s (${(check.seconds / floor).toFixed(2)}×) | ${check.peakMB} MB | ${build.ok ? `${build.seconds.toFixed(0)} s` : 'failed'} | ${s1(phase.check)} / ${s1(phase.render)} / ${s1(phase.index)} | ${phase.render && phase.pages ? Math.round(phase.pages / phase.render) : '?'} | ${phase.render && phase.pages ? (phase.render * 1000 / phase.pages).toFixed(1) : '?'} ms | ${build.peakMB} MB (${largest}) | ${build.indexPeakMB} MB, ${phase.bundles ?? '?'} bundles | ${pages.toLocaleString('en')} |`);
  console.log(rows[rows.length - 1]);
  if (n === shardedSize && build.ok) shardRows.push(...(await shardedRun(n, root, dist, build.seconds, build.peakMB)));
  if (build.ok && !weight) {
    const first = files(dist).find((f) => /\/20\d\d\/index\.html$/.test(f) && !f.includes('/en/'))!;
    weight = pageWeight(dist, first.slice(dist.length + 1, -'/index.html'.length));
    const chart = readdirSync(join(dist, '_astro')).find((f) => f.startsWith('chart-draw'));
    if (chart) {
      // The drawing script and the chunks it imports (Chart.js sits in a chunk shared with the treemap).
      const text = readFileSync(join(dist, '_astro', chart), 'utf8');
      const chunks = [chart, ...[...text.matchAll(/from\s*"\.\/([^"]+\.js)"/g)].map((m) => m[1]!)];
      chartKB = [...new Set(chunks)].reduce((kb, f) => kb + gzipSync(readFileSync(join(dist, '_astro', f)), { level: 9 }).length / 1024, 0);
    }
  }
  if (!build.ok) console.error(build.output);
  if (!keep) {
    rmSync(root, { recursive: true, force: true });
    rmSync(dist, { recursive: true, force: true });
  }
}

/**
 * Runs the build of a generated portal as shards, one after another, and merges them: each shard's
 * time and peak, the largest shard's, the merge's, and the single build's beside them.
 */
async function shardedRun(n: number, root: string, dist: string, singleSeconds: number, singlePeakMB: number): Promise<string[]> {
  const out: string[] = [];
  const shardDirs: string[] = [];
  let largest = { seconds: 0, peakMB: 0, index: 0 };
  for (let i = 1; i <= shardCount; i++) {
    const dir = `${dist}-shard-${i}`;
    rmSync(dir, { recursive: true, force: true });
    shardDirs.push(dir);
    const r = await measureTree([node, 'scripts/build.ts', '--outDir', dir, '--shard', `${i}/${shardCount}`], { GONGKAI_DATA: root, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' });
    if (!r.ok) throw new Error(`shard ${i}/${shardCount} of ${n} failed:\n${r.output.slice(-3000)}`);
    const pages = files(dir).filter((f) => f.endsWith('.html')).length;
    out.push(`| shard ${i}/${shardCount} | ${r.seconds.toFixed(0)} s | ${r.peakMB} MB | ${r.indexPeakMB} MB | ${pages.toLocaleString('en')} |`);
    if (r.seconds > largest.seconds) largest = { seconds: r.seconds, peakMB: r.peakMB, index: i };
    console.log(out[out.length - 1]);
  }
  const merged = `${dist}-merged`;
  rmSync(merged, { recursive: true, force: true });
  const m = measure([node, 'scripts/merge.ts', '--out', merged, ...shardDirs]);
  if (!m.ok) throw new Error(`merge failed:\n${m.output}`);
  out.push(`| merge | ${m.seconds.toFixed(0)} s | ${m.peakMB} MB (one process) | — | ${files(merged).filter((f) => f.endsWith('.html')).length.toLocaleString('en')} |`);
  out.push(`| **largest shard** (shard ${largest.index}) beside the single build | ${largest.seconds.toFixed(0)} s (single: ${singleSeconds.toFixed(0)} s) | ${largest.peakMB} MB (single: ${singlePeakMB} MB) | | |`);
  for (const d of [...shardDirs, merged]) if (!keep) rmSync(d, { recursive: true, force: true });
  return out;
}

const machine = `${availableParallelism()} cores (${cpus()[0]?.model ?? 'unknown CPU'}), ${(totalmem() / 2 ** 30).toFixed(0)} GiB memory, Node ${process.version}`;
/**
 * BENCHMARKS.md with this run's report in place of the last one, between the bench's markers;
 * sections written by hand (measurements of earlier runs, explanations) stay.
 */
function withSection(old: string, section: string): string {
  const [begin, end] = [BENCH_BEGIN, BENCH_END];
  const a = old.indexOf(begin);
  const b = old.indexOf(end);
  const block = `${begin}\n${section.trimEnd()}\n${end}`;
  if (a < 0 || b < a) return old.trim() ? `${block}\n\n${old.replace(/^# Benchmarks\n+/, '')}` : `${block}\n`;
  return `${old.slice(0, a)}${block}${old.slice(b + end.length)}`;
}

const report = `# Benchmarks

Measured by \`npm run bench\` (\`scripts/bench.ts\`) on ${machine}, ${new Date().toISOString().slice(0, 10)}.
Portals are generated by \`scripts/generate-portal.ts\` (seed 1): regions × 10 departments × 5 years,
8–16 functional lines, 15–25 economic lines and about 25 projects with indicators per disclosure, all
balanced. Times are wall-clock. The check's peak is its process's resident set (GNU time); the
build's peak is the sum over all its processes (Astro, the search-index process and Pagefind's own
binary), sampled every 100 ms from /proc, with the two largest programs' own peaks beside it.

| disclosures | projects | YAML (MB) | parse only (floor) | check | check peak | full build | check / render / index | pages per second (render) | render per page | build peak, all processes (largest, MB) | peak while indexing, all processes | HTML pages |
|---|---|---|---|---|---|---|---|---|---|---|---|---|
${rows.join('\n')}
${shardRows.length ? `\nThe same portal built as ${shardCount} shards (\`npm run build -- --shard i/${shardCount}\`), one after another on this machine, then \`npm run merge\`:\n\n| run | time | peak, all processes | peak while indexing | HTML pages |\n|---|---|---|---|---|\n${shardRows.join('\n')}\n` : ''}

- **parse only**: reading and YAML-parsing every file with the fastest parser at hand (js-yaml, no
  positions; the \`yaml\` library's parseDocument with positions is printed beside it in the log),
  the floor for any checker. The check's ratio to it is in brackets.
- **check**: \`npm run check\` on the whole portal, without its cache: reading every file (fast path,
  positions only for a file a finding names), schema, every rule, the report.
- **full build**: \`npm run build\` (\`scripts/build.ts\`): \`astro build\` (validation, every page in
  both languages, project pages in Chinese, downloads), then, once Astro's process has ended, the
  Pagefind index.
- **render per page**: Astro's page stage divided by the pages it wrote (HTML, CSV, JSON).
- **peak while indexing**: the largest sum over all the build's processes while a Pagefind process
  runs; the index is built after Astro has exited, in bundles of at most 4,000 pages, one Pagefind
  process at a time (docs/scale.md).

${largestRows.length ? `The largest HTML pages (the portal-wide ones grow with the portal):\n\n${largestRows.join('\n')}\n\n` : ''}Page weight of a disclosure page (gzip -9): HTML ${weight ? (weight.html / 1024).toFixed(1) : '?'} KB, CSS ${weight ? (weight.css / 1024).toFixed(1) : '?'} KB,
JavaScript loaded with the page ${weight ? (weight.js / 1024).toFixed(1) : '?'} KB — ${weight ? ((weight.html + weight.css + weight.js) / 1024).toFixed(1) : '?'} KB in all. The chart code
(Chart.js, loaded when a chart scrolls into view) is ${chartKB.toFixed(1)} KB more.

${loopSection}`;
writeFileSync('BENCHMARKS.md', withSection(existsSync('BENCHMARKS.md') ? readFileSync('BENCHMARKS.md', 'utf8') : '', report));
console.log(report);
if (!existsSync(TIME)) console.error('GNU time (/usr/bin/time) is needed for peak memory: apt-get install time');
