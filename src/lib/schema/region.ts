// data/<region>/region.yaml: a city or county that publishes disclosures.
import { z } from 'zod';
import { integer, nonEmpty, text, pattern } from './primitives.ts';

export const regionSchema = z
  .object({
    name: nonEmpty.meta({ description: 'Name as used in disclosures, e.g. 临汾市.' }),
    province: z.string().optional(),
    level: z.enum(['province', 'city', 'county']).meta({ description: 'province 省级, city 市级, county 县（区）级.' }),
    parent: z.string().optional().meta({ description: 'The city a county belongs to, e.g. 吕梁市 for 汾阳市.' }),
    code: z.string().regex(pattern(/^\d{6}$/, 'schema/code', 'region')).optional().meta({ description: '行政区划代码.' }),
    population: z.record(z.string().regex(pattern(/^\d{4}$/, 'schema/value', 'year')), integer).optional().meta({ description: 'Population by year, for per-person figures.' }),
    note: text.optional(),
  })
  .strict();

export type Region = z.output<typeof regionSchema>;
