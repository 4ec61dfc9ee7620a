// /<region>/<dept>/<year>/tables/<table>.csv: one standard table in the root language, UTF-8 with a BOM for Excel.
import type { APIRoute } from 'astro';
import type { DisclosureEntry } from '../../../../../data/site.ts';
import type { StandardTable } from '../../../../../lib/derive/tables.ts';
import { tableCsv } from '../../../../../lib/export.ts';
import { rootLang, tableCsvPaths } from '../../../../../data/routes.ts';

export const getStaticPaths = () => tableCsvPaths();

export const GET: APIRoute = ({ props }) => {
  const { table } = props as { entry: DisclosureEntry; table: StandardTable };
  return new Response(tableCsv(table, rootLang()), { headers: { 'content-type': 'text/csv; charset=utf-8' } });
};
