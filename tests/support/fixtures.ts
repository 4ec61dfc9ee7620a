// Reading fixture expectations: "# expect: <rule>" comments on the line a finding must point at,
// and <fixture>.expect.yaml beside fixtures whose files that cannot carry comments (binary, empty, misplaced files).
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from 'yaml';

export interface Expectation {
  rule: string;
  file: string;
  line: number;
}

function walk(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir).sort()) {
    const full = join(dir, name);
    let isDir = false;
    try {
      isDir = statSync(full).isDirectory();
    } catch {
      continue;
    }
    if (isDir) walk(full, out);
    else out.push(full);
  }
  return out;
}

export function expectations(root: string): Expectation[] {
  const out: Expectation[] = [];
  for (const file of walk(root)) {
    if (!file.endsWith('.yaml')) continue;
    let text: string;
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(readFileSync(file));
    } catch {
      continue;
    }
    text.split('\n').forEach((line, i) => {
      for (const m of line.matchAll(/# expect: ([\w/-]+)/g)) out.push({ rule: m[1]!, file: relative(root, file).split('\\').join('/'), line: i + 1 });
    });
  }
  const sidecar = `${root}.expect.yaml`;
  if (existsSync(sidecar)) out.push(...(parse(readFileSync(sidecar, 'utf8')) as Expectation[]));
  return out;
}

export const FIXTURES = join(import.meta.dirname, '..', 'fixtures');

/** tests/fixtures/rules/<rule with / as -->/{fail,pass} */
export function ruleFixtureDir(rule: string, kind: 'fail' | 'pass'): string {
  return join(FIXTURES, 'rules', rule.replace('/', '--'), kind);
}
