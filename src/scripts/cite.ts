// Cite lines: fills in the reader's date of retrieval and shows the copy button (a <button>, so
// keyboard users reach and press it). Copies the citation's text; where the clipboard is refused,
// selects it for Ctrl+C. Nothing is requested.
const now = new Date();
const pad = (n: number) => String(n).padStart(2, '0');
const iso = `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
const today = new Intl.DateTimeFormat(document.documentElement.lang || undefined, { dateStyle: 'long' }).format(now);

for (const cite of document.querySelectorAll<HTMLElement>('[data-cite]')) {
  const date = cite.querySelector<HTMLTimeElement>('[data-cite-date]');
  if (date) {
    date.dateTime = iso;
    date.textContent = today;
    date.closest<HTMLElement>('[data-cite-retrieved]')?.removeAttribute('hidden');
  }
  const text = cite.querySelector<HTMLElement>('[data-cite-text]');
  const button = cite.querySelector<HTMLButtonElement>('[data-cite-copy]');
  const status = cite.querySelector<HTMLElement>('[data-cite-status]');
  if (!text || !button) continue;
  button.hidden = false;
  button.addEventListener('click', async () => {
    const citation = (text.textContent ?? '').replace(/\s+/g, ' ').trim();
    let said = button.dataset.copied;
    try {
      await navigator.clipboard.writeText(citation);
    } catch {
      const range = document.createRange();
      range.selectNodeContents(text);
      getSelection()?.removeAllRanges();
      getSelection()?.addRange(range);
      said = button.dataset.selected;
    }
    if (status) status.textContent = said ?? '';
  });
}

export {};
