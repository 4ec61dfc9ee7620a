// portal.yaml: the site's settings.
import { z } from 'zod';
import { nonEmpty, slug } from './primitives.ts';

export const portalSchema = z
  .object({
    title: z.object({ zh: nonEmpty, en: nonEmpty }).strict().meta({ description: 'Site title in each language.' }),
    base_url: z.string().regex(/^https?:\/\/[^\s/]+(\/[^\s]*)?$/).optional().meta({ description: 'Where the site is published, e.g. https://budget.example.gov.cn. Canonical links, og:url and sitemap.xml need it; without it the build leaves them out and warns.' }),
    region_order: z.array(slug).optional().meta({ description: 'Region folders in display order.' }),
    show_officials: z.boolean().meta({ description: 'Show officials named on project forms. Personal data: keep false unless there is a reason.' }),
    default_language: z.enum(['zh', 'en']).meta({ description: 'Language at the root of the site.' }),
  })
  .strict();

export type PortalSettings = z.output<typeof portalSchema>;
