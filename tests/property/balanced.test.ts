// Random balanced disclosures pass; changing any single amount by more than the tolerance is
// caught, and the finding points at that amount or at a total it feeds.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadWithFindings } from '../../src/lib/validate/loading.ts';
import { disclosureSchema } from '../../src/lib/schema/index.ts';
import { checkDisclosure } from '../../src/lib/validate/rules/index.ts';
import type { Finding } from '../../src/lib/validate/finding.ts';

const FUNCTIONAL = ['2010301', '2010302', '2010350', '2010399', '2080505', '2080506', '2101101', '2210201'];
const ECONOMIC = ['30101', '30102', '30103', '30108', '30201', '30202', '30211', '30302'];

const cents = (n: number) => `${Math.floor(n / 100)}.${String(n % 100).padStart(2, '0')}`;

/** Splits `total` cents into `parts` non-negative integers. */
function split(total: number, cuts: number[]): number[] {
  const points = [...cuts.map((c) => Math.floor(c * total)), 0, total].sort((a, b) => a - b);
  return points.slice(1).map((p, i) => p - points[i]!);
}

interface Doc {
  text: string;
  /** 1-based line of every amount in the text. */
  amountLines: number[];
}

const disclosure = fc
  .record({
    lines: fc.uniqueArray(fc.record({ code: fc.constantFrom(...FUNCTIONAL), basic: fc.integer({ min: 0, max: 5_000_000 }), project: fc.integer({ min: 0, max: 5_000_000 }) }), { minLength: 1, maxLength: 6, selector: (l) => l.code }),
    econCuts: fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 1, maxLength: 5 }),
    econCodes: fc.shuffledSubarray(ECONOMIC, { minLength: 6, maxLength: 6 }),
  })
  .map(({ lines, econCuts, econCodes }): Doc => {
    const out: string[] = [];
    const amountLines: number[] = [];
    const amount = (line: string) => {
      out.push(line);
      amountLines.push(out.length);
    };
    const basic = lines.reduce((s, l) => s + l.basic, 0);
    const project = lines.reduce((s, l) => s + l.project, 0);
    out.push('region: r', 'department: d', 'year: 2021', 'source: { title: t, publisher: p, year: 2021 }', 'income:');
    amount(`  general_budget: ${cents(basic + project)}`);
    out.push('expenditure:');
    lines.forEach((l) => {
      out.push(`  - code: "${l.code}"`, '    name: 科目');
      amount(`    basic: ${cents(l.basic)}`);
      amount(`    project: ${cents(l.project)}`);
    });
    // Basic spending by economic 款: personnel (301) and operating (302) parts.
    const econ = split(basic, econCuts).map((v, i) => ({ code: econCodes[i % econCodes.length]!, v }));
    const merged = new Map<string, number>();
    for (const e of econ) merged.set(e.code, (merged.get(e.code) ?? 0) + e.v);
    out.push('economic:', '  basic:');
    for (const [code, v] of merged) {
      out.push(`    - code: "${code}"`, '      name: 款');
      amount(`      amount: ${cents(v)}`);
    }
    const operating = [...merged].filter(([c]) => c.startsWith('302')).reduce((s, [, v]) => s + v, 0);
    out.push('organisation:', '  units: [{ id: u, name: 单位, kind: administrative }]', 'admin_costs:', '  units:', '    - unit: u');
    amount(`      amount: ${cents(operating)}`);
    const withProjects = lines.filter((l) => l.project > 0);
    if (withProjects.length) {
      out.push('projects:');
      withProjects.forEach((l, i) => {
        out.push(`  - id: p${i}`, '    name: 项目', `    code: "${l.code}"`);
        amount(`    amount: ${cents(l.project)}`);
      });
    }
    out.push('published:', '  expenditure_summary:');
    amount(`    total: ${cents(basic + project)}`);
    amount(`    basic: ${cents(basic)}`);
    amount(`    project: ${cents(project)}`);
    const classes = new Set(lines.map((l) => l.code.slice(0, 3)));
    for (const c of classes) {
      const under = lines.filter((l) => l.code.startsWith(c));
      amount(`    function.${c}: ${cents(under.reduce((s, l) => s + l.basic + l.project, 0))}`);
    }
    out.push('  admin_costs:');
    amount(`    admin_costs: ${cents(operating)}`);
    return { text: out.join('\n') + '\n', amountLines };
  });

function run(text: string): Finding[] {
  const findings: Finding[] = [];
  const loaded = loadWithFindings(new TextEncoder().encode(text), { file: 'r/d/2021.yaml', kind: 'disclosure', region: 'r', department: 'd', year: 2021 }, disclosureSchema, findings);
  if (!loaded) return findings;
  return [...findings, ...checkDisclosure(loaded, { catalogue: { functional: null, economic: null, economicGov: null } })];
}

/** Adds 1.00 to the amount on `line`. */
function bump(text: string, line: number): string {
  const lines = text.split('\n');
  lines[line - 1] = lines[line - 1]!.replace(/(\d+)\.(\d\d)$/, (_, i: string, f: string) => `${BigInt(i) + 1n}.${f}`);
  return lines.join('\n');
}

describe('property: balanced disclosures', () => {
  it('pass with no finding', () => {
    fc.assert(
      fc.property(disclosure, (doc) => {
        expect(run(doc.text)).toEqual([]);
      }),
      { numRuns: 150 },
    );
  });

  it('catch any single amount changed by 1.00, at that line or a total it feeds', () => {
    fc.assert(
      fc.property(
        disclosure.chain((doc) => fc.record({ doc: fc.constant(doc), pick: fc.nat({ max: doc.amountLines.length - 1 }) })),
        ({ doc, pick }) => {
          const line = doc.amountLines[pick]!;
          const findings = run(bump(doc.text, line)).filter((f) => f.severity === 'error');
          expect(findings.length).toBeGreaterThan(0);
          const pointsAtIt = findings.some((f) => f.line === line || f.related?.some((r) => r.line === line));
          expect(pointsAtIt, `line ${line}: ${findings.map((f) => `${f.rule}@${f.line}`).join(', ')}\n${bump(doc.text, line)}`).toBe(true);
        },
      ),
      { numRuns: 300 },
    );
  });
});
