// Okabe–Ito colours: distinguishable with the common forms of colour blindness. Shared by the
// chart specs and the browser script (which must not pull in the data modules).
export const PALETTE = ['#0072B2', '#E69F00', '#009E73', '#CC79A7', '#56B4E9', '#D55E00', '#F0E442', '#000000'];
