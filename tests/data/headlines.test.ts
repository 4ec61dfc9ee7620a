// Each real disclosure's headline figures, pinned as the published document prints them, so a
// transcription slip cannot pass unnoticed even where the data happen to balance.
import { describe, expect, it } from 'vitest';
import { checkPortal } from '../../src/lib/validate/engine.ts';
import { annualYuan } from '../../src/lib/derive/project-amount.ts';
import { sum } from '../../src/lib/money.ts';

const PINNED = [
  { file: 'data/linfen/xingzheng-shenpi/2020.yaml', total: '1138.19', basic: '436.09', project: '702.10', projects: 11, projectYuan: '6321000' },
  { file: 'data/jincheng/xingzheng-shenpi/2024.yaml', total: '2965.95', basic: '1115.70', project: '1850.25', projects: 15, projectYuan: '18502500' },
  { file: 'data/xinzhou/xingzheng-shenpi/2022.yaml', total: '6442.05', basic: '1410.07', project: '5031.98', projects: 27, projectYuan: '50319800' },
  { file: 'data/fenyang/xingzheng-shenpi/2023.yaml', total: '1433.90', basic: '475.03', project: '958.88', projects: 26, projectYuan: '9588757.25' },
];

const { portal, findings } = checkPortal('data');

describe.each(PINNED)('$file', (pin) => {
  const file = portal.disclosures.find((d) => d.source.file === pin.file)!;

  it('loads and checks with no error', () => {
    expect(file).toBeDefined();
    expect(findings.filter((f) => f.file === pin.file && f.severity === 'error')).toEqual([]);
  });

  it('prints the headline totals in its expenditure summary', () => {
    const printed = file.data.published?.expenditure_summary ?? {};
    expect([printed.total?.value.toFixed(2), printed.basic?.value.toFixed(2), printed.project?.value.toFixed(2)]).toEqual([pin.total, pin.basic, pin.project]);
  });

  it('has its leaves within rounding of those totals', () => {
    const total = file.data.expenditure.reduce((s, l) => s.plus(l.basic?.value ?? 0).plus(l.project?.value ?? 0), sum([]));
    expect(total.minus(pin.total).abs().lte('0.05')).toBe(true);
  });

  it('lists every project with its money', () => {
    const projects = file.data.projects ?? [];
    expect(projects.length).toBe(pin.projects);
    expect(sum(projects.map((p) => annualYuan(p)!.value)).toString()).toBe(pin.projectYuan);
  });
});
