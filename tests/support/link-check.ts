// A link check over a built site, offline: every href and src of every HTML page, the site's own
// absolute addresses in its head (canonical, og:url), and every url() of its stylesheets must name
// a file of the site under its base path, and every #fragment an id on the page it names. Links
// to other sites are listed (never fetched) and are problems unless allowed.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { unescapeHtml } from './html.ts';

export interface LinkProblem {
  /** The file the link is in, relative to the site folder. */
  file: string;
  link: string;
  problem: string;
}

export interface LinkReport {
  /** Links followed to a file of the site. */
  internal: number;
  /** Fragments checked against their page's ids. */
  fragments: number;
  /** Links to other sites, by page. */
  external: { file: string; url: string }[];
  problems: LinkProblem[];
}

export interface LinkCheckOptions {
  /** The site's address (base_url): its path is the base path every link must be under; absolute links to it are internal. */
  site?: string;
  /** Addresses on other sites that pages may link to. */
  allowExternal?: ReadonlySet<string>;
}

function filesUnder(dir: string, prefix = ''): string[] {
  return readdirSync(join(dir, prefix)).flatMap((name) => {
    const rel = prefix ? `${prefix}/${name}` : name;
    return statSync(join(dir, rel)).isDirectory() ? filesUnder(dir, rel) : [rel];
  });
}

const TAG = /<([a-zA-Z][\w-]*)((?:\s+[^\s=>/]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]+))?)*)\s*\/?>/g;
const ATTR = /\s([^\s=>/]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/g;
/** Attributes that hold an address. */
const URL_ATTRS = new Set(['href', 'src', 'action', 'poster', 'srcset', 'data', 'formaction', 'cite']);
/** Head tags whose content is an address of the site. */
const URL_META = /^(og:url|og:image|twitter:image)$/;

/** The addresses in an HTML page: each attribute value that holds one, and the head's own addresses. */
export function linksOf(html: string): string[] {
  const out: string[] = [];
  // Scripts and styles hold no markup to follow.
  const text = html.replace(/<(script|style)\b[^>]*>[\s\S]*?<\/\1>/gi, (m) => m.replace(/>[\s\S]*</, '><'));
  for (const tag of text.matchAll(TAG)) {
    const attrs = new Map<string, string>();
    for (const a of tag[2]!.matchAll(ATTR)) attrs.set(a[1]!.toLowerCase(), unescapeHtml(a[2] ?? a[3] ?? a[4] ?? ''));
    for (const [name, value] of attrs) {
      if (!URL_ATTRS.has(name)) continue;
      if (name === 'srcset') out.push(...value.split(',').map((s) => s.trim().split(/\s+/)[0]!).filter(Boolean));
      else out.push(value);
    }
    if (tag[1]!.toLowerCase() === 'meta' && URL_META.test(attrs.get('property') ?? attrs.get('name') ?? '')) out.push(attrs.get('content') ?? '');
  }
  return out;
}

/** The url() addresses of a stylesheet. */
export function cssUrls(css: string): string[] {
  return [...css.replace(/\/\*[\s\S]*?\*\//g, '').matchAll(/url\(\s*(?:"([^"]*)"|'([^']*)'|([^)\s]*))\s*\)/g)].map((m) => m[1] ?? m[2] ?? m[3] ?? '');
}

/** The address a file is served at: 'a/b/index.html' → '/a/b/', '_astro/x.css' → '/_astro/x.css'. */
function addressOf(rel: string): string {
  return `/${rel.replace(/(^|\/)index\.html$/, '$1')}`;
}

export function checkLinks(dist: string, options: LinkCheckOptions = {}): LinkReport {
  const site = options.site?.replace(/\/+$/, '');
  const basePath = site ? `${new URL(`${site}/`).pathname}` : '/';
  const files = filesUnder(dist);
  const report: LinkReport = { internal: 0, fragments: 0, external: [], problems: [] };
  const ids = new Map<string, Set<string>>();
  const idsOf = (rel: string) => {
    if (!ids.has(rel)) {
      const html = readFileSync(join(dist, rel), 'utf8');
      ids.set(rel, new Set([...html.matchAll(/<[a-zA-Z][^>]*?\s(?:id|name)="([^"]*)"/g)].map((m) => unescapeHtml(m[1]!))));
    }
    return ids.get(rel)!;
  };

  const follow = (file: string, link: string, fromAddress: string, isPage: boolean) => {
    const problem = (text: string) => report.problems.push({ file, link, problem: text });
    if (!link.trim()) return problem('empty address');
    if (/^data:/i.test(link) && !isPage) return;
    const fragmentOn = (target: string, fragment: string) => {
      if (!fragment) return problem('an empty #fragment');
      if (!target.endsWith('.html')) return problem('a #fragment on a file that is not a page');
      report.fragments++;
      if (!idsOf(target).has(fragment)) problem(`no element with id "${fragment}" on ${addressOf(target)}`);
    };
    // A fragment alone names an element of the page itself (the 404 page's too, wherever it is served).
    if (link.startsWith('#')) return fragmentOn(file, decodeURIComponent(link.slice(1)));
    let url: URL;
    const local = 'http://site.invalid';
    if (/^(https?:)?\/\//i.test(link)) {
      const absolute = link.startsWith('//') ? `https:${link}` : link;
      if (!site || !(absolute === site || absolute.startsWith(`${site}/`) || absolute.startsWith(`${site}#`) || absolute.startsWith(`${site}?`))) {
        report.external.push({ file, url: link });
        if (!options.allowExternal?.has(link)) problem('a link to another site that is not allowed');
        return;
      }
      const own = new URL(absolute);
      url = new URL(`${own.pathname}${own.search}${own.hash}`, local);
    } else if (/^[a-z][a-z0-9+.-]*:/i.test(link)) {
      return problem(`an address of the ${link.split(':')[0]}: scheme`);
    } else {
      // The 404 page is served at any missing address: a relative link there points nowhere fixed.
      if (file === '404.html' && !link.startsWith('/') && !link.startsWith('#')) return problem('a relative address on the 404 page');
      url = new URL(link, `${local}${fromAddress}`);
    }
    const path = decodeURIComponent(url.pathname);
    if (!path.startsWith(basePath)) return problem(`outside the site's base path ${basePath}`);
    const rel = path.slice(basePath.length);
    const target = rel === '' || rel.endsWith('/') ? `${rel}index.html` : rel;
    if (!existsSync(join(dist, target)) || statSync(join(dist, target)).isDirectory()) {
      return problem(existsSync(join(dist, rel, 'index.html')) ? 'a page address without its trailing slash' : 'no such file in the site');
    }
    report.internal++;
    if (link.includes('#')) fragmentOn(target, decodeURIComponent(url.hash.slice(1)));
  };

  for (const file of files) {
    if (file.endsWith('.html')) {
      const from = file === '404.html' ? '/no/such/page/' : addressOf(file);
      for (const link of linksOf(readFileSync(join(dist, file), 'utf8'))) follow(file, link, from, true);
    } else if (file.endsWith('.css')) {
      for (const link of cssUrls(readFileSync(join(dist, file), 'utf8'))) follow(file, link, addressOf(file), false);
    }
  }
  return report;
}
