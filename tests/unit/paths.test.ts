import { describe, expect, it } from 'vitest';
import { formatPath, resolvePath } from '../../src/lib/source/paths.ts';

const data = {
  expenditure: [{ code: '2010301', basic: '1' }, { code: '2010302', project: '2' }],
  published: { expenditure_summary: { 'function.201': '3', 'function.201.basic': '1' } },
  projects: [{ id: 'p11', budget_detail: [{ own: '4100000' }] }],
};

describe('paths', () => {
  it('names array elements by code or id', () => {
    expect(formatPath(['expenditure', 1, 'project'], data)).toBe('expenditure[code=2010302].project');
    expect(formatPath(['projects', 0, 'budget_detail', 0, 'own'], data)).toBe('projects[id=p11].budget_detail[0].own');
  });

  it('resolves written paths, including keys with dots', () => {
    expect(resolvePath('published.expenditure_summary.function.201.basic', data)).toEqual({ path: ['published', 'expenditure_summary', 'function.201.basic'], value: '1' });
    expect(resolvePath('published.expenditure_summary.function.201', data)?.value).toBe('3');
    expect(resolvePath('projects[id=p11].budget_detail[0].own', data)).toEqual({ path: ['projects', 0, 'budget_detail', 0, 'own'], value: '4100000' });
    expect(resolvePath('expenditure[code=2010302].project', data)?.value).toBe('2');
  });

  it('returns null for paths that do not exist', () => {
    expect(resolvePath('published.nope', data)).toBeNull();
    expect(resolvePath('projects[id=p12].amount', data)).toBeNull();
    expect(resolvePath('expenditure[5]', data)).toBeNull();
  });
});
