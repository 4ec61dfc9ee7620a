// YAML → plain values that keep where they came from.
// Numbers are never resolved: a plain scalar that YAML would read as a number is kept as its
// source text ("1138.10", "0201"), so amounts and codes reach the schema exactly as written.
import { Alias, isAlias, isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, type Node as YamlNode } from 'yaml';

export type PathSegment = string | number;
export type Path = readonly PathSegment[];

export interface Position {
  line: number;
  column: number;
}
export interface NodeLocation {
  value: Position;
  /** For mapping entries: where the key is written. */
  key?: Position;
  /** A mapping or list: findings about it point at its key, where the reader sees its name. */
  container?: boolean;
}

/** Maps logical paths in a file to where they are written. */
export class Locator {
  readonly #map = new Map<string, NodeLocation>();
  static keyOf(path: Path): string {
    return path.map(String).join('\u0000');
  }
  set(path: Path, location: NodeLocation): void {
    this.#map.set(Locator.keyOf(path), location);
  }
  has(path: Path): boolean {
    return this.#map.has(Locator.keyOf(path));
  }
  /** The location of `path`, or of its nearest written ancestor. */
  locate(path: Path, prefer: 'value' | 'key' = 'value'): Position {
    for (let n = path.length; n >= 0; n--) {
      const hit = this.#map.get(Locator.keyOf(path.slice(0, n)));
      if (hit) return ((prefer === 'key' || hit.container) && hit.key) || hit.value;
    }
    return { line: 1, column: 1 };
  }
}

/**
 * A Locator whose positions are found on first use, by parsing `text` again with positions
 * (parseYaml), and kept until `forget()`. A file that no finding names never pays for them.
 */
export class LazyLocator extends Locator {
  readonly #text: string;
  #positions: Locator | undefined;
  constructor(text: string) {
    super();
    this.#text = text;
  }
  /** Whether the positions are held now (for tests and memory checks). */
  get built(): boolean {
    return this.#positions !== undefined;
  }
  #built(): Locator {
    return (this.#positions ??= parseYaml(this.#text).locator);
  }
  /** Drops the positions (a later call finds them again). */
  forget(): void {
    this.#positions = undefined;
  }
  override set(path: Path, location: NodeLocation): void {
    this.#built().set(path, location);
  }
  override has(path: Path): boolean {
    return this.#built().has(path);
  }
  override locate(path: Path, prefer: 'value' | 'key' = 'value'): Position {
    return this.#built().locate(path, prefer);
  }
}

export type YamlProblem =
  | { kind: 'syntax'; code: string; message: string; position: Position }
  | { kind: 'duplicate-key'; key: string; position: Position }
  | { kind: 'tab-indent'; position: Position }
  | { kind: 'alias-limit'; limit: number; position: Position }
  | { kind: 'empty'; position: Position }
  | { kind: 'not-a-mapping'; position: Position };

export interface ParsedYaml {
  value: unknown;
  locator: Locator;
  problems: YamlProblem[];
}

/** Nodes that aliases may expand to in one file; a "billion laughs" file stops here. */
export const MAX_ALIAS_NODES = 10_000;

class AliasLimit extends Error {
  readonly position: Position;
  constructor(position: Position) {
    super('alias limit');
    this.position = position;
  }
}

export function parseYaml(text: string): ParsedYaml {
  const lineCounter = new LineCounter();
  const locator = new Locator();
  const problems: YamlProblem[] = [];
  const pos = (offset: number): Position => {
    const p = lineCounter.linePos(offset);
    return { line: p.line, column: p.col };
  };

  const doc = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: false, strict: true, version: '1.2' });
  // Tabs in indentation are invalid YAML; say so in words a publisher understands.
  const tabIndent = /^( *)\t/gm;
  for (let m = tabIndent.exec(text); m; m = tabIndent.exec(text)) {
    problems.push({ kind: 'tab-indent', position: pos(m.index + m[1]!.length) });
  }
  for (const error of doc.errors) {
    const at = pos(error.pos[0]);
    // The tab itself is reported above; what the parser makes of it afterwards is noise.
    if (problems.some((p) => p.kind === 'tab-indent' && p.position.line === at.line)) continue;
    if (error.code === 'DUPLICATE_KEY') {
      const key = text.slice(error.pos[0], error.pos[1]).split(':')[0]?.trim() ?? '';
      problems.push({ kind: 'duplicate-key', key, position: at });
    } else {
      problems.push({ kind: 'syntax', code: error.code, message: error.message.split('\n')[0] ?? error.message, position: at });
    }
  }
  if (problems.some((p) => p.kind !== 'duplicate-key')) return { value: undefined, locator, problems };

  let aliasNodes = 0;
  const convert = (node: unknown, path: PathSegment[], keyPos?: Position, depth = 0): unknown => {
    if (node === null || node === undefined) return null;
    if (isAlias(node)) {
      const target = (node as Alias).resolve(doc);
      const at = pos((node as Alias).range?.[0] ?? 0);
      if (!target) throw new AliasLimit(at);
      aliasNodes += countNodes(target);
      if (aliasNodes > MAX_ALIAS_NODES || depth > 100) throw new AliasLimit(at);
      const value = convert(target, path, keyPos, depth + 1);
      locator.set(path, { value: at, key: keyPos });
      return value;
    }
    const yamlNode = node as YamlNode;
    const range = yamlNode.range;
    if (range) locator.set(path, { value: pos(range[0]), key: keyPos, container: isMap(node) || isSeq(node) });
    if (isMap(node)) {
      const out: Record<string, unknown> = {};
      for (const pair of node.items) {
        if (!isPair(pair)) continue;
        const keyNode = pair.key as YamlNode | null;
        const key = keyNode && isScalar(keyNode) ? scalarText(keyNode, text) : String(keyNode ?? '');
        const keyAt = keyNode?.range ? pos(keyNode.range[0]) : undefined;
        if (Object.prototype.hasOwnProperty.call(out, key)) continue; // reported as duplicate-key
        const childPath = [...path, key];
        const value = pair.value === null || pair.value === undefined ? null : convert(pair.value, childPath, keyAt, depth);
        if (!locator.has(childPath)) locator.set(childPath, { value: keyAt ?? { line: 1, column: 1 }, key: keyAt });
        Object.defineProperty(out, key, { value, enumerable: true, writable: true, configurable: true });
      }
      return out;
    }
    if (isSeq(node)) return node.items.map((item, i) => convert(item, [...path, i], undefined, depth));
    if (isScalar(node)) {
      const v = node.value;
      if (typeof v === 'number' || typeof v === 'bigint') return scalarText(node, text);
      return v;
    }
    return null;
  };

  let value: unknown;
  try {
    value = convert(doc.contents, []);
  } catch (e) {
    if (e instanceof AliasLimit) {
      problems.push({ kind: 'alias-limit', limit: MAX_ALIAS_NODES, position: e.position });
      return { value: undefined, locator, problems };
    }
    throw e;
  }
  if (doc.contents === null || value === null || value === undefined) {
    problems.push({ kind: 'empty', position: { line: 1, column: 1 } });
  } else if (typeof value !== 'object' || Array.isArray(value)) {
    problems.push({ kind: 'not-a-mapping', position: locator.locate([]) });
  }
  return { value, locator, problems };
}

/** A scalar's text: strings as parsed, numbers as written in the source. */
function scalarText(node: YamlNode, text: string): string {
  if (!isScalar(node)) return '';
  const v = node.value;
  if ((typeof v === 'number' || typeof v === 'bigint') && node.range) return text.slice(node.range[0], node.range[1]).trim();
  return v === null || v === undefined ? '' : String(v);
}

function countNodes(node: unknown): number {
  if (isMap(node)) return 1 + node.items.reduce((n, p) => n + (isPair(p) ? countNodes(p.value) : 0), 0);
  if (isSeq(node)) return 1 + node.items.reduce((n: number, item) => n + countNodes(item), 0);
  return 1;
}
