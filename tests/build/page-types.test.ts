// The page types the browser suites check "every page type" by (tests/support/page-types.ts): every
// page the build writes is one of them, and each type holds exactly the pages src/data/routes.ts
// gives it. A new kind of page fails here until the list knows it.
import { describe, expect, inject, it } from 'vitest';
import { comparePaths, departmentPaths, disclosurePaths, embedPaths, projectPaths, regionPaths, sitePages } from '../../src/data/routes.ts';
import { localePath } from '../../src/lib/i18n.ts';
import { builtPages, ONE_LANGUAGE, PAGE_TYPES, pageTypeOf, samplePages, type PageType } from '../support/page-types.ts';

const dist = inject('demoDist');
const pages = builtPages(dist);
const pathOf = (rel: string) => `/${rel.replace(/index\.html$/, '')}`;

describe('page types of the built site', () => {
  it('give every built page one type', () => {
    expect(pages.length).toBeGreaterThan(150);
    expect(pages.filter((rel) => !pageTypeOf(rel))).toEqual([]);
  });

  it('hold exactly the pages the routes give them, in both languages', () => {
    const built = (type: PageType) => pages.filter((rel) => pageTypeOf(rel)?.type === type).map(pathOf).sort();
    const both = (paths: string[]) => paths.flatMap((p) => [localePath(p, 'zh'), localePath(p, 'en')]).sort();
    const dir = (params: Record<string, string>, keys: string[]) => `/${keys.map((k) => params[k]).join('/')}/`;
    expect(built('region')).toEqual(both(regionPaths().map((p) => dir(p.params, ['region']))));
    expect(built('department')).toEqual(both(departmentPaths().map((p) => dir(p.params, ['region', 'dept']))));
    expect(built('disclosure')).toEqual(both(disclosurePaths().map((p) => dir(p.params, ['region', 'dept', 'year']))));
    expect(built('project')).toEqual(projectPaths().map((p) => localePath(`${dir(p.params, ['region', 'dept', 'year'])}projects/${p.params.project}/`, 'zh')).sort());
    expect(built('embed')).toEqual(both(embedPaths().map((p) => `/embed${dir(p.params, ['region', 'dept', 'year', 'chart'])}`)));
    expect(built('region-projects')).toEqual(both(regionPaths().map((p) => `/${p.params.region}/projects/`)));
    expect(built('compare')).toEqual(both(comparePaths().map((p) => `/compare/${p.params.figure}/`)));
    expect(built('compare-index')).toEqual(both(['/compare/']));
    // Every page of the sitemap's list is one of the types; the 404 page and the embeds are not in it.
    const listed = sitePages().flatMap((p) => [p.zh, p.en].filter((x): x is string => !!x));
    const typed = pages.filter((rel) => !['404', 'embed'].includes(pageTypeOf(rel)!.type)).map(pathOf);
    expect(typed.sort()).toEqual(listed.sort());
  });

  it('are sampled once each in each language they exist in', () => {
    const samples = samplePages(dist);
    expect(samples.map((s) => `${s.type} ${s.lang}`)).toEqual(PAGE_TYPES.flatMap((type) => (['zh', 'en'] as const).filter((lang) => lang === 'zh' || !ONE_LANGUAGE.includes(type)).map((lang) => `${type} ${lang}`)));
    for (const s of samples) expect(pageTypeOf(s.file)?.type, s.path).toBe(s.type);
    expect(samples.find((s) => s.type === '404' && s.lang === 'en')?.path).toBe('/en/no/such/page/');
  });
});
