// Editorial pages (about, guides) are MDX files in content/pages/, one per language:
// about.mdx (Chinese) and abouten.mdx (English: the slug with "en" appended).
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';

const pages = defineCollection({
  loader: glob({ pattern: '*.mdx', base: './content/pages' }),
  schema: z.object({ title: z.string(), description: z.string().optional() }).strict(),
});

export const collections = { pages };
