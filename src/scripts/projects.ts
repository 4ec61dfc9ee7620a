// Filters and sorts the all-projects table in place. Amounts compare as decimal strings of
// equal scale, so no float decides an order.
const form = document.querySelector<HTMLFormElement>('[data-project-filters]');
const table = document.querySelector<HTMLTableElement>('table[data-projects]');
const count = document.querySelector<HTMLElement>('[data-project-count]');
const sortButton = document.querySelector<HTMLButtonElement>('[data-sort-amount]');

function compareAmounts(a: string, b: string): number {
  const [ia = '0', fa = ''] = a.split('.');
  const [ib = '0', fb = ''] = b.split('.');
  if (ia.length !== ib.length) return ia.length - ib.length;
  return `${ia}.${fa}`.localeCompare(`${ib}.${fb}`);
}

if (form && table && count) {
  const body = table.tBodies[0]!;
  const rows = [...body.rows];
  const template = count.textContent ?? '';
  const apply = () => {
    const data = new FormData(form);
    let shown = 0;
    for (const row of rows) {
      const visible = (['year', 'department', 'category'] as const).every((k) => !data.get(k) || row.dataset[k] === data.get(k));
      row.hidden = !visible;
      if (visible) shown++;
    }
    count.textContent = template.replace(/\d+/, String(shown));
  };
  form.addEventListener('change', apply);
  sortButton?.addEventListener('click', () => {
    const th = sortButton.closest('th')!;
    const next = th.getAttribute('aria-sort') === 'descending' ? 'ascending' : 'descending';
    th.setAttribute('aria-sort', next);
    const sign = next === 'descending' ? -1 : 1;
    rows.sort((a, b) => sign * compareAmounts(a.dataset.amount ?? '0', b.dataset.amount ?? '0'));
    body.append(...rows);
  });
}

export {};
