// Text is text (DESIGN principle 7): HTML residue from PDF tools is rejected, never passed on.
import type { PathSegment } from '../../source/yaml.ts';
import type { Finding } from '../finding.ts';
import { makeFinding, type RuleContext } from './context.ts';

const HTML_TAG = /<\/?([a-zA-Z][a-zA-Z0-9]*)(?:\s[^<>]*)?\/?>/;

function* strings(node: unknown, path: PathSegment[]): Generator<[string, PathSegment[]]> {
  if (typeof node === 'string') yield [node, path];
  else if (Array.isArray(node)) for (let i = 0; i < node.length; i++) yield* strings(node[i], [...path, i]);
  else if (node && typeof node === 'object') for (const [k, v] of Object.entries(node)) yield* strings(v, [...path, k]);
}

function htmlInText(ctx: RuleContext): Finding[] {
  const out: Finding[] = [];
  for (const [text, path] of strings(ctx.file.raw, [])) {
    const m = HTML_TAG.exec(text);
    if (m) out.push(makeFinding(ctx.file, 'schema/html', path, { tag: m[0].length > 40 ? `${m[0].slice(0, 40)}…` : m[0] }));
  }
  return out;
}

export const textRules = [htmlInText];
