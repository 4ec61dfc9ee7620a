// Amounts still to fill in: a file's schema/required findings summed up by the part of the file
// they are in (src/lib/report/pending.ts), in the text report and in the pull-request annotations.
import { describe, expect, it } from 'vitest';
import { partOf, pendingAnnotation, pendingForGithub, pendingLines, PENDING_LIST_MAX, summarisePending, withPendingSummary } from '../../src/lib/report/pending.ts';
import type { Finding } from '../../src/lib/validate/finding.ts';

const FILE = 'data/demo/dept/2022.yaml';
function required(path: string, line: number, file = FILE): Finding {
  return { rule: 'schema/required', severity: 'error', file, line, column: 3, path, params: { key: path.split('.').pop()! } };
}
const other: Finding = { rule: 'balance/control-total', severity: 'error', file: FILE, line: 3, column: 1, path: 'published.expenditure_summary.total', params: {} };

describe('the part of the file a path is in', () => {
  it('names tables by their title, projects by their name, and the rest by their section or key', () => {
    const names = new Map([['hotline', '热线运行']]);
    expect(partOf('expenditure[code=2010301].basic', 'zh').label).toBe('《支出总表》');
    expect(partOf('published.expenditure_summary.function.201', 'zh')).toEqual(partOf('expenditure[code=2010301].basic', 'zh'));
    expect(partOf('economic.basic[code=30101].amount', 'zh').label).toBe('《一般公共预算基本支出经济分类表》');
    expect(partOf('economic.basic[code=30101].amount', 'en').label).toBe('Basic expenditure by economic class');
    expect(partOf('projects[id=hotline].funding.annual.total', 'zh', names).label).toBe('项目“热线运行”');
    expect(partOf('projects[id=hotline].amount', 'en', names).label).toBe('project “热线运行”');
    expect(partOf('projects[id=other].amount', 'zh', names).label).toBe('项目“other”');
    expect(partOf('title', 'zh').key).toBe(partOf('source.title', 'zh').key);
    expect(partOf('published.no_such_table.total', 'zh').label).toBe('no_such_table');
    expect(partOf('something_new.amount', 'zh').label).toBe('something_new');
  });
});

describe('summarisePending', () => {
  const findings = [
    required('expenditure[code=2010301].basic', 20),
    required('projects[id=hotline].amount', 52),
    required('expenditure[code=2010302].project', 21),
    required('published.expenditure_summary.total', 117),
    required('projects[id=hotline].funding.annual.total', 54),
    required('title', 6),
    required('income.general_budget', 18, 'data/demo/dept/2021.yaml'),
    other,
  ];

  it('counts one file’s empty amounts by part, in the order they appear, with the first places', () => {
    const s = summarisePending(FILE, findings, 'zh', new Map([['hotline', '热线运行']]))!;
    expect(s.count).toBe(6);
    expect(s.parts.map((p) => [p.label, p.count])).toEqual([
      ['文件信息', 1],
      ['《支出总表》', 3],
      ['项目“热线运行”', 2],
    ]);
    expect(s.first.map((p) => p.line)).toEqual([6, 20, 21, 52, 54]);
    const lines = pendingLines(s, 'zh', '错误');
    expect(lines[0]).toBe(`  ${FILE}:6:3  错误  还有 6 项待填  [schema/required]`);
    expect(lines[1]).toBe('    按表：文件信息 1 项；《支出总表》 3 项；项目“热线运行” 2 项');
    expect(lines).toContain(`      ${FILE}:20:3  expenditure[code=2010301].basic`);
  });

  it('speaks English', () => {
    const s = summarisePending(FILE, findings, 'en')!;
    expect(pendingLines(s, 'en', 'error')[0]).toBe(`  ${FILE}:6:3  error  6 amounts still to fill in  [schema/required]`);
    const a = pendingAnnotation(s, 'en');
    expect(a).toMatchObject({ file: FILE, line: 6, title: '6 amounts still to fill in [schema/required]' });
    expect(a.body).toContain('By table: document details 1; Expenditure summary 3; project “hotline” 2');
  });

  it('has nothing to say about a file without empty amounts, or about those an erratum or note explains', () => {
    expect(summarisePending(FILE, [other], 'zh')).toBeNull();
    expect(summarisePending(FILE, [{ ...required('title', 6), explainedBy: { kind: 'note', text: 'x', line: 9 } }], 'zh')).toBeNull();
  });
});

describe('reports', () => {
  const many = Array.from({ length: PENDING_LIST_MAX + 1 }, (_, i) => required(`economic.basic[${i}].amount`, 30 + i));
  const few = many.slice(0, PENDING_LIST_MAX);

  it('lists up to PENDING_LIST_MAX empty amounts one by one, and sums up more in the text report', () => {
    const out: string[] = [];
    expect(withPendingSummary(out, FILE, [...few, other], 'zh', '错误')).toHaveLength(PENDING_LIST_MAX + 1);
    expect(out).toEqual([]);
    expect(withPendingSummary(out, FILE, [...many, other], 'zh', '错误')).toEqual([other]);
    expect(out[0]).toContain(`还有 ${PENDING_LIST_MAX + 1} 项待填`);
  });

  it('gives a pull request one annotation per scaffolded file, and every other finding', () => {
    const elsewhere = required('title', 6, 'data/demo/dept/2021.yaml');
    const { annotations, rest } = pendingForGithub([...many, other, elsewhere], 'en');
    expect(annotations.map((a) => [a.file, a.line])).toEqual([[FILE, 30]]);
    expect(rest).toEqual([other, elsewhere]);
  });
});
