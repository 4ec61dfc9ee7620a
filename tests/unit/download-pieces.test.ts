// Portal-wide downloads (/data.json, /figures.csv) are sent in pieces (src/data/respond.ts): at
// 20,000 disclosures each is longer than the longest string V8 can hold, and a 20,000-disclosure
// build died making /data.json in one piece ("RangeError: Invalid string length").
import { constants } from 'node:buffer';
import { describe, expect, it } from 'vitest';
import { csv, csvPieces, portalJsonPieces, projectsCsv, PROJECT_COLUMNS, type ProjectRow } from '../../src/lib/export.ts';
import { piecesResponse } from '../../src/data/respond.ts';

describe('pieces of a download', () => {
  it('make the same CSV as the whole file, quoting and neutralising fields alike', () => {
    const header = ['name', 'amount'];
    const groups = [[['行政运行', '294.49'], ['a, "quoted" name', '1.00']], [], [['=SUM(A1)', '-3.10'], ['line\nbreak', '']]];
    expect([...csvPieces(header, groups)].join('')).toBe(csv([header, ...groups.flat()]));
    expect([...csvPieces(header, [])].join('')).toBe('\uFEFFname,amount\r\n');
  });

  it('make the same JSON as JSON.stringify of the whole, with none or many disclosures', () => {
    const head = { format: 'gongkai-portal/1', regions: [{ slug: 'linfen', name: '临汾市', departments: [] }] };
    const disclosures = [{ region: 'linfen', year: 2020, totals: { total: '1138.19' } }, { region: 'linfen', year: 2021, note: 'say "当年"' }];
    expect([...portalJsonPieces(head, disclosures)].join('')).toBe(JSON.stringify({ ...head, disclosures }));
    expect([...portalJsonPieces(head, [])].join('')).toBe(JSON.stringify({ ...head, disclosures: [] }));
  });

  it('split the project list by 1,000 projects, every project once, in order', () => {
    const row = (i: number) => ({ region: 'r', regionName: '地区', department: 'd', departmentName: '部门', year: 2020, data: {}, project: { id: `p${i}`, name: `项目${i}` }, path: '', url: `https://example.org/p${i}/` }) as unknown as ProjectRow;
    const pieces = [...projectsCsv(Array.from({ length: 2500 }, (_, i) => row(i)))];
    // The header, then 1,000 + 1,000 + 500 projects.
    expect(pieces.map((p) => p.split('\r\n').length - 1)).toEqual([1, 1000, 1000, 500]);
    expect(pieces[0]).toBe(`\uFEFF${PROJECT_COLUMNS.join(',')}\r\n`);
    const ids = pieces.slice(1).join('').split('\r\n').filter(Boolean).map((l) => l.split(',')[5]);
    expect(ids).toEqual(Array.from({ length: 2500 }, (_, i) => `p${i}`));
  });

  it('are made only as the response is read', async () => {
    let made = 0;
    const disclosures = (function* () {
      for (let i = 0; i < 1000; i++) {
        made++;
        yield { i };
      }
    })();
    const reader = piecesResponse(portalJsonPieces({ format: 'x' }, disclosures), 'application/json').body!.getReader();
    await reader.read();
    expect(made).toBeLessThan(5);
    await reader.cancel();
  });

  it('carry more characters than any one string can hold', async () => {
    const piece = 'a'.repeat(1 << 20);
    const count = Math.ceil(constants.MAX_STRING_LENGTH / piece.length) + 2;
    expect(() => piece.repeat(count)).toThrow(RangeError);
    const reader = piecesResponse(Array.from({ length: count }, () => piece).values(), 'text/csv').body!.getReader();
    let bytes = 0;
    for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) bytes += chunk.value.byteLength;
    expect(bytes).toBe(count * piece.length);
  }, 60_000);
});
