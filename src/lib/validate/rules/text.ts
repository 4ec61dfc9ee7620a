// Text is text (DESIGN principle 7): HTML residue from PDF tools is rejected, never passed on.
import type { PathSegment } from '../../source/yaml.ts';
import type { Finding } from '../finding.ts';
import { makeFinding, type RuleContext } from './context.ts';

const HTML_TAG = /<\/?([a-zA-Z][a-zA-Z0-9]*)(?:\s[^<>]*)?\/?>/;

/** Calls `fn` with every string in `node` and the path to it (the path array is reused: copy it to keep it). */
function eachString(node: unknown, path: PathSegment[], fn: (text: string, path: PathSegment[]) => void): void {
  if (typeof node === 'string') fn(node, path);
  else if (Array.isArray(node)) {
    for (let i = 0; i < node.length; i++) {
      path.push(i);
      eachString(node[i], path, fn);
      path.pop();
    }
  } else if (node && typeof node === 'object') {
    for (const k in node as Record<string, unknown>) {
      path.push(k);
      eachString((node as Record<string, unknown>)[k], path, fn);
      path.pop();
    }
  }
}

function htmlInText(ctx: RuleContext): Finding[] {
  const out: Finding[] = [];
  eachString(ctx.file.raw, [], (text, path) => {
    // Every tag has a "<"; most strings have none.
    const m = text.includes('<') ? HTML_TAG.exec(text) : null;
    if (m) out.push(makeFinding(ctx.file, 'schema/html', [...path], { tag: m[0].length > 40 ? `${m[0].slice(0, 40)}…` : m[0] }));
  });
  return out;
}

export const textRules = [htmlInText];
