// data/<region>/region.yaml: a city or county that publishes disclosures.
import { z } from 'zod';
import { nonEmpty, population, text, pattern } from './primitives.ts';

/**
 * Administrative level of a region, as the budget is organised: a province, a city divided into
 * districts, a prefecture, a county-level place under a city or directly under its province, a
 * district of a city. Labels are in src/lib/i18n.ts (regionLevel).
 */
export const REGION_LEVELS = ['province', 'city', 'prefecture', 'autonomous_prefecture', 'county', 'county_city', 'autonomous_county', 'district', 'province_administered'] as const;
export type RegionLevel = (typeof REGION_LEVELS)[number];

export const regionSchema = z
  .object({
    name: nonEmpty.meta({ description: 'Name as used in disclosures, e.g. 临汾市.' }),
    name_en: nonEmpty.optional().meta({ description: 'Name on English pages, e.g. Linfen. Without it English pages show the Chinese name, marked as Chinese.' }),
    province: z.string().optional(),
    level: z.enum(REGION_LEVELS).meta({
      description:
        'province 省级（省、自治区、直辖市）, city 设区的市（地级市）, prefecture 地区、盟, autonomous_prefecture 自治州, county 县级（县，或未细分的县级市、区）, county_city 县级市, autonomous_county 自治县（旗）, district 市辖区, province_administered 省直管县（市）.',
    }),
    parent: z.string().optional().meta({ description: 'The city or prefecture a county-level place belongs to, e.g. 吕梁市 for 汾阳市 (none for one administered by the province).' }),
    code: z.string().regex(pattern(/^\d{6}$/, 'schema/code', 'region')).optional().meta({ description: '行政区划代码.' }),
    population: z
      .record(z.string().regex(pattern(/^(?:19|20)\d{2}$/, 'schema/value', { zh: '年份（四位数字）', en: 'year (four digits)' })), population)
      .optional()
      .meta({
        description:
          'Resident population (常住人口) by year, e.g. { "2020": 3976481 } from the 2020 census. The disclosure of a year with a population shows spending per resident (元); a year without one shows none (no other year’s population is used). Name the source in a YAML comment.',
      }),
    note: text.optional(),
  })
  .strict();

export type Region = z.output<typeof regionSchema>;
