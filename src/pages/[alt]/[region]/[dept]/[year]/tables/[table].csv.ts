// /en/<region>/<dept>/<year>/tables/<table>.csv: a standard table with its headings and row labels
// in the other language (names from the data stay as printed), UTF-8 with a BOM for Excel.
import type { APIRoute } from 'astro';
import { CSV, textResponse } from '../../../../../../data/respond.ts';
import type { Lang } from '../../../../../../lib/glossary.ts';
import type { DisclosureEntry } from '../../../../../../data/site.ts';
import { tableCsv } from '../../../../../../lib/export.ts';
import { altPaths, tableCsvPaths, tableOf } from '../../../../../../data/routes.ts';

export const getStaticPaths = () => altPaths(tableCsvPaths());

export const GET: APIRoute = ({ props, params }) => {
  const { entry, table } = props as { entry: DisclosureEntry; table: string };
  return textResponse(tableCsv(tableOf(entry, table), params.alt as Lang), CSV);
};
