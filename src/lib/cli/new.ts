// npm run new -- <region>/<dept>/<year> | <region>/<dept> [--name 名称]
// Starts next year's file from the latest one (structure, units, codes and names kept; amounts
// left empty for the publisher; last year's figures filled in as prior-year figures), or a new
// department. Never overwrites a file.
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { isMap, isSeq, parseDocument, type Document } from 'yaml';
import { loadPortal } from '../source/load.ts';
import { derive } from '../derive/derive.ts';
import { shownFigure } from '../derive/display.ts';
import { HEADLINE_TABLES } from '../derive/summary.ts';
import type { Disclosure } from '../schema/index.ts';
import type { PathSegment } from '../source/yaml.ts';
import { correctedData } from '../validate/corrections.ts';

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const MODELINE = (depth: number) => `# yaml-language-server: $schema=${'../'.repeat(depth)}schemas/`;

export interface NewResult {
  exitCode: number;
  message: string;
  written: string[];
}

function fail(message: string): NewResult {
  return { exitCode: 1, message, written: [] };
}

/** Every Amount in the parsed data, as paths into the YAML document. */
function amountPaths(node: unknown, path: PathSegment[] = [], out: PathSegment[][] = []): PathSegment[][] {
  if (node && typeof node === 'object' && 'value' in node && 'scale' in node && 'text' in node) out.push(path);
  else if (Array.isArray(node)) node.forEach((v, i) => amountPaths(v, [...path, i], out));
  else if (node && typeof node === 'object') for (const [k, v] of Object.entries(node)) amountPaths(v, [...path, k], out);
  return out;
}

/** Last year's headline figures, as this year's prior-year figures. */
function priorYearFigures(previous: Disclosure): Record<string, string> {
  const derived = derive(previous);
  const refs = ['total', 'basic', 'project', ...new Set(previous.expenditure.map((l) => `function.${l.code.slice(0, 3)}`)), 'personnel', 'public_costs', 'three_public', 'admin_costs'];
  const out: Record<string, string> = {};
  for (const ref of refs) {
    const shown = shownFigure(previous, derived, ref, [...HEADLINE_TABLES, 'basic_economic', 'three_public', 'admin_costs']);
    if (shown && (shown.published || shown.derived)) out[ref] = shown.value.toFixed(2);
  }
  return out;
}

function clearAmounts(doc: Document, data: Disclosure): void {
  for (const path of amountPaths(data)) {
    // Prior-year figures are filled in separately; everything else waits for this year's document.
    if (path[0] === 'prior_year') continue;
    doc.setIn(path, null);
  }
}

export function newYear(root: string, region: string, dept: string, year: number): NewResult {
  const dir = join(root, region, dept);
  const target = join(dir, `${year}.yaml`);
  if (existsSync(target)) return fail(`${target} already exists; it was not changed. Edit it, or choose another year.`);
  if (!existsSync(join(dir, 'department.yaml'))) return fail(`${join(dir, 'department.yaml')} does not exist. Start the department first: npm run new -- ${region}/${dept} --name 部门名称`);
  const years = readdirSync(dir)
    .filter((f) => /^\d{4}\.yaml$/.test(f))
    .map((f) => Number(f.slice(0, 4)))
    .filter((y) => y < year)
    .sort((a, b) => b - a);
  const latest = years[0];
  if (latest === undefined) {
    const text = `${MODELINE(3)}disclosure.schema.json
region: ${region}
department: ${dept}
year: ${year}
source:
  title:
  publisher:
  year: ${year}
income:
  general_budget:
expenditure:
  - code: ""
    name:
    basic:
    project:
`;
    mkdirSync(dir, { recursive: true });
    writeFileSync(target, text);
    return { exitCode: 0, message: `Wrote ${target} (no earlier year to start from: an empty skeleton).\nFill it in from the published document; npm run check -- ${target} lists what is still missing.`, written: [target] };
  }
  const source = join(dir, `${latest}.yaml`);
  const portal = loadPortal(root);
  const loaded = portal.disclosures.find((d) => d.source.region === region && d.source.department === dept && d.source.year === latest);
  if (!loaded) return fail(`${source} has errors; fix them first (npm run check -- ${source}).`);
  const doc = parseDocument(readFileSync(source, 'utf8'));
  clearAmounts(doc, loaded.data);
  doc.set('year', year);
  doc.setIn(['source', 'title'], null);
  if (doc.has('title')) doc.set('title', null);
  doc.setIn(['source', 'year'], year);
  doc.deleteIn(['source', 'document']);
  doc.deleteIn(['source', 'url']);
  doc.deleteIn(['source', 'note']);
  doc.delete('errata');
  doc.delete('notes');
  // Contacts are last year's officials and personal data: not copied.
  const projects = doc.get('projects');
  if (isSeq(projects)) for (const p of projects.items) if (isMap(p)) p.delete('contacts');
  doc.set('prior_year', doc.createNode({ basis: `上年年初预算（取自 ${latest} 年文件）`, figures: priorYearFigures(correctedData(loaded)) }));
  // The editor's schema link, right for data/<region>/<dept>/ whatever the old file said.
  const text = `${MODELINE(3)}disclosure.schema.json\n${doc.toString({ lineWidth: 0, nullStr: '' }).replace(/^# yaml-language-server:.*\n/m, '')}`;
  writeFileSync(target, text);
  return {
    exitCode: 0,
    message: `Wrote ${target} from ${source}: structure, units, codes and names kept, every amount left empty, ${latest} figures filled in as prior-year figures.\nFill in the amounts from the ${year} document; npm run check -- ${target} lists every one still empty.`,
    written: [target],
  };
}

export function newDepartment(root: string, region: string, dept: string, name: string | undefined): NewResult {
  const written: string[] = [];
  const regionFile = join(root, region, 'region.yaml');
  const deptFile = join(root, region, dept, 'department.yaml');
  if (existsSync(deptFile)) return fail(`${deptFile} already exists; it was not changed.`);
  mkdirSync(join(root, region, dept), { recursive: true });
  if (!existsSync(regionFile)) {
    writeFileSync(regionFile, `${MODELINE(2)}region.schema.json\nname:\nprovince:\nlevel: city\n`);
    written.push(regionFile);
  }
  writeFileSync(deptFile, `${MODELINE(3)}department.schema.json\nname: ${name ?? ''}\n`);
  written.push(deptFile);
  return { exitCode: 0, message: `Wrote ${written.join(' and ')}.\nFill in the names, then start a year: npm run new -- ${region}/${dept}/<year>`, written };
}

export function runNew(argv: string[], root = 'data'): NewResult {
  const nameIndex = argv.indexOf('--name');
  const name = nameIndex >= 0 ? argv[nameIndex + 1] : undefined;
  const target = argv.filter((a, i) => !a.startsWith('--') && (nameIndex < 0 || i !== nameIndex + 1))[0];
  const usage = 'usage: npm run new -- <region>/<dept>/<year>  |  npm run new -- <region>/<dept> [--name 部门名称]';
  if (!target) return { exitCode: 2, message: usage, written: [] };
  const parts = target.replace(/^data\//, '').replace(/\/$/, '').split('/');
  if (parts.length < 2 || parts.length > 3 || !SLUG.test(parts[0]!) || !SLUG.test(parts[1]!)) return { exitCode: 2, message: `${target}: folder names are lowercase ASCII letters, digits and hyphens\n${usage}`, written: [] };
  if (parts.length === 2) return newDepartment(root, parts[0]!, parts[1]!, name);
  if (!/^(19|20)\d{2}$/.test(parts[2]!)) return { exitCode: 2, message: `${target}: the year is four digits\n${usage}`, written: [] };
  return newYear(root, parts[0]!, parts[1]!, Number(parts[2]));
}
