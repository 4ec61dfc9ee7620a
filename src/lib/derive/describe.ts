// Human names for figures, in both languages, for messages and table footnotes.
import { FUNDS, PROCUREMENT, SPENDING, THREE_PUBLIC } from '../glossary.ts';
import type { Disclosure } from '../schema/index.ts';
import type { FigureRef } from './figure-ref.ts';

export interface Bilingual {
  zh: string;
  en: string;
}

const COLUMN: Record<string, Bilingual> = {
  total: { zh: '合计', en: 'total' },
  basic: { zh: SPENDING.basic.zh, en: 'basic' },
  project: { zh: SPENDING.project.zh, en: 'project' },
};

export function describeFigure(ref: FigureRef, data?: Disclosure): Bilingual {
  switch (ref.kind) {
    case 'total':
      return { zh: '本年支出合计', en: 'total expenditure' };
    case 'basic':
      return { zh: SPENDING.basic.zh, en: SPENDING.basic.en };
    case 'project':
      return { zh: SPENDING.project.zh, en: SPENDING.project.en };
    case 'income':
      return { zh: '本年收入合计', en: 'total income' };
    case 'income_grand_total':
      return { zh: '收入总计', en: 'income grand total' };
    case 'income_fund':
      return ref.fund === 'carried_over' ? { zh: '上年结转', en: 'carried over' } : { zh: `收入：${FUNDS[ref.fund].zh}`, en: `income: ${FUNDS[ref.fund].en}` };
    case 'fiscal':
      return { zh: '财政拨款合计', en: 'fiscal appropriations' };
    case 'fund':
      return { zh: `支出：${FUNDS[ref.fund].zh}`, en: `spending: ${FUNDS[ref.fund].en}` };
    case 'function': {
      const name = data?.expenditure.find((l) => l.code === ref.code)?.name;
      const col = COLUMN[ref.column] ?? { zh: FUNDS[ref.column as keyof typeof FUNDS].zh, en: FUNDS[ref.column as keyof typeof FUNDS].en };
      return { zh: `${ref.code}${name ? ` ${name}` : ''}（${col.zh}）`, en: `${ref.code}${name ? ` ${name}` : ''} (${col.en})` };
    }
    case 'economic':
    case 'economic_project': {
      const list = ref.kind === 'economic' ? data?.economic?.basic : data?.economic?.project;
      const name = ref.code ? list?.find((e) => e.code === ref.code)?.name : undefined;
      const scope = ref.kind === 'economic' ? SPENDING.basic : SPENDING.project;
      if (!ref.code) return { zh: `${scope.zh}经济分类合计`, en: `${scope.en} by economic class, total` };
      return { zh: `${scope.zh} ${ref.code}${name ? ` ${name}` : ''}`, en: `${scope.en} ${ref.code}${name ? ` ${name}` : ''}` };
    }
    case 'personnel':
      return { zh: SPENDING.personnel.zh, en: SPENDING.personnel.en };
    case 'public_costs':
      return { zh: SPENDING.public_costs.zh, en: SPENDING.public_costs.en };
    case 'three_public':
      if (ref.part === 'meetings') return { zh: '会议费小计', en: 'meetings, subtotal' };
      return ref.part ? { zh: THREE_PUBLIC[ref.part].zh, en: THREE_PUBLIC[ref.part].en } : { zh: `${SPENDING.three_public.zh}合计`, en: `${SPENDING.three_public.en}, total` };
    case 'admin_costs': {
      if (!ref.unit) return { zh: `${SPENDING.admin_costs.zh}合计`, en: `${SPENDING.admin_costs.en}, total` };
      const unit = data?.organisation?.units?.find((u) => u.id === ref.unit)?.name ?? ref.unit;
      return { zh: `${SPENDING.admin_costs.zh}：${unit}`, en: `${SPENDING.admin_costs.en}: ${unit}` };
    }
    case 'projects':
      return ref.fund ? { zh: `项目合计（${FUNDS[ref.fund].zh}）`, en: `projects (${FUNDS[ref.fund].en})` } : { zh: '项目合计', en: 'projects, total' };
    case 'procurement':
      return ref.part ? { zh: `政府采购：${PROCUREMENT[ref.part].zh}`, en: `procurement: ${PROCUREMENT[ref.part].en}` } : { zh: '政府采购合计', en: 'procurement, total' };
  }
}
