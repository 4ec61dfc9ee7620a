// The table of contents is open beside the page on a wide screen and one collapsed line on a
// phone. And a link to a place inside a closed <details> (an erratum among the data notes, from
// its mark in the narrative) opens it, in browsers that do not do so themselves.
const WIDE = window.matchMedia('(min-width: 70rem)');

function layout(): void {
  for (const details of document.querySelectorAll<HTMLDetailsElement>('[data-toc-details]')) details.open = WIDE.matches;
}

function reveal(): void {
  const id = decodeURIComponent(location.hash.slice(1));
  const target = id ? document.getElementById(id) : null;
  if (!target) return;
  let opened = false;
  for (let d = target.closest('details'); d; d = d.parentElement?.closest('details') ?? null) {
    if (!d.open) {
      d.open = true;
      opened = true;
    }
  }
  if (opened) target.scrollIntoView();
}

layout();
WIDE.addEventListener('change', layout);
window.addEventListener('hashchange', reveal);
reveal();
