// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { gongkaiValidate } from './src/integration/validate.ts';
import { gongkaiSearch } from './src/integration/search.ts';
import { loadSettings } from './src/lib/settings.ts';
import { shardOf } from './src/lib/shard.ts';
import { buildStopped } from './src/integration/stop.ts';

const settings = loadSettings();
// `astro build --shard i/n` (src/lib/shard.ts): read here, so a malformed value stops the build at
// once, and handed to the pages through the environment.
const shard = (() => {
  try {
    return shardOf(process.argv, process.env);
  } catch (e) {
    throw buildStopped(`分片参数有误 / bad --shard\n\n${/** @type {Error} */ (e).message}`);
  }
})();
if (shard) process.env.GONGKAI_SHARD = `${shard.index}/${shard.count}`;

export default defineConfig({
  site: settings.base_url,
  trailingSlash: 'always',
  // No inline styles or scripts anywhere: the site runs under a strict Content-Security-Policy.
  build: { format: 'directory', inlineStylesheets: 'never', concurrency: 4 },
  markdown: { syntaxHighlight: 'prism' },
  // Never inline a script: even small ones go to /_astro/ files the CSP allows.
  vite: { build: { assetsInlineLimit: 0 } },
  i18n: {
    defaultLocale: settings.default_language,
    locales: ['zh', 'en'],
    routing: { prefixDefaultLocale: false },
  },
  integrations: [gongkaiValidate(), mdx(), gongkaiSearch()],
});
