// Errata and notes (DESIGN principle 6): an erratum replaces a printed value for the checks; a
// note explains a finding of the rule it names. Neither can touch a finding it does not name, and
// both stay visible as info findings. The rules themselves come in as `run`, so this module does
// not depend on which rules there are.
import { disclosureSchema, type Disclosure } from '../schema/index.ts';
import type { Loaded } from '../source/load.ts';
import { isUnder, resolvePath } from '../source/paths.ts';
import type { PathSegment } from '../source/yaml.ts';
import { parseAmount } from '../money.ts';
import { closest } from './schema-issues.ts';
import { isRuleId, RULE_IDS } from './catalogue.ts';
import type { Finding } from './finding.ts';
import { makeFinding } from './rules/context.ts';

/** Runs every rule over one disclosure (as given: errata are applied before it is called). */
export type RunRules = (file: Loaded<Disclosure>) => Finding[];

type Applied = { index: number; path: PathSegment[] };

function sameValue(written: unknown, stated: string): boolean {
  const a = parseAmount(String(written ?? ''), { allowNegative: true });
  const b = parseAmount(stated, { allowNegative: true });
  if (a.ok && b.ok) return a.amount.value.equals(b.amount.value);
  return String(written ?? '').trim() === stated.trim();
}

function setAt(root: unknown, path: PathSegment[], value: unknown): void {
  let node = root as Record<string | number, unknown>;
  for (const seg of path.slice(0, -1)) node = node[seg] as Record<string | number, unknown>;
  node[path[path.length - 1]!] = value;
}

const keyOf = (f: Finding) => `${f.rule}\u0000${f.path}`;

/** A value written in place of the file's own, for a corrected copy. */
export interface Replacement {
  path: PathSegment[];
  /** The text written there, as the file would (amounts are text in the raw tree). */
  value: string;
}

/** The file's raw tree with the given values written in, re-read through the schema. */
function reparsedWith(file: Loaded<Disclosure>, replacements: readonly Replacement[]) {
  const raw = structuredClone(file.raw);
  for (const { path, value } of replacements) setAt(raw, path, value);
  return { raw, reparsed: disclosureSchema.safeParse(raw) };
}

/**
 * A copy of the file with other values at some paths, raw tree and data both (its errata and
 * notes still apply when it is checked); null when a value does not fit the schema. The
 * diagnosis (diagnose.ts) tries its corrections with it.
 */
export function fileWith(file: Loaded<Disclosure>, replacements: readonly Replacement[]): Loaded<Disclosure> | null {
  const { raw, reparsed } = reparsedWith(file, replacements);
  return reparsed.success ? { ...file, raw: raw as Loaded<Disclosure>['raw'], data: reparsed.data } : null;
}

/** The file's data with the given errata applied, re-read through the schema. */
function correctedCopy(file: Loaded<Disclosure>, applied: Applied[]): { ok: true; data: Disclosure } | { ok: false; badCorrections: number[] } {
  if (!applied.length) return { ok: true, data: file.data };
  const { reparsed } = reparsedWith(
    file,
    applied.map(({ index, path }) => ({ path, value: file.data.errata![index]!.corrected })),
  );
  if (reparsed.success) return { ok: true, data: reparsed.data };
  const bad = applied.filter(({ path }) => reparsed.error.issues.some((i) => isUnder(i.path as PathSegment[], path))).map((a) => a.index);
  return { ok: false, badCorrections: bad.length ? bad : applied.map((a) => a.index) };
}

/** Runs the rules with the given errata applied to a copy of the file. */
function runCorrected(file: Loaded<Disclosure>, run: RunRules, applied: Applied[]): { ok: true; findings: Finding[]; data: Disclosure } | { ok: false; badCorrections: number[] } {
  const copy = correctedCopy(file, applied);
  if (!copy.ok) return copy;
  return { ok: true, findings: run({ ...file, data: copy.data }), data: copy.data };
}

/** The data readers see: every applicable erratum applied (the file itself stays as published). */
export function correctedData(file: Loaded<Disclosure>): Disclosure {
  const applicable = (file.data.errata ?? []).flatMap((e, index) => {
    const target = resolvePath(e.path, file.raw);
    return target && sameValue(target.value, e.published) ? [{ index, path: target.path }] : [];
  });
  const copy = correctedCopy(file, applicable);
  return copy.ok ? copy.data : file.data;
}

function isAmountAt(data: unknown, path: PathSegment[]): boolean {
  let node: unknown = data;
  for (const seg of path) node = node && typeof node === 'object' ? (node as Record<string | number, unknown>)[seg] : undefined;
  return !!node && typeof node === 'object' && 'value' in node && 'scale' in node;
}

/**
 * The rules' findings for a disclosure after its errata and notes: findings of the corrected
 * data, those a note explains turned to info, and a finding for every erratum and note itself.
 */
export function checkWithCorrections(file: Loaded<Disclosure>, run: RunRules, options: { usage?: boolean } = {}): Finding[] {
  const errata = file.data.errata ?? [];
  const notes = file.data.notes ?? [];
  const out: Finding[] = [];
  // The findings as published count only when no erratum applies; they are computed only then.
  let findings: Finding[] | undefined;

  if (errata.length) {
    const applicable: Applied[] = [];
    errata.forEach((e, i) => {
      const target = resolvePath(e.path, file.raw);
      if (!target) out.push(makeFinding(file, 'errata/bad-path', ['errata', i, 'path'], { value: e.path }));
      else if (!sameValue(target.value, e.published)) out.push(makeFinding(file, 'errata/value-mismatch', ['errata', i, 'published'], { value: e.published, expected: String(target.value) }));
      else applicable.push({ index: i, path: target.path });
    });
    const corrected = runCorrected(file, run, applicable);
    if (corrected.ok) {
      findings = corrected.findings;
      const after = new Set(findings.map(keyOf));
      for (const { index, path } of applicable) {
        const e = errata[index]!;
        out.push({ ...makeFinding(file, 'errata/applied', path, { value: e.published, expected: e.corrected }), explainedBy: { kind: 'erratum', text: e.evidence, line: file.locator.locate(['errata', index]).line, source: e.source } });
        // Only amounts feed the checks; a corrected text (an indicator value, a name) is shown, not checked.
        // (Not asked when only the findings matter: the diagnosis re-checks corrected copies.)
        if (options.usage === false || !isAmountAt(corrected.data, path)) continue;
        // Used when leaving it out (keeping the others) brings back a finding.
        const without = runCorrected(file, run, applicable.filter((a) => a.index !== index));
        const used = !without.ok || without.findings.some((f) => f.severity !== 'info' && !after.has(keyOf(f)));
        if (!used) out.push(makeFinding(file, 'errata/unused', ['errata', index, 'path'], { value: e.path }));
      }
    } else {
      for (const i of corrected.badCorrections) {
        out.push(makeFinding(file, 'schema/amount', ['errata', i, 'corrected'], { value: errata[i]!.corrected, problem: { zh: '改正值不符合该处的格式', en: 'the correction does not fit the field' }, unit: '万元' }));
      }
    }
  }
  findings ??= run(file);

  // Notes explain findings of the rule they name, at or under their path.
  const used = new Set<number>();
  const scopes = notes.map((n, i) => {
    if (!isRuleId(n.rule)) {
      const near = closest(n.rule, RULE_IDS);
      out.push(makeFinding(file, 'errata/unknown-rule', ['notes', i, 'rule'], { value: n.rule, suggestion: near ? { zh: `是否应为“${near}”？`, en: `Did you mean “${near}”?` } : '' }));
      return null;
    }
    if (n.path === undefined) return { rule: n.rule, path: [] as PathSegment[], difference: n.difference };
    const target = resolvePath(n.path, file.raw);
    if (!target) {
      out.push(makeFinding(file, 'errata/bad-path', ['notes', i, 'path'], { value: n.path }));
      return null;
    }
    return { rule: n.rule, path: target.path, difference: n.difference };
  });
  for (const f of findings) {
    if (f.severity === 'info') {
      out.push(f);
      continue;
    }
    const i = scopes.findIndex((s) => s && s.rule === f.rule && isUnder(f.segments ?? [], s.path) && (s.difference === undefined || s.difference === f.difference));
    if (i >= 0) {
      used.add(i);
      out.push({ ...f, severity: 'info', explainedBy: { kind: 'note', text: notes[i]!.text, line: file.locator.locate(['notes', i]).line, source: notes[i]!.source } });
    } else out.push(f);
  }
  scopes.forEach((s, i) => {
    if (s && !used.has(i)) {
      out.push(makeFinding(file, 'errata/note-unused', ['notes', i, 'rule'], { value: s.rule, where: s.path.length ? { zh: `“${notes[i]!.path}”处`, en: `at “${notes[i]!.path}”` } : { zh: '本文件中', en: 'in this file' } }));
    }
  });
  return out;
}
