// npm run merge -- --out <site> <shard output> <shard output> …
// Joins the outputs of `npm run build -- --shard i/n` (src/lib/shard.ts) into one site. Exit codes:
// 0 merged, 1 the shards do not make one site (the message says why), 2 the command was misused.
import { runMerge } from '../src/lib/cli/merge.ts';

const result = runMerge(process.argv.slice(2));
(result.exitCode === 0 ? process.stdout : process.stderr).write(`${result.output}\n`);
process.exitCode = result.exitCode;
