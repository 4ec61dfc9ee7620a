// Synthetic portals with the shape of the real data, for benchmarks and scale tests:
//   node scripts/generate-portal.ts --disclosures 1000 --out /tmp/portal [--seed 1]
// Regions × departments × years; 8–16 functional lines, 15–25 economic lines, about 25 projects
// with indicators per disclosure; Chinese text; deterministic from the seed; always balanced.
import { cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'yaml';

/** mulberry32: small, fast, deterministic. */
function rng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return { next, int: (lo: number, hi: number) => lo + Math.floor(next() * (hi - lo + 1)), pick: <T>(xs: readonly T[]) => xs[Math.floor(next() * xs.length)]! };
}

// Amounts are handled as integer 分 (0.01 万元) so every sum is exact.
const wan = (fen: number) => `${Math.floor(fen / 100)}.${String(fen % 100).padStart(2, '0')}`;

/** Splits a total into n positive parts. */
function split(r: ReturnType<typeof rng>, total: number, n: number): number[] {
  if (n <= 1) return [total];
  const cuts = Array.from({ length: n - 1 }, () => r.int(1, Math.max(1, total - 1))).sort((a, b) => a - b);
  const parts = [...cuts, total].map((c, i) => c - (i ? cuts[i - 1]! : 0));
  return parts;
}

const FUNCTIONAL = [
  ['2010301', '行政运行'],
  ['2010302', '一般行政管理事务'],
  ['2010303', '机关服务'],
  ['2010305', '专项业务活动'],
  ['2010306', '政务公开审批'],
  ['2010350', '事业运行'],
  ['2010399', '其他政府办公厅（室）及相关机构事务支出'],
  ['2080501', '行政单位离退休'],
  ['2080505', '机关事业单位基本养老保险缴费支出'],
  ['2080506', '机关事业单位职业年金缴费支出'],
  ['2101101', '行政单位医疗'],
  ['2101102', '事业单位医疗'],
  ['2101103', '公务员医疗补助'],
  ['2210201', '住房公积金'],
  ['2210202', '提租补贴'],
  ['2299999', '其他支出'],
] as const;
const PERSONNEL = [
  ['30101', '基本工资'],
  ['30102', '津贴补贴'],
  ['30103', '奖金'],
  ['30107', '绩效工资'],
  ['30108', '机关事业单位基本养老保险缴费'],
  ['30109', '职业年金缴费'],
  ['30110', '职工基本医疗保险缴费'],
  ['30113', '住房公积金'],
  ['30199', '其他工资福利支出'],
  ['30302', '退休费'],
] as const;
const OPERATING = [
  ['30201', '办公费'],
  ['30202', '印刷费'],
  ['30205', '水费'],
  ['30206', '电费'],
  ['30207', '邮电费'],
  ['30211', '差旅费'],
  ['30213', '维修（护）费'],
  ['30215', '会议费'],
  ['30216', '培训费'],
  ['30217', '公务接待费'],
  ['30228', '工会经费'],
  ['30229', '福利费'],
  ['30231', '公务用车运行维护费'],
  ['30239', '其他交通费用'],
  ['30299', '其他商品和服务支出'],
] as const;
const TOPICS = ['政务服务', '行政审批', '数字政府', '市长热线', '公共资源交易', '档案数字化', '专家评审', '标准化建设', '综合窗口', '营商环境', '电子证照', '政务云', '网络运维', '等级保护测评', '政府采购', '印章刻制', '物业管理', '安保服务', '宣传培训', '系统升级'];
const KINDS = ['经费', '项目', '服务费', '建设费', '运行维护费', '购置费'];
const INDICATORS = [
  ['产出指标', '数量指标', '服务事项数量', (n: number) => `≥${n}项`],
  ['产出指标', '数量指标', '培训人次', (n: number) => `≥${n}人次`],
  ['产出指标', '质量指标', '验收合格率', () => '=100%'],
  ['产出指标', '时效指标', '完成时间', () => '年底前'],
  ['产出指标', '成本指标', '项目实施成本', (yuan: number) => `≤${yuan}元`],
  ['效益指标', '社会效益指标', '群众办事便利度', () => '明显提升'],
  ['效益指标', '可持续影响指标', '长效机制', () => '健全'],
  ['满意度指标', '服务对象满意度指标', '群众满意度', () => '≥90%'],
] as const;
const CITIES = ['太原', '大同', '阳泉', '长治', '晋城', '朔州', '晋中', '运城', '忻州', '临汾', '吕梁', '太谷', '平遥', '介休', '孝义', '汾阳', '高平', '侯马', '霍州', '原平'];
const DEPTS = [
  ['xingzheng-shenpi', '行政审批服务管理局'],
  ['caizheng', '财政局'],
  ['jiaoyu', '教育局'],
  ['weisheng', '卫生健康委员会'],
  ['minzheng', '民政局'],
  ['shuili', '水利局'],
  ['zhujian', '住房和城乡建设局'],
  ['shichang', '市场监督管理局'],
  ['wenlv', '文化和旅游局'],
  ['nongye', '农业农村局'],
] as const;

export interface GenerateOptions {
  disclosures: number;
  out: string;
  seed?: number;
  years?: number;
  projects?: number;
}

interface YearState {
  total: number;
  basic: number;
  project: number;
}

function disclosure(r: ReturnType<typeof rng>, region: string, city: string, dept: (typeof DEPTS)[number], year: number, previous: YearState | null, projectsPer: number) {
  const lines = [...FUNCTIONAL].sort(() => r.next() - 0.5).slice(0, r.int(8, 16)).sort((a, b) => a[0].localeCompare(b[0]));
  const projectCodes = lines.filter(([c]) => /^20103(02|05|06|99)|2299999/.test(c)).map(([c]) => c);
  if (!projectCodes.length) projectCodes.push(lines[0]![0]);
  const projectTotal = r.int(200_00, 3000_00);
  const basicTotal = r.int(300_00, 2500_00);
  const basicLines = lines.filter(([c]) => !projectCodes.includes(c) || c === lines[0]![0]);
  const basicParts = split(r, basicTotal, basicLines.length);
  const projectParts = split(r, projectTotal, projectCodes.length);
  const fen = new Map<string, { basic: number; project: number }>();
  const expenditure = lines.map(([code, name]) => {
    const bi = basicLines.findIndex(([c]) => c === code);
    const pi = projectCodes.indexOf(code);
    fen.set(code, { basic: bi >= 0 ? basicParts[bi]! : 0, project: pi >= 0 ? projectParts[pi]! : 0 });
    return { code, name, ...(bi >= 0 && { basic: wan(basicParts[bi]!) }), ...(pi >= 0 && { project: wan(projectParts[pi]!) }) };
  });
  // Basic spending by economic 款: personnel and operating parts.
  const operatingTotal = Math.floor(basicTotal * (0.15 + r.next() * 0.2));
  const personnelTotal = basicTotal - operatingTotal;
  const personnel = [...PERSONNEL].slice(0, r.int(6, PERSONNEL.length));
  const operating = [...OPERATING].slice(0, r.int(9, OPERATING.length));
  const pParts = split(r, personnelTotal, personnel.length);
  const oParts = split(r, operatingTotal, operating.length);
  const economic = [...personnel.map(([code, name], i) => ({ code, name, amount: wan(pParts[i]!) })), ...operating.map(([code, name], i) => ({ code, name, amount: wan(oParts[i]!) }))].sort((a, b) => a.code.localeCompare(b.code));
  const opAmount = (code: string) => oParts[operating.findIndex(([c]) => c === code)] ?? 0;
  const threePublic = { reception: wan(opAmount('30217') + r.int(0, 50)), vehicle_operation: wan(opAmount('30231') + r.int(0, 50)) };
  const units = [
    { id: 'bureau', name: `${city}市${dept[1]}本级`, kind: 'administrative' },
    { id: 'center', name: `${city}市${dept[1]}服务中心`, kind: 'civil_service_managed' },
  ];
  const acParts = split(r, operatingTotal, 2);
  // Projects: split each project code's money across its projects.
  const projects: object[] = [];
  let n = 0;
  projectCodes.forEach((code, ci) => {
    const count = Math.max(1, Math.round((projectsPer * projectParts[ci]!) / projectTotal));
    split(r, projectParts[ci]!, count).forEach((fen) => {
      n++;
      const topic = r.pick(TOPICS);
      const yuan = fen * 100;
      projects.push({
        id: `p${String(n).padStart(3, '0')}`,
        name: `${year}年${topic}${r.pick(KINDS)}（${n}）`,
        unit: r.pick(['bureau', 'center']),
        code,
        category: r.pick(['其他运转类', '特定目标类']),
        attribute: '经常性项目（长期开展）',
        period_years: 1,
        amount: wan(fen),
        funding: { annual: { local: String(yuan), total: String(yuan) }, period: { local: String(yuan), total: String(yuan) } },
        texts: {
          overview: `为推进${city}市${topic}工作，保障${dept[1]}相关业务正常开展，安排本项目。`,
          basis: `《${city}市人民政府关于加强${topic}工作的通知》`,
          necessity: `${topic}是${dept[1]}的重要职责，项目实施有利于提升服务效能。`,
          safeguards: '严格执行财务管理制度，专款专用，接受审计监督。',
          plan: `${year}年全年分阶段实施，年底前完成。`,
        },
        goals: { annual: `完成${topic}年度任务，群众满意度不低于90%。` },
        indicators: INDICATORS.slice(0, r.int(5, INDICATORS.length)).map(([level1, level2, name, value]) => ({ level1, level2, name, value: value(level2 === '成本指标' ? yuan : r.int(2, 50)) })),
      });
    });
  });
  const total = basicTotal + projectTotal;
  const classes = [...new Set(lines.map(([c]) => c.slice(0, 3)))];
  const sections = [...new Set(lines.map(([c]) => c.slice(0, 5)))];
  const sumUnder = (prefix: string) => [...fen].filter(([c]) => c.startsWith(prefix)).reduce((s, [, v]) => s + v.basic + v.project, 0);
  const published: Record<string, string> = { total: wan(total), basic: wan(basicTotal), project: wan(projectTotal) };
  for (const c of [...classes, ...sections]) published[`function.${c}`] = wan(sumUnder(c));
  const claims = previous
    ? [
        (() => {
          const diff = total - previous.total;
          // |diff| / previous × 100, half-up at two decimals, in integers.
          const exact = (BigInt(Math.abs(diff)) * 100000n) / BigInt(previous.total);
          const rounded = (exact + 5n) / 10n;
          return { subject: 'total', current: wan(total), previous: wan(previous.total), change: wan(Math.abs(diff)), direction: diff > 0 ? 'increase' : diff < 0 ? 'decrease' : 'unchanged', percent: `${rounded / 100n}.${String(rounded % 100n).padStart(2, '0')}` };
        })(),
      ]
    : [];
  return {
    state: { total, basic: basicTotal, project: projectTotal },
    doc: {
      region,
      department: dept[0],
      year,
      source: { title: `${city}市${dept[1]}${year}年部门预算公开（合成数据）`, publisher: `${city}市${dept[1]}`, year },
      organisation: { name: `${city}市${dept[1]}`, duties: `负责全市${dept[1].replace(/局|委员会/, '')}相关工作。`, units },
      income: { general_budget: wan(total) },
      expenditure,
      economic: { basic: economic },
      three_public: threePublic,
      admin_costs: { units: [{ unit: 'bureau', amount: wan(acParts[0]!) }, { unit: 'center', amount: wan(acParts[1]!) }] },
      projects,
      narrative: previous ? { sections: [{ id: 'changes', title: '一、收支变动情况', text: `${year}年收支预算${wan(total)}万元。` }], claims } : undefined,
      prior_year: previous ? { basis: '上年年初预算', figures: { total: wan(previous.total), basic: wan(previous.basic), project: wan(previous.project) } } : undefined,
      published: {
        expenditure_summary: published,
        basic_economic: { economic: wan(basicTotal), personnel: wan(personnelTotal), public_costs: wan(operatingTotal) },
        admin_costs: { admin_costs: wan(operatingTotal) },
        project_expenditure: { projects: wan(projectTotal) },
      },
    },
  };
}

export function generatePortal(options: GenerateOptions): { files: number; disclosures: number; projects: number } {
  const r = rng(options.seed ?? 1);
  const years = options.years ?? 5;
  const perRegion = DEPTS.length * years;
  const regions = Math.ceil(options.disclosures / perRegion);
  rmSync(options.out, { recursive: true, force: true });
  mkdirSync(options.out, { recursive: true });
  cpSync(join(import.meta.dirname, '..', 'data', 'classifications'), join(options.out, 'classifications'), { recursive: true });
  let written = 0;
  let projects = 0;
  let files = 0;
  for (let ri = 0; ri < regions && written < options.disclosures; ri++) {
    const city = `${CITIES[ri % CITIES.length]}${ri >= CITIES.length ? Math.floor(ri / CITIES.length) + 1 : ''}`;
    const region = `region-${String(ri + 1).padStart(3, '0')}`;
    mkdirSync(join(options.out, region), { recursive: true });
    writeFileSync(join(options.out, region, 'region.yaml'), stringify({ name: `${city}市`, province: '山西省', level: 'city' }));
    files++;
    for (const dept of DEPTS) {
      if (written >= options.disclosures) break;
      mkdirSync(join(options.out, region, dept[0]), { recursive: true });
      writeFileSync(join(options.out, region, dept[0], 'department.yaml'), stringify({ name: `${city}市${dept[1]}` }));
      files++;
      let previous: YearState | null = null;
      for (let y = 0; y < years && written < options.disclosures; y++) {
        const year = 2020 + y;
        const { doc, state } = disclosure(r, region, city, dept, year, previous, options.projects ?? 25);
        writeFileSync(join(options.out, region, dept[0], `${year}.yaml`), stringify(doc, { lineWidth: 0 }));
        previous = state;
        projects += doc.projects.length;
        written++;
        files++;
      }
    }
  }
  return { files, disclosures: written, projects };
}

if (import.meta.main) {
  const arg = (name: string, fallback?: string) => {
    const i = process.argv.indexOf(`--${name}`);
    return i >= 0 ? process.argv[i + 1] : fallback;
  };
  const out = arg('out');
  const n = Number(arg('disclosures', '100'));
  if (!out || !Number.isInteger(n) || n < 1) {
    console.error('usage: node scripts/generate-portal.ts --disclosures N --out DIR [--seed S]');
    process.exitCode = 2;
  } else {
    const result = generatePortal({ disclosures: n, out, seed: Number(arg('seed', '1')) });
    console.log(`${out}: ${result.disclosures} disclosures, ${result.projects} projects, ${result.files} files`);
  }
}
