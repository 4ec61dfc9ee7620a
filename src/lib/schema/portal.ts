// portal.yaml: the site's settings.
import { z } from 'zod';
import { NUMERIC_TEXT, nonEmpty, pattern, slug } from './primitives.ts';

/** Rows the all-projects page lists before it lists regions instead: about 1.7 MB of HTML. */
export const PROJECTS_LIST_MAX = 5000;

export const portalSchema = z
  .object({
    title: z.object({ zh: nonEmpty, en: nonEmpty }).strict().meta({ description: 'Site title in each language.' }),
    base_url: z.string().regex(/^https?:\/\/[^\s/]+(\/[^\s]*)?$/).optional().meta({ description: 'Where the site is published, e.g. https://budget.example.gov.cn. Canonical links, og:url and sitemap.xml need it; without it the build leaves them out and warns.' }),
    region_order: z.array(slug).optional().meta({ description: 'Region folders in display order.' }),
    show_officials: z.boolean().meta({ description: 'Show officials named on project forms. Personal data: keep false unless there is a reason.' }),
    default_language: z.enum(['zh', 'en']).meta({ description: 'Language at the root of the site.' }),
    projects_list_max: z
      .string()
      .regex(pattern(/^[1-9]\d{0,8}$/, 'schema/value', { zh: '项目数（大于零的整数，不加逗号）', en: 'a number of projects (a whole number above zero, without commas)' }))
      .transform(Number)
      .optional()
      .meta({ [NUMERIC_TEXT]: true, description: `The most projects the all-projects page lists one by one (default ${PROJECTS_LIST_MAX}). Past it the page lists the regions, each linking to its own list of projects, and a region past it lists its departments’ years, so that every page stays small enough for a phone.` }),
  })
  .strict();

export type PortalSettings = z.output<typeof portalSchema>;
