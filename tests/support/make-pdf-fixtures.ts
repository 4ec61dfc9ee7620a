// Makes the PDF fixtures of the importer's tests (run once, by hand: node tests/support/make-pdf-fixtures.ts;
// the PDFs are committed). Chromium prints the first 220 lines of the 临汾 2020 seed text (its
// summary tables) as HTML tables: a PDF with a text layer, as a publisher's export would be. A page
// whose only content is text drawn on a canvas prints as an image: a PDF without a text layer, like a scan.
import { readFileSync } from 'node:fs';
import { launch } from './browser.ts';

const OUT = 'tests/fixtures/import';
const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');

const lines = readFileSync(`${OUT}/seeds/000_0c76099db0b90ef3.txt`, 'utf8').split('\n').slice(0, 220);
let html = '<html><head><meta charset="utf-8"><style>body{font-family:"Noto Sans CJK SC";font-size:10px} td{border:1px solid #999;padding:2px 6px} td.n{text-align:right}</style></head><body>';
let inTable = false;
for (const line of lines) {
  if (line.includes('\t')) {
    if (!inTable) html += '<table>';
    inTable = true;
    html += `<tr>${line.split('\t').map((c) => `<td class="${/^[\d,.]+$/.test(c) ? 'n' : ''}">${esc(c)}</td>`).join('')}</tr>`;
  } else {
    if (inTable) html += '</table>';
    inTable = false;
    if (line.trim()) html += `<p>${esc(line)}</p>`;
  }
}
html += '</body></html>';

const browser = await launch();
const page = await browser.newPage();
await page.setContent(html);
await page.pdf({ path: `${OUT}/linfen-2020-tables.pdf`, format: 'A4' });
await page.setContent('<canvas id="c" width="600" height="200"></canvas><script>const x = document.getElementById("c").getContext("2d"); x.font = "30px sans-serif"; x.fillText("部门预算收支总表 1,138.19", 10, 50);</script>');
await page.pdf({ path: `${OUT}/scan.pdf`, format: 'A4' });
await browser.close();
