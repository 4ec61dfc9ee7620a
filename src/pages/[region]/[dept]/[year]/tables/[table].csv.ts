// /<region>/<dept>/<year>/tables/<table>.csv: one standard table, UTF-8 with a BOM for Excel.
import type { APIRoute } from 'astro';
import { loadSite, tableContext, type DisclosureEntry } from '../../../../../data/site.ts';
import { standardTables, type StandardTable } from '../../../../../lib/derive/tables.ts';
import { tableCsv } from '../../../../../lib/export.ts';

export function getStaticPaths() {
  return loadSite().disclosures.flatMap((entry) =>
    standardTables(tableContext(entry)).map((table) => ({ params: { region: entry.region, dept: entry.department, year: String(entry.year), table: table.id }, props: { entry, table } })),
  );
}

export const GET: APIRoute = ({ props }) => {
  const { table } = props as { entry: DisclosureEntry; table: StandardTable };
  return new Response(tableCsv(table), { headers: { 'content-type': 'text/csv; charset=utf-8' } });
};
