// One-off: the portal-wide files of a large portal, made by their routes as Astro makes them.
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { loadSite } from './src/data/site.ts';
import * as dataJson from './src/pages/data.json.ts';
import * as figuresCsv from './src/pages/figures.csv.ts';
import * as sitemap from './src/pages/[sitemap].xml.ts';
const out = process.argv[2]!;
mkdirSync(out, { recursive: true });
const hwm = () => Math.round(Number(/VmHWM:\s+(\d+)/.exec(readFileSync('/proc/self/status', 'utf8'))![1]) / 1024);
let t = performance.now();
const site = loadSite();
console.log(`loaded ${site.disclosures.length} disclosures in ${((performance.now() - t) / 1000).toFixed(0)} s, peak ${hwm()} MB`);
const write = async (name: string, res: Response) => {
  const t0 = performance.now();
  const bytes = Buffer.from(await res.arrayBuffer()); // as Astro's static build gathers a body
  writeFileSync(`${out}/${name}`, bytes);
  console.log(`${name}: ${(bytes.length / 1e6).toFixed(1)} MB in ${((performance.now() - t0) / 1000).toFixed(1)} s, peak so far ${hwm()} MB`);
};
await write('data.json', await (dataJson.GET as any)({ params: {} }));
await write('figures.csv', await (figuresCsv.GET as any)({ params: {} }));
const paths = sitemap.getStaticPaths();
console.log(`sitemap paths: ${paths.map((p) => p.params.sitemap).join(' ')}`);
for (const p of paths) await write(`${p.params.sitemap}.xml`, await (sitemap.GET as any)({ params: p.params }));
