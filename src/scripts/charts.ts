// Draws each chart when it scrolls into view; Chart.js itself loads only then.
// Heights are set here rather than in a style attribute, which a strict CSP would block.
for (const box of document.querySelectorAll<HTMLElement>('.chart-canvas[data-height]')) box.style.height = `${box.dataset.height}px`;
const canvases = document.querySelectorAll<HTMLCanvasElement>('canvas[data-chart]');
if (canvases.length) {
  const observer = new IntersectionObserver(
    (entries) => {
      for (const entry of entries) {
        if (!entry.isIntersecting) continue;
        observer.unobserve(entry.target);
        void import('./chart-draw.ts').then(({ draw }) => draw(entry.target as HTMLCanvasElement));
      }
    },
    { rootMargin: '200px' },
  );
  canvases.forEach((c) => observer.observe(c));
}

export {};
