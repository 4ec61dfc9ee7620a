// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { gongkaiValidate } from './src/integration/validate.ts';
import { gongkaiSearch } from './src/integration/search.ts';

export default defineConfig({
  site: 'https://example.org',
  trailingSlash: 'always',
  build: { format: 'directory' },
  i18n: {
    defaultLocale: 'zh',
    locales: ['zh', 'en'],
    routing: { prefixDefaultLocale: false },
  },
  integrations: [gongkaiValidate(), mdx(), gongkaiSearch()],
});
