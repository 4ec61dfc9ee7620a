// The search page: Pagefind's JavaScript API, a plain form, results as links. Excerpts are
// rebuilt as text and <mark> only, so nothing from the index is inserted as markup.
interface PagefindResult {
  url: string;
  excerpt: string;
  meta: Record<string, string>;
}
interface Pagefind {
  options(o: Record<string, unknown>): Promise<void>;
  filters(): Promise<Record<string, Record<string, number>>>;
  search(q: string | null, o: Record<string, unknown>): Promise<{ results: { data: () => Promise<PagefindResult> }[] }>;
}

const form = document.querySelector<HTMLFormElement>('[data-search-form]');
const status = document.querySelector<HTMLElement>('[data-search-status]');
const list = document.querySelector<HTMLOListElement>('[data-search-results]');
const zh = form?.dataset.lang !== 'en';

function safeExcerpt(html: string): DocumentFragment {
  const doc = new DOMParser().parseFromString(`<p>${html}</p>`, 'text/html');
  const out = document.createDocumentFragment();
  for (const node of doc.body.firstChild?.childNodes ?? []) {
    if (node.nodeType === Node.TEXT_NODE) out.append(node.textContent ?? '');
    else if (node.nodeName === 'MARK') {
      const mark = document.createElement('mark');
      mark.textContent = node.textContent;
      out.append(mark);
    } else out.append(node.textContent ?? '');
  }
  return out;
}

async function main(): Promise<void> {
  if (!form || !status || !list) return;
  const url = '/pagefind/pagefind.js';
  const pagefind = (await import(/* @vite-ignore */ url)) as Pagefind;
  await pagefind.options({ excerptLength: 40 });
  const available = await pagefind.filters();
  for (const select of form.querySelectorAll<HTMLSelectElement>('select[data-filter]')) {
    const values = Object.keys(available[select.dataset.filter!] ?? {}).sort();
    if (!values.length) select.closest('label')!.hidden = true;
    for (const v of values) select.append(new Option(v, v));
  }
  const params = new URLSearchParams(location.search);
  const input = form.querySelector<HTMLInputElement>('input[name=q]')!;
  input.value = params.get('q') ?? '';
  for (const [k, v] of params) {
    const field = form.elements.namedItem(k);
    if (field instanceof HTMLSelectElement) field.value = v;
  }

  const run = async () => {
    const data = new FormData(form);
    const q = String(data.get('q') ?? '').trim();
    const filters: Record<string, string> = {};
    for (const [k, v] of data) if (k.startsWith('filter-') && v) filters[k.slice(7)] = String(v);
    const sort = data.get('sort') ? { amount: String(data.get('sort')) } : undefined;
    const query = new URLSearchParams([...data].filter(([, v]) => v !== '') as [string, string][]);
    history.replaceState(null, '', query.size ? `?${query}` : location.pathname);
    if (!q && !Object.keys(filters).length) {
      list.replaceChildren();
      status.textContent = '';
      return;
    }
    const search = await pagefind.search(q || null, { filters, ...(sort && { sort }) });
    const results = await Promise.all(search.results.slice(0, 50).map((r) => r.data()));
    status.textContent = zh ? `找到 ${search.results.length} 个结果${search.results.length > 50 ? '，显示前 50 个' : ''}` : `${search.results.length} results${search.results.length > 50 ? ', showing the first 50' : ''}`;
    list.replaceChildren(
      ...results.map((r) => {
        const li = document.createElement('li');
        const a = document.createElement('a');
        a.href = r.url;
        a.textContent = r.meta.title ?? r.url;
        const meta = document.createElement('p');
        meta.className = 'result-meta';
        meta.textContent = [r.meta.context, r.meta.amount ? `${r.meta.amount} ${zh ? '万元' : '10k yuan'}` : ''].filter(Boolean).join(' · ');
        const excerpt = document.createElement('p');
        excerpt.append(safeExcerpt(r.excerpt));
        // The index holds the Chinese pages: on the English page their titles and excerpts say so.
        if (!zh) for (const el of [a, excerpt]) el.lang = 'zh-CN';
        li.append(a, meta, excerpt);
        return li;
      }),
    );
  };
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    void run();
  });
  form.addEventListener('change', () => void run());
  if (input.value || [...params.keys()].some((k) => k.startsWith('filter-'))) await run();
  form.dataset.ready = 'true';
}

void main();

export {};
