// What a figure is, and what computing one needs. Kept apart from the registry so that schemas
// can name figures without importing the derivation.
import type { Decimal, Amount } from '../money.ts';
import type { Disclosure, Project } from '../schema/index.ts';
import type { PathSegment } from '../source/yaml.ts';
import type { FundId } from '../glossary.ts';

/** A derived figure: its exact value, how many rounded amounts went into it, and where they are. */
export interface Figure {
  value: Decimal;
  /** Number of separately rounded amounts summed (drives the rounding tolerance). */
  addends: number;
  sources: PathSegment[][];
}

/** A parsed figure name: its kind and its arguments, in the order they are written. */
export interface FigureRef {
  kind: string;
  /** Positional arguments; optional trailing ones are absent, not empty. */
  args: readonly string[];
}

/** One functional line as the figures read it. */
export interface LineView {
  index: number;
  code: string;
  fund: FundId;
  carriedOver: boolean;
  basic: Amount | undefined;
  project: Amount | undefined;
  basicParts: Partial<Record<string, Amount>>;
  projectParts: Partial<Record<string, Amount>>;
}

/** What a figure kind computes from: the disclosure, its lines, and the other figures. */
export interface FigureSource {
  readonly data: Disclosure;
  readonly lines: readonly LineView[];
  figure(ref: FigureRef | string): Figure | undefined;
  /** A project's amount in 万元 for sums (its unit and rounding are the project form's business). */
  projectAmount(p: Project, index: number): { wan: Decimal; rounded: boolean; path: PathSegment[] } | null;
}

export interface Bilingual {
  zh: string;
  en: string;
}
