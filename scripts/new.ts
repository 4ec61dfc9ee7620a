// npm run new -- <region>/<dept>/<year> | <region>/<dept> [--name 部门名称] [--lang zh|en]
import { runNew } from '../src/lib/cli/new.ts';

const result = runNew(process.argv.slice(2), process.env.GONGKAI_DATA ?? 'data');
(result.exitCode === 0 ? process.stdout : process.stderr).write(`${result.message}\n`);
process.exitCode = result.exitCode;
