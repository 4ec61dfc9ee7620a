import { configDefaults, defineConfig } from 'vitest/config';

/** Suites that need the built demo portal (and, for e2e, Chromium and nginx): they run last. */
const SITE = ['tests/build', 'tests/search', 'tests/e2e'];

export default defineConfig({
  test: {
    testTimeout: 30_000,
    hookTimeout: 120_000,
    reporters: ['default', './tests/support/summary-reporter.ts'],
    projects: [
      {
        // Everything else: the library, rule fixtures, the check command, the real data,
        // properties and robustness. No build; CPU-bound, so every core runs a file.
        extends: true,
        test: {
          name: 'fast',
          include: ['tests/**/*.test.ts'],
          exclude: [...configDefaults.exclude, ...SITE.map((d) => `${d}/**`)],
          maxWorkers: '100%',
          sequence: { groupOrder: 0 },
        },
      },
      {
        extends: true,
        test: {
          name: 'site',
          include: SITE.map((d) => `${d}/**/*.test.ts`),
          // Several tests build a whole fixture portal (20–30 s alone on two cores); a slow machine must not fail them.
          testTimeout: 120_000,
          // One file at a time: builds whose output folder is outside the checkout share Astro's
          // .astro/.prerender/, and one build's clean-up can delete another's pages (docs/scale.md).
          maxWorkers: 1,
          globalSetup: ['./tests/support/global-setup.ts'],
          sequence: { groupOrder: 1 },
        },
      },
    ],
  },
});
