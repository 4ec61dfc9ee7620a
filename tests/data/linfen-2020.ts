// Issue 2's acceptance test on real data: in 临汾 2020, changing any single amount by 1.00 makes
// the check fail and name that file and line (at the amount, or among a total's related places).
// Each amount is a full load and check, so the amounts are shared among linfen-2020*.test.ts,
// which run in parallel.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadPortal } from '../../src/lib/source/load.ts';
import { buildCatalogue } from '../../src/lib/derive/catalogue.ts';
import { loadWithFindings } from '../../src/lib/validate/loading.ts';
import { disclosureSchema } from '../../src/lib/schema/index.ts';
import { checkDisclosure } from '../../src/lib/validate/rules/index.ts';
import { amountSites, bumpAt } from '../support/amounts.ts';

export const FILE = 'data/linfen/xingzheng-shenpi/2020.yaml';

/** How many test files share the amounts (linfen-2020.test.ts and linfen-2020.<part>.test.ts). */
export const PARTS = 4;

/**
 * Amounts printed once in the whole document and in no identity: a change to them cannot be
 * detected by any check. Each is listed with the reason; the test fails if one becomes checkable.
 */
const UNCHECKABLE: Record<string, string> = {
  'three_public.training': '培训费 is printed once, outside the 三公 total, with no subtotal or other table',
};

/** The test of every `PARTS`-th amount, starting with the `part`-th (1-based). */
export function describeAmountChanges(part: number): void {
  describe(`临汾 2020, amounts ${part} of ${PARTS}`, () => {
    const portal = loadPortal('data');
    const catalogue = buildCatalogue(portal.classifications);
    const file = portal.disclosures.find((d) => d.source.file === FILE)!;
    const text = readFileSync(FILE, 'utf8');
    const sites = amountSites(file);

    it(`detects a change of 1.00 to every one of its amounts (every ${PARTS}th from the ${part}th)`, () => {
      expect(sites.length).toBeGreaterThan(200);
      const missed: string[] = [];
      for (const site of sites.filter((_, i) => i % PARTS === part - 1)) {
        const key = site.path.join('.');
        const mutated = bumpAt(text, site.line, site.column, 1n);
        const findings: ReturnType<typeof checkDisclosure> = [];
        const loaded = loadWithFindings(new TextEncoder().encode(mutated), file.source, disclosureSchema, findings);
        if (loaded) findings.push(...checkDisclosure(loaded, { catalogue }));
        const named = findings.some((f) => f.severity === 'error' && f.file === FILE && (f.line === site.line || f.related?.some((r) => r.line === site.line)));
        if (named === Boolean(UNCHECKABLE[key])) missed.push(`${key} (line ${site.line})${named ? ' is now checked: remove it from UNCHECKABLE' : ''}`);
      }
      expect(missed).toEqual([]);
      // Hundreds of whole checks: about 15 s on an idle two-core machine, more under load.
    }, 120_000);
  });
}
