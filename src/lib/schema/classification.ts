// data/classifications/<functional|economic>.yaml: code lists with names valid over year ranges.
import { z } from 'zod';
import { nonEmpty, year, pattern } from './primitives.ts';

const entry = z
  .object({
    code: z.string().regex(pattern(/^\d{3,7}$/, 'schema/code', 'classification')),
    name: nonEmpty,
    from: year.optional().meta({ description: 'First budget year the name is valid for.' }),
    to: year.optional().meta({ description: 'Last budget year the name is valid for.' }),
    variants: z.array(z.string()).optional().meta({ description: 'Spellings seen in published documents that mean the same line.' }),
  })
  .strict();

export const classificationSchema = z
  .object({
    title: nonEmpty,
    source: z.string().optional(),
    entries: z.array(entry),
  })
  .strict();

export type Classification = z.output<typeof classificationSchema>;
export type ClassificationEntry = Classification['entries'][number];
