// The check's way of reading YAML: a fast parser without positions for the ordinary file, the
// full one (yaml.ts parseYaml: positions, located problems) for anything else.
//
// js-yaml reads a file about ten times faster than the `yaml` library builds its tree with
// positions, and positions are needed only where a finding is made. So a file is read with
// js-yaml under a schema that resolves exactly what YAML 1.2's core schema (parseYaml) resolves
// to a value other than a string: nulls and booleans. Numbers are not resolved at all, so a
// number-looking plain scalar stays its source text, as parseYaml keeps it. Its Locator is lazy
// (LazyLocator): the first finding about the file parses it again with positions.
//
// Whatever the two parsers might read differently, or the `yaml` library would report, goes to
// parseYaml whole: a file js-yaml rejects (syntax, duplicate keys, several documents), tabs in
// indentation, anchors, aliases, tags, directives, explicit keys, a document that is not a
// mapping, a key js-yaml spells otherwise (a null key) or that could be too long for an implicit
// key, and keys that YAML would count as the same number ("1" and "1.0"). tests/unit/fast-yaml.test.ts
// holds the fast path to parseYaml's values on real, fixture and generated files, on hand-written
// edge cases and on random damage to real files.
import { FAILSAFE_SCHEMA, load, Type } from 'js-yaml';
import { LazyLocator, parseYaml, type ParsedYaml } from './yaml.ts';

/** YAML 1.2 core's null and boolean plain scalars (the `yaml` library's schema/common/null.js, schema/core/bool.js). */
const CORE_NULL = /^(?:~|[Nn]ull|NULL)?$/;
const CORE_BOOL = /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/;

/** Failsafe (strings, sequences, mappings) with core's null and boolean: every other scalar is its text (also the floor of scripts/bench.ts). */
export const PLAIN_SCHEMA = FAILSAFE_SCHEMA.extend({
  implicit: [
    new Type('tag:yaml.org,2002:null', { kind: 'scalar', resolve: (data: string | null) => data === null || CORE_NULL.test(data), construct: () => null }),
    new Type('tag:yaml.org,2002:bool', { kind: 'scalar', resolve: (data: string | null) => data !== null && CORE_BOOL.test(data), construct: (data: string) => data[0] === 't' || data[0] === 'T' }),
  ],
});

/** Characters around which the fast path might read a file otherwise than parseYaml (see unusual()). */
const CANDIDATE = /[\t&*!?%\r#\]}\u2028\u2029]/g;
const DOCUMENT_MARKER = /^(?:---|\.\.\.)/m;
/** A dash that ends its line or meets a comment: an empty list entry, after which js-yaml lets a less indented entry join the list. */
const EMPTY_ENTRY = /-(?:[ \t]*\r?(?:\n|$)|[ \t]+#)/g;

/** A space, tab or line break. */
const isBlank = (c: number) => c === 32 || c === 9 || c === 10 || c === 13;
/** Where a node may start: after a blank, a flow indicator ([ { ,) or a line start. */
const nodeMayStart = (before: number) => isBlank(before) || before === 91 || before === 123 || before === 44;

/**
 * What the fast path leaves to parseYaml, by the text: a tab in indentation, a node property
 * (anchor &, alias *, tag !) or an explicit key (?) where a node may start, a directive (%) or a
 * document marker (--- or ...) at the start of a line, an empty list entry, a flow collection as a key (]: or }:), a
 * comment that touches a closing quote or bracket, a carriage return that does not end a line, a
 * line or paragraph separator (U+2028, U+2029).
 * A match inside a string only costs time. (One pass over the few candidate characters: a regular
 * expression of these alternatives took a sixth of the parse.)
 */
function unusual(text: string): boolean {
  if (DOCUMENT_MARKER.test(text)) return true;
  EMPTY_ENTRY.lastIndex = 0;
  for (let m = EMPTY_ENTRY.exec(text); m; m = EMPTY_ENTRY.exec(text)) {
    // An entry's dash starts its line or follows a blank (not |- or >-, a block scalar's chomping).
    if (m.index === 0 || isBlank(text.charCodeAt(m.index - 1))) return true;
  }
  CANDIDATE.lastIndex = 0;
  for (let m = CANDIDATE.exec(text); m; m = CANDIDATE.exec(text)) {
    const i = m.index;
    const before = i === 0 ? 10 : text.charCodeAt(i - 1);
    const after = text.charCodeAt(i + 1); // NaN at the end
    switch (text.charCodeAt(i)) {
      case 9: {
        // \t: in indentation when only spaces precede it on its line.
        let j = i - 1;
        while (j >= 0 && text.charCodeAt(j) === 32) j--;
        if (j < 0 || text.charCodeAt(j) === 10) return true;
        break;
      }
      case 13: // \r
        if (after !== 10) return true;
        break;
      case 0x2028:
      case 0x2029:
        // Line and paragraph separators: text to YAML, a line start to parseYaml's search for tabs.
        return true;
      case 37: // %
        if (before === 10) return true;
        break;
      case 63: // ?
        if (nodeMayStart(before) && (Number.isNaN(after) || isBlank(after))) return true;
        break;
      case 35: // # after " ' ] }
        if (before === 34 || before === 39 || before === 93 || before === 125) return true;
        break;
      case 93: // ]
      case 125: {
        // }: a flow collection as a key
        let j = i + 1;
        while (text.charCodeAt(j) === 32 || text.charCodeAt(j) === 9) j++;
        if (text.charCodeAt(j) === 58) return true;
        break;
      }
      default: // & * ! (also after ":", a value of a JSON-like key)
        if (nodeMayStart(before) || before === 58) return true;
    }
  }
  return false;
}

/** Core schema's numbers (yaml's schema/core int.js and float.js), which parseYaml keeps as text. */
const CORE_NUMBER = /^(?:[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+|[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?|[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/;

/** A plain key's length beyond which an implicit key might pass YAML's 1,024-character limit (escapes take up to 10 characters each). */
const LONG_KEY = 100;

/** The number YAML 1.2 core reads from `text` (which matches CORE_NUMBER), as the `yaml` library compares keys. */
function coreNumber(text: string): number {
  if (text.startsWith('0o')) return parseInt(text.slice(2), 8);
  if (text.startsWith('0x')) return parseInt(text.slice(2), 16);
  if (/^[-+]?[0-9]+$/.test(text)) return parseInt(text, 10);
  if (/inf$/i.test(text)) return text.startsWith('-') ? -Infinity : Infinity;
  return parseFloat(text); // NaN for .nan: never equal to another key
}

/** Whether every key of every mapping in `value` reads the same in both parsers (see the head of this file). */
function keysAgree(value: unknown): boolean {
  if (Array.isArray(value)) {
    for (const item of value) if (item !== null && typeof item === 'object' && !keysAgree(item)) return false;
    return true;
  }
  let numbers: Set<number> | undefined;
  for (const key in value as Record<string, unknown>) {
    if (key === 'null' || key.length > LONG_KEY) return false;
    const c = key.charCodeAt(0);
    // Digits, + - . : what a core number starts with.
    if (((c >= 48 && c <= 57) || c === 43 || c === 45 || c === 46) && CORE_NUMBER.test(key)) {
      const n = coreNumber(key);
      numbers ??= new Set();
      if (numbers.has(n)) return false;
      if (!Number.isNaN(n)) numbers.add(n);
    }
    const child = (value as Record<string, unknown>)[key];
    if (child !== null && typeof child === 'object' && !keysAgree(child)) return false;
  }
  return true;
}

/**
 * Notes, through js-yaml's parse events, a flow collection or quoted scalar written over several
 * lines: the `yaml` library holds their continuation lines to rules of indentation that js-yaml
 * does not check, so such a file goes to parseYaml.
 */
class MultiLineWatch {
  found = false;
  readonly #opened: number[] = [];
  readonly #text: string;
  constructor(text: string) {
    this.#text = text;
  }
  readonly listener = (event: 'open' | 'close', state: { position: number; kind: string }): void => {
    if (event === 'open') {
      this.#opened.push(state.position);
      return;
    }
    const from = this.#opened.pop()!;
    if (this.found) return;
    const text = this.#text;
    // The node starts at its first character after separating spaces, line breaks and comments.
    let at = from;
    for (;;) {
      const c = text.charCodeAt(at);
      if (c === 32 || c === 9 || c === 10 || c === 13) at++;
      else if (c === 35) {
        const eol = text.indexOf('\n', at);
        at = eol < 0 ? text.length : eol;
      } else break;
    }
    const c = text.charCodeAt(at);
    // [ or { opens a flow collection; " or ' a quoted scalar (or a block mapping whose first key is quoted: that key is a node of its own).
    if (!(c === 91 || c === 123 || ((c === 34 || c === 39) && state.kind === 'scalar'))) return;
    const eol = text.indexOf('\n', at);
    if (eol >= 0 && eol < state.position) this.found = true;
  };
}

/** The fast reading of `text`, or undefined where parseYaml must read it. */
export function readPlainYaml(text: string): Record<string, unknown> | undefined {
  if (unusual(text)) return undefined;
  const watch = new MultiLineWatch(text);
  let value: unknown;
  try {
    value = load(text, { schema: PLAIN_SCHEMA, listener: watch.listener });
  } catch {
    // Any error (a syntax error, a duplicate key, a stack overflow on deep nesting): parseYaml
    // reports it with its position, or reads what js-yaml does not.
    return undefined;
  }
  if (watch.found || value === null || typeof value !== 'object' || Array.isArray(value)) return undefined;
  return keysAgree(value) ? (value as Record<string, unknown>) : undefined;
}

/**
 * parseYaml's values and problems for `text`, with positions found only when asked for: the
 * fast path for an ordinary file, parseYaml itself for any other.
 */
export function readYaml(text: string): ParsedYaml {
  const value = readPlainYaml(text);
  if (value === undefined) return parseYaml(text);
  return { value, locator: new LazyLocator(text), problems: [] };
}
