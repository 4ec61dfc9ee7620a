// The JSON download carries every field of the file, amounts as exact text, units stated, and
// no personal data.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { disclosureJson } from '../../src/lib/export.ts';
import { derive } from '../../src/lib/derive/derive.ts';
import { checkPortal } from '../../src/lib/validate/engine.ts';
import { FIXTURES } from '../support/fixtures.ts';

function disclosure(fixture: string, year: number) {
  const { portal } = checkPortal(join(FIXTURES, 'rules', fixture, 'pass'));
  return portal.disclosures.find((d) => d.data.year === year)!.data;
}

describe('data.json', () => {
  it('carries the department-wide performance targets with their unit', () => {
    const data = disclosure('performance--budget', 2021);
    const json = disclosureJson(data, derive(data)) as { data: { performance_targets: Record<string, unknown> } };
    expect(json.data.performance_targets).toMatchObject({
      unit: '万元',
      budget: { total: '560.00', basic: '440.0' },
      tasks: [{ name: '机关运行', amount: '440.00' }, { name: '热线运行' }, { name: '设备购置', amount: '50.00' }],
      goal: expect.stringContaining('95%'),
      indicators: [{ name: '热线坐席数量', value: '≥20个', explanation: '全年保持' }, { name: '群众满意度' }],
    });
    expect(json.data.performance_targets.budget).not.toHaveProperty('project');
    const last = disclosure('performance--budget', 2020);
    expect((disclosureJson(last, derive(last)).data as { performance_targets: { unit: string } }).performance_targets.unit).toBe('元');
  });

  it('states each project form’s unit and carries last year’s amounts and remarks, not the contacts', () => {
    const data = disclosure('project--yuan-wan', 2021);
    const withContact = { ...data, projects: data.projects!.map((p) => ({ ...p, contacts: { contact: '张三', phone: '0000-0000000' } })) };
    const json = disclosureJson(withContact, derive(data)) as { data: { projects: Record<string, unknown>[] } };
    const [hotline, equipment] = json.data.projects;
    expect(hotline).toMatchObject({ form_unit: '万元', previous: { total: '210.00', annual: '65.00' }, remarks: expect.any(String), funding: { annual: { total: '70.00' } } });
    expect(equipment).toMatchObject({ form_unit: '万元' });
    expect(JSON.stringify(json)).not.toContain('张三');
    expect(JSON.stringify(json)).not.toContain('"contacts"');
    const plain = disclosure('project--period-annual', 2021);
    expect((disclosureJson(plain, derive(plain)).data as { projects: { form_unit: string }[] }).projects.map((p) => p.form_unit)).toEqual(['元', '元']);
  });
});
