// @ts-check
// npm run check [paths] [--format text|json|github] [--lang zh|en] [--strict] [--root data] [--no-cache] [--watch]
// Exit codes: 0 no errors, 1 errors (or warnings with --strict, or a data folder that is missing,
// is a file or holds no disclosure: src/lib/source/data-folder.ts), 2 the command itself was misused.
// Unchanged departments come from the check cache (src/lib/cli/cache.ts); --no-cache checks all.
import { enableTypeScriptCache } from './typescript-cache.js';

// The checker's modules are stripped and compiled once and reused from node_modules/.cache by
// later runs: unchecked, that is a third of a one-file check in the publisher's loop.
enableTypeScriptCache();
const { runCheck, parseCheckArgs } = await import('../src/lib/cli/check.ts');
const { watchCheck } = await import('../src/lib/cli/watch.ts');

const parsed = parseCheckArgs(process.argv.slice(2));
if (!parsed.ok) {
  process.stderr.write(`${parsed.message}\n`);
  process.exitCode = 2;
} else if (parsed.options.watch) {
  // Runs until Ctrl-C (SIGINT ends the process by default).
  watchCheck(parsed.options);
} else {
  const result = runCheck(parsed.options);
  // exitCode, not exit(): a pipe must get the whole report before the process ends.
  process.stdout.write(result.output + (result.output.endsWith('\n') ? '' : '\n'));
  process.exitCode = result.exitCode;
}
