// Labels of template tables: a glossary key, or a word the template declares under `terms`.
import { termByKey } from '../glossary.ts';
import type { Template } from '../schema/template.ts';
import type { Bilingual } from '../figures/types.ts';

/** The term a key names in the glossary or the template, or undefined. */
export function findLabel(template: Pick<Template, 'terms'>, key: string): Bilingual | undefined {
  const term = termByKey(key) ?? template.terms?.find((t) => t.key === key);
  return term ? { zh: term.zh, en: term.en } : undefined;
}

/** The label of a key; templates are checked on loading, so an unknown key only shows itself. */
export function labelOf(template: Pick<Template, 'terms'>, key: string): Bilingual {
  return findLabel(template, key) ?? { zh: key, en: key };
}
