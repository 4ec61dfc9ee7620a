// portal.yaml: the site's settings.
import { z } from 'zod';
import { NUMERIC_TEXT, nonEmpty, pattern, slug } from './primitives.ts';

/** Rows a portal-wide list shows one by one before it steps down a level: about 1.7 MB of HTML of projects. */
export const PAGE_ROWS_MAX = 5000;

export const portalSchema = z
  .object({
    title: z.object({ zh: nonEmpty, en: nonEmpty }).strict().meta({ description: 'Site title in each language.' }),
    base_url: z.string().regex(/^https?:\/\/[^\s/]+(\/[^\s]*)?$/).optional().meta({ description: 'Where the site is published, e.g. https://budget.example.gov.cn. Canonical links, og:url and sitemap.xml need it; without it the build leaves them out and warns.' }),
    region_order: z.array(slug).optional().meta({ description: 'Region folders in display order.' }),
    show_officials: z.boolean().meta({ description: 'Show officials named on project forms. Personal data: keep false unless there is a reason.' }),
    default_language: z.enum(['zh', 'en']).meta({ description: 'Language at the root of the site.' }),
    page_rows_max: z
      .string()
      .regex(pattern(/^[1-9]\d{0,8}$/, 'schema/value', { zh: '行数（大于零的整数，不加逗号）', en: 'a number of rows (a whole number above zero, without commas)' }))
      .transform(Number)
      .optional()
      .meta({ [NUMERIC_TEXT]: true, description: `The most rows a portal-wide list shows one by one (default ${PAGE_ROWS_MAX}), so that every page stays small enough for a phone. Past it in projects, the all-projects page lists the regions, each linking to its own list, and a region’s list its departments’ years; past it in budgets, a compare page lists its groups of similar departments, each on a page of its own.` }),
  })
  .strict();

export type PortalSettings = z.output<typeof portalSchema>;
