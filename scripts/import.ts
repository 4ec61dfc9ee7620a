// npm run import -- <document> --to <region>/<dept>/<year> [--template id] [--lang zh|en]  (src/lib/cli/import.ts)
import { runImport } from '../src/lib/cli/import.ts';

const result = await runImport(process.argv.slice(2), process.env.GONGKAI_DATA ?? 'data');
(result.exitCode === 0 ? process.stdout : process.stderr).write(`${result.message}\n`);
process.exitCode = result.exitCode;
