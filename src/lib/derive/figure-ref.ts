// Names for every figure a disclosure prints. Published control totals, prior-year figures and
// narrative claims all name figures this way, and the derivation computes each of them from leaves.
import { FUND_IDS, THREE_PUBLIC_PARTS, type FundId, type ProcurementKind, type ThreePublicPart } from '../glossary.ts';

export type FigureRef =
  | { kind: 'total' } // 本年支出合计
  | { kind: 'basic' }
  | { kind: 'project' }
  | { kind: 'income' } // 本年收入合计 (sources of this year)
  | { kind: 'income_grand_total' } // 收入总计 = 本年收入 + 上年结转
  | { kind: 'income_fund'; fund: FundId | 'carried_over' }
  | { kind: 'fiscal' } // 财政拨款 = general budget + gov fund + state capital
  | { kind: 'fund'; fund: FundId } // expenditure paid from one fund
  | { kind: 'function'; code: string; column: 'total' | 'basic' | 'project' | FundId }
  | { kind: 'economic'; code: string | null } // basic by economic class or 款; null = total
  | { kind: 'economic_project'; code: string | null }
  | { kind: 'personnel' }
  | { kind: 'public_costs' }
  | { kind: 'three_public'; part: ThreePublicPart | 'vehicles' | 'meetings' | null }
  | { kind: 'admin_costs'; unit: string | null }
  | { kind: 'projects'; fund: FundId | null }
  | { kind: 'procurement'; part: ProcurementKind | null };

const PROCUREMENT_KINDS = ['goods', 'works', 'services'];
const FUNDS = new Set<string>(FUND_IDS);
const PARTS = new Set<string>([...THREE_PUBLIC_PARTS, 'vehicles', 'meetings']);

/** Parses "function.2010301.basic" and friends; returns null for anything else. */
export function parseFigureRef(text: string): FigureRef | null {
  const [head, a, b, ...rest] = text.split('.');
  if (rest.length) return null;
  switch (head) {
    case 'total':
    case 'basic':
    case 'project':
    case 'income':
    case 'fiscal':
    case 'personnel':
    case 'public_costs':
      if (a !== undefined) {
        if (head === 'income' && b === undefined && (FUNDS.has(a) || a === 'carried_over')) return { kind: 'income_fund', fund: a as FundId };
        return null;
      }
      return { kind: head } as FigureRef;
    case 'income_grand_total':
      return a === undefined ? { kind: 'income_grand_total' } : null;
    case 'fund':
      return a && FUNDS.has(a) && b === undefined ? { kind: 'fund', fund: a as FundId } : null;
    case 'function': {
      if (!a || !/^\d{3}(\d{2}(\d{2})?)?$/.test(a)) return null;
      if (b === undefined) return { kind: 'function', code: a, column: 'total' };
      if (b === 'basic' || b === 'project' || FUNDS.has(b)) return { kind: 'function', code: a, column: b as 'basic' };
      return null;
    }
    case 'economic':
    case 'economic_project':
      if (b !== undefined) return null;
      if (a === undefined) return { kind: head, code: null };
      return /^\d{3}(\d{2})?$/.test(a) ? { kind: head, code: a } : null;
    case 'three_public':
      if (b !== undefined) return null;
      if (a === undefined) return { kind: 'three_public', part: null };
      return PARTS.has(a) ? { kind: 'three_public', part: a as ThreePublicPart | 'vehicles' | 'meetings' } : null;
    case 'admin_costs':
      if (b !== undefined) return null;
      return { kind: 'admin_costs', unit: a ?? null };
    case 'projects':
      if (b !== undefined) return null;
      if (a === undefined) return { kind: 'projects', fund: null };
      return FUNDS.has(a) ? { kind: 'projects', fund: a as FundId } : null;
    case 'procurement':
      if (b !== undefined) return null;
      if (a === undefined) return { kind: 'procurement', part: null };
      return PROCUREMENT_KINDS.includes(a) ? { kind: 'procurement', part: a as ProcurementKind } : null;
    default:
      return null;
  }
}

export function formatFigureRef(ref: FigureRef): string {
  switch (ref.kind) {
    case 'income_fund':
      return `income.${ref.fund}`;
    case 'fund':
      return `fund.${ref.fund}`;
    case 'function':
      return ref.column === 'total' ? `function.${ref.code}` : `function.${ref.code}.${ref.column}`;
    case 'economic':
    case 'economic_project':
      return ref.code ? `${ref.kind}.${ref.code}` : ref.kind;
    case 'three_public':
      return ref.part ? `three_public.${ref.part}` : 'three_public';
    case 'admin_costs':
      return ref.unit ? `admin_costs.${ref.unit}` : 'admin_costs';
    case 'projects':
      return ref.fund ? `projects.${ref.fund}` : 'projects';
    case 'procurement':
      return ref.part ? `procurement.${ref.part}` : 'procurement';
    default:
      return ref.kind;
  }
}

/** Examples for documentation and error hints. */
export const FIGURE_REF_EXAMPLES = [
  'total',
  'basic',
  'project',
  'income',
  'income.general_budget',
  'income_grand_total',
  'fiscal',
  'function.201',
  'function.2010301.basic',
  'function.20103.project',
  'economic',
  'economic.301',
  'economic.30101',
  'economic_project.302',
  'personnel',
  'public_costs',
  'three_public',
  'three_public.vehicles',
  'three_public.reception',
  'three_public.meetings',
  'admin_costs',
  'admin_costs.bureau',
  'projects',
  'procurement',
  'procurement.services',
];
