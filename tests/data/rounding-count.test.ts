// A rounding note names the number of rounded figures its tolerance was computed from: both
// sides of the comparison, not only the derived one (issue 12, item 3).
import { describe, expect, it } from 'vitest';
import { checkPortal } from '../../src/lib/validate/engine.ts';
import { messageOf } from '../../src/lib/validate/finding.ts';

const FILE = 'data/fenyang/xingzheng-shenpi/2023.yaml';
const { portal, findings } = checkPortal('data');

describe('汾阳 2023: all projects against project expenditure', () => {
  const file = portal.disclosures.find((d) => d.source.file === FILE)!;
  const note = findings.find((f) => f.file === FILE && f.rule === 'balance/rounding' && f.path === 'projects');

  it('counts every rounded project amount and every rounded project line, the shared rounding once', () => {
    // By hand from the file: 26 projects, each with its 万元 amount printed to two decimals, against
    // the project column of the expenditure lines 2010301 and 2010302. The sum of the projects
    // carries the rounding of its 26 amounts, the project expenditure that of its 2 lines; one
    // rounding of the total is shared: 26 + 2 − 1 = 27 rounded figures, 27 × 0.005 = 0.135.
    const projects = file.data.projects!.filter((p) => p.amount);
    const lines = file.data.expenditure.filter((l) => l.project);
    expect([projects.length, lines.length]).toEqual([26, 2]);
    expect(note?.params.addends).toBe(27);
    expect(note?.tolerance).toBe('0.135');
    expect(messageOf(note!, 'zh')).toBe('“全部项目”为 958.88，按明细计算为 958.87，相差 +0.01，在 27 个数逐个舍入的容差 0.135 之内。');
    expect(messageOf(note!, 'en')).toContain('within the tolerance 0.135 for 27 separately rounded figures');
  });
});

describe('汾阳 2023: a rounding note about a printed figure', () => {
  it('names its table, row and column', () => {
    const note = findings.find((f) => f.file === FILE && f.rule === 'balance/rounding' && f.path === 'published.expenditure_summary.function.201.project');
    expect(note && messageOf(note, 'zh')).toBe('《支出总表》201 一般公共服务支出 的“项目支出”栏为 958.88，按明细计算为 958.87，相差 +0.01，在 2 个数逐个舍入的容差 0.010 之内。');
  });
});
