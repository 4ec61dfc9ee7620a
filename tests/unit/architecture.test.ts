// The library's dependency directions. src/lib is plain TypeScript that runs and is tested without
// Astro: it never imports Astro or the site's layers. Reading files (source/) comes before
// checking them (validate/), and the shape of the files (schema/) before what is derived from
// them (derive/). Imports are read from each file's text: static `import … from`,
// `export … from`, side-effect `import '…'` and dynamic `import('…')`.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '..', '..');
const LIB = 'src/lib';

interface Import {
  /** The importing file, from the repository root. */
  file: string;
  line: number;
  specifier: string;
  /** For a relative specifier: the imported path from the repository root. */
  target?: string;
}

/** Every module specifier a source text imports, with its line; comments and strings are not imports. */
function importsOf(text: string): { specifier: string; line: number }[] {
  const lineOf = (pos: number) => text.slice(0, pos).split('\n').length;
  return ts.preProcessFile(text, true, true).importedFiles.map((f) => ({ specifier: f.fileName, line: lineOf(f.pos) }));
}

function sourceFiles(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { withFileTypes: true }).flatMap((e) => {
    const path = `${dir}/${e.name}`;
    if (e.isDirectory()) return sourceFiles(path);
    return /\.(ts|mts|cts|js|mjs|tsx)$/.test(e.name) && !e.name.endsWith('.d.ts') ? [path] : [];
  });
}

function importsUnder(dir: string): Import[] {
  return sourceFiles(dir).flatMap((file) =>
    importsOf(readFileSync(join(ROOT, file), 'utf8')).map(({ specifier, line }) => ({
      file,
      line,
      specifier,
      target: specifier.startsWith('.') ? relative(ROOT, resolve(ROOT, dirname(file), specifier)).split('\\').join('/') : undefined,
    })),
  );
}

const under = (path: string | undefined, dir: string) => !!path && (path === dir || path.startsWith(`${dir}/`));
const show = (i: Import) => `${i.file}:${i.line} imports '${i.specifier}'${i.target ? ` (${i.target})` : ''}`;

describe('imports are read from the source text', () => {
  it('finds static, re-exported, side-effect and dynamic imports, and nothing in comments or strings', () => {
    const text = [
      "import a from 'x';",
      "import type { B } from 'y';",
      "export * from './z.ts';",
      "export { q } from '../w.ts';",
      "// import c from 'commented';",
      "/* import d from 'block' */",
      "const s = \"import e from 'in-a-string'\";",
      "const m = await import('./dynamic.ts');",
      "import './side-effect.ts';",
      "export type { T } from 'astro:content';",
    ].join('\n');
    expect(importsOf(text)).toEqual([
      { specifier: 'x', line: 1 },
      { specifier: 'y', line: 2 },
      { specifier: './z.ts', line: 3 },
      { specifier: '../w.ts', line: 4 },
      { specifier: './dynamic.ts', line: 8 },
      { specifier: './side-effect.ts', line: 9 },
      { specifier: 'astro:content', line: 10 },
    ]);
  });

  it('reads the library', () => {
    const imports = importsUnder(LIB);
    expect(imports.length).toBeGreaterThan(100);
    expect(imports.some((i) => i.file === `${LIB}/validate/engine.ts` && i.target === `${LIB}/source/load.ts`)).toBe(true);
  });
});

describe('src/lib', () => {
  const imports = importsUnder(LIB);

  it('does not import Astro', () => {
    const astro = imports.filter((i) => i.specifier === 'astro' || i.specifier.startsWith('astro/') || i.specifier.startsWith('astro:') || i.specifier.startsWith('@astrojs/'));
    expect(astro.map(show)).toEqual([]);
  });

  it('does not import the site: pages, views, components, layouts, site data', () => {
    const site = ['src/pages', 'src/views', 'src/components', 'src/layouts', 'src/data'];
    expect(imports.filter((i) => site.some((dir) => under(i.target, dir))).map(show)).toEqual([]);
  });

  it('reads files (source/) without knowing how they are checked (validate/)', () => {
    expect(imports.filter((i) => under(i.file, `${LIB}/source`) && under(i.target, `${LIB}/validate`)).map(show)).toEqual([]);
  });

  it('describes the files (schema/) without what is derived from them (derive/)', () => {
    expect(imports.filter((i) => under(i.file, `${LIB}/schema`) && under(i.target, `${LIB}/derive`)).map(show)).toEqual([]);
  });
});
