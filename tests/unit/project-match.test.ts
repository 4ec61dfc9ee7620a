import { describe, expect, it } from 'vitest';
import { normaliseProjectName, sameProjectElsewhere, toSimplified } from '../../src/lib/derive/project-match.ts';

describe('project matching', () => {
  it('reads traditional characters as simplified', () => {
    expect(toSimplified('綜合窗口改革經費')).toBe('综合窗口改革经费');
    expect(toSimplified('延續性項目(階段開展)')).toBe('延续性项目(阶段开展)');
  });

  it('sets aside bracket widths, spaces and a leading year', () => {
    expect(normaliseProjectName('建设项目环境影响评价报告书（表）评估经费')).toBe(normaliseProjectName('建设项目环境影响评价报告书(表)评估经费'));
    expect(normaliseProjectName('12345 政务热线运营项目')).toBe(normaliseProjectName('12345政务热线运营项目'));
    expect(normaliseProjectName('2023年保运转经费')).toBe(normaliseProjectName('2024年保运转经费'));
    expect(normaliseProjectName('保运转经费')).not.toBe(normaliseProjectName('专项业务运转经费'));
  });

  it('finds the same project in other years, nearest first, by name or explicit id', () => {
    const others = [
      { year: 2022, id: 'a', name: '2022年保运转经费' },
      { year: 2024, id: 'b', name: '2024年保运转经费' },
      { year: 2021, id: 'c', name: '保运转经费（续）' },
      { year: 2021, id: 'd', name: '完全不同的名字', match: 'baoyunzhuan' },
      { year: 2023, id: 'e', name: '2023年保运转经费' },
    ];
    const found = sameProjectElsewhere({ year: 2023, id: 'e', name: '2023年保运转经费' }, others);
    expect(found.map((f) => f.id)).toEqual(['a', 'b']);
    expect(sameProjectElsewhere({ year: 2023, id: 'x', name: '另一个名字', match: 'baoyunzhuan' }, others).map((f) => f.id)).toEqual(['d']);
  });
});
