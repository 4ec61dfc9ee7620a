// Sorts a compare table by the column whose heading button is pressed: descending first, then
// ascending. Keys are decimal text of one scale per column (data-amount, data-per-resident,
// data-year), compared as text, so no float decides an order; a row without a key goes last.
function compareDecimals(a: string, b: string): number {
  const [ia = '0', fa = ''] = a.split('.');
  const [ib = '0', fb = ''] = b.split('.');
  if (ia.length !== ib.length) return ia.length - ib.length;
  return `${ia}.${fa}`.localeCompare(`${ib}.${fb}`);
}

const datasetKey = (column: string) => column.replace(/-(\w)/g, (_, c: string) => c.toUpperCase());

for (const table of document.querySelectorAll<HTMLTableElement>('table[data-compare]')) {
  const body = table.tBodies[0]!;
  const buttons = [...table.querySelectorAll<HTMLButtonElement>('button[data-sort]')];
  for (const button of buttons) {
    button.addEventListener('click', () => {
      const th = button.closest('th')!;
      const next = th.getAttribute('aria-sort') === 'descending' ? 'ascending' : 'descending';
      for (const other of buttons) other.closest('th')!.setAttribute('aria-sort', 'none');
      th.setAttribute('aria-sort', next);
      const key = datasetKey(button.dataset.sort!);
      const sign = next === 'descending' ? -1 : 1;
      const rows = [...body.rows];
      rows.sort((x, y) => {
        const a = x.dataset[key] ?? '';
        const b = y.dataset[key] ?? '';
        if (!a || !b) return a ? -1 : b ? 1 : 0;
        return sign * compareDecimals(a, b);
      });
      body.append(...rows);
    });
  }
}

export {};
