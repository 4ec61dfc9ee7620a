// Astro integration: validate every data file before rendering; fail the build with the whole
// report, the same one `npm run check` prints.
import type { AstroIntegration } from 'astro';
import { checkPortal, shareBuildCheck } from '../lib/validate/engine.ts';
import { formatText } from '../lib/report/format.ts';

export function gongkaiValidate(options: { root?: string } = {}): AstroIntegration {
  const root = options.root ?? process.env.GONGKAI_DATA ?? 'data';
  return {
    name: 'gongkai:validate',
    hooks: {
      'astro:build:start': ({ logger }) => {
        const result = checkPortal(root, { releaseSources: true });
        // The pages are rendered in the same process from another module graph: hand them this
        // result so the portal is checked once per build, not twice.
        shareBuildCheck(root, result);
        const errors = result.findings.filter((f) => f.severity === 'error');
        const warnings = result.findings.filter((f) => f.severity === 'warning');
        if (errors.length) {
          const report = formatText({ findings: result.findings.filter((f) => f.severity !== 'info'), filesChecked: result.files.length, lang: 'zh' });
          throw new Error(`数据检查未通过，构建已停止 / data check failed, build stopped\n\n${report}`);
        }
        logger.info(`${result.files.length} files checked: 0 errors, ${warnings.length} warnings`);
      },
    },
  };
}
