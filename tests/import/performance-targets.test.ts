// 部门（单位）整体绩效目标表 (src/lib/import/performance-targets.ts): none of the four seeds prints
// one, so the form is laid out here as an extraction gives it, holding the figures of the Henan
// fixture (tests/fixtures/templates/henan), and read back into the same performance_targets.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importDocument } from '../../src/lib/import/document.ts';
import { readPerformanceTargets } from '../../src/lib/import/performance-targets.ts';
import { importLines } from '../../src/lib/import/source.ts';
import { parseYaml } from '../../src/lib/source/yaml.ts';
import { checkPortal } from '../../src/lib/validate/engine.ts';
import { builtInTemplates } from '../../src/lib/source/load.ts';

const FORM = [
  '郑州市XX局2020年部门（单位）整体绩效目标表',
  '金额单位：万元',
  '部门（单位）名称\t郑州市XX局',
  '预算情况\t总额\t基本支出\t项目支出',
  '\t525.00\t390.00\t',
  '年度主要任务\t任务名称\t主要内容\t预算金额',
  '\t政务服务\t审批和政务服务大厅运行。\t400.00',
  '\t数据共享\t部门间数据共享。\t125.00',
  '年度总体目标\t审批事项全部进驻政务服务大厅。',
  '年度绩效指标\t一级指标\t二级指标\t三级指标\t指标值\t指标值说明',
  '\t产出指标\t数量指标\t进驻事项\t≥300项\t全年进驻政务服务大厅的审批事项数。',
].join('\n');

describe('the department-wide performance targets', () => {
  it('reads budget, tasks, goal and indicators into the fields the hand-made file has', () => {
    const { targets, leftovers } = readPerformanceTargets(importLines(FORM));
    const fixture = (parseYaml(readFileSync('tests/fixtures/templates/henan/zhengzhou-xx/shenpi/2020.yaml', 'utf8')).value as { performance_targets: Record<string, unknown> }).performance_targets;
    expect(leftovers).toEqual([]);
    expect(targets).toEqual({ name: '郑州市XX局', unit: '万元', ...fixture });
  });

  it('is found in a document by its title and kept out of the tables around it', () => {
    const text = ['郑州市XX局2020年支出总表', '单位：万元', '合计\t\t525.00\t390.00\t135.00', FORM, '郑州市XX局2020年“三公”经费表', '公务接待费\t1.00'].join('\n');
    const result = importDocument(text, { region: 'zhengzhou-xx', department: 'shenpi', year: 2020, document: 'x.txt' }, { template: builtInTemplates().get('shanxi-municipal')!.data, catalogue: checkPortal('data').catalogue });
    expect(result.data.performance_targets).toMatchObject({ budget: { total: '525.00', basic: '390.00' }, goal: '审批事项全部进驻政务服务大厅。' });
    expect(result.data.three_public).toEqual({ reception: '1.00' });
    expect(result.leftovers.filter((l) => l.line >= 4 && l.line <= 14)).toEqual([]);
  });
});
