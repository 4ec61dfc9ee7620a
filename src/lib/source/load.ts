// Loads a data folder: finds every file, reads it, parses it and checks its schema.
// Every problem is kept with where it happened (validate/loading.ts makes it a finding); one bad
// file never stops the others from loading.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join, relative, resolve, sep } from 'node:path';
import type { z } from 'zod';
import { decodeText, type EncodingProblem } from './encoding.ts';
import { parseYaml, type Locator, type Position, type YamlProblem } from './yaml.ts';
import { readYaml } from './fast-yaml.ts';
import { classificationSchema, departmentSchema, disclosureSchema, regionSchema, type Classification, type Department, type Disclosure, type Region } from '../schema/index.ts';
import { templateSchema, type Template } from '../schema/template.ts';
import { ARCHIVE_NAME } from '../schema/primitives.ts';

export const MAX_FILE_BYTES = 5 * 1024 * 1024;
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** Top-level URL segments the site itself uses. */
const RESERVED = new Set(['en', 'zh', 'projects', 'search', 'glossary', 'about', 'data-dictionary', 'pagefind', '_astro', 'guide', 'compare']);

export type FileKind = 'region' | 'department' | 'disclosure' | 'classification' | 'template' | 'settings';

export interface SourceFile {
  /** Path relative to the working directory, with forward slashes. */
  file: string;
  kind: FileKind;
  region?: string;
  department?: string;
  year?: number;
  /** Name of the classification (functional, economic) or the template id. */
  name?: string;
}

export interface Loaded<T> {
  source: SourceFile;
  data: T;
  /** The parsed YAML before the schema, as written (used by errata paths). */
  raw: Record<string, unknown>;
  locator: Locator;
}

export interface LoadedPortal {
  root: string;
  regions: Map<string, Loaded<Region>>;
  departments: Map<string, Loaded<Department>>;
  disclosures: Loaded<Disclosure>[];
  classifications: Map<string, Loaded<Classification>>;
  /** Templates by id: the built-in ones (templates/) and the portal's own (<root>/templates/). */
  templates: Map<string, Loaded<Template>>;
  problems: LoadProblem[];
  /** Every file examined, loaded or not. */
  files: SourceFile[];
}

/** What kept a file from loading, or what loading noticed in it, with where. */
export type LoadProblem =
  | { kind: 'layout'; file: string; reason: { zh: string; en: string } }
  | { kind: 'too-large'; file: string; size: number; limit: number }
  | { kind: 'unreadable'; file: string; reason: string }
  | { kind: 'encoding'; file: string; problem: EncodingProblem }
  | { kind: 'bom'; file: string }
  | { kind: 'yaml'; file: string; problem: YamlProblem }
  | { kind: 'schema'; file: string; issues: readonly z.core.$ZodIssue[]; schema: z.ZodType; locator: Locator; raw: unknown }
  | { kind: 'duplicate-template'; file: string; id: string; position: Position }
  | { kind: 'archive-missing'; file: string; name: string; expected: string; position: Position };

function posix(p: string): string {
  return p.split(sep).join('/');
}

/** Every file under `dir`, depth first, in name order (the order of loading and of reports). */
export function walk(dir: string, out: string[]): void {
  let entries: string[];
  try {
    entries = readdirSync(dir).sort();
  } catch {
    return;
  }
  for (const name of entries) {
    const full = join(dir, name);
    let isDir = false;
    try {
      isDir = statSync(full).isDirectory();
    } catch {
      out.push(full);
      continue;
    }
    if (isDir) walk(full, out);
    else out.push(full);
  }
}

export type Classified = { ok: true; source: SourceFile } | { ok: false; reason: { zh: string; en: string } } | { ok: 'ignore' };

/** Decides what a file is from where it lies under the data root. */
export function classifyPath(relPath: string, file: string): Classified {
  const parts = relPath.split('/');
  const base = parts[parts.length - 1]!;
  if (/^readme\.md$/i.test(base)) return { ok: 'ignore' };
  if (parts[0] === 'templates') {
    if (parts.length === 2 && base.endsWith('.yaml')) return { ok: true, source: { file, kind: 'template', name: base.slice(0, -5) } };
    return { ok: false, reason: { zh: '模板目录中只能放 .yaml 文件', en: 'the templates folder holds .yaml files only' } };
  }
  if (parts[0] === 'classifications') {
    if (parts.length === 2 && base.endsWith('.yaml')) return { ok: true, source: { file, kind: 'classification', name: base.slice(0, -5) } };
    return { ok: false, reason: { zh: '分类目录中只能放 .yaml 文件', en: 'the classifications folder holds .yaml files only' } };
  }
  if (base.endsWith('.yml')) return { ok: false, reason: { zh: '扩展名应为 .yaml 而不是 .yml', en: 'the extension must be .yaml, not .yml' } };
  const badSlug = parts.slice(0, -1).find((p) => !SLUG.test(p));
  if (badSlug !== undefined) return { ok: false, reason: { zh: `目录名“${badSlug}”不是小写英文、数字和连字符`, en: `the folder name “${badSlug}” is not lowercase ASCII, digits and hyphens` } };
  if (parts.length >= 2 && RESERVED.has(parts[0]!)) return { ok: false, reason: { zh: `“${parts[0]}”是网站自用的路径（语言前缀或网站页面），不能用作地区目录名`, en: `“${parts[0]}” is a path the site itself uses (a language prefix or a page of the site) and cannot name a region` } };
  if (parts.length === 4 && parts[2] === ARCHIVE_DIR) {
    // Archived copies of the documents (source.archive): published as they are, not loaded.
    if (ARCHIVE_NAME.test(base)) return { ok: 'ignore' };
    return { ok: false, reason: { zh: '存档目录中的文件名只能用英文字母、数字、点、连字符和下划线，扩展名为 .pdf、.ofd、.doc(x) 或 .xls(x)', en: 'a file name in the archive folder is ASCII letters, digits, dots, hyphens and underscores, ending in .pdf, .ofd, .doc(x) or .xls(x)' } };
  }
  if (parts.length === 2 && base === 'region.yaml') return { ok: true, source: { file, kind: 'region', region: parts[0] } };
  if (parts.length === 3 && base === 'department.yaml') return { ok: true, source: { file, kind: 'department', region: parts[0], department: parts[1] } };
  if (parts.length === 3 && /^\d{4}\.yaml$/.test(base)) {
    return { ok: true, source: { file, kind: 'disclosure', region: parts[0], department: parts[1], year: Number(base.slice(0, 4)) } };
  }
  if (parts.length === 3 && base.endsWith('.yaml')) return { ok: false, reason: { zh: '部门目录中的预算文件名应为四位年份，如 2024.yaml', en: 'a disclosure file is named by its four-digit year, e.g. 2024.yaml' } };
  return { ok: false, reason: { zh: '不在 地区/region.yaml、地区/部门/department.yaml、地区/部门/年份.yaml 或 地区/部门/archive/文件名 的位置', en: 'it is not at region/region.yaml, region/dept/department.yaml, region/dept/year.yaml or region/dept/archive/<file>' } };
}

/** The folder of a department that keeps archived copies of its documents (source.archive). */
export const ARCHIVE_DIR = 'archive';

/** Where the archived copy `name` of the disclosure at `disclosureFile` is kept. */
export function archivePath(disclosureFile: string, name: string): string {
  return join(dirname(disclosureFile), ARCHIVE_DIR, name);
}

/**
 * A disclosure that names an archived copy (source.archive) which is not in its department's
 * archive folder: a located problem, never a dead link. `abs` is where the file was read.
 */
export function checkArchive(loaded: Loaded<Disclosure>, abs: string, problems: LoadProblem[]): void {
  const name = loaded.data.source.archive;
  if (name === undefined) return;
  let found = false;
  try {
    found = statSync(archivePath(abs, name)).isFile();
  } catch {
    found = false;
  }
  if (!found) problems.push({ kind: 'archive-missing', file: loaded.source.file, name, expected: posix(archivePath(loaded.source.file, name)), position: loaded.locator.locate(['source', 'archive']) });
}

/** Reads and parses one file; schema-checks it against `schema`. */
export function loadFile<T>(absPath: string, source: SourceFile, schema: z.ZodType<T>, problems: LoadProblem[]): Loaded<T> | null {
  let bytes: Uint8Array;
  try {
    const size = statSync(absPath).size;
    if (size > MAX_FILE_BYTES) {
      problems.push({ kind: 'too-large', file: source.file, size, limit: MAX_FILE_BYTES });
      return null;
    }
    bytes = readFileSync(absPath);
  } catch (e) {
    problems.push({ kind: 'unreadable', file: source.file, reason: (e as Error).message });
    return null;
  }
  return loadBytes(bytes, source, schema, problems);
}

/**
 * Decodes, parses and schema-checks a file's bytes; problems go to `problems`. Positions are found
 * when first asked for (fast-yaml.ts), or at once with `positions: 'now'` (for a caller that will
 * ask for them anyway: one full parse instead of two).
 */
export function loadBytes<T>(bytes: Uint8Array, source: SourceFile, schema: z.ZodType<T>, problems: LoadProblem[], positions: 'lazy' | 'now' = 'lazy'): Loaded<T> | null {
  const file = source.file;
  const decoded = decodeText(bytes);
  if (!decoded.ok) {
    problems.push({ kind: 'encoding', file, problem: decoded.problem });
    return null;
  }
  if (decoded.bom) problems.push({ kind: 'bom', file });
  // Positions are found only for a file a problem or finding names (fast-yaml.ts).
  const parsed = positions === 'now' ? parseYaml(decoded.text) : readYaml(decoded.text);
  for (const problem of parsed.problems) problems.push({ kind: 'yaml', file, problem });
  if (parsed.problems.some((p) => p.kind !== 'duplicate-key')) return null;
  const raw = parsed.value as Record<string, unknown>;
  const result = schema.safeParse(raw, { reportInput: true });
  if (!result.success) {
    problems.push({ kind: 'schema', file, issues: result.error.issues, schema, locator: parsed.locator, raw });
    return null;
  }
  return { source, data: result.data, raw, locator: parsed.locator };
}

/**
 * The templates that ship with Gongkai: GONGKAI_TEMPLATES, else templates/ beside package.json,
 * found from this module when run from source (the CLI) or from the working directory when bundled
 * (the site build runs in the project).
 */
export const BUILT_IN_TEMPLATES = ((): string => {
  if (process.env.GONGKAI_TEMPLATES) return resolve(process.env.GONGKAI_TEMPLATES);
  const beside = fileURLToPath(new URL('../../../templates', import.meta.url));
  return existsSync(join(beside, 'shanxi-municipal.yaml')) ? beside : resolve('templates');
})();

type TemplateSink = Pick<LoadedPortal, 'templates' | 'problems'>;

function loadBuiltInTemplates(portal: TemplateSink, cwd: string): void {
  const builtIn: string[] = [];
  walk(BUILT_IN_TEMPLATES, builtIn);
  if (!builtIn.length) portal.problems.push({ kind: 'unreadable', file: posix(relative(cwd, BUILT_IN_TEMPLATES)) || '.', reason: 'no built-in templates (templates/*.yaml) found' });
  for (const abs of builtIn.filter((f) => f.endsWith('.yaml'))) {
    loadTemplate(portal, abs, { file: posix(relative(cwd, abs)), kind: 'template', name: posix(relative(BUILT_IN_TEMPLATES, abs)).slice(0, -5) });
  }
}

let builtInCache: Map<string, Loaded<Template>> | null = null;

/** The built-in templates alone (for checks of a single file outside a portal). */
export function builtInTemplates(): Map<string, Loaded<Template>> {
  if (!builtInCache) {
    const portal: TemplateSink = { templates: new Map(), problems: [] };
    loadBuiltInTemplates(portal, process.cwd());
    if (portal.problems.length) throw new Error(`built-in templates cannot be loaded: ${portal.problems.map((p) => `${p.file} (${p.kind})`).join('; ')}`);
    builtInCache = portal.templates;
  }
  return builtInCache;
}

function loadTemplate(portal: TemplateSink, abs: string, source: SourceFile): void {
  const loaded = loadFile(abs, source, templateSchema, portal.problems);
  if (!loaded) return;
  const other = portal.templates.get(loaded.data.id);
  if (other) {
    portal.problems.push({ kind: 'duplicate-template', file: source.file, id: loaded.data.id, position: loaded.locator.locate(['id']) });
    return;
  }
  portal.templates.set(loaded.data.id, loaded);
}

/**
 * Loads every file under `root` (normally data/). `load` limits loading to some files: the others
 * are still listed in `files` (the check cache loads disclosures itself, department by department).
 */
export function loadPortal(root: string, cwd = process.cwd(), load: (source: SourceFile) => boolean = () => true): LoadedPortal {
  const portal: LoadedPortal = { root, regions: new Map(), departments: new Map(), disclosures: [], classifications: new Map(), templates: new Map(), problems: [], files: [] };
  const all: string[] = [];
  // Built-in templates first; a portal's own come with its files below.
  loadBuiltInTemplates(portal, cwd);
  walk(root, all);
  for (const abs of all) {
    const file = posix(relative(cwd, abs));
    const rel = posix(relative(root, abs));
    const classified = classifyPath(rel, file);
    if (classified.ok === 'ignore') continue;
    if (classified.ok === false) {
      portal.problems.push({ kind: 'layout', file, reason: classified.reason });
      continue;
    }
    const source = classified.source;
    portal.files.push(source);
    if (!load(source)) continue;
    switch (source.kind) {
      case 'region': {
        const loaded = loadFile(abs, source, regionSchema, portal.problems);
        if (loaded) portal.regions.set(source.region!, loaded);
        break;
      }
      case 'department': {
        const loaded = loadFile(abs, source, departmentSchema, portal.problems);
        if (loaded) portal.departments.set(`${source.region}/${source.department}`, loaded);
        break;
      }
      case 'disclosure': {
        const loaded = loadFile(abs, source, disclosureSchema, portal.problems);
        if (loaded) {
          portal.disclosures.push(loaded);
          checkArchive(loaded, abs, portal.problems);
        }
        break;
      }
      case 'classification': {
        const loaded = loadFile(abs, source, classificationSchema, portal.problems);
        if (loaded) portal.classifications.set(source.name!, loaded);
        break;
      }
      case 'template':
        loadTemplate(portal, abs, source);
        break;
    }
  }
  return portal;
}
