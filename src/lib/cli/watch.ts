// `npm run check -- --watch`: checks, then checks again whenever a file under a data folder (or a
// built-in template) is saved. Saves are debounced (an editor writes a file in several steps); the
// screen is cleared between reports only when stdout is a terminal. Ctrl-C stops it. Each run goes
// through the check cache, so a save costs its department, not the portal.
import { watch, type FSWatcher } from 'node:fs';
import { resolve } from 'node:path';
import { BUILT_IN_TEMPLATES } from '../source/load.ts';
import { runCheck, type CheckOptions } from './check.ts';

export const DEBOUNCE_MS = 150;

export interface Watching {
  close(): void;
}

/** Runs the check now and after every change; `write` receives each report. */
export function watchCheck(options: CheckOptions, write: (text: string) => void = (t) => process.stdout.write(t)): Watching {
  const tty = Boolean(process.stdout.isTTY);
  const once = () => {
    const result = runCheck({ ...options, watch: false });
    const clear = tty ? '\x1b[2J\x1b[3J\x1b[H' : '';
    const time = new Date().toLocaleTimeString(options.lang === 'zh' ? 'zh-CN' : 'en-GB', { hour12: false });
    const footer = options.lang === 'zh' ? `[${time}] 保存文件后将重新检查（Ctrl-C 退出）` : `[${time}] watching for changes (Ctrl-C to stop)`;
    write(`${clear}${result.output}${result.output.endsWith('\n') ? '' : '\n'}${footer}\n`);
  };
  // Watch first, then check: a save made as soon as the first report appears is not missed.
  const folders = new Set([resolve(options.root), BUILT_IN_TEMPLATES]);
  for (const p of options.paths) folders.add(resolve(p));
  let timer: NodeJS.Timeout | undefined;
  const changed = () => {
    clearTimeout(timer);
    timer = setTimeout(once, DEBOUNCE_MS);
  };
  const watchers: FSWatcher[] = [];
  for (const folder of folders) {
    try {
      watchers.push(watch(folder, { recursive: true }, changed));
    } catch {
      // A path that is a file or went away: its folder is watched through the data root.
    }
  }
  once();
  return {
    close() {
      clearTimeout(timer);
      for (const w of watchers) w.close();
    },
  };
}
