// Issue 2's acceptance test on real data: in 临汾 2020, changing any single amount by 1.00 makes
// the check fail and name that file and line (at the amount, or among a total's related places).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkPortal } from '../../src/lib/validate/engine.ts';
import { loadBytes } from '../../src/lib/source/load.ts';
import { disclosureSchema } from '../../src/lib/schema/index.ts';
import { checkDisclosure } from '../../src/lib/validate/rules/index.ts';
import { amountSites, bumpAt } from '../support/amounts.ts';

const FILE = 'data/linfen/xingzheng-shenpi/2020.yaml';

/**
 * Amounts printed once in the whole document and in no identity: a change to them cannot be
 * detected by any check. Each is listed with the reason; the test fails if one becomes checkable.
 */
const UNCHECKABLE: Record<string, string> = {
  'three_public.training': '培训费 is printed once, outside the 三公 total, with no subtotal or other table',
};

describe('临汾 2020', () => {
  const portal = checkPortal('data');
  const file = portal.portal.disclosures.find((d) => d.source.file === FILE)!;
  const text = readFileSync(FILE, 'utf8');
  const sites = amountSites(file);

  it('checks clean as committed', () => {
    expect(portal.findings.filter((f) => f.file === FILE && f.severity !== 'info')).toEqual([]);
  });

  it(`detects a change of 1.00 to every one of its amounts`, () => {
    expect(sites.length).toBeGreaterThan(200);
    const missed: string[] = [];
    for (const site of sites) {
      const key = site.path.join('.');
      const mutated = bumpAt(text, site.line, site.column, 1n);
      const findings: ReturnType<typeof checkDisclosure> = [];
      const loaded = loadBytes(new TextEncoder().encode(mutated), file.source, disclosureSchema, findings);
      if (loaded) findings.push(...checkDisclosure(loaded, { catalogue: portal.catalogue }));
      const named = findings.some((f) => f.severity === 'error' && f.file === FILE && (f.line === site.line || f.related?.some((r) => r.line === site.line)));
      if (named === Boolean(UNCHECKABLE[key])) missed.push(`${key} (line ${site.line})${named ? ' is now checked: remove it from UNCHECKABLE' : ''}`);
    }
    expect(missed).toEqual([]);
  });
});
