// content/glossary.yaml: the site's 名词解释, one entry per term, with every printed wording.
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { z } from 'zod';
import { termByKey } from '../glossary.ts';

const entry = z
  .object({
    key: z.string().refine((key) => termByKey(key) !== undefined, { message: 'key must be a glossary key of src/lib/glossary.ts (group.id)' }),
    term: z.string().min(1),
    plain: z.string().min(1).meta({ description: 'One sentence in plain words, shown beside figures.' }),
    definitions: z.array(z.object({ text: z.string().min(1), sources: z.array(z.string().regex(/^[a-z0-9-]+\/[a-z0-9-]+\/\d{4}$/)).min(1) }).strict()).min(1),
  })
  .strict();

export const glossarySchema = z.object({ terms: z.array(entry) }).strict();
export type GlossaryEntry = z.output<typeof entry>;

// Every disclosure page asks for the glossary: parse and validate a file once per content, not once
// per page. The text is read each time (a few KB), so an edit under the dev server is seen at once.
const parsed = new Map<string, { text: string; terms: GlossaryEntry[] }>();

export function loadGlossary(path = 'content/glossary.yaml'): GlossaryEntry[] {
  const text = readFileSync(path, 'utf8');
  const cached = parsed.get(path);
  if (cached?.text === text) return cached.terms;
  const terms = glossarySchema.parse(parse(text)).terms;
  parsed.set(path, { text, terms });
  return terms;
}
