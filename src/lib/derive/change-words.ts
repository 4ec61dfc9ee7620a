// A change on last year in words: "比上年减少 860.60 万元，下降 22.49%", "down 860.60 10k yuan on last year, 22.49%".
import type { Lang } from '../glossary.ts';
import { formatPercent, formatWan } from '../format.ts';
import { t, tf } from '../i18n.ts';
import type { Change } from './summary.ts';

export function changeWords(change: Change, lang: Lang): string {
  if (change.difference.isZero()) return t('unchangedOnLastYear', lang);
  const direction = change.difference.isPositive() ? t('increase', lang) : t('decrease', lang);
  const percent = change.percent ? `${t('clauseSep', lang)}${formatPercent(change.percent.abs())}` : '';
  return tf('changeOnLastYear', lang, { direction, amount: formatWan(change.difference.abs()), unit: t('unitWan', lang), percent });
}
