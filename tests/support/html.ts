// Reading built pages without a browser: the text of an element, and the text an English page
// shows outside elements marked lang="zh-CN".

const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);
const TOKEN = /<!--[\s\S]*?-->|<(\/?)([a-zA-Z][\w-]*)((?:[^>"']|"[^"]*"|'[^']*')*?)(\/?)>|([^<]+)/g;

export function unescapeHtml(text: string): string {
  return text.replace(/&(lt|gt|quot|#39|amp);/g, (_, e: string) => ({ lt: '<', gt: '>', quot: '"', '#39': "'", amp: '&' })[e]!);
}

export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

/** The page's <main>. */
export function mainOf(html: string): string {
  return html.slice(html.indexOf('<main'), html.indexOf('</main>') + '</main>'.length);
}

/**
 * Text nodes with Han characters that no element marked lang="zh-CN" encloses, each with the
 * tags around it (scripts and styles are not text).
 */
export function unmarkedChinese(html: string): string[] {
  const out: string[] = [];
  const stack: { tag: string; zh: boolean; skip: boolean }[] = [];
  for (const m of html.matchAll(TOKEN)) {
    if (m[5] !== undefined) {
      if (!stack.some((s) => s.zh || s.skip) && /\p{Script=Han}/u.test(m[5])) out.push(`${stack.map((s) => s.tag).slice(-3).join(' > ')}: ${unescapeHtml(m[5].trim())}`);
      continue;
    }
    if (!m[2]) continue;
    const tag = m[2].toLowerCase();
    if (m[1]) {
      const i = stack.map((s) => s.tag).lastIndexOf(tag);
      if (i >= 0) stack.length = i;
      continue;
    }
    if (VOID.has(tag) || m[4]) continue;
    const lang = /\slang="([^"]*)"/.exec(m[3] ?? '')?.[1];
    stack.push({ tag, zh: lang === 'zh-CN', skip: tag === 'script' || tag === 'style' });
  }
  return out;
}

/** The text of an HTML fragment, tags removed, entities decoded, spaces collapsed. */
export function textOf(html: string): string {
  return unescapeHtml(html.replace(/<[^>]+>/g, '')).replace(/\s+/g, ' ').trim();
}

/** The element (a <section> unless `tag` says) whose opening tag holds `attr`, e.g. data-table="three_public", to its own closing tag. */
export function elementWith(html: string, attr: string, tag = 'section'): string | undefined {
  const start = html.indexOf(attr);
  if (start < 0) return undefined;
  const open = html.lastIndexOf(`<${tag}`, start);
  let depth = 0;
  const re = new RegExp(`<(\\/?)${tag}\\b[^>]*>`, 'g');
  re.lastIndex = open;
  for (let m = re.exec(html); m; m = re.exec(html)) {
    depth += m[1] ? -1 : 1;
    if (depth === 0) return html.slice(open, m.index + m[0].length);
  }
  return html.slice(open);
}

/** Elements that start a new line of text as a reader sees it; other tags join their text. */
const BLOCK = new Set(['address', 'article', 'aside', 'blockquote', 'br', 'caption', 'dd', 'details', 'div', 'dl', 'dt', 'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'li', 'main', 'nav', 'ol', 'option', 'p', 'pre', 'section', 'summary', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'tr', 'ul']);

/**
 * The body's text line by line as a reader sees it (inline elements joined without a space,
 * block elements on lines of their own): `text` is the whole line, `unmarked` the part outside
 * elements marked lang="zh-CN". Scripts and styles are not text.
 */
export function readableLines(html: string): { text: string; unmarked: string }[] {
  const body = html.slice(Math.max(0, html.indexOf('<body')));
  const lines: { text: string; unmarked: string }[] = [];
  let line = { text: '', unmarked: '' };
  const breakLine = () => {
    if (line.text.trim()) lines.push({ text: line.text.replace(/\s+/g, ' ').trim(), unmarked: line.unmarked.replace(/\s+/g, ' ').trim() });
    line = { text: '', unmarked: '' };
  };
  const stack: { tag: string; zh: boolean; skip: boolean }[] = [];
  for (const m of body.matchAll(TOKEN)) {
    if (m[5] !== undefined) {
      if (stack.some((s) => s.skip)) continue;
      const text = unescapeHtml(m[5]);
      line.text += text;
      if (!stack.some((s) => s.zh)) line.unmarked += text;
      continue;
    }
    if (!m[2]) continue;
    const tag = m[2].toLowerCase();
    if (BLOCK.has(tag)) breakLine();
    if (m[1]) {
      const i = stack.map((s) => s.tag).lastIndexOf(tag);
      if (i >= 0) stack.length = i;
      continue;
    }
    if (VOID.has(tag) || m[4]) continue;
    const lang = /\slang="([^"]*)"/.exec(m[3] ?? '')?.[1];
    stack.push({ tag, zh: lang === 'zh-CN', skip: tag === 'script' || tag === 'style' || tag === 'template' });
  }
  breakLine();
  return lines;
}
