// The disclosure file: one department, one year (data/<region>/<dept>/<year>.yaml).
// Leaves are entered once; every total is derived (DESIGN principle 1). Totals as printed go in
// `published` and are checked against the derived values (principle 2).
import { z } from 'zod';
import { BASIC_PART_IDS, FUND_IDS, PROJECT_PART_IDS, UNIT_KIND_IDS } from '../glossary.ts';
import { parseFigureRef } from '../figures/registry.ts';
import type { Amount } from '../money.ts';
import { FORM_SCALE, amountForm, amountWan, archiveName, date, economicCode, functionalCode, httpUrl, integer, nonEmpty, percentText, quantity, slug, text, year, pattern } from './primitives.ts';

const fund = z.enum(FUND_IDS).meta({ description: 'Source of the money: general_budget (一般公共预算), gov_fund (政府性基金预算), state_capital (国有资本经营预算), special_account (财政专户管理资金), unit_funds (单位资金), business_income (事业收入), operating_income (事业单位经营收入), superior_subsidy (上级补助收入), subordinate_remittance (附属单位上缴收入), business_fund (用事业基金弥补收支差额), other.' });

/** A figure name of the registry; whether the template prints it is a rule's business. */
const figureRef = z.string().refine((s) => parseFigureRef(s) !== null, { params: { rule: 'schema/figure' } }).meta({ description: 'A figure name such as total, basic, function.2010301.basic, economic.301, three_public, admin_costs.' });

/** A table of the disclosure's template, by its id. */
const tableId = z.string().regex(pattern(/^[a-z][a-z0-9_]*$/, 'schema/value', 'table')).meta({ description: 'A table id of the file’s template, e.g. expenditure_summary.' });

/** Map from figure names to amounts as printed. */
const figures = z.record(figureRef, amountWan);

const source = z
  .object({
    title: nonEmpty.meta({ description: 'Title of the published document.' }),
    publisher: nonEmpty.meta({ description: 'Who published it.' }),
    year: year.meta({ description: 'Year of publication.' }),
    url: httpUrl.optional().meta({ description: 'Where the document was published, if known (http:// or https://); the page links it.' }),
    document: z.string().optional().meta({ description: 'File name or identifier of the copy transcribed.' }),
    archive: archiveName.optional().meta({ description: 'An archived copy the publisher keeps: its file name in <region>/<dept>/archive/ (e.g. 2024.pdf); the build publishes it beside the disclosure and the page links it.' }),
    note: text.optional(),
  })
  .strict()
  .meta({ description: 'The published document this file transcribes.' });

const staffCounts = z.record(z.string(), integer);
const staffing = z
  .object({
    authorized: staffCounts.optional().meta({ description: '核定编制 by kind, e.g. { 行政: 50, 事业: 20 }.' }),
    actual: staffCounts.optional().meta({ description: '实有人员 by kind.' }),
    retired: integer.optional(),
    contract: integer.optional().meta({ description: '编外人员.' }),
    note: text.optional(),
  })
  .strict();

const unit = z
  .object({
    id: slug.meta({ description: 'Identifier used by projects and 机关运行经费 rows.' }),
    name: nonEmpty,
    code: z.string().optional().meta({ description: '单位编码 as printed.' }),
    kind: z.enum(UNIT_KIND_IDS).optional().meta({ description: 'administrative 行政, civil_service_managed 参公事业, public_institution 事业, other.' }),
    aliases: z.array(z.string()).optional(),
    accounting: z.enum(['independent', 'non_independent']).optional().meta({ description: '独立核算 or 非独立核算.' }),
    rank: z.string().optional(),
    duties: text.optional(),
    staffing: staffing.optional(),
  })
  .strict();

const organisation = z
  .object({
    name: z.string().optional().meta({ description: 'Department name as printed this year.' }),
    aliases: z.array(z.string()).optional().meta({ description: 'Other names, e.g. a second name plate (加挂牌子).' }),
    duties: text.optional().meta({ description: '部门职责.' }),
    structure: text.optional().meta({ description: '机构设置 as published.' }),
    internal_divisions: z.object({ count: integer.optional(), names: z.array(z.string()).optional(), note: text.optional() }).strict().optional(),
    units: z.array(unit).optional().meta({ description: '基层预算单位.' }),
    staffing: staffing.optional(),
  })
  .strict();

const income = z
  .object({
    general_budget: amountWan.optional(),
    gov_fund: amountWan.optional(),
    state_capital: amountWan.optional(),
    special_account: amountWan.optional(),
    unit_funds: amountWan.optional(),
    business_income: amountWan.optional().meta({ description: '事业收入.' }),
    operating_income: amountWan.optional().meta({ description: '事业单位经营收入.' }),
    superior_subsidy: amountWan.optional().meta({ description: '上级补助收入.' }),
    subordinate_remittance: amountWan.optional().meta({ description: '附属单位上缴收入.' }),
    business_fund: amountWan.optional().meta({ description: '用事业基金弥补收支差额.' }),
    other: amountWan.optional(),
    carried_over: amountWan.optional().meta({ description: '上年结转.' }),
  })
  .strict()
  .meta({ description: 'Income by source (收入总表 columns), in 万元.' });

const expenditureLine = z
  .object({
    code: functionalCode,
    name: nonEmpty.meta({ description: 'Name as published.' }),
    basic: amountWan.optional().meta({ description: '基本支出.' }),
    project: amountWan.optional().meta({ description: '项目支出.' }),
    fund: fund.optional(),
    carried_over: z.boolean().optional().meta({ description: 'Paid from money carried over from last year (上年结转).' }),
    basic_parts: z
      .partialRecord(z.enum(BASIC_PART_IDS), amountWan)
      .optional()
      .meta({ description: '基本支出 split as the template prints it: salaries 工资福利支出, operating 公用经费, individuals 对个人和家庭的补助. Must sum to basic.' }),
    project_parts: z
      .partialRecord(z.enum(PROJECT_PART_IDS), amountWan)
      .optional()
      .meta({ description: '项目支出 split by type: general 一般性项目, special 专项资金. Must sum to project.' }),
    printed: z
      .array(z.object({ table: tableId, code: z.string().optional(), name: z.string().optional() }).strict())
      .optional()
      .meta({ description: 'Where a table printed this line with another code or name: what it printed. Checked, and corrected by errata or explained by notes.' }),
  })
  .strict()
  .meta({ description: 'One functional line, normally at 项 level, with its 基本支出 and 项目支出.' });

const economicLine = z
  .object({
    code: economicCode,
    name: nonEmpty,
    amount: amountWan,
    basic: amountWan.optional().meta({ description: 'Of which 基本支出, where the table prints the split (all-spending lists).' }),
    project: amountWan.optional().meta({ description: 'Of which 项目支出, where the table prints the split (all-spending lists).' }),
    funds: z.partialRecord(fund, amountWan).optional().meta({ description: 'The amount by source of money, where the table prints fund columns.' }),
    gov_code: z.string().regex(pattern(/^\d{3}(\d{2})?$/, 'schema/code', 'economic')).optional().meta({ description: '政府预算支出经济分类 款, where the table prints it.' }),
    gov_name: z.string().optional(),
  })
  .strict();

const economic = z
  .object({
    scope: z.enum(['basic', 'all']).optional().meta({ description: 'basic (default): the lines are 基本支出 as the table title says. all: the published table in fact covers all spending.' }),
    basic: z.array(economicLine).optional().meta({ description: '基本支出 by economic 款 (or 类 where only 类 is printed).' }),
    project: z.array(economicLine).optional().meta({ description: '项目支出 by economic 类 or 款, where published.' }),
    all: z.array(economicLine).optional().meta({ description: 'All spending (基本 + 项目) by 部门预算支出经济分类 (301…), as in 支出经济分类汇总表.' }),
    gov: z.array(economicLine).optional().meta({ description: 'All spending by 政府预算支出经济分类 (501…), as in 支出经济分类汇总表; codes are 3 or 5 digits.' }),
  })
  .strict();

const threePublic = z
  .object({
    outbound: amountWan.optional().meta({ description: '因公出国（境）费.' }),
    reception: amountWan.optional().meta({ description: '公务接待费.' }),
    vehicle_purchase: amountWan.optional().meta({ description: '公务用车购置费.' }),
    vehicle_operation: amountWan.optional().meta({ description: '公务用车运行维护费.' }),
    meetings: z
      .object({ class1: amountWan.optional(), class2: amountWan.optional(), class3: amountWan.optional(), class4: amountWan.optional() })
      .strict()
      .optional()
      .meta({ description: '会议费 by 类别, shown by some templates and not part of 三公.' }),
    training: amountWan.optional().meta({ description: '培训费, shown by some templates and not part of 三公.' }),
    explanation: text.optional(),
  })
  .strict();

const adminCosts = z
  .object({
    units: z.array(z.object({ unit: slug, amount: amountWan }).strict()).meta({ description: 'One row per unit; the department total is derived.' }),
    explanation: text.optional(),
  })
  .strict();

const incomeItem = z
  .object({
    id: slug.meta({ description: 'Identifier used in figure names: income_item.<id>.' }),
    fund: fund.meta({ description: 'The source of money this item is part of; the items of a source sum to income.<fund>.' }),
    name: nonEmpty.meta({ description: 'Name as printed, e.g. 税收收入, 非税收入, 经费拨款.' }),
    amount: amountWan,
  })
  .strict();

const tableStatus = z.enum(['published', 'empty', 'not_published']).meta({
  description: 'published: printed with its rows (default). empty: printed with its header and no rows. not_published: the document does not contain this table.',
});

const revenueLine = z.object({ code: z.string().regex(pattern(/^\d{3,9}$/, 'schema/code', 'revenue')), name: nonEmpty, amount: amountWan }).strict();

const fundingSources = z
  .object({
    central: amountForm.optional(),
    provincial: amountForm.optional(),
    local: amountForm.optional().meta({ description: '市县（区）财政资金 or 本级.' }),
    self_raised: amountForm.optional(),
    other: amountForm.optional(),
    total: amountForm.optional().meta({ description: 'The total as printed; checked against the sources.' }),
  })
  .strict();

const detailLine = z
  .object({
    group: z.string().optional().meta({ description: '二级预算名称.' }),
    item: nonEmpty.meta({ description: '三级预算名称.' }),
    economic: economicCode.optional(),
    year: year.optional(),
    own: amountForm.optional().meta({ description: '本级.' }),
    higher: amountForm.optional().meta({ description: '上级.' }),
    self_raised: amountForm.optional().meta({ description: '自筹.' }),
    other: amountForm.optional(),
    total: amountForm.optional().meta({ description: '合计 as printed.' }),
  })
  .strict();

const indicator = z
  .object({
    level1: z.string().optional().meta({ description: '一级指标.' }),
    level2: z.string().optional().meta({ description: '二级指标.' }),
    name: z.string().meta({ description: '三级指标.' }),
    value: z.string().meta({ description: '指标值 as printed: "≥30张", "≤3800元/人/月", "=100%", or a word.' }),
    scope: z.enum(['annual', 'period', 'both']).optional().meta({ description: 'Which block of the form: annual (年度), period (实施期) or both (default).' }),
  })
  .strict();

const project = z
  .object({
    id: slug.meta({ description: 'Stable identifier, used in the project page URL.' }),
    name: nonEmpty.meta({ description: 'Name as published.' }),
    match: slug.optional().meta({ description: 'Links the same project across years when names differ.' }),
    unit: slug.optional().meta({ description: 'Implementing unit (organisation.units id).' }),
    code: functionalCode.optional().meta({ description: 'Functional code the project is paid under, where known.' }),
    fund: fund.optional(),
    category: z.string().optional().meta({ description: '项目类别 or 项目类型, e.g. 其他运转类, 特定目标类, 业务类.' }),
    attribute: z.string().optional().meta({ description: '项目属性, e.g. 一次性项目（1年结束）.' }),
    period_years: integer.optional().meta({ description: '项目期 in years; 99 means open-ended.' }),
    start: date.optional(),
    end: date.optional(),
    amount: amountWan.optional().meta({ description: 'Amount in 万元 as in 项目支出表.' }),
    form_unit: z.enum(['元', '万元']).optional().meta({ description: 'Unit the form prints its amounts in (funding, budget_detail, previous): 元 (default) or 万元.' }),
    funding: z.object({ annual: fundingSources.optional(), period: fundingSources.optional() }).strict().optional().meta({ description: 'Funding by source in the form’s unit: annual (年度资金总额) and period (实施期资金总额).' }),
    previous: z
      .object({
        total: amountForm.optional().meta({ description: '上年度项目总金额 as printed.' }),
        annual: amountForm.optional().meta({ description: '项目上年度金额 as printed.' }),
      })
      .strict()
      .optional()
      .meta({ description: 'Last year’s amounts as the form prints them, in the form’s unit.' }),
    texts: z
      .object({ overview: text.optional(), basis: text.optional(), necessity: text.optional(), safeguards: text.optional(), plan: text.optional() })
      .strict()
      .optional(),
    goals: z.object({ period: text.optional(), annual: text.optional() }).strict().optional(),
    budget_detail: z.array(detailLine).optional().meta({ description: '预算明细, in the form’s unit.' }),
    indicators: z.array(indicator).optional(),
    origin: text.optional().meta({ description: 'Where the money comes from when the name says so, e.g. a carried-over appropriation.' }),
    remarks: text.optional().meta({ description: '备注 as printed.' }),
    contacts: z
      .object({
        leader: z.string().optional().meta({ description: '项目负责人.' }),
        unit_leader: z.string().optional().meta({ description: '填报单位负责人.' }),
        filler: z.string().optional().meta({ description: '填报人.' }),
        handler: z.string().optional().meta({ description: '经办人.' }),
        contact: z.string().optional().meta({ description: '联系人.' }),
        phone: z.string().optional(),
        filled_at: z.string().optional().meta({ description: '填报日期 as printed.' }),
      })
      .strict()
      .optional()
      .meta({ description: 'People named on the form. Personal data: kept, not rendered unless the portal says so.' }),
  })
  .strict()
  .superRefine((p, ctx) => {
    // Form amounts take six decimals for 万元; a 元 form prints fen, two decimals at most.
    if ((p.form_unit ?? '元') !== '元') return;
    const max = FORM_SCALE.元;
    const amounts: [PropertyKey[], Amount | undefined][] = [
      ...(['annual', 'period'] as const).flatMap((scope) => Object.entries(p.funding?.[scope] ?? {}).map(([k, a]): [PropertyKey[], Amount | undefined] => [['funding', scope, k], a])),
      ...(p.budget_detail ?? []).flatMap((l, i) => (['own', 'higher', 'self_raised', 'other', 'total'] as const).map((k): [PropertyKey[], Amount | undefined] => [['budget_detail', i, k], l[k]])),
      ...(['total', 'annual'] as const).map((k): [PropertyKey[], Amount | undefined] => [['previous', k], p.previous?.[k]]),
    ];
    for (const [path, a] of amounts) {
      if (a && a.scale > max) ctx.addIssue({ code: 'custom', path, message: `bad amount: ${a.text}`, params: { rule: 'schema/amount', problem: { kind: 'too-precise', scale: a.scale, maxScale: max }, text: a.text, unit: '元' } });
    }
  });

const procurementItem = z
  .object({
    kind: z.enum(['goods', 'works', 'services']),
    project: z.string().optional().meta({ description: 'Project id or name the purchase belongs to.' }),
    economic: z.string().optional(),
    item: nonEmpty.meta({ description: '采购品目, most specific level.' }),
    category: z.string().optional().meta({ description: 'Parent catalogue item, e.g. 通用设备.' }),
    method: z.string().optional(),
    amount: amountWan,
  })
  .strict();

const procurement = z
  .object({
    goods: amountWan.optional(),
    works: amountWan.optional(),
    services: amountWan.optional(),
    items: z.array(procurementItem).optional(),
    text: text.optional(),
  })
  .strict();

const assets = z
  .object({
    as_of: date.optional(),
    vehicles: z
      .object({
        establishment: integer.optional().meta({ description: '编制数.' }),
        count: integer.optional(),
        items: z.array(z.object({ category: z.string(), count: integer, purchase_year: year.optional(), original_value: amountWan.optional() }).strict()).optional(),
        note: text.optional(),
      })
      .strict()
      .optional(),
    buildings: z
      .array(z.object({ name: z.string(), area_m2: quantity.optional(), above_ground_m2: quantity.optional(), below_ground_m2: quantity.optional(), note: text.optional() }).strict())
      .optional(),
    fixed_assets: z.array(z.object({ unit: z.string(), original_value: amountWan }).strict()).optional(),
    figures: z.array(z.object({ label: nonEmpty, amount: quantity, unit: z.string() }).strict()).optional().meta({ description: 'Other figures as printed, e.g. 折旧 30.83 万元.' }),
    text: text.optional(),
  })
  .strict();

const claimPart = z.object({ label: nonEmpty, amount: amountWan }).strict();
const claim = z
  .object({
    subject: figureRef.meta({ description: 'The figure the sentence is about.' }),
    section: z.string().optional().meta({ description: 'Narrative section id the claim is in.' }),
    text: text.optional().meta({ description: 'The sentence as printed.' }),
    current: amountWan.optional().meta({ description: 'This year’s figure as printed.' }),
    previous: amountWan.optional().meta({ description: 'Last year’s figure as printed.' }),
    change: amountWan.optional().meta({ description: 'Size of the change as printed (without sign).' }),
    direction: z.enum(['increase', 'decrease', 'unchanged']).optional(),
    percent: percentText.optional().meta({ description: 'Change in percent as printed.' }),
    share: percentText.optional().meta({ description: 'Share of `of` in percent as printed.' }),
    of: figureRef.optional().meta({ description: 'What the share is a share of (default: total).' }),
    parts: z.array(claimPart).optional().meta({ description: 'Itemised parts of the change as printed.' }),
  })
  .strict();

const narrative = z
  .object({
    sections: z.array(z.object({ id: slug, title: nonEmpty, text }).strict()).optional(),
    claims: z.array(claim).optional().meta({ description: 'Figures stated in the narrative, each checked against the data.' }),
  })
  .strict();

/** An amount of the 整体绩效目标表, in its `unit`. */
const targetAmount = (what: string) => amountWan.optional().meta({ description: `${what}, in the table’s unit (万元 unless unit says 元), at most 2 decimals.` });

const performanceTargets = z
  .object({
    name: z.string().optional().meta({ description: '部门（单位）名称 as printed.' }),
    unit: z.enum(['万元', '元']).optional().meta({ description: 'Unit of the table’s amounts: 万元 (default) or 元.' }),
    budget: z
      .object({
        total: targetAmount('总额'),
        basic: targetAmount('基本支出'),
        project: targetAmount('项目支出'),
      })
      .strict()
      .optional()
      .meta({ description: '预算情况 as printed; a blank cell is left out. Each is checked against the figure derived from this file.' }),
    tasks: z
      .array(
        z
          .object({
            name: nonEmpty.meta({ description: '任务名称.' }),
            content: text.optional().meta({ description: '主要内容.' }),
            amount: targetAmount('预算金额'),
          })
          .strict(),
      )
      .optional()
      .meta({ description: '年度主要任务; when every task has an amount, they sum to the budget total.' }),
    goal: text.optional().meta({ description: '年度总体目标.' }),
    indicators: z
      .array(
        z
          .object({
            level1: z.string().optional().meta({ description: '一级指标.' }),
            level2: z.string().optional().meta({ description: '二级指标.' }),
            name: nonEmpty.meta({ description: '三级指标.' }),
            value: z.string().meta({ description: '指标值 as printed.' }),
            explanation: text.optional().meta({ description: '指标值说明.' }),
          })
          .strict(),
      )
      .optional()
      .meta({ description: '年度绩效指标.' }),
  })
  .strict()
  .meta({ description: '部门（单位）整体绩效目标表: the department-wide budget, main tasks, overall goal and indicators of the year.' });

const priorYear = z
  .object({
    basis: z.string().optional().meta({ description: 'What the prior-year figures are, e.g. 上年年初预算.' }),
    figures,
  })
  .strict();

const published = z
  .record(tableId, figures)
  .meta({ description: 'Totals as printed, by table, checked against the derived values (control totals).' });

const erratum = z
  .object({
    path: nonEmpty.meta({ description: 'Path of the wrong value in this file, e.g. published.admin_costs.admin_costs or projects[id=p11].budget_detail[0].own.' }),
    published: z.string().meta({ description: 'The value as printed (must equal the value at path).' }),
    corrected: z.string().meta({ description: 'The value the checks use instead.' }),
    evidence: nonEmpty.meta({ description: 'Why the correction is right: the arithmetic or the other places in the document.' }),
    source: z.string().optional().meta({ description: 'Where in the document: part, table, row or form.' }),
  })
  .strict();

const note = z
  .object({
    rule: nonEmpty.meta({ description: 'The rule id whose finding this note explains.' }),
    path: z.string().optional().meta({ description: 'Limits the note to findings at or under this path.' }),
    difference: z.string().optional().meta({ description: 'Limits the note to findings with exactly this difference, as the check prints it (e.g. "-70.00"), so that a later change to the figures is not explained away.' }),
    text: nonEmpty,
    source: z.string().optional(),
  })
  .strict();

export const disclosureSchema = z
  .object({
    region: slug.meta({ description: 'Must equal the region folder.' }),
    department: slug.meta({ description: 'Must equal the department folder.' }),
    year: year.meta({ description: 'Budget year; must equal the file name.' }),
    scope: z.enum(['department', 'unit']).optional().meta({ description: 'department 部门预算 (default) or unit 单位预算.' }),
    template: slug.optional().meta({ description: 'The template (templates/<id>.yaml) whose tables the document prints; default shanxi-municipal.' }),
    kind: z.enum(['budget']).optional().meta({ description: 'budget 预算 (default). final_accounts 决算 is the next kind.' }),
    title: z.string().optional().meta({ description: 'Document title as printed.' }),
    source,
    organisation: organisation.optional(),
    income,
    income_items: z.array(incomeItem).optional().meta({ description: 'Items printed under an income source, e.g. 税收收入 and 非税收入 under 一般公共预算收入.' }),
    expenditure: z.array(expenditureLine).meta({ description: 'Functional lines; every expenditure table is derived from them.' }),
    economic: economic.optional(),
    three_public: threePublic.optional(),
    admin_costs: adminCosts.optional(),
    gov_fund_income: z.array(revenueLine).optional(),
    state_capital_income: z.array(revenueLine).optional(),
    projects: z.array(project).optional(),
    procurement: procurement.optional(),
    assets: assets.optional(),
    purchase_services: text.optional().meta({ description: '政府购买服务 as published.' }),
    performance: text.optional().meta({ description: '绩效管理情况 text as published.' }),
    other_notes: text.optional().meta({ description: '其他说明.' }),
    narrative: narrative.optional(),
    performance_targets: performanceTargets.optional(),
    prior_year: priorYear.optional(),
    tables: z.record(tableId, tableStatus).optional().meta({ description: 'How the document printed a template table when not with rows: empty or not_published.' }),
    published: published.optional(),
    errata: z.array(erratum).optional(),
    notes: z.array(note).optional(),
  })
  .strict();

export type DisclosureInput = z.input<typeof disclosureSchema>;
export type Disclosure = z.output<typeof disclosureSchema>;
export type ExpenditureLine = Disclosure['expenditure'][number];
export type EconomicLine = NonNullable<NonNullable<Disclosure['economic']>['basic']>[number];
export type Project = NonNullable<Disclosure['projects']>[number];
export type FundingSources = NonNullable<NonNullable<Project['funding']>['annual']>;
export type PerformanceTargets = NonNullable<Disclosure['performance_targets']>;
export type Claim = NonNullable<NonNullable<Disclosure['narrative']>['claims']>[number];
export type Erratum = NonNullable<Disclosure['errata']>[number];
export type Note = NonNullable<Disclosure['notes']>[number];
