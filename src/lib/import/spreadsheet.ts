// A spreadsheet exported from a budget system: one sheet per table. Each sheet becomes lines of
// tab-separated cells under its title (the sheet's name, unless its first row is a title), and
// the same readers as for a published document read them (document.ts). A number cell is written
// as Excel holds it (15 significant digits) at the decimals its number format shows, with the
// thousands commas it shows: 210 shown as 210.00 reads "210.00", as printed.
import ExcelJS from 'exceljs';
import { Decimal } from '../money.ts';

/** Decimals a number format shows: "0.00" and "#,##0.00" → 2, "General" → none fixed. */
function decimalsOf(numFmt: string | undefined): number | undefined {
  const m = /\.(0+)/.exec(numFmt ?? '');
  return m ? m[1]!.length : undefined;
}

function cellText(cell: ExcelJS.Cell): string {
  const v = cell.value;
  if (v === null || v === undefined) return '';
  if (typeof v === 'number') {
    const exact = new Decimal(v.toPrecision(15));
    const decimals = decimalsOf(cell.numFmt);
    const text = decimals === undefined ? exact.toFixed() : exact.toFixed(decimals);
    // "#,##0.00" groups thousands with commas, as the document prints them.
    return /#,##/.test(cell.numFmt ?? '') ? text.replace(/^(-?\d+)/, (int) => int.replace(/\B(?=(\d{3})+$)/g, ',')) : text;
  }
  if (typeof v === 'object' && 'result' in v) return v.result === undefined || v.result === null ? '' : String(v.result);
  if (typeof v === 'object' && 'richText' in v) return v.richText.map((r) => r.text).join('');
  return cell.text.replace(/[\t\r\n]+/g, ' ');
}

/** The workbook as text: each sheet's title line, then its rows with tabs between cells. */
export async function spreadsheetText(bytes: Uint8Array): Promise<{ ok: true; text: string; sheets: number } | { ok: false; reason: string }> {
  const book = new ExcelJS.Workbook();
  try {
    await book.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  } catch (e) {
    return { ok: false, reason: (e as Error).message };
  }
  const lines: string[] = [];
  book.eachSheet((sheet) => {
    const rows: string[] = [];
    sheet.eachRow({ includeEmpty: false }, (row) => {
      const cells: string[] = [];
      for (let c = 1; c <= row.cellCount; c++) cells.push(cellText(row.getCell(c)).trim());
      rows.push(cells.join('\t').replace(/\t+$/, ''));
    });
    // A first row of one cell is the table's title; otherwise the sheet's name is.
    const titled = rows[0] !== undefined && !rows[0].includes('\t');
    lines.push(...(titled ? [] : [sheet.name]), ...rows, '');
  });
  return { ok: true, text: lines.join('\n'), sheets: book.worksheets.length };
}

/** Whether a workbook is Gongkai's own fill-in workbook (workbook.ts), by its sheets. */
export async function isFillInWorkbook(bytes: Uint8Array, marker: string): Promise<boolean> {
  const book = new ExcelJS.Workbook();
  try {
    await book.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  } catch {
    return false;
  }
  return book.worksheets.some((s) => s.name === marker);
}
