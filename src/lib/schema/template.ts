// A template (templates/<id>.yaml, or <data>/templates/<id>.yaml for a portal's own): the tables a
// province's disclosures print, as data. One generic builder turns each table into rows; the page,
// the CSV, the JSON and the charts read that result. Labels are glossary keys ("table.budget_summary",
// "fund.general_budget"); words the glossary lacks are declared once under `terms`.
import { z } from 'zod';
import { FUND_IDS } from '../glossary.ts';
import { integer, slug, pattern } from './primitives.ts';

/** A glossary key: group and id, e.g. column.code or fund.general_budget. */
const labelKey = z
  .string()
  .regex(pattern(/^[a-z_]+\.[a-z0-9_]+$/, 'schema/value', 'label'))
  .meta({ description: 'A glossary key, group.id: table.budget_summary, column.code, fund.general_budget, row.income, or a key of this template’s terms.' });

const figureName = z.string().min(1).meta({ description: 'A figure name of the registry (total, income.general_budget, function.201.basic, …).' });

/** What one value column reads from a row: a suffix of the row's figure, or a fixed role. */
const column = z
  .object({
    label: labelKey,
    select: z
      .string()
      .regex(pattern(/^(total|[a-z_]+(\.[a-z_]+)?)$/, 'schema/value', 'column'))
      .meta({ description: 'total: the row’s own figure. basic, project, fiscal, carried_over, a fund id (general_budget, …), basic.salaries, project.general: that part of the row. personnel / public_costs: the row’s amount when its economic class is (or is not) personnel.' }),
  })
  .strict();

const depth = integer.refine((n) => n <= 3, { message: 'depth is 0 to 3' }).meta({ description: 'Indent: 0 for 类 or top rows, 1 for 款, 2 for 项.' });
const rowKind = z.enum(['total', 'group', 'line']);

const fixedRow = z
  .object({
    label: labelKey,
    figures: z.array(figureName.nullable()).meta({ description: 'One figure name per value column; null leaves the cell blank.' }),
    kind: rowKind.optional(),
    depth: depth.optional(),
    blank_as_zero: z.boolean().optional().meta({ description: 'Show 0 where the file has nothing to derive the figure from (the template prints the row anyway).' }),
    only_if: figureName.optional().meta({ description: 'Show the row only when the file has this figure (e.g. a 会议费 row).' }),
    mark: z.string().optional().meta({ description: 'A mark printed before the label, e.g. ① for a sub-item.' }),
    keep_zero: z.boolean().optional().meta({ description: 'Show the row even when its amounts are zero or blank (the template always prints it).' }),
    printed_only: z.boolean().optional().meta({ description: 'Show the row only where the file records one of its figures as printed in this table (the template family prints it in some documents only).' }),
  })
  .strict();

const groupRow = z.object({ group: labelKey, depth: depth.optional() }).strict();

const lineSet = z.union([z.enum(['all', 'fiscal']), z.string().regex(pattern(new RegExp(`^fund:(${FUND_IDS.join('|')})$`), 'schema/value', 'lines'))]);

const functionalRows = z
  .object({
    functional: z
      .object({
        lines: lineSet.optional().meta({ description: 'Which lines make the tree: all (default), fiscal (财政拨款 funds, not carried over), or fund:<id>.' }),
        levels: z.enum(['class', 'tree']).optional().meta({ description: 'class: 类 rows only. tree (default): 类, 款 and 项.' }),
        total: z.array(figureName.nullable()).optional().meta({ description: 'A 合计 row first, with these figures per column.' }),
        total_label: labelKey.optional(),
        blank_as_zero: z.boolean().optional(),
      })
      .strict(),
  })
  .strict();

const economicRows = z
  .object({
    economic: z
      .object({
        list: z.enum(['basic', 'project', 'all', 'gov']).meta({ description: 'basic: 基本支出 by 部门经济分类; project; all: all spending (支出经济分类汇总表); gov: all spending by 政府经济分类.' }),
        total: z.array(figureName.nullable()).optional(),
        total_label: labelKey.optional(),
        show_gov_name: z.boolean().optional().meta({ description: 'Label 款 rows “name（政府经济分类 name）” where the line records one.' }),
        levels: z.enum(['class', 'tree']).optional().meta({ description: 'class: 类 rows only. tree (default): 类 and 款.' }),
        printed_only: z.boolean().optional().meta({ description: 'Show only the rows whose figure the file records as printed in this table.' }),
        depth: depth.optional().meta({ description: 'Indent of the 类 rows (default 0).' }),
      })
      .strict(),
  })
  .strict();

const sourceRows = z
  .object({
    sources: z.array(z.enum([...FUND_IDS, 'carried_over'])).meta({ description: 'One row per source of income, in this order; its amount in the total column and in its own fund column.' }),
    optional: z.array(z.enum([...FUND_IDS, 'carried_over'])).optional().meta({ description: 'Sources shown only when the file records them.' }),
    with_items: z.boolean().optional().meta({ description: 'List each source’s income_items under it (其中：税收收入, 非税收入, …).' }),
  })
  .strict();

const listRows = z
  .object({
    list: z.enum(['admin_costs', 'projects', 'gov_fund_income', 'state_capital_income', 'income_items', 'procurement_items']).meta({
      description: 'A list of the disclosure: admin_costs units, projects (grouped by unit), revenue lines, income items.',
    }),
    total_label: labelKey.optional(),
  })
  .strict();

export const templateRow = z.union([groupRow, fixedRow, functionalRows, economicRows, sourceRows, listRows]);

export const templateTable = z
  .object({
    id: z.string().regex(pattern(/^[a-z][a-z0-9_]*$/, 'schema/value', 'table')).meta({ description: 'Stable id: published.<id>, CSV file name, page anchor.' }),
    title: labelKey,
    heading: z.array(labelKey).min(1).meta({ description: 'Labels of the columns before the amounts (e.g. column.code, column.name).' }),
    columns: z.array(column).min(1),
    rows: z.array(templateRow),
    empty_unless: z
      .union([z.literal('never'), z.object({ figure: figureName }).strict()])
      .optional()
      .meta({ description: 'When the table shows 本表无数据. Default: when no functional, economic or list rows found data. never: always has rows. { figure: name }: when the file has nothing to derive that figure from.' }),
    fallback: z
      .object({ heading: z.array(labelKey).min(1), columns: z.array(column).min(1), rows: z.array(templateRow) })
      .strict()
      .optional()
      .meta({ description: 'Another layout of the same table, shown when this one finds no data but the fallback does.' }),
    note: labelKey.optional().meta({ description: 'Printed under the table.' }),
    note_from: z.enum(['three_public', 'admin_costs', 'economic_scope']).optional().meta({ description: 'Print the explanation the file records for this table.' }),
  })
  .strict();

const term = z
  .object({
    key: labelKey,
    zh: z.string().min(1),
    en: z.string().min(1),
  })
  .strict();

export const templateSchema = z
  .object({
    id: slug,
    name: z.object({ zh: z.string().min(1), en: z.string().min(1) }).strict(),
    description: z.string().optional(),
    kinds: z.array(z.enum(['budget'])).min(1).meta({ description: 'Disclosure kinds this template serves: budget 预算 (final_accounts 决算 later).' }),
    unit: z.enum(['万元']).meta({ description: 'Unit the tables print amounts in.' }),
    decimals: integer.refine((n) => n <= 4, { message: 'at most 4 decimals' }).meta({ description: 'Decimals the tables print; derived cells show this many.' }),
    terms: z.array(term).optional().meta({ description: 'Words this template prints that the glossary lacks; each key once across the glossary and all templates.' }),
    tables: z.array(templateTable).min(1),
  })
  .strict();

export type Template = z.output<typeof templateSchema>;
export type TemplateTable = Template['tables'][number];
export type TemplateRow = z.output<typeof templateRow>;
export type TemplateColumn = TemplateTable['columns'][number];
