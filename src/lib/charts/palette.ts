// Okabe–Ito colours: distinguishable with the common forms of colour blindness. Shared by the
// chart specs and the browser script (which must not pull in the data modules).
export const PALETTE = ['#0072B2', '#E69F00', '#009E73', '#CC79A7', '#56B4E9', '#D55E00', '#F0E442', '#000000'];

/** Black or white, whichever reads better on `background` (#rrggbb): WCAG relative luminance. */
export function inkOn(background: string): '#000000' | '#ffffff' {
  const channel = (i: number) => {
    const c = parseInt(background.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  const luminance = 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5);
  // Contrast with black is (L + 0.05) / 0.05, with white 1.05 / (L + 0.05); they are equal at L ≈ 0.179.
  return luminance > 0.179 ? '#000000' : '#ffffff';
}

/** A treemap part's colour, by its place among its level's parts: the same on the canvas and its button. */
export function partColour(blocks: readonly { parent: number; children: readonly number[] }[], block: number): string {
  const siblings = blocks[blocks[block]!.parent]?.children ?? [block];
  return PALETTE[siblings.indexOf(block) % PALETTE.length]!;
}
