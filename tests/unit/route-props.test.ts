// Astro keeps every route's static paths, props included, until the build ends. Props must only
// point at what the loaded site holds anyway (entries, their data); a table or chart computed for a
// path and kept in its props made the build's memory grow with the portal (docs/scale.md).
import { describe, expect, it } from 'vitest';
import { loadSite } from '../../src/data/site.ts';
import { COMPARE_FIGURES } from '../../src/lib/derive/compare.ts';
import * as routes from '../../src/data/routes.ts';

const site = loadSite('data');
const held = new Set<unknown>([
  ...site.disclosures,
  ...site.disclosures.flatMap((e) => e.data.projects ?? []),
  ...site.regions,
  ...site.regions.map((r) => r.info),
  ...site.regions.flatMap((r) => r.departments),
  ...COMPARE_FIGURES,
]);

const routeLists = {
  regionPaths: routes.regionPaths(),
  departmentPaths: routes.departmentPaths(),
  tableCsvPaths: routes.tableCsvPaths(),
  disclosurePaths: routes.disclosurePaths(),
  projectPaths: routes.projectPaths(),
  comparePaths: routes.comparePaths(),
  embedPaths: routes.embedPaths(),
};

describe('static paths', () => {
  it.each(Object.entries(routeLists))('%s: every prop is a plain value or something the site holds already', (_, paths) => {
    expect(paths.length).toBeGreaterThan(0);
    for (const { props } of paths) {
      for (const [key, value] of Object.entries(props as Record<string, unknown>)) {
        const fine = value === null || typeof value !== 'object' || held.has(value);
        expect(fine, `${key} is an object the route computed`).toBe(true);
      }
    }
  });

  it('names a table in the CSV route, which finds it when the page is written', () => {
    const path = routeLists.tableCsvPaths.find((p) => p.params.table === 'basic_economic' && p.params.year === '2020')!;
    const table = routes.tableOf(path.props.entry, path.props.table);
    expect(table.id).toBe('basic_economic');
    expect(table.rows.length).toBeGreaterThan(0);
    expect(() => routes.tableOf(path.props.entry, 'no_such_table')).toThrow(/no standard table "no_such_table"/);
  });
});
