// @ts-check
import { defineConfig } from 'astro/config';
import { gongkaiValidate } from './src/integration/validate.ts';

export default defineConfig({
  site: 'https://example.org',
  trailingSlash: 'always',
  build: { format: 'directory' },
  integrations: [gongkaiValidate()],
});
