// Reads portal.yaml once. A broken settings file stops the build with a located message.
import { readFileSync } from 'node:fs';
import { PAGE_ROWS_MAX, portalSchema, type PortalSettings } from './schema/portal.ts';
import { loadWithFindings } from './validate/loading.ts';
import type { Finding } from './validate/finding.ts';
import { formatText } from './report/format.ts';

let cached: PortalSettings | null = null;

export function loadSettings(path?: string): PortalSettings {
  // Pages ask for the settings many times each (every localePath): the cached answer comes before reading the environment.
  if (cached) return cached;
  path ??= process.env.GONGKAI_SETTINGS ?? 'portal.yaml';
  const findings: Finding[] = [];
  const loaded = loadWithFindings(readFileSync(path), { file: path, kind: 'settings' }, portalSchema, findings);
  if (!loaded) throw new Error(`portal settings are invalid\n${formatText({ findings, filesChecked: 1, lang: 'zh' })}`);
  cached = loaded.data;
  return cached;
}

/** The most rows a portal-wide list shows one by one (page_rows_max); past it, the list steps down a level. */
export function pageRowsMax(): number {
  return loadSettings().page_rows_max ?? PAGE_ROWS_MAX;
}
