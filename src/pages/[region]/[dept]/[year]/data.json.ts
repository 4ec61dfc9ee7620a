// /<region>/<dept>/<year>/data.json: the disclosure as published, errata applied, amounts as text,
// with its template's tables as the page shows them.
import type { APIRoute } from 'astro';
import { JSON_TYPE, textResponse } from '../../../../data/respond.ts';
import { disclosurePaths } from '../../../../data/routes.ts';
import { disclosureJson } from '../../../../lib/export.ts';
import { tableContext, type DisclosureEntry } from '../../../../data/site.ts';
import { standardTables } from '../../../../lib/derive/tables.ts';

export const getStaticPaths = disclosurePaths;

export const GET: APIRoute = ({ props }) => {
  const { entry } = props as { entry: DisclosureEntry };
  return textResponse(JSON.stringify(disclosureJson(entry.data, entry.derived, standardTables(tableContext(entry))), null, 2), JSON_TYPE);
};
