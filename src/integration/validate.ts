// Astro integration: validate every data file before rendering; fail the build with the whole
// report, the same one `npm run check` prints. A data folder that is missing, is a file, or holds
// no disclosure stops the build before anything is written, with the message `npm run check`
// gives for it (src/lib/source/data-folder.ts): never an empty portal.
import type { AstroIntegration } from 'astro';
import { checkPortal, shareBuildCheck } from '../lib/validate/engine.ts';
import { formatText } from '../lib/report/format.ts';
import { dataFolderMessage, dataFolderProblem, noDisclosureProblem, type DataFolderProblem } from '../lib/source/data-folder.ts';

/**
 * The error that stops the build. Astro prints its message after "An unhandled error occurred
 * while running the hook"; without a stack it prints no stack trace and no code location, which
 * would only point at this file and tell the publisher nothing.
 */
function buildStopped(message: string): Error {
  const error = new Error(message);
  error.stack = '';
  return error;
}

function folderStopped(problem: DataFolderProblem): Error {
  return buildStopped(`数据目录有问题，构建已停止 / data folder problem, build stopped\n\n${dataFolderMessage(problem, 'zh', 'environment').message}`);
}

export function gongkaiValidate(options: { root?: string } = {}): AstroIntegration {
  const root = options.root ?? process.env.GONGKAI_DATA ?? 'data';
  return {
    name: 'gongkai:validate',
    hooks: {
      'astro:build:start': ({ logger }) => {
        const unusable = dataFolderProblem(root);
        if (unusable) throw folderStopped(unusable);
        const result = checkPortal(root, { releaseSources: true });
        // The pages are rendered in the same process from another module graph: hand them this
        // result so the portal is checked once per build, not twice.
        shareBuildCheck(root, result);
        const errors = result.findings.filter((f) => f.severity === 'error');
        const warnings = result.findings.filter((f) => f.severity === 'warning');
        if (errors.length) {
          const report = formatText({ findings: result.findings.filter((f) => f.severity !== 'info'), filesChecked: result.files.length, lang: 'zh' });
          throw buildStopped(`数据检查未通过，构建已停止 / data check failed, build stopped\n\n${report}`);
        }
        const empty = noDisclosureProblem(result.portal, root);
        if (empty) throw folderStopped(empty);
        logger.info(`${result.files.length} files checked: 0 errors, ${warnings.length} warnings`);
      },
    },
  };
}
