// npm run new -- <region>/<dept>/<year> | <region>/<dept> [--name 部门名称] [--lang zh|en]
//              <region>/<dept>/<year> --xlsx [--out file.xlsx]   the fill-in workbook instead
import { newWorkbook, runNew } from '../src/lib/cli/new.ts';

const argv = process.argv.slice(2);
const root = process.env.GONGKAI_DATA ?? 'data';
const result = argv.includes('--xlsx') ? await newWorkbook(argv.filter((a) => a !== '--xlsx'), root) : runNew(argv, root);
(result.exitCode === 0 ? process.stdout : process.stderr).write(`${result.message}\n`);
process.exitCode = result.exitCode;
