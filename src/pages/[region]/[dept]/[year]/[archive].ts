// /<region>/<dept>/<year>/<file>: the archived copy of the published document that the disclosure
// names (source.archive), as the publisher keeps it in <region>/<dept>/archive/. The check has
// made sure it is there.
import { readFileSync } from 'node:fs';
import type { APIRoute } from 'astro';
import { archivePaths } from '../../../../data/routes.ts';

export const getStaticPaths = archivePaths;

const TYPES: Record<string, string> = {
  pdf: 'application/pdf',
  ofd: 'application/ofd',
  doc: 'application/msword',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xls: 'application/vnd.ms-excel',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

export const GET: APIRoute = ({ props }) => {
  const { file } = props as { file: string };
  const type = TYPES[file.slice(file.lastIndexOf('.') + 1).toLowerCase()] ?? 'application/octet-stream';
  return new Response(readFileSync(file), { headers: { 'content-type': type } });
};
