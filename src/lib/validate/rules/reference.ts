// Identity and reference rules: the file is where it says it is, every id is unique, every
// reference resolves, codes and names agree with the classification and across years.
import { FUNDS } from '../../glossary.ts';
import type { Disclosure } from '../../schema/index.ts';
import type { Loaded, LoadedPortal } from '../../source/load.ts';
import { lookup, nameMatches, normaliseName, type CodeCatalogue } from '../../derive/catalogue.ts';
import { RULES, ruleWord } from '../catalogue.ts';
import type { Finding } from '../finding.ts';
import { makeFinding, related, tableName, type RuleContext } from './context.ts';

function pathIdentity(ctx: RuleContext): Finding[] {
  const { source } = ctx.file;
  const out: Finding[] = [];
  const checks: [keyof Disclosure & ('region' | 'department' | 'year'), string | number | undefined][] = [
    ['region', source.region],
    ['department', source.department],
    ['year', source.year],
  ];
  for (const [key, expected] of checks) {
    if (expected !== undefined && String(ctx.data[key]) !== String(expected)) {
      out.push(makeFinding(ctx.file, 'reference/path-mismatch', [key], { key, value: String(ctx.data[key]), expected: String(expected) }));
    }
  }
  return out;
}

function duplicateLines(ctx: RuleContext): Finding[] {
  const out: Finding[] = [];
  const seen = new Map<string, number>();
  ctx.derived.lines.forEach((l) => {
    const key = `${l.code}/${l.fund}/${l.carriedOver}`;
    const first = seen.get(key);
    if (first !== undefined) {
      out.push({
        ...makeFinding(ctx.file, 'reference/duplicate-line', ['expenditure', l.index, 'code'], { code: l.code, fund: { zh: FUNDS[l.fund].zh, en: FUNDS[l.fund].en } }),
        related: related(ctx.file, [['expenditure', first, 'code']]),
      });
    } else seen.set(key, l.index);
  });
  // A line and its own child both entered: totals would count the money twice.
  const codes = ctx.derived.lines.map((l) => l.code);
  ctx.derived.lines.forEach((l) => {
    const child = codes.find((c) => c !== l.code && c.startsWith(l.code));
    if (child) out.push(makeFinding(ctx.file, 'reference/not-a-leaf', ['expenditure', l.index, 'code'], { code: l.code, child }));
  });
  const econ = ctx.data.economic;
  for (const which of ['basic', 'project'] as const) {
    const list = econ?.[which] ?? [];
    const seenEcon = new Map<string, number>();
    list.forEach((e, i) => {
      const key = `${e.code}/${e.gov_code ?? ''}`;
      if (seenEcon.has(key)) out.push(makeFinding(ctx.file, 'reference/duplicate-id', ['economic', which, i, 'code'], { what: ruleWord('economicLine'), id: e.gov_code ? `${e.code}/${e.gov_code}` : e.code }));
      else seenEcon.set(key, i);
    });
    const econCodes = list.map((e) => e.code);
    list.forEach((e, i) => {
      const child = econCodes.find((c) => c !== e.code && c.startsWith(e.code));
      if (child) out.push(makeFinding(ctx.file, 'reference/not-a-leaf', ['economic', which, i, 'code'], { code: e.code, child }));
    });
  }
  return out;
}

function identifiers(ctx: RuleContext): Finding[] {
  const out: Finding[] = [];
  const units = ctx.data.organisation?.units ?? [];
  const unitIds = new Set<string>();
  units.forEach((u, i) => {
    if (unitIds.has(u.id)) out.push(makeFinding(ctx.file, 'reference/duplicate-id', ['organisation', 'units', i, 'id'], { what: ruleWord('unit'), id: u.id }));
    unitIds.add(u.id);
  });
  const known = [...unitIds].join(', ') || '—';
  const checkUnit = (unit: string | undefined, path: (string | number)[]) => {
    if (unit !== undefined && !unitIds.has(unit)) out.push(makeFinding(ctx.file, 'reference/unknown-unit', path, { unit, known }));
  };
  const acSeen = new Set<string>();
  ctx.data.admin_costs?.units.forEach((row, i) => {
    checkUnit(row.unit, ['admin_costs', 'units', i, 'unit']);
    if (acSeen.has(row.unit)) out.push(makeFinding(ctx.file, 'reference/duplicate-id', ['admin_costs', 'units', i, 'unit'], { what: ruleWord('adminCostsRow'), id: row.unit }));
    acSeen.add(row.unit);
  });
  const projectIds = new Set<string>();
  const projectCodes = ctx.derived.projectByCode();
  ctx.data.projects?.forEach((p, i) => {
    if (projectIds.has(p.id)) out.push(makeFinding(ctx.file, 'reference/duplicate-id', ['projects', i, 'id'], { what: ruleWord('project'), id: p.id }));
    projectIds.add(p.id);
    checkUnit(p.unit, ['projects', i, 'unit']);
    if (p.code !== undefined && !projectCodes.has(p.code)) out.push(makeFinding(ctx.file, 'reference/project-code', ['projects', i, 'code'], { code: p.code }));
  });
  return out;
}

function catalogueNames(ctx: RuleContext): Finding[] {
  const out: Finding[] = [];
  const year = ctx.data.year;
  const { functional, economic, economicGov } = ctx.catalogue;
  if (functional) {
    ctx.data.expenditure.forEach((l, i) => {
      const entry = lookup(functional, l.code, year);
      if (!entry) out.push(makeFinding(ctx.file, 'reference/unknown-code', ['expenditure', i, 'code'], { classification: ruleWord('functionalClassification'), code: l.code, year }));
      else if (!nameMatches(entry, l.name)) out.push(makeFinding(ctx.file, 'reference/name-mismatch', ['expenditure', i, 'name'], { code: l.code, value: l.name, expected: entry.name, year }));
    });
  }
  for (const [which, list] of [['basic', economic], ['project', economic], ['all', economic], ['gov', economicGov]] as const) {
    if (!list) continue;
    ctx.data.economic?.[which]?.forEach((e, i) => {
      const entry = lookup(list, e.code, year);
      if (!entry) out.push(makeFinding(ctx.file, 'reference/unknown-code', ['economic', which, i, 'code'], { classification: ruleWord('economicClassification'), code: e.code, year }));
      else if (!nameMatches(entry, e.name)) out.push(makeFinding(ctx.file, 'reference/name-mismatch', ['economic', which, i, 'name'], { code: e.code, value: e.name, expected: entry.name, year }));
    });
  }
  return out;
}

/** A table printed a line with another code (an error) or another name (a warning). */
function printedVariants(ctx: RuleContext): Finding[] {
  const out: Finding[] = [];
  ctx.data.expenditure.forEach((l, i) => {
    l.printed?.forEach((p, k) => {
      const codeDiffers = p.code !== undefined && p.code !== l.code;
      const nameDiffers = p.name !== undefined && normaliseName(p.name) !== normaliseName(l.name);
      if (!codeDiffers && !nameDiffers) return;
      const table = tableName(ctx, p.table);
      out.push(
        makeFinding(
          ctx.file,
          'reference/printed-variant',
          ['expenditure', i, 'printed', k, codeDiffers ? 'code' : 'name'],
          { table, code: l.code, name: l.name, printedCode: p.code ?? l.code, printedName: p.name ?? l.name },
          {},
          codeDiffers ? 'error' : 'warning',
        ),
      );
    });
  });
  return out;
}

export const referenceRules = [pathIdentity, duplicateLines, identifiers, catalogueNames, printedVariants];

/** Rules over the whole portal: every disclosure has its region and department, names agree across years. */
export function portalReferenceRules(portal: LoadedPortal, catalogue: CodeCatalogue): Finding[] {
  const out: Finding[] = [];
  const regions = new Set(portal.files.flatMap((f) => (f.kind === 'region' ? [f.region] : [])));
  const departments = new Set(portal.files.flatMap((f) => (f.kind === 'department' ? [`${f.region}/${f.department}`] : [])));
  for (const source of portal.files) {
    if (source.kind !== 'disclosure' && source.kind !== 'department') continue;
    const missing: string[] = [];
    if (!regions.has(source.region)) missing.push(`${portal.root}/${source.region}/region.yaml`);
    if (source.kind === 'disclosure' && !departments.has(`${source.region}/${source.department}`)) missing.push(`${portal.root}/${source.region}/${source.department}/department.yaml`);
    for (const m of missing) out.push({ rule: 'reference/missing-parent', severity: 'error', file: source.file, line: 1, column: 1, path: '', params: { expected: m } });
  }
  const byDept = new Map<string, ExpenditureNames[]>();
  for (const d of portal.disclosures) {
    const key = `${d.source.region}/${d.source.department}`;
    byDept.set(key, [...(byDept.get(key) ?? []), expenditureNames(d)]);
  }
  for (const years of byDept.values()) out.push(...nameDrift(years, () => catalogue));
  return out;
}

/** What name drift reads of one disclosure: its year, and each expenditure line's code, name and place. */
export interface ExpenditureNames {
  file: string;
  year: number;
  lines: { code: string; name: string; at: Pick<Finding, 'line' | 'column' | 'path' | 'segments'> }[];
}

/**
 * Each line's place is found when first read (a finding, or the check cache writing it as JSON):
 * finding it needs the file's positions, which a file without findings never builds (fast-yaml.ts).
 * Once found it is a plain value, and the line no longer holds on to the loaded file.
 */
export function expenditureNames(d: Loaded<Disclosure>): ExpenditureNames {
  return {
    file: d.source.file,
    year: d.data.year,
    lines: d.data.expenditure.map((l, i) => {
      const entry = { code: l.code, name: l.name };
      return Object.defineProperty(entry, 'at', {
        enumerable: true,
        configurable: true,
        get: () => {
          const { line, column, path, segments } = makeFinding(d, 'reference/name-drift', ['expenditure', i, 'name'], {});
          const at = { line, column, path, segments };
          Object.defineProperty(entry, 'at', { value: at, enumerable: true, writable: true, configurable: true });
          return at;
        },
      }) as ExpenditureNames['lines'][number];
    }),
  };
}

/**
 * Same functional code, different names across the years of one department (when the catalogue
 * does not already explain the name). The catalogue is asked for only when two names differ.
 */
export function nameDrift(years: readonly ExpenditureNames[], catalogue: () => Pick<CodeCatalogue, 'functional'>): Finding[] {
  const out: Finding[] = [];
  const firstSeen = new Map<string, { name: string; file: string }>();
  for (const d of [...years].sort((a, b) => a.year - b.year)) {
    for (const l of d.lines) {
      const prior = firstSeen.get(l.code);
      if (!prior) {
        firstSeen.set(l.code, { name: l.name, file: d.file });
        continue;
      }
      if (normaliseName(prior.name) === normaliseName(l.name)) continue;
      const entry = lookup(catalogue().functional, l.code, d.year);
      if (entry && nameMatches(entry, l.name)) continue;
      const rule = 'reference/name-drift';
      out.push({ rule, severity: RULES[rule].severity, file: d.file, line: l.at.line, column: l.at.column, path: l.at.path, segments: l.at.segments, params: { code: l.code, value: l.name, expected: prior.name, otherFile: prior.file } });
    }
  }
  return out;
}

