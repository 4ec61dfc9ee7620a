// The heap limit of the processes that hold a whole portal: `npm run check` and Astro's process
// under `npm run build`. Node's default (about 4 GB on 64-bit machines) stops a portal of about
// 20,000 disclosures, which needs 0.2 MB each; the limit is set to most of the machine's memory.

/** Three quarters of the machine's memory; the rest is left to the system and other programs. */
export const HEAP_LIMIT = '--max-old-space-size-percentage=75';

/** Node options to start a portal-sized process with: none when NODE_OPTIONS sets a limit itself. */
export function heapLimitArgs(nodeOptions: string | undefined): string[] {
  return /--max-old-space-size/.test(nodeOptions ?? '') ? [] : [HEAP_LIMIT];
}
