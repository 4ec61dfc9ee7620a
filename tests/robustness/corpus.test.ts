// Input that tries to break Gongkai. Each bad input gets a located error, or safe output; nothing
// crashes and nothing unescaped reaches a page.
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import { loadWithFindings } from '../../src/lib/validate/loading.ts';
import { disclosureSchema } from '../../src/lib/schema/index.ts';
import { checkDisclosure } from '../../src/lib/validate/rules/index.ts';
import { classifyPath } from '../../src/lib/source/load.ts';
import type { Finding } from '../../src/lib/validate/finding.ts';
import { FIXTURES } from '../support/fixtures.ts';

const SOURCE = { file: 'demo/dept/2021.yaml', kind: 'disclosure' as const, region: 'demo', department: 'dept', year: 2021 };
const BASE = readFileSync(`${FIXTURES}/base/demo/dept/2021.yaml`, 'utf8');

/** Loads and checks bytes as a disclosure; never lets an exception escape. */
function check(bytes: Uint8Array | string): Finding[] {
  const findings: Finding[] = [];
  const data = typeof bytes === 'string' ? new TextEncoder().encode(bytes) : bytes;
  const loaded = loadWithFindings(data, SOURCE, disclosureSchema, findings);
  if (loaded) findings.push(...checkDisclosure(loaded, { catalogue: { functional: null, economic: null, economicGov: null } }));
  return findings;
}

function expectLocatedError(findings: Finding[], rule?: string | RegExp) {
  const errors = findings.filter((f) => f.severity === 'error');
  expect(errors.length, JSON.stringify(findings.map((f) => f.rule))).toBeGreaterThan(0);
  for (const f of findings) {
    expect(f.line).toBeGreaterThanOrEqual(1);
    expect(f.column).toBeGreaterThanOrEqual(1);
    expect(f.file).toBe(SOURCE.file);
  }
  if (rule) expect(errors.some((f) => (typeof rule === 'string' ? f.rule === rule : rule.test(f.rule))), errors.map((f) => f.rule).join(',')).toBe(true);
}

const CORPUS: [string, string | Uint8Array, string | RegExp][] = [
  ['unclosed flow mapping', 'region: demo\nincome: { general_budget: 1\n', 'file/yaml-syntax'],
  ['unclosed quote', 'region: "demo\n', 'file/yaml-syntax'],
  ['bad indentation', 'region: demo\n  year: 2021\n department: x\n', 'file/yaml-syntax'],
  ['a lone scalar', '42\n', 'file/not-a-mapping'],
  ['only a comment', '# nothing here\n', 'file/empty'],
  ['alias bomb', 'a: &a [x,x,x,x,x,x,x,x,x,x]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c,*c]\ne: [*d,*d,*d,*d,*d,*d,*d,*d,*d,*d]\n', 'file/alias-limit'],
  ['a huge number', BASE.replace('general_budget: 560.00', 'general_budget: 123456789012345678901234567890.00'), 'schema/amount'],
  ['an exponent', BASE.replace('general_budget: 560.00', 'general_budget: 5.6e2'), 'schema/amount'],
  ['infinity', BASE.replace('general_budget: 560.00', 'general_budget: .inf'), 'schema/amount'],
  ['not a number', BASE.replace('general_budget: 560.00', 'general_budget: .nan'), 'schema/amount'],
  ['a negative amount', BASE.replace('general_budget: 560.00', 'general_budget: -560.00'), 'schema/amount'],
  ['an over-precise amount', BASE.replace('general_budget: 560.00', 'general_budget: 560.001'), 'schema/amount'],
  ['full-width digits', BASE.replace('general_budget: 560.00', 'general_budget: ５６０．００'), 'schema/amount'],
  ['a full-width comma', BASE.replace('general_budget: 560.00', 'general_budget: "560，00"'), 'schema/amount'],
  ['a flow-style thousands comma', BASE.replace('  general_budget: 560.00', '  { general_budget: 1,560.00 }'), /^(schema|file)\//],
  ['an amount as a list', BASE.replace('general_budget: 560.00', 'general_budget: [560]'), 'schema/type'],
  ['a year as text', BASE.replace('year: 2021\ntitle', 'year: twenty\ntitle'), 'schema/value'],
  ['a boolean for a name', BASE.replace('name: 行政运行, basic: 300.00', 'name: true, basic: 300.00'), 'schema/type'],
  ['a duplicate key', BASE.replace('department: dept\n', 'department: dept\ndepartment: dept\n'), 'file/duplicate-key'],
  ['a duplicate code', BASE.replace('  - { code: "2210201", name: 住房公积金, basic: 20.00 }', '  - { code: "2210201", name: 住房公积金, basic: 10.00 }\n  - { code: "2210201", name: 住房公积金, basic: 10.00 }'), 'reference/duplicate-line'],
  ['an unknown key', BASE.replace('income:', 'incomes:'), 'schema/unknown-key'],
  ['a project id with a path trick', BASE.replace('id: hotline', 'id: ../../etc/passwd'), 'schema/value'],
  ['a project id with a slash', BASE.replace('id: hotline', 'id: a/b'), 'schema/value'],
  ['a unit id with spaces', BASE.replace('id: bureau, name', 'id: "bu reau", name'), 'schema/value'],
  ['a script in a name', BASE.replace('name: 热线运行', 'name: "<script>alert(1)</script>"'), 'schema/html'],
  ['an image with onerror', BASE.replace('duties: 负责示例工作。', 'duties: "<img src=x onerror=alert(1)>"'), 'schema/html'],
  ['a javascript: address for the document', BASE.replace('  year: 2021\norganisation', '  year: 2021\n  url: "javascript:alert(1)"\norganisation'), 'schema/value'],
  ['a data: address for the document', BASE.replace('  year: 2021\norganisation', '  year: 2021\n  url: "data:text/html,<b>x</b>"\norganisation'), 'schema/value'],
  ['an archived copy outside its folder', BASE.replace('  year: 2021\norganisation', '  year: 2021\n  archive: ../../../etc/passwd.pdf\norganisation'), 'schema/value'],
  ['an archived copy that is a page', BASE.replace('  year: 2021\norganisation', '  year: 2021\n  archive: index.html\norganisation'), 'schema/value'],
  ['an iframe in a source note', BASE.replace('  year: 2021\norganisation', '  year: 2021\n  note: "<iframe src=//evil.example>"\norganisation'), 'schema/html'],
  ['GBK bytes', new Uint8Array([0x72, 0x3a, 0x20, 0xd2, 0xbb, 0xb6, 0xfe, 0x0a]), 'file/encoding-gbk'], // r: 一二
  ['UTF-16', new Uint8Array([0xff, 0xfe, 0x72, 0x00, 0x3a, 0x00]), 'file/encoding-utf16'],
  ['binary', new Uint8Array([0x00, 0x01, 0x02, 0x03, 0x00]), 'file/encoding-invalid'],
  ['a BOM', new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(BASE)]), 'file/bom'],
  ['a tab', BASE.replace('  general_budget', '\tgeneral_budget'), 'file/tab-indent'],
];

describe('bad input corpus', () => {
  it.each(CORPUS)('%s gives a located error', (_name, input, rule) => {
    expectLocatedError(check(input), rule);
  });

  it('rejects path tricks in folder names', () => {
    for (const path of ['../x/region.yaml', 'a/../b/c/2021.yaml', 'UPPER/dept/2021.yaml', 'a b/dept/2021.yaml', 'demo/dept/2021.yml', 'en/dept/2021.yaml', 'compare/region.yaml', 'demo/dept/archive/../2021.pdf', 'demo/dept/archive/x/2021.pdf', 'demo/dept/archive/index.html', 'demo/dept/archive/.hidden.pdf', 'demo/archive/2021.pdf']) {
      expect(classifyPath(path, path).ok, path).toBe(false);
    }
  });

  it('flags HTML in every text field it can reach', () => {
    // Every string in the base file, one at a time, replaced by markup: always a located error there.
    const lines = BASE.split('\n');
    const candidates = lines.map((l, i) => [l, i] as const).filter(([l]) => /^\s*(-\s*)?\{?\s*(name|title|text|duties|publisher|item|label|value|level1|level2|evidence|basis)\s*:/.test(l) || /\bname: [^,}]+/.test(l));
    expect(candidates.length).toBeGreaterThan(20);
    for (const [line, i] of candidates) {
      const mutated = [...lines];
      mutated[i] = line.replace(/(name|title|text|duties|publisher|item|label|value|level1|level2|basis): ([^,}\n]+)/, '$1: "<b onclick=x>$2</b>"');
      if (mutated[i] === line) continue;
      const findings = check(mutated.join('\n')).filter((f) => f.rule === 'schema/html');
      expect(findings.map((f) => f.line), `line ${i + 1}: ${mutated[i]}`).toContain(i + 1);
    }
  });
});

describe('property: random input never crashes the loader or the checker', () => {
  const yamlChars = fc.constantFrom(...'ab:-{}[],&*!|>\'"# \n\t0123456789.%@`~?年元万'.split(''));
  it('for random text', () => {
    fc.assert(
      fc.property(fc.array(yamlChars, { maxLength: 200 }).map((cs) => cs.join('')), (text) => {
        for (const f of check(text)) expect(f.line).toBeGreaterThanOrEqual(1);
      }),
      { numRuns: 1000 },
    );
  });

  it('for random YAML documents', () => {
    const value = fc.letrec((tie) => ({
      node: fc.oneof({ depthSize: 'small' }, fc.string(), fc.integer(), fc.double(), fc.boolean(), fc.constant(null), fc.array(tie('node'), { maxLength: 4 }), fc.dictionary(fc.constantFrom('region', 'year', 'income', 'expenditure', 'code', 'basic', 'projects', 'id', 'name', 'amount', 'published', 'errata', 'notes', 'path', 'x'), tie('node'), { maxKeys: 5 })),
    })).node;
    fc.assert(
      fc.property(value, (v) => {
        for (const f of check(stringify(v))) expect(f.line).toBeGreaterThanOrEqual(1);
      }),
      { numRuns: 1000 },
    );
  });

  it('for the base file with random edits', () => {
    fc.assert(
      fc.property(fc.nat({ max: BASE.length - 1 }), fc.string({ maxLength: 6 }), (at, insert) => {
        const text = BASE.slice(0, at) + insert + BASE.slice(at + 1);
        for (const f of check(text)) expect(f.line).toBeGreaterThanOrEqual(1);
      }),
      { numRuns: 1000 },
    );
    // A thousand whole checks of a full disclosure.
  }, 120_000);
});
