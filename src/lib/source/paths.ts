// Logical paths: how findings name a place in a file (expenditure[code=2010301].basic) and how
// errata point at one.
import type { Path, PathSegment } from './yaml.ts';

/** Names an element by id, code, unit or subject, when that name is unique among its siblings. */
function keyOfElement(element: unknown, siblings: readonly unknown[]): string | null {
  if (element && typeof element === 'object') {
    const e = element as Record<string, unknown>;
    for (const k of ['id', 'code', 'unit', 'subject']) {
      const v = e[k];
      if (typeof v !== 'string' || v === '') continue;
      const same = siblings.filter((s) => s && typeof s === 'object' && (s as Record<string, unknown>)[k] === v).length;
      return same === 1 ? `${k}=${v}` : null;
    }
  }
  return null;
}

/** Renders a path readably, naming array elements by their id or code where they have one. */
export function formatPath(path: Path, root: unknown): string {
  let out = '';
  let node: unknown = root;
  for (const seg of path) {
    if (typeof seg === 'number') {
      const element = Array.isArray(node) ? node[seg] : undefined;
      const named = Array.isArray(node) ? keyOfElement(element, node) : null;
      out += named ? `[${named}]` : `[${seg}]`;
      node = element;
    } else {
      out += out === '' ? seg : `.${seg}`;
      node = node && typeof node === 'object' ? (node as Record<string, unknown>)[seg] : undefined;
    }
  }
  return out;
}

/**
 * Resolves a written path against a value: `a.b[0].c`, `a[id=x].b`, and keys that contain dots
 * (figure names such as function.2010301.basic) are matched greedily.
 */
export function resolvePath(text: string, root: unknown): { path: PathSegment[]; value: unknown } | null {
  const tokens: ({ key: string } | { index: number } | { match: [string, string] })[] = [];
  const re = /([^.[\]]+(?:\.[^.[\]]+)*)|\[(\d+)\]|\[(\w+)=([^\]]+)\]/y;
  let pos = 0;
  while (pos < text.length) {
    if (text[pos] === '.') pos++;
    re.lastIndex = pos;
    const m = re.exec(text);
    if (!m) return null;
    if (m[1] !== undefined) tokens.push({ key: m[1] });
    else if (m[2] !== undefined) tokens.push({ index: Number(m[2]) });
    else tokens.push({ match: [m[3]!, m[4]!] });
    pos = re.lastIndex;
  }
  const path: PathSegment[] = [];
  let node: unknown = root;
  for (const token of tokens) {
    if ('index' in token) {
      if (!Array.isArray(node) || token.index >= node.length) return null;
      path.push(token.index);
      node = node[token.index];
    } else if ('match' in token) {
      if (!Array.isArray(node)) return null;
      const [k, v] = token.match;
      const i = node.findIndex((e) => e && typeof e === 'object' && String((e as Record<string, unknown>)[k]) === v);
      if (i < 0) return null;
      path.push(i);
      node = node[i];
    } else {
      // Dotted run: consume the longest existing key at each level.
      const parts = token.key.split('.');
      let i = 0;
      while (i < parts.length) {
        if (!node || typeof node !== 'object' || Array.isArray(node)) return null;
        let found = false;
        for (let j = parts.length; j > i; j--) {
          const key = parts.slice(i, j).join('.');
          if (Object.prototype.hasOwnProperty.call(node, key)) {
            path.push(key);
            node = (node as Record<string, unknown>)[key];
            i = j;
            found = true;
            break;
          }
        }
        if (!found) return null;
      }
    }
  }
  return { path, value: node };
}

/** True when `path` equals `prefix` or lies under it. */
export function isUnder(path: Path, prefix: Path): boolean {
  return prefix.length <= path.length && prefix.every((seg, i) => String(seg) === String(path[i]));
}
