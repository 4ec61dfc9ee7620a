import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadGlossary } from '../../src/lib/content/glossary.ts';
import { ALL_TERMS } from '../../src/lib/glossary.ts';

describe('glossary', () => {
  const entries = loadGlossary();

  it('has one entry per term, each tied to a glossary identifier', () => {
    expect(new Set(entries.map((e) => e.id)).size).toBe(entries.length);
    for (const e of entries) expect(ALL_TERMS.find((t) => t.id === e.id)?.zh.replace(/[“”"]/g, '')).toBe(e.term.replace(/[“”"]/g, ''));
  });

  it('cites disclosures that exist for every wording', () => {
    for (const e of entries) for (const d of e.definitions) for (const s of d.sources) expect(existsSync(`data/${s}.yaml`), s).toBe(true);
  });

  it('keeps every differing wording (三公 in 忻州 2022 differs from 晋城 and 汾阳)', () => {
    expect(entries.find((e) => e.id === 'three_public')!.definitions.length).toBe(2);
  });
});
