// The check's fast YAML path (src/lib/source/fast-yaml.ts) must read every file exactly as
// parseYaml does: the same values (numbers as their source text), the same problems at the same
// places (it hands anything unusual to parseYaml), and positions only when asked for.
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readPlainYaml, readYaml } from '../../src/lib/source/fast-yaml.ts';
import { LazyLocator, parseYaml } from '../../src/lib/source/yaml.ts';
import { decodeText } from '../../src/lib/source/encoding.ts';
import { loadPortal } from '../../src/lib/source/load.ts';
import { checkOneDisclosure, checkPortal, previousYears } from '../../src/lib/validate/engine.ts';
import { buildCatalogue } from '../../src/lib/derive/catalogue.ts';
import { generatePortal } from '../../scripts/generate-portal.ts';

function yamlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    let isDir: boolean;
    try {
      isDir = statSync(path).isDirectory();
    } catch {
      return []; // a fixture's dangling link (file--unreadable)
    }
    return isDir ? yamlFiles(path) : path.endsWith('.yaml') ? [path] : [];
  });
}

const textOf = (path: string): string | undefined => {
  const decoded = decodeText(readFileSync(path));
  return decoded.ok ? decoded.text : undefined;
};

/** readYaml's values and problems are parseYaml's. */
function expectSameReading(text: string): void {
  const fast = readYaml(text);
  const full = parseYaml(text);
  expect(fast.problems).toEqual(full.problems);
  expect(fast.value).toStrictEqual(full.value);
}

const generated = mkdtempSync(join(tmpdir(), 'gongkai-fast-yaml-'));
afterAll(() => rmSync(generated, { recursive: true, force: true }));

describe('the fast path reads files as parseYaml does', () => {
  it('on the demo data and the built-in templates, all by the fast path', () => {
    const files = [...yamlFiles('data'), ...yamlFiles('templates')];
    expect(files.length).toBeGreaterThan(10);
    for (const file of files) {
      const text = textOf(file)!;
      expect(readPlainYaml(text), file).toBeDefined();
      expectSameReading(text);
    }
  });

  it('on every fixture, broken ones included', () => {
    const files = yamlFiles('tests/fixtures');
    expect(files.length).toBeGreaterThan(100);
    let fast = 0;
    for (const file of files) {
      const text = textOf(file);
      if (text === undefined) continue;
      if (readPlainYaml(text) !== undefined) fast++;
      expectSameReading(text);
    }
    // Most fixtures are ordinary files; the broken ones go to parseYaml.
    expect(fast).toBeGreaterThan(files.length / 2);
  });

  it("on the generator's portal", () => {
    generatePortal({ disclosures: 20, out: generated, seed: 3 });
    const files = yamlFiles(generated);
    expect(files.length).toBeGreaterThan(20);
    for (const file of files) {
      const text = textOf(file)!;
      expect(readPlainYaml(text), file).toBeDefined();
      expectSameReading(text);
    }
  });
});

describe('values, by hand', () => {
  it('keeps every number-looking plain scalar as its source text', () => {
    const text = 'a: 1138.10\nb: 0201\nc: 1e3\nd: 0x1F\ne: 0o17\nf: .inf\ng: -.5\nh: +1\ni: .nan\nj: 12345678901234567.89\nk: "1,138.19"\nl: 1_000\n';
    expect(readPlainYaml(text)).toEqual({ a: '1138.10', b: '0201', c: '1e3', d: '0x1F', e: '0o17', f: '.inf', g: '-.5', h: '+1', i: '.nan', j: '12345678901234567.89', k: '1,138.19', l: '1_000' });
    expectSameReading(text);
  });

  it('reads YAML 1.2 core nulls and booleans, and 1.1 words as strings', () => {
    const text = 'a: ~\nb: null\nc: Null\nd: NULL\ne:\nf: true\ng: False\nh: TRUE\ni: yes\nj: off\nk: "true"\nl: nULL\nm: []\nn: {}\no: ""\n';
    expect(readPlainYaml(text)).toEqual({ a: null, b: null, c: null, d: null, e: null, f: true, g: false, h: true, i: 'yes', j: 'off', k: 'true', l: 'nULL', m: [], n: {}, o: '' });
    expectSameReading(text);
  });

  it('reads keys that look like numbers or booleans, and list entries without a value', () => {
    const text = 'population:\n  2020: 5\n  "2021": 6\n  0x10: 7\nTrue: 1\nlist:\n  - \n  - x\n  -\n    y: 1\n';
    expectSameReading(text);
  });

  it('reads strings: quoted, escaped, folded, literal, multi-line plain, with comments', () => {
    const text = [
      'a: "tab\\there \\u4e00 \\"q\\""',
      "b: 'it''s'",
      'c: |',
      '  line one',
      '    indented',
      '',
      'd: >-',
      '  folded',
      '  text',
      'e: plain # a comment',
      'f: plain that',
      '  goes on',
      'g: 说明：收入 1,000.00 万元',
      'h: a:b',
      'i: "a #not a comment"',
      'j: |+',
      '  kept',
      '',
      'k: x',
      '__proto__: p',
    ].join('\n');
    expect(readPlainYaml(text)).toBeDefined();
    expectSameReading(text);
  });

  it('hands duplicate keys to parseYaml, also the ones equal only as numbers', () => {
    for (const text of ['a: 1\nb: 2\na: 3\n', 'm:\n  1: a\n  1.0: b\n', 'm:\n  0x10: a\n  16: b\n', 'm:\n  true: a\n  True: b\n']) {
      expect(readPlainYaml(text), text).toBeUndefined();
      expectSameReading(text);
      expect(readYaml(text).problems[0]?.kind, text).toBe('duplicate-key');
    }
  });

  it('hands what js-yaml would accept and parseYaml rejects to parseYaml, with its located problem', () => {
    const cases = [
      // A flow map continued on a line less indented than its entry.
      'items:\n  - { a: 1,\n b: 2 }\n',
      // A quoted scalar likewise.
      'items:\n  - { code: "30\n213" }\n',
      // A comment touching a closing bracket or quote.
      'a: { b: 1 }#c\n',
      'a: "x"#c\n',
      // An empty list entry followed by a less indented one.
      'a:\n  b:\n    -\n- { x: 1 }\n',
      'a:\n  - # c\n- x\n',
      // A tab in indentation.
      'a:\n\tb: 1\n',
    ];
    for (const text of cases) {
      expect(readPlainYaml(text), text).toBeUndefined();
      expectSameReading(text);
      expect(readYaml(text).problems.length, text).toBeGreaterThan(0);
    }
  });

  it('hands anchors, aliases, tags, explicit keys, flow keys, directives and odd line breaks to parseYaml', () => {
    const cases = [
      'a: &x [1, 2]\nb: *x\n',
      'a: !!str 1\n',
      '? a\n: b\n',
      '[a, b]: c\n',
      '{a: 1}: c\n',
      '%YAML 1.2\n---\na: 1\n',
      'a: 1\n---\nb: 2\n',
      'a: 1\r b: 2\n',
      'a: x\u2028 \tb\n',
      'null: 1\n',
      '~: 1\n',
      '- a\n',
      'just text\n',
      '',
      '# only a comment\n',
    ];
    for (const text of cases) {
      expect(readPlainYaml(text), JSON.stringify(text)).toBeUndefined();
      expectSameReading(text);
    }
  });
});

/** A small seeded generator (mulberry32): the same damage on every run. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = Math.imul(s ^ (s >>> 15), s | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('random damage to real files', () => {
  // Characters and fragments that change how YAML reads a line.
  const FRAGMENTS = [':', '-', '[', ']', '{', '}', '#', '&', '*', '!', '|', '>', "'", '"', '\t', '\n', ' ', '  ', ',', '?', '%', '\\', '@', '`', '~', '\r', '\u00a0', '\u2028', '\u0085', ': ', '- ', 'null', 'true', '1.0', '0x1', '.inf', '<<'];
  const sources = ['data/linfen/xingzheng-shenpi/2020.yaml', 'data/jincheng/xingzheng-shenpi/2024.yaml', 'data/xinzhou/xingzheng-shenpi/2022.yaml', 'data/fenyang/xingzheng-shenpi/2023.yaml', 'templates/shanxi-municipal.yaml'].map((f) => readFileSync(f, 'utf8').split('\n'));

  it('never reads a damaged file otherwise than parseYaml', () => {
    const rnd = random(20261130);
    const pick = <T,>(items: readonly T[]): T => items[Math.floor(rnd() * items.length)]!;
    let fast = 0;
    for (let n = 0; n < 1500; n++) {
      const lines = pick(sources);
      // A window of 40 lines from a top-level key.
      let from = Math.floor(rnd() * lines.length * 0.8);
      while (from < lines.length && !/^[a-z]/.test(lines[from]!)) from++;
      const window = lines.slice(from, from + 40);
      for (let k = 1 + Math.floor(rnd() * 3); k > 0; k--) {
        const i = Math.floor(rnd() * window.length);
        const line = window[i] ?? '';
        const at = Math.floor(rnd() * (line.length + 1));
        switch (Math.floor(rnd() * 6)) {
          case 0:
            window[i] = line.slice(0, at) + pick(FRAGMENTS) + line.slice(at);
            break;
          case 1:
            window[i] = line.slice(0, at) + line.slice(at + 1 + Math.floor(rnd() * 3));
            break;
          case 2:
            window.splice(i, 0, line);
            break;
          case 3:
            window[i] = rnd() < 0.5 ? line.slice(1) : ` ${line}`;
            break;
          case 4:
            window.splice(i, 1);
            break;
          default:
            window[i] = line.slice(0, at) + pick(FRAGMENTS) + pick(FRAGMENTS) + line.slice(at);
        }
      }
      const text = window.join('\n');
      const value = readPlainYaml(text);
      if (value === undefined) continue;
      fast++;
      const full = parseYaml(text);
      expect(full.problems, text).toEqual([]);
      expect(value, text).toStrictEqual(full.value);
    }
    // Enough damaged files still take the fast path for the comparison to mean something.
    expect(fast).toBeGreaterThan(300);
  });
});

describe('positions only where asked for', () => {
  const text = 'top:\n  list:\n    - { code: "201", amount: 5 }\n';

  it('builds them on the first question, the same as parseYaml, and forgets them on request', () => {
    const { locator } = readYaml(text);
    expect(locator).toBeInstanceOf(LazyLocator);
    const lazy = locator as LazyLocator;
    expect(lazy.built).toBe(false);
    const full = parseYaml(text).locator;
    for (const path of [['top', 'list', 0, 'amount'], ['top', 'list'], ['top', 'list', 0, 'missing'], []]) {
      expect(lazy.locate(path)).toEqual(full.locate(path));
      expect(lazy.locate(path, 'key')).toEqual(full.locate(path, 'key'));
    }
    expect(lazy.built).toBe(true);
    lazy.forget();
    expect(lazy.built).toBe(false);
    expect(lazy.locate(['top', 'list', 0, 'amount'])).toEqual({ line: 3, column: 30 });
  });

  it('a clean disclosure is checked without building its positions', () => {
    const root = join(generated, 'clean');
    generatePortal({ disclosures: 10, out: root, seed: 5 });
    const portal = loadPortal(root);
    expect(portal.problems).toEqual([]);
    const catalogue = buildCatalogue(portal.classifications);
    const previousOf = previousYears(portal.disclosures);
    for (const d of portal.disclosures) {
      expect(checkOneDisclosure(d, { catalogue, previous: previousOf(d), templates: portal.templates }, {})).toEqual([]);
      expect((d.locator as LazyLocator).built, d.source.file).toBe(false);
    }
    // The portal-wide rules (name drift reads every line's name) build none either.
    expect(checkPortal(root).findings).toEqual([]);
  });

  it('a finding still names its exact line', () => {
    const root = join(generated, 'changed');
    generatePortal({ disclosures: 10, out: root, seed: 5 });
    const file = resolve(loadPortal(root).disclosures[0]!.source.file);
    const lines = readFileSync(file, 'utf8').split('\n');
    // The first line's basic expenditure, 1.00 more: the check must point at that line.
    const at = lines.findIndex((l) => /^ {4}basic: "\d+\.\d\d"$/.test(l));
    expect(at).toBeGreaterThan(0);
    lines[at] = lines[at]!.replace(/"(\d+)\./, (_, whole: string) => `"${Number(whole) + 1}.`);
    const text = lines.join('\n');
    writeFileSync(file, text);
    const findings = checkPortal(root).findings.filter((f) => f.file === loadPortal(root).disclosures[0]!.source.file);
    expect(findings.length).toBeGreaterThan(0);
    // Where parseYaml's positions put each finding and its related places.
    const full = parseYaml(text).locator;
    for (const f of findings) expect(f.line, f.rule).toBe(full.locate(f.segments!).line);
    const named = findings.flatMap((f) => [f.line, ...(f.related ?? []).map((r) => r.line)]);
    expect(named).toContain(at + 1);
  });
});
