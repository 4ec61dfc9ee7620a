// Words from one place: the code that derives, checks, charts, lays out pages and imports
// documents holds no Chinese words of its own. Budget terms come from src/lib/glossary.ts, interface words from
// src/lib/i18n.ts, rule words from src/lib/validate/catalogue.ts, and the Chinese the code reads in
// data from src/lib/chinese-text.ts. The search page and its library (src/lib/search) too. Comments
// may be in any language.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '..', '..');
/** Folders (every file under them) and single files. */
const GUARDED = ['src/lib/derive', 'src/lib/validate/rules', 'src/lib/charts', 'src/views', 'src/lib/import', 'src/lib/cli/import.ts', 'src/lib/search', 'src/scripts/search.ts'];
const HAN = /\p{Script=Han}/u;

interface Hit {
  file: string;
  line: number;
  text: string;
}

function filesUnder(dir: string): string[] {
  if (statSync(join(ROOT, dir)).isFile()) return [dir];
  return readdirSync(join(ROOT, dir), { withFileTypes: true }).flatMap((e) => {
    const path = `${dir}/${e.name}`;
    if (e.isDirectory()) return filesUnder(path);
    return /\.(ts|astro)$/.test(e.name) && !e.name.endsWith('.d.ts') ? [path] : [];
  });
}

/** Han characters in TypeScript source outside comments: every token's own text, trivia excluded. */
function hanInScript(text: string, lineOffset = 0): { line: number; text: string }[] {
  const source = ts.createSourceFile('x.ts', text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const out: { line: number; text: string }[] = [];
  const visit = (node: ts.Node) => {
    if (node.kind >= ts.SyntaxKind.FirstJSDocNode && node.kind <= ts.SyntaxKind.LastJSDocNode) return;
    const children = node.getChildren(source);
    if (children.length === 0) {
      const token = node.getText(source);
      if (HAN.test(token)) out.push({ line: source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1 + lineOffset, text: token });
      return;
    }
    children.forEach(visit);
  };
  visit(source);
  return out;
}

/** Han characters in an Astro file: its frontmatter as TypeScript, its template without HTML and JS block comments. */
function hanInAstro(text: string): { line: number; text: string }[] {
  const m = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/.exec(text);
  const front = m ? hanInScript(m[1]!, 1) : [];
  const templateStart = m ? m[0].length : 0;
  const firstLine = text.slice(0, templateStart).split('\n').length;
  // Comments keep their line breaks so that line numbers stay right.
  const blank = (s: string) => s.replace(/[^\n]/g, ' ');
  const template = text.slice(templateStart).replace(/<!--[\s\S]*?-->/g, blank).replace(/\/\*[\s\S]*?\*\//g, blank);
  const lines = template.split('\n');
  const inTemplate = lines.flatMap((line, i) => (HAN.test(line) ? [{ line: firstLine + i, text: line.trim() }] : []));
  return [...front, ...inTemplate];
}

function hanIn(file: string): Hit[] {
  const text = readFileSync(join(ROOT, file), 'utf8');
  const hits = file.endsWith('.astro') ? hanInAstro(text) : hanInScript(text);
  return hits.map((h) => ({ file, ...h }));
}

describe('the Han-character guard', () => {
  it('finds Chinese in strings, templates, regular expressions and markup, and none in comments', () => {
    const script = [
      '// 注释',
      '/** 文档注释 */',
      '/* 块注释 */',
      "const a = 'x'; // 行尾注释",
      "const b = '中文';",
      'const c = `${a}年`;',
      'const d = /一次性/;',
      'const e = { 合计: 1 };',
    ].join('\n');
    expect(hanInScript(script).map((h) => h.line)).toEqual([5, 6, 7, 8]);
    const astro = ['---', '// 注释', "const x = '金额';", '---', '<!-- 注释 -->', '<p>{x}</p>', '<p>单位</p>', '{/* 注释 */}'].join('\n');
    expect(hanInAstro(astro).map((h) => h.line)).toEqual([3, 7]);
  });
});

describe.each(GUARDED)('%s', (dir) => {
  it('holds no Chinese outside comments (words come from the glossary, i18n or the rule catalogue)', () => {
    const files = filesUnder(dir);
    expect(files.length).toBeGreaterThan(0);
    const hits = files.flatMap(hanIn);
    expect(hits.map((h) => `${h.file}:${h.line}  ${h.text}`)).toEqual([]);
  });
});
