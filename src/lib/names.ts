// A name from the data as a page shows it: on an English page the English name where the publisher
// gave one (name_en), else the Chinese name, marked Chinese; on a Chinese page the Chinese name.
import type { Lang } from './glossary.ts';
import { dataLang } from './i18n.ts';
import { nameWithRegion } from './format.ts';

export interface ShownName {
  text: string;
  /** zh-CN where the text is Chinese on a page in another language. */
  lang?: string;
}

export function shownName(info: { name: string; name_en?: string | undefined }, lang: Lang): ShownName {
  if (lang === 'en' && info.name_en) return { text: info.name_en };
  const marked = dataLang(lang);
  return marked ? { text: info.name, lang: marked } : { text: info.name };
}

/** A department's name that says its region (see nameWithRegion); in English its name_en, which says it too. */
export function shownDepartmentWithRegion(region: { name: string }, department: { name: string; name_en?: string | undefined }, lang: Lang): ShownName {
  if (lang === 'en' && department.name_en) return { text: department.name_en };
  return shownName({ name: nameWithRegion(region.name, department) }, lang);
}

/** The lang attribute for a name already chosen for a page: zh-CN on an English page when it is Chinese (not a name_en). */
export function langOfName(text: string, lang: Lang): string | undefined {
  return /\p{Script=Han}/u.test(text) ? dataLang(lang) : undefined;
}
