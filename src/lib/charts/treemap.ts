// The treemap of a disclosure page and its table twin, as one flat list of blocks: the page lays
// the table out from it, the browser draws one level of it at a time. Amounts travel as the exact
// text the tables show; `area` (an exact decimal string) becomes a float only for a block's size.
import { WAN, type Decimal } from '../money.ts';
import { CODE_LEVELS, SPENDING, type Lang } from '../glossary.ts';
import { t, tf } from '../i18n.ts';
import { formatAmount, formatFixed, formatPercent, share } from '../format.ts';
import type { TableContext } from '../derive/tables.ts';
import { spendingTree, type SpendingNode, type SpendingNodeKind } from '../derive/spending-tree.ts';

export interface TreemapBlock {
  /** Index of the block this one is part of; -1 for the total. */
  parent: number;
  /** Indexes of its parts, the largest first; empty for a block that does not open. */
  children: number[];
  /** 0 for the total, 1 for 类, 2 for 款, 3 for 项, 4 for a project or a part of an item. */
  depth: number;
  /** The level in words, for the table twin's screen-reader users: 类, 款, 项, 项目, 其中. Empty for the total. */
  level: string;
  kind: SpendingNodeKind;
  code?: string;
  /** The whole name: a name from the data, or the page's words for a part without one. */
  name: string;
  /** The name is from the data (Chinese on every page). */
  dataName: boolean;
  /** "201 一般公共服务支出": the breadcrumb's and the tooltip's title. */
  title: string;
  /** The amount as the tables show it: "1,390.32". */
  amount: string;
  /** The printed amount differs from the sum of its parts (a rounding footnote, †). */
  differs: boolean;
  /** Exact decimal text of the amount, for the block's area only. */
  area: string;
  /** Share of the page's total: "96.96%". */
  share: string;
  /** The project's page. */
  href?: string;
}

export interface TreemapSpec {
  lang: Lang;
  /** "2022年支出逐级展开：类、款、项与项目". */
  title: string;
  unit: typeof WAN;
  /** The unit in the page's language: 万元, 10k yuan. */
  unitLabel: string;
  /** Blocks in reading order (each block before its parts); blocks[0] is the total. */
  blocks: TreemapBlock[];
  /** Projects not placed under any item, said under the table. */
  unplaced?: string;
  /** Words the browser needs. */
  words: {
    /** The breadcrumb's first step: 全部, All. */
    all: string;
    /** The breadcrumb's name for screen readers. */
    path: string;
    /** Name of the list of blocks of the level shown. */
    blocks: string;
    /** How to use it: click, Enter, Escape. */
    hint: string;
    /** "占支出合计 {percent}": the tooltip's share line. */
    shareOfTotal: string;
    /** "已打开：{title}": said when a level opens. */
    opened: string;
  };
}

const DEPTH: Record<SpendingNodeKind, number> = { total: 0, class: 1, section: 2, item: 3, basic: 4, project: 4, unlisted: 4, unsplit: 4 };

function levelOf(kind: SpendingNodeKind, lang: Lang): string {
  if (kind === 'total') return '';
  if (kind === 'class' || kind === 'section' || kind === 'item') return CODE_LEVELS[kind][lang];
  return kind === 'project' ? t('treemapProject', lang) : t('treemapPart', lang);
}

function nameOf(node: SpendingNode, lang: Lang): { name: string; dataName: boolean } {
  switch (node.kind) {
    case 'total':
      return { name: SPENDING.total[lang], dataName: false };
    case 'basic':
      return { name: SPENDING.basic[lang], dataName: false };
    case 'unlisted':
      return { name: t('treemapUnlisted', lang), dataName: false };
    case 'unsplit':
      return { name: t('treemapUnsplit', lang), dataName: false };
    default:
      // A code the catalogue does not name keeps its code as its name.
      return { name: node.name || node.code || '', dataName: !!node.name };
  }
}

/** The treemap of a disclosure: its spending tree as blocks, with the words and figures the page shows. */
export function treemapSpec(ctx: TableContext, lang: Lang, projectBase = ''): TreemapSpec {
  const tree = spendingTree(ctx);
  const total = tree.root.value;
  const decimals = ctx.template.decimals;
  const blocks: TreemapBlock[] = [];
  const add = (node: SpendingNode, parent: number): number => {
    const index = blocks.length;
    const { name, dataName } = nameOf(node, lang);
    const block: TreemapBlock = {
      parent,
      children: [],
      depth: DEPTH[node.kind],
      level: levelOf(node.kind, lang),
      kind: node.kind,
      ...(node.code && { code: node.code }),
      name,
      dataName,
      title: node.code && node.kind !== 'project' ? `${node.code} ${name}` : name,
      amount: node.printed ? formatAmount(node.printed) : formatFixed(node.value, decimals),
      differs: node.differs,
      area: node.value.toFixed(),
      share: shareText(node.value, total),
      ...(node.project && { href: `${projectBase}projects/${node.project}/` }),
    };
    blocks.push(block);
    const parts = [...node.children].sort((a, b) => b.value.comparedTo(a.value));
    block.children = parts.map((c) => add(c, index));
    return index;
  };
  add(tree.root, -1);
  return {
    lang,
    title: tf('treemapTitle', lang, { year: ctx.data.year }),
    unit: WAN,
    unitLabel: t('unitWan', lang),
    blocks,
    ...(tree.unplaced.count > 0 && { unplaced: tf('treemapUnplaced', lang, { count: tree.unplaced.count, amount: formatFixed(tree.unplaced.value, decimals), unit: t('unitWan', lang) }) }),
    words: {
      all: t('treemapAll', lang),
      path: t('treemapPath', lang),
      blocks: t('treemapBlocks', lang),
      hint: t('treemapHint', lang),
      shareOfTotal: t('shareOfTotal', lang),
      opened: t('treemapOpened', lang),
    },
  };
}

function shareText(part: Decimal, whole: Decimal): string {
  const s = share(part, whole);
  return s ? formatPercent(s, 2) : '';
}
