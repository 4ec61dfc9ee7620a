// The same project in a department's other years: matched by an explicit `match` id, or by its
// name once brackets, spaces, traditional characters and a leading year are set aside.

import { LEADING_YEAR, NAME_PUNCTUATION, SIMPLIFIED, TRADITIONAL } from '../chinese-text.ts';

const T2S = new Map<string, string>();
for (let i = 0; i < TRADITIONAL.length && i < SIMPLIFIED.length; i++) T2S.set(TRADITIONAL[i]!, SIMPLIFIED[i]!);

export function toSimplified(text: string): string {
  return [...text].map((c) => T2S.get(c) ?? c).join('');
}

/** The key two names must share to be the same project. */
export function normaliseProjectName(name: string): string {
  const bracketed = NAME_PUNCTUATION.reduce((text, [pattern, ascii]) => text.replace(pattern, ascii), toSimplified(name));
  return bracketed.replace(/[\s\u3000]+/g, '').replace(LEADING_YEAR, '');
}

export interface ProjectRef {
  year: number;
  id: string;
  name: string;
  match?: string;
}

export function matchKey(p: { name: string; match?: string }): string {
  return p.match ? `id:${p.match}` : `name:${normaliseProjectName(p.name)}`;
}

/** Other years' projects that match `project`, nearest year first. */
export function sameProjectElsewhere<T extends ProjectRef>(project: ProjectRef, others: readonly T[]): T[] {
  const key = matchKey(project);
  return others.filter((o) => o.year !== project.year && matchKey(o) === key).sort((a, b) => Math.abs(a.year - project.year) - Math.abs(b.year - project.year));
}
