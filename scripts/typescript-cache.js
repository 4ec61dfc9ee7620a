// @ts-check
// Node strips the types of every .ts module on every start: at a fifth of a second it was the
// largest part of a one-file check. This load hook strips each project module once and keeps the
// JavaScript under node_modules/.cache/gongkai/js/, named by the hash of its TypeScript, so a
// changed module is stripped again and an unchanged one never is; Node's compile cache then keeps
// V8's code for that JavaScript. This file and the launchers that use it are JavaScript: a .ts
// launcher would make Node load its TypeScript stripper anyway.
import { createHash } from 'node:crypto';
import { enableCompileCache, registerHooks, stripTypeScriptTypes } from 'node:module';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const project = new URL('../', import.meta.url).href;
const cache = fileURLToPath(new URL('../node_modules/.cache/gongkai/', import.meta.url));

/**
 * Strips without Node's "experimental feature" warning (the stripping itself is Node's own).
 * @param {string} source
 */
function strip(source) {
  const emit = process.emitWarning;
  process.emitWarning = () => {};
  try {
    return stripTypeScriptTypes(source, { mode: 'strip' });
  } finally {
    process.emitWarning = emit;
  }
}

export function enableTypeScriptCache() {
  enableCompileCache(join(cache, 'compile'));
  registerHooks({
    load(url, context, nextLoad) {
      if (!url.startsWith(project) || !url.endsWith('.ts') || url.includes('/node_modules/')) return nextLoad(url, context);
      const source = readFileSync(fileURLToPath(url), 'utf8');
      const file = join(cache, 'js', `${createHash('sha256').update(source).digest('hex').slice(0, 40)}.js`);
      let js;
      try {
        js = readFileSync(file, 'utf8');
      } catch {
        js = strip(source);
        try {
          mkdirSync(join(cache, 'js'), { recursive: true });
          const tmp = `${file}.${process.pid}.tmp`;
          writeFileSync(tmp, js);
          renameSync(tmp, file);
        } catch {
          // Not writable: stripped again next time.
        }
      }
      return { format: 'module', source: js, shortCircuit: true };
    },
  });
}
