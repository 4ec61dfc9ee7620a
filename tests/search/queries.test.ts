// The Chinese query regression suite (query-suite.ts) on the demo as built once for the tests
// (one search bundle: the demo is far below a bundle's 4,000 pages). The merged 2-shard build,
// two bundles merged in the browser, runs the same suite in tests/build/shards.test.ts.
import { inject } from 'vitest';
import { querySuite } from './query-suite.ts';

querySuite(() => inject('demoDist'));
