// Which data files a change touches: the files changed against a base, plus the files whose
// rules read them (next year's disclosure reads this year's for its prior-year checks).
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

function git(args: string[]): string[] {
  return execFileSync('git', args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] })
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
}

export function isGitRef(ref: string): boolean {
  try {
    git(['rev-parse', '--verify', '--quiet', `${ref}^{commit}`]);
    return true;
  } catch {
    return false;
  }
}

/** The default base: the upstream main branch where there is one. */
export function defaultBase(): string {
  for (const ref of ['origin/main', 'main', 'origin/master', 'master']) if (isGitRef(ref)) return ref;
  return 'HEAD';
}

/** Files changed between `base` and the working tree (committed, staged, unstaged and new). */
export function changedFiles(base: string): string[] {
  const mergeBase = git(['merge-base', base, 'HEAD'])[0] ?? base;
  const top = git(['rev-parse', '--show-toplevel'])[0]!;
  const files = new Set([...git(['diff', '--name-only', mergeBase]), ...git(['ls-files', '--others', '--exclude-standard'])]);
  return [...files].map((f) => relative(process.cwd(), join(top, f)).split(sep).join('/'));
}

/** The data files to check for a change: changed ones and the ones whose rules read them. */
export function affectedDataFiles(changed: readonly string[], root: string): string[] {
  const rootRel = relative(process.cwd(), root).split(sep).join('/') || '.';
  const inRoot = changed.filter((f) => f === rootRel || f.startsWith(`${rootRel}/`)).map((f) => f.slice(rootRel.length + 1));
  const out = new Set<string>();
  const disclosuresUnder = (dir: string) => {
    const abs = join(root, dir);
    if (!existsSync(abs)) return;
    for (const d of readdirSync(abs, { withFileTypes: true })) {
      if (d.isDirectory()) disclosuresUnder(join(dir, d.name));
      else out.add(join(dir, d.name).split(sep).join('/'));
    }
  };
  for (const f of inRoot) {
    const parts = f.split('/');
    if (parts[0] === 'classifications') {
      disclosuresUnder('');
      continue;
    }
    if (parts.length === 2 && parts[1] === 'region.yaml') disclosuresUnder(parts[0]!);
    else if (parts.length === 3 && parts[2] === 'department.yaml') disclosuresUnder(join(parts[0]!, parts[1]!));
    // An archived copy added, renamed or removed: the department's files name it (source.archive).
    else if (parts.length === 4 && parts[2] === 'archive') disclosuresUnder(join(parts[0]!, parts[1]!));
    else if (parts.length === 3 && /^\d{4}\.yaml$/.test(parts[2]!)) {
      if (existsSync(join(root, f))) out.add(f);
      const next = `${parts[0]}/${parts[1]}/${Number(parts[2]!.slice(0, 4)) + 1}.yaml`;
      if (existsSync(join(root, next))) out.add(next);
    } else if (existsSync(join(root, f))) out.add(f);
  }
  return [...out].sort().map((f) => `${rootRel}/${f}`);
}
