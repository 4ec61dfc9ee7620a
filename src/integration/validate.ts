// Astro integration: validate every data file before rendering; fail the build with the whole
// report, the same one `npm run check` prints. A data folder that is missing, is a file, or holds
// no disclosure stops the build before anything is written, with the message `npm run check`
// gives for it (src/lib/source/data-folder.ts): never an empty portal.
//
// `astro dev` keeps serving while a file is wrong: the pages show what loaded, with the findings
// on the affected disclosure page and every finding on /_check/ (a route that exists only in dev);
// a change under the data folder loads and checks the site again and reloads the browser.
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { buildStopped } from './stop.ts';
import type { AstroIntegration } from 'astro';
import type { ViteDevServer } from 'vite';
import { CHECK_PATH, dataChanged, markDevServer } from '../data/dev.ts';
import { checkPortal, shareBuildCheck } from '../lib/validate/engine.ts';
import { cachedDisclosureChecks } from '../lib/cli/cache.ts';
import { formatText } from '../lib/report/format.ts';
import { loadSettings } from '../lib/settings.ts';
import { orderRegions, shardOf, shardProblem } from '../lib/shard.ts';
import type { LoadedPortal } from '../lib/source/load.ts';
import { t } from '../lib/i18n.ts';
import { dataFolderMessage, dataFolderProblem, noDisclosureProblem, type DataFolderProblem } from '../lib/source/data-folder.ts';

function folderStopped(problem: DataFolderProblem): Error {
  return buildStopped(`数据目录有问题，构建已停止 / data folder problem, build stopped\n\n${dataFolderMessage(problem, 'zh', 'environment').message}`);
}

/**
 * Dev server: watch the data folder; on any change drop the loaded site, clear Astro's cache of
 * static paths (the pages' props hold the old site) and reload the browser, once per burst of
 * events (an editor's save may write, rename and delete).
 */
function watchData(server: ViteDevServer, root: string, onChange: () => void): void {
  const folder = resolve(root);
  const inside = (path: string) => {
    const rel = relative(folder, resolve(path));
    return rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel);
  };
  const invalidate = () => {
    dataChanged();
    // Astro clears its cache of static paths on this event (as when content changes).
    for (const environment of Object.values(server.environments)) {
      if (environment.name !== 'client') environment.hot.send('astro:content-changed', {});
    }
  };
  server.watcher.add(folder);
  let timer: ReturnType<typeof setTimeout> | undefined;
  server.watcher.on('all', (_event, path) => {
    if (!inside(path)) return;
    // Now, so no page renders the old site; and again after the burst, in case a page read a
    // half-written file meanwhile. Then the browser reloads, once.
    invalidate();
    clearTimeout(timer);
    timer = setTimeout(() => {
      invalidate();
      server.environments.client.hot.send({ type: 'full-reload', path: '*' });
      onChange();
    }, 100);
  });
}

/** Each region's disclosures, in portal order: what shards are dealt by. */
function regionWeights(portal: LoadedPortal): { slug: string; weight: number }[] {
  return orderRegions([...portal.regions.keys()], loadSettings().region_order).map((slug) => ({ slug, weight: portal.disclosures.filter((d) => d.source.region === slug).length }));
}

export function gongkaiValidate(options: { root?: string } = {}): AstroIntegration {
  const root = options.root ?? process.env.GONGKAI_DATA ?? 'data';
  return {
    name: 'gongkai:validate',
    hooks: {
      'astro:config:setup': ({ command, injectRoute }) => {
        if (command !== 'dev') return;
        markDevServer();
        injectRoute({ pattern: CHECK_PATH.replace(/\/$/, ''), entrypoint: new URL('./check-route.astro', import.meta.url) });
      },
      'astro:server:setup': ({ server, logger }) => {
        watchData(server, root, () => logger.info(`data changed under ${root}: checking again (${CHECK_PATH})`));
      },
      'astro:build:start': ({ logger }) => {
        const unusable = dataFolderProblem(root);
        if (unusable) throw folderStopped(unusable);
        const started = performance.now();
        // Rule findings of files unchanged since `npm run check` come from its cache: a sharded
        // build's check job fills it once and every shard reads it (docs/scale.md).
        const result = checkPortal(root, { releaseSources: true, knownChecks: cachedDisclosureChecks(root) });
        // The pages are rendered in the same process from another module graph: hand them this
        // result so the portal is checked once per build, not twice.
        shareBuildCheck(root, result);
        const errors = result.findings.filter((f) => f.severity === 'error');
        const warnings = result.findings.filter((f) => f.severity === 'warning');
        if (errors.length) {
          const report = formatText({ findings: result.findings.filter((f) => f.severity !== 'info'), filesChecked: result.files.length, lang: 'zh', verbose: true, all: true });
          throw buildStopped(`数据检查未通过，构建已停止 / data check failed, build stopped\n\n${report}`);
        }
        const empty = noDisclosureProblem(result.portal, root);
        if (empty) throw folderStopped(empty);
        const shard = shardOf([], process.env);
        const unshardable = shard && shardProblem(shard, regionWeights(result.portal));
        if (unshardable) throw buildStopped(`分片无法构建 / the shard cannot be built\n\n--shard ${shard.index}/${shard.count}: ${unshardable}`);
        // npm run bench reads this line for the time of the checking phase.
        const reused = result.reused ? ` (${result.reused} disclosures from the check cache)` : '';
        logger.info(`${result.files.length} files checked in ${((performance.now() - started) / 1000).toFixed(1)} s${reused}: 0 errors, ${warnings.length} warnings`);
        // Canonical links, og:url and the sitemap need the site's absolute address: without it they
        // are left out, and the publisher is told once what is missing and where to set it.
        if (!loadSettings().base_url) logger.warn(`${t('baseUrlMissing', 'zh')}\n${t('baseUrlMissing', 'en')}`);
      },
    },
  };
}
