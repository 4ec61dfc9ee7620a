// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { gongkaiValidate } from './src/integration/validate.ts';
import { gongkaiSearch } from './src/integration/search.ts';
import { loadSettings } from './src/lib/settings.ts';

const settings = loadSettings();

export default defineConfig({
  site: settings.base_url,
  trailingSlash: 'always',
  build: { format: 'directory' },
  i18n: {
    defaultLocale: settings.default_language,
    locales: ['zh', 'en'],
    routing: { prefixDefaultLocale: false },
  },
  integrations: [gongkaiValidate(), mdx(), gongkaiSearch()],
});
