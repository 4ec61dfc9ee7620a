// /<region>/<dept>/<year>/tables/<table>.csv: one standard table in the root language, UTF-8 with a BOM for Excel.
import type { APIRoute } from 'astro';
import { CSV, textResponse } from '../../../../../data/respond.ts';
import type { DisclosureEntry } from '../../../../../data/site.ts';
import { tableCsv } from '../../../../../lib/export.ts';
import { rootLang, tableCsvPaths, tableOf } from '../../../../../data/routes.ts';

export const getStaticPaths = () => tableCsvPaths();

export const GET: APIRoute = ({ props }) => {
  const { entry, table } = props as { entry: DisclosureEntry; table: string };
  return textResponse(tableCsv(tableOf(entry, table), rootLang()), CSV);
};
