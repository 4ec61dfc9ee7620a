// Spending per resident: an amount in 万元 over the region's population of the same year, in 元,
// exact. A year without a population has none: no guess, and never another year's population.
import { Decimal, YUAN_PER_WAN } from '../money.ts';
import type { Region } from '../schema/index.ts';

/** Per-resident figures are shown to the fen (0.01 元), half-up; the pages say so. */
export const PER_RESIDENT_DECIMALS = 2;

/** The region's population in `year`, where region.yaml gives one for that very year. */
export function populationIn(region: Pick<Region, 'population'>, year: number): number | undefined {
  const people = region.population?.[String(year)];
  return people !== undefined && people > 0 ? people : undefined;
}

/** 元 per resident: 万元 × 10000 ÷ population, exact (decimal.js, unrounded). */
export function perResident(wan: Decimal, population: number): Decimal {
  return wan.times(YUAN_PER_WAN).dividedBy(new Decimal(population));
}

export interface PerResident {
  /** 元 per resident, exact. */
  yuan: Decimal;
  population: number;
  year: number;
}

/** An amount of `year` per resident of the region, or undefined where the year has no population. */
export function perResidentIn(region: Pick<Region, 'population'>, year: number, wan: Decimal): PerResident | undefined {
  const population = populationIn(region, year);
  return population === undefined ? undefined : { yuan: perResident(wan, population), population, year };
}
