// Turns zod issues into located findings with messages a publisher can act on.
import type { z } from 'zod';
import type { AmountProblem } from '../money.ts';
import { PATTERN_MEANING } from '../schema/primitives.ts';
import { FIGURE_REF_EXAMPLES } from '../figures/registry.ts';
import type { Locator, Path, PathSegment } from '../source/yaml.ts';
import { formatPath } from '../source/paths.ts';
import type { Finding, Params } from './finding.ts';
import type { RuleId } from './catalogue.ts';
import type { Lang } from '../glossary.ts';

/** What is wrong with an amount: the message's part. */
const AMOUNT_PROBLEM: Record<AmountProblem['kind'], Record<Lang, string>> = {
  empty: { zh: '金额为空', en: 'it is empty' },
  fullwidth: { zh: '含全角字符', en: 'it has full-width characters' },
  grouping: { zh: '千分位逗号位置不对', en: 'the thousands separators are misplaced' },
  exponent: { zh: '不能用科学计数法', en: 'exponents are not allowed' },
  syntax: { zh: '不是数字', en: 'it is not a number' },
  unit: { zh: '数字后面带了单位“{unit}”', en: 'the number is followed by the unit “{unit}”' },
  negative: { zh: '不能为负数', en: 'it must not be negative' },
  'too-precise': { zh: '小数位数为 {scale}，最多 {maxScale} 位', en: 'it has {scale} decimals, at most {maxScale} are allowed' },
  'too-large': { zh: '整数部分有 {digits} 位，超出合理范围', en: 'its integer part has {digits} digits, beyond any budget' },
};

/** What to do about it: the hint, in the clerk's words. {column} is the column's unit. */
const AMOUNT_FIX: Record<AmountProblem['kind'] | 'unit-convert', Record<Lang, string>> = {
  empty: { zh: '照公开文件填写金额；公开文件这一栏空白的，删去这一项。', en: 'Enter the amount from the document; if the document leaves the cell blank, remove the key.' },
  fullwidth: { zh: '改用半角数字和小数点，写作 {suggestion}。', en: 'Use half-width digits and point: write {suggestion}.' },
  grouping: { zh: '去掉逗号（写作 1138.19），或每三位一个逗号并加引号（写作 "1,138.19"）。', en: 'Drop the commas (1138.19), or put one every three digits and quote it ("1,138.19").' },
  exponent: { zh: '把数字完整写出，如 12000000，不写 1.2e7。', en: 'Write the number out in full, e.g. 12000000, not 1.2e7.' },
  syntax: { zh: '只写数字和小数点，如 1138.19；不要写文字、单位或空格。', en: 'Write digits and a decimal point only, e.g. 1138.19; no words, units or spaces.' },
  unit: { zh: '去掉单位，只写数字：{suggestion}（本栏金额以{column}计）。', en: 'Drop the unit and write the number alone: {suggestion} (this column is in {column}).' },
  'unit-convert': { zh: '本栏金额以{column}计：把 {suggestion}{unit} 换算成{column}，只写数字。', en: 'This column is in {column}: convert {suggestion} {unit} to {column} and write the number alone.' },
  negative: { zh: '去掉负号，照公开文件写成正数。', en: 'Drop the minus sign and write the amount as a positive number.' },
  'too-precise': { zh: '照公开文件所印的小数位数填写，最多保留 {maxScale} 位小数。', en: 'Enter it with the decimals the document prints, at most {maxScale}.' },
  'too-large': { zh: '检查是否多打了数字，或把元与万元混用了。', en: 'Check for extra digits, or 元 entered for 万元.' },
};

function fill(t: string, values: Record<string, unknown>): string {
  return t.replace(/\{(\w+)\}/g, (_, k: string) => String(values[k] ?? ''));
}

function describeProblem(problem: AmountProblem): { zh: string; en: string } {
  const values = problem as unknown as Record<string, unknown>;
  return { zh: fill(AMOUNT_PROBLEM[problem.kind].zh, values), en: fill(AMOUNT_PROBLEM[problem.kind].en, values) };
}

/** A unit written after an amount, as the column's unit it means (万 is 万元). */
const WRITTEN_UNIT: Record<string, string> = { 万: '万元', 万元: '万元', 元: '元' };

/** The hint for a malformed amount: what to write instead, for its kind of problem. */
export function amountFix(problem: AmountProblem, column: string): { zh: string; en: string } {
  // A unit the column is in is dropped; another unit means converting the number first.
  const same = problem.kind !== 'unit' || column === 'number' || column.split('/').includes(WRITTEN_UNIT[problem.unit] ?? '');
  const kind = problem.kind === 'unit' && !same ? 'unit-convert' : problem.kind;
  const columnWord = (lang: Lang) => (column === 'number' ? (lang === 'zh' ? '数字' : 'plain numbers') : column);
  const values = (lang: Lang) => ({ ...(problem as unknown as Record<string, unknown>), column: columnWord(lang) });
  return { zh: fill(AMOUNT_FIX[kind].zh, values('zh')), en: fill(AMOUNT_FIX[kind].en, values('en')) };
}

/** The hint of a value in the wrong form: schema/value's hint is its `allowed` param. */
const FORMAT_FIX = { zh: '按 docs/format.md 中的写法改写此值。', en: 'Rewrite it in the form docs/format.md gives.' };

function typeName(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  if (Array.isArray(value)) return 'list';
  if (typeof value === 'object') return 'mapping';
  return typeof value === 'string' ? `text “${value.length > 40 ? value.slice(0, 40) + '…' : value}”` : typeof value;
}

const EXPECTED_TYPE: Record<string, string> = { object: 'mapping', array: 'list', string: 'text', boolean: 'true/false', number: 'number' };

/** Levenshtein distance, small strings only. */
export function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = tmp;
    }
  }
  return row[b.length]!;
}

export function closest(word: string, candidates: readonly string[]): string | null {
  let best: string | null = null;
  let bestD = Infinity;
  for (const c of candidates) {
    const d = distance(word.toLowerCase(), c.toLowerCase());
    if (d < bestD) {
      best = c;
      bestD = d;
    }
  }
  return best !== null && bestD <= Math.max(2, Math.floor(word.length / 3)) ? best : null;
}

interface ZodDefLike {
  type: string;
  shape?: Record<string, z.ZodType>;
  element?: z.ZodType;
  innerType?: z.ZodType;
  in?: z.ZodType;
  valueType?: z.ZodType;
  options?: z.ZodType[];
}
function defOf(schema: z.ZodType): ZodDefLike {
  return (schema as unknown as { _zod: { def: ZodDefLike } })._zod.def;
}

/** Keys an object schema at `path` accepts (for "did you mean"). */
export function knownKeysAt(schema: z.ZodType, path: Path): string[] {
  let node: z.ZodType | undefined = schema;
  const unwrap = (s: z.ZodType | undefined): z.ZodType | undefined => {
    while (s) {
      const d = defOf(s);
      if (d.type === 'optional' || d.type === 'nullable' || d.type === 'default') s = d.innerType;
      else if (d.type === 'pipe') s = d.in;
      else return s;
    }
    return s;
  };
  for (const seg of path) {
    node = unwrap(node);
    if (!node) return [];
    const d = defOf(node);
    if (d.type === 'object') node = d.shape?.[String(seg)];
    else if (d.type === 'array') node = d.element;
    else if (d.type === 'record') node = d.valueType;
    else return [];
  }
  node = unwrap(node);
  if (!node) return [];
  const d = defOf(node);
  return d.type === 'object' ? Object.keys(d.shape ?? {}) : [];
}

export function schemaFindings(issues: readonly z.core.$ZodIssue[], schema: z.ZodType, file: string, locator: Locator, root: unknown): Finding[] {
  const out: Finding[] = [];
  const push = (rule: RuleId, path: Path, params: Params, prefer: 'value' | 'key' = 'value') => {
    const at = locator.locate(path, prefer);
    out.push({ rule, severity: 'error', file, line: at.line, column: at.column, path: formatPath(path, root), params });
  };
  for (const issue of issues) {
    const path = issue.path as PathSegment[];
    const input = (issue as { input?: unknown }).input;
    const params = (issue as { params?: Record<string, unknown> }).params;
    switch (issue.code) {
      case 'unrecognized_keys': {
        const allowed = knownKeysAt(schema, path);
        for (const key of issue.keys) {
          const near = closest(key, allowed);
          push('schema/unknown-key', [...path, key], { key, suggestion: near ? { zh: `是否应为“${near}”？`, en: `Did you mean “${near}”?` } : '', allowed: allowed.join(', ') }, 'key');
        }
        break;
      }
      case 'invalid_key': {
        const key = String(path[path.length - 1]);
        // A key with a pattern of its own (a year of region.yaml's population) says what it should
        // be; the other records are keyed by figure names.
        const nested = (issue as { issues?: { code: string; pattern?: unknown }[] }).issues?.find((i) => i.code === 'invalid_format' && i.pattern);
        const meaning = nested ? PATTERN_MEANING.get(String(nested.pattern)) : undefined;
        if (meaning) push(meaning.rule, path, { value: key, expected: meaning.expected, allowed: meaning.rule === 'schema/value' ? FORMAT_FIX : '' }, 'key');
        else push('schema/figure', path, { value: key, examples: FIGURE_REF_EXAMPLES.slice(0, 12).join(', ') }, 'key');
        break;
      }
      case 'invalid_type':
        if (input === undefined || input === null) {
          push('schema/required', path, { key: String(path[path.length - 1] ?? '') }, 'key');
        } else {
          push('schema/type', path, { expected: EXPECTED_TYPE[issue.expected] ?? issue.expected, found: typeName(input) });
        }
        break;
      case 'invalid_union':
        push('schema/type', path, { expected: 'one of the documented forms', found: typeName(input) });
        break;
      case 'invalid_value':
        push('schema/value', path, { value: String(input), expected: 'option', allowed: { zh: `可选值：${issue.values.map(String).join('、')}`, en: `Allowed: ${issue.values.map(String).join(', ')}` } });
        break;
      case 'invalid_format': {
        const meaning = 'pattern' in issue && issue.pattern ? PATTERN_MEANING.get(String(issue.pattern)) : undefined;
        const rule = meaning?.rule ?? 'schema/value';
        push(rule, path, { value: String(input), expected: meaning?.expected ?? issue.format, allowed: rule === 'schema/value' ? FORMAT_FIX : '' });
        break;
      }
      case 'too_small':
        push('schema/value', path, { value: String(input ?? ''), expected: 'non-empty value', allowed: { zh: '填写内容或删除该键。', en: 'Write a value or remove the key.' } });
        break;
      case 'custom': {
        if (params?.rule === 'schema/amount') {
          push('schema/amount', path, { value: String(params.text), problem: describeProblem(params.problem as AmountProblem), unit: String(params.unit), fix: amountFix(params.problem as AmountProblem, String(params.unit)) });
        } else if (params?.rule === 'schema/figure') {
          push('schema/figure', path, { value: String(input), examples: FIGURE_REF_EXAMPLES.slice(0, 12).join(', ') });
        } else {
          push('schema/value', path, { value: String(input), expected: 'value', allowed: issue.message });
        }
        break;
      }
      default:
        push('schema/value', path, { value: String(input), expected: 'value', allowed: issue.message });
    }
  }
  return out;
}
