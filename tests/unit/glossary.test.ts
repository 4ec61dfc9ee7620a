import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadGlossary } from '../../src/lib/content/glossary.ts';
import { TERM_GROUPS, TERM_KEYS, termByKey, type Term } from '../../src/lib/glossary.ts';

describe('glossary', () => {
  const entries = loadGlossary();

  it('has one entry per term, each tied to a glossary key', () => {
    expect(new Set(entries.map((e) => e.key)).size).toBe(entries.length);
    for (const e of entries) expect(termByKey(e.key)?.zh.replace(/[“”"]/g, ''), e.key).toBe(e.term.replace(/[“”"]/g, ''));
  });

  it('cites disclosures that exist for every wording', () => {
    for (const e of entries) for (const d of e.definitions) for (const s of d.sources) expect(existsSync(`data/${s}.yaml`), s).toBe(true);
  });

  it('keeps every differing wording (三公 in 忻州 2022 differs from 晋城 and 汾阳)', () => {
    expect(entries.find((e) => e.key === 'spending.three_public')!.definitions.length).toBe(2);
  });
});

describe('terms', () => {
  const groups = Object.entries(TERM_GROUPS) as [string, Record<string, Term>][];

  it('names every term by a key that is unique: group.id', () => {
    expect(new Set(TERM_KEYS).size).toBe(TERM_KEYS.length);
    expect(TERM_KEYS.length).toBe(groups.reduce((n, [, terms]) => n + Object.keys(terms).length, 0));
    for (const key of TERM_KEYS) {
      expect(key, key).toMatch(/^[a-z_]+\.[a-z0-9_]+$/);
      expect(termByKey(key), key).toBeDefined();
    }
    for (const [group, terms] of groups) for (const [id, term] of Object.entries(terms)) expect(term.id, `${group}.${id}`).toBe(id);
  });

  it('gives every term a Chinese and an English label', () => {
    for (const [group, terms] of groups) {
      for (const [id, term] of Object.entries(terms)) {
        expect(term.zh.trim(), `${group}.${id}`).not.toBe('');
        expect(term.en.trim(), `${group}.${id}`).not.toBe('');
        expect(term.zh, `${group}.${id}: zh is Chinese`).toMatch(/\p{Script=Han}/u);
        expect(term.en, `${group}.${id}: en has no Chinese`).not.toMatch(/\p{Script=Han}/u);
      }
    }
  });

  it('has no two terms in one group with the same Chinese text', () => {
    for (const [group, terms] of groups) {
      const byZh = new Map<string, string[]>();
      for (const [id, term] of Object.entries(terms)) byZh.set(term.zh, [...(byZh.get(term.zh) ?? []), id]);
      const repeated = [...byZh].filter(([, ids]) => ids.length > 1).map(([zh, ids]) => `${group}: ${zh} (${ids.join(', ')})`);
      expect(repeated).toEqual([]);
    }
  });

  it('finds no term for a key that is not group.id', () => {
    for (const key of ['spending', 'spending.', '.basic', 'spending.basic.zh', 'nope.basic', 'spending.nope', 'spending.toString', 'spending.__proto__']) expect(termByKey(key), key).toBeUndefined();
  });
});

describe('loading content/glossary.yaml', () => {
  it('parses a file once per content, and again when the file changes', () => {
    const dir = mkdtempSync(join(tmpdir(), 'gongkai-glossary-'));
    const file = join(dir, 'glossary.yaml');
    const entry = (plain: string) => `terms:\n  - key: spending.basic\n    term: 基本支出\n    plain: ${plain}\n    definitions:\n      - { text: 保障机构正常运转的支出。, sources: [linfen/xingzheng-shenpi/2020] }\n`;
    try {
      writeFileSync(file, entry('第一句。'));
      const first = loadGlossary(file);
      expect(loadGlossary(file)).toBe(first);
      writeFileSync(file, entry('第二句。'));
      const second = loadGlossary(file);
      expect(second).not.toBe(first);
      expect(second[0]!.plain).toBe('第二句。');
      writeFileSync(file, 'terms:\n  - key: no.such\n');
      expect(() => loadGlossary(file)).toThrow();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
