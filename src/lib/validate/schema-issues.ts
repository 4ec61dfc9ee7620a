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

const AMOUNT_PROBLEM: Record<AmountProblem['kind'], Record<Lang, string>> = {
  empty: { zh: '金额为空', en: 'it is empty' },
  fullwidth: { zh: '含全角字符，应写作 {suggestion}', en: 'it has full-width characters; write {suggestion}' },
  grouping: { zh: '千分位逗号位置不对', en: 'the thousands separators are misplaced' },
  exponent: { zh: '不能用科学计数法', en: 'exponents are not allowed' },
  syntax: { zh: '不是数字', en: 'it is not a number' },
  negative: { zh: '不能为负数', en: 'it must not be negative' },
  'too-precise': { zh: '小数位数为 {scale}，最多 {maxScale} 位', en: 'it has {scale} decimals, at most {maxScale} are allowed' },
  'too-large': { zh: '整数部分有 {digits} 位，超出合理范围', en: 'its integer part has {digits} digits, beyond any budget' },
};

function describeProblem(problem: AmountProblem): { zh: string; en: string } {
  const fill = (t: string) => t.replace(/\{(\w+)\}/g, (_, k: string) => String((problem as unknown as Record<string, unknown>)[k] ?? ''));
  return { zh: fill(AMOUNT_PROBLEM[problem.kind].zh), en: fill(AMOUNT_PROBLEM[problem.kind].en) };
}

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
        push('schema/figure', path, { value: key, examples: FIGURE_REF_EXAMPLES.slice(0, 12).join(', ') }, 'key');
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
        push(rule, path, { value: String(input), expected: meaning?.expected ?? issue.format, allowed: '' });
        break;
      }
      case 'too_small':
        push('schema/value', path, { value: String(input ?? ''), expected: 'non-empty value', allowed: { zh: '填写内容或删除该键。', en: 'Write a value or remove the key.' } });
        break;
      case 'custom': {
        if (params?.rule === 'schema/amount') {
          push('schema/amount', path, { value: String(params.text), problem: describeProblem(params.problem as AmountProblem), unit: String(params.unit) });
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
