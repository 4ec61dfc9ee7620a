// Wide tables: marks each table box whose table is wider than the box (data-overflow), which
// shows the line that says to scroll and the shadow beside the sticky names (site.css), and
// checks again when the window is resized. Without this script the table still scrolls.
const boxes = [...document.querySelectorAll<HTMLElement>('[data-table-scroll]')];

function mark(): void {
  for (const box of boxes) {
    const wide = box.scrollWidth > box.clientWidth + 1;
    box.toggleAttribute('data-overflow', wide);
    const cue = box.querySelector<HTMLElement>('[data-scroll-cue]');
    if (cue) cue.hidden = !wide;
  }
}

mark();
addEventListener('resize', mark);
