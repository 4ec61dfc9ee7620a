// Building blocks shared by the file schemas. Input values come from the located YAML tree,
// where numbers arrive as their source text; these schemas decide what each text means.
import { z } from 'zod';
import { parseAmount, type Amount, type AmountProblem } from '../money.ts';

/** What each pattern means, for messages (zod does not carry params on regex issues). */
export const PATTERN_MEANING = new Map<string, { rule: 'schema/value' | 'schema/code'; expected: string | { zh: string; en: string } }>();
export function pattern(re: RegExp, rule: 'schema/value' | 'schema/code', expected: string | { zh: string; en: string }): RegExp {
  PATTERN_MEANING.set(re.toString(), { rule, expected });
  return re;
}

/** Marks schemas whose JSON Schema must accept both a YAML number and a quoted string. */
export const NUMERIC_TEXT = 'gongkai:numeric-text';

function amountSchema(maxScale: number, unit: '万元' | '元' | '元/万元' | 'number', description = `Amount in ${unit}, at most ${maxScale} decimals; quote it or write it plainly (1138.19, "1,138.19").`) {
  return z
    .string()
    .transform((text, ctx): Amount => {
      const parsed = parseAmount(text, { maxScale });
      if (!parsed.ok) {
        ctx.addIssue({ code: 'custom', message: `bad amount: ${text}`, params: { rule: 'schema/amount', problem: parsed.problem as AmountProblem, text, unit } });
        return z.NEVER;
      }
      return parsed.amount;
    })
    .meta({ [NUMERIC_TEXT]: true, description });
}

/** Amount in 万元, as the standard tables print it (at most 2 decimals). */
export const amountWan = amountSchema(2, '万元');
/** Amount in 元, as project forms print it (at most 2 decimals, e.g. 636070.75). */
export const amountYuan = amountSchema(2, '元');
/** Decimals a project form may print in each of its units: 元 to the fen, 万元 to the fen as well. */
export const FORM_SCALE = { 元: 2, 万元: 6 } as const;
/**
 * Amount on a project form, in the form's unit (`form_unit`: 元 by default, or 万元). The
 * project schema holds 元 forms to two decimals; this accepts the six a 万元 figure needs.
 */
export const amountForm = amountSchema(
  FORM_SCALE.万元,
  '元/万元',
  'Amount in the project form’s unit (form_unit): 元 (default, at most 2 decimals) or 万元 (at most 6); quote it or write it plainly (636070.75, "1,200.00").',
);
/** A measured quantity (square metres, counts with decimals). */
export const quantity = amountSchema(4, 'number');

/** A percentage as printed, digits only ("148.36", "6.5", "0"); its precision is kept. */
export const percentText = z
  .string()
  .transform((text, ctx): Amount => {
    const parsed = parseAmount(text.replace(/%$/, ''), { maxScale: 6, allowNegative: true });
    if (!parsed.ok) {
      ctx.addIssue({ code: 'custom', message: `bad percentage: ${text}`, params: { rule: 'schema/amount', problem: parsed.problem, text, unit: '%' } });
      return z.NEVER;
    }
    return parsed.amount;
  })
  .meta({ [NUMERIC_TEXT]: true, description: 'Percentage as printed, without the % sign; the number of decimals printed is the precision checked.' });

export const integer = z
  .string()
  .regex(pattern(/^\d{1,9}$/, 'schema/value', 'integer'))
  .transform(Number)
  .meta({ [NUMERIC_TEXT]: true, description: 'A whole number.' });

/**
 * A number of residents: a whole number above zero, without separators. Zero would make a
 * per-resident figure a division by zero; commas are ambiguous in YAML.
 */
export const population = z
  .string()
  .regex(pattern(/^[1-9]\d{0,9}$/, 'schema/value', { zh: '人口数（大于零的整数，不加逗号）', en: 'population (a whole number above zero, without commas)' }))
  .transform(Number)
  .meta({ [NUMERIC_TEXT]: true, description: 'Residents: a whole number above zero, without separators, e.g. 3976481.' });

export const year = z
  .string()
  .regex(pattern(/^(19|20)\d{2}$/, 'schema/value', 'year'))
  .transform(Number)
  .meta({ [NUMERIC_TEXT]: true, description: 'A four-digit year.' });

export const slug = z
  .string()
  .regex(pattern(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'schema/value', 'slug'))
  .meta({ description: 'Lowercase ASCII letters, digits and single hyphens, as used in URLs.' });

/** Plain text or Markdown. HTML is rejected by a rule, never passed through. */
export const text = z.string().meta({ description: 'Plain text or Markdown; HTML tags are not allowed.' });

/**
 * The file name of an archived copy of the published document (source.archive): ASCII letters,
 * digits, dots, hyphens and underscores, with a document's extension. It is kept in the
 * department's archive/ folder and published beside the disclosure under the same name.
 */
export const ARCHIVE_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]*\.(?:pdf|ofd|docx?|xlsx?)$/;
export const archiveName = z
  .string()
  .regex(pattern(ARCHIVE_NAME, 'schema/value', 'archive file name (e.g. 2024.pdf)'))
  .meta({ description: 'File name of an archived copy of the document, kept in <region>/<dept>/archive/: ASCII letters, digits, dots, hyphens and underscores; .pdf, .ofd, .doc(x) or .xls(x).' });

/** A web address of a published document: http or https only. */
export const HTTP_URL = /^https?:\/\/[^\s<>"]+$/;
/** The address when it is a web address (http or https), for a link; else nothing. */
export function httpUrlOf(url: string | undefined): string | undefined {
  return url !== undefined && HTTP_URL.test(url) ? url : undefined;
}
export const httpUrl = z
  .string()
  .regex(pattern(HTTP_URL, 'schema/value', 'web address (http:// or https://)'))
  .meta({ description: 'A web address starting with http:// or https://.' });

export const date = z
  .string()
  .regex(pattern(/^\d{4}-\d{2}-\d{2}$/, 'schema/value', 'date'))
  .meta({ description: 'A date written YYYY-MM-DD.' });

/** Functional classification code: 类 (3 digits), 款 (5) or 项 (7), written in full. */
export const functionalCode = z
  .string()
  .regex(pattern(/^\d{3}(?:\d{2}(?:\d{2})?)?$/, 'schema/code', 'functional'))
  .meta({ [NUMERIC_TEXT]: true, description: 'Functional code in full: 201, 20103 or 2010301.' });

/** Economic classification code: 类 (3 digits) or 款 (5). */
export const economicCode = z
  .string()
  .regex(pattern(/^\d{3}(?:\d{2})?$/, 'schema/code', 'economic'))
  .meta({ [NUMERIC_TEXT]: true, description: 'Economic code: 302 (类) or 30201 (款).' });

export const nonEmpty = z.string().min(1);
