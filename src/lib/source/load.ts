// Loads a data folder: finds every file, reads it, parses it and checks its schema.
// Every problem becomes a located finding; one bad file never stops the others from loading.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { z } from 'zod';
import { decodeText } from './encoding.ts';
import { parseYaml, type Locator, type YamlProblem } from './yaml.ts';
import { classificationSchema, departmentSchema, disclosureSchema, regionSchema, type Classification, type Department, type Disclosure, type Region } from '../schema/index.ts';
import { schemaFindings } from '../validate/schema-issues.ts';
import type { Finding, Params } from '../validate/finding.ts';
import type { RuleId } from '../validate/catalogue.ts';

export const MAX_FILE_BYTES = 5 * 1024 * 1024;
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** Top-level URL segments the site itself uses. */
const RESERVED = new Set(['en', 'zh', 'projects', 'search', 'glossary', 'about', 'data-dictionary', 'pagefind', '_astro', 'guide']);

export type FileKind = 'region' | 'department' | 'disclosure' | 'classification' | 'settings';

export interface SourceFile {
  /** Path relative to the working directory, with forward slashes. */
  file: string;
  kind: FileKind;
  region?: string;
  department?: string;
  year?: number;
  /** Name of the classification (functional, economic). */
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
  findings: Finding[];
  /** Every file examined, loaded or not. */
  files: SourceFile[];
}

function posix(p: string): string {
  return p.split(sep).join('/');
}

function walk(dir: string, out: string[]): void {
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
  if (parts[0] === 'classifications') {
    if (parts.length === 2 && base.endsWith('.yaml')) return { ok: true, source: { file, kind: 'classification', name: base.slice(0, -5) } };
    return { ok: false, reason: { zh: '分类目录中只能放 .yaml 文件', en: 'the classifications folder holds .yaml files only' } };
  }
  if (base.endsWith('.yml')) return { ok: false, reason: { zh: '扩展名应为 .yaml 而不是 .yml', en: 'the extension must be .yaml, not .yml' } };
  const badSlug = parts.slice(0, -1).find((p) => !SLUG.test(p));
  if (badSlug !== undefined) return { ok: false, reason: { zh: `目录名“${badSlug}”不是小写英文、数字和连字符`, en: `the folder name “${badSlug}” is not lowercase ASCII, digits and hyphens` } };
  if (parts.length >= 2 && RESERVED.has(parts[0]!)) return { ok: false, reason: { zh: `“${parts[0]}”是语言前缀，不能用作地区目录名`, en: `“${parts[0]}” is a language prefix and cannot name a region` } };
  if (parts.length === 2 && base === 'region.yaml') return { ok: true, source: { file, kind: 'region', region: parts[0] } };
  if (parts.length === 3 && base === 'department.yaml') return { ok: true, source: { file, kind: 'department', region: parts[0], department: parts[1] } };
  if (parts.length === 3 && /^\d{4}\.yaml$/.test(base)) {
    return { ok: true, source: { file, kind: 'disclosure', region: parts[0], department: parts[1], year: Number(base.slice(0, 4)) } };
  }
  if (parts.length === 3 && base.endsWith('.yaml')) return { ok: false, reason: { zh: '部门目录中的预算文件名应为四位年份，如 2024.yaml', en: 'a disclosure file is named by its four-digit year, e.g. 2024.yaml' } };
  return { ok: false, reason: { zh: '不在 地区/region.yaml、地区/部门/department.yaml 或 地区/部门/年份.yaml 的位置', en: 'it is not at region/region.yaml, region/dept/department.yaml or region/dept/year.yaml' } };
}

const YAML_RULE: Record<YamlProblem['kind'], RuleId> = {
  syntax: 'file/yaml-syntax',
  'duplicate-key': 'file/duplicate-key',
  'tab-indent': 'file/tab-indent',
  'alias-limit': 'file/alias-limit',
  empty: 'file/empty',
  'not-a-mapping': 'file/not-a-mapping',
};

function yamlParams(p: YamlProblem): Params {
  switch (p.kind) {
    case 'syntax':
      return { detail: p.message, code: p.code };
    case 'duplicate-key':
      return { key: p.key };
    case 'alias-limit':
      return { limit: p.limit };
    case 'not-a-mapping':
      return { found: { zh: '列表或单个值', en: 'a list or a single value' } };
    default:
      return {};
  }
}

function finding(rule: RuleId, file: string, line: number, column: number, params: Params = {}, path = ''): Finding {
  return { rule, severity: 'error', file, line, column, path, params };
}

/** Reads and parses one file; schema-checks it against `schema`. */
export function loadFile<T>(absPath: string, source: SourceFile, schema: z.ZodType<T>, findings: Finding[]): Loaded<T> | null {
  let bytes: Uint8Array;
  try {
    const size = statSync(absPath).size;
    if (size > MAX_FILE_BYTES) {
      findings.push(finding('file/too-large', source.file, 1, 1, { size, limit: MAX_FILE_BYTES }));
      return null;
    }
    bytes = readFileSync(absPath);
  } catch (e) {
    findings.push(finding('file/unreadable', source.file, 1, 1, { reason: (e as Error).message }));
    return null;
  }
  return loadBytes(bytes, source, schema, findings);
}

/** Decodes, parses and schema-checks a file's bytes; problems go to `findings`. */
export function loadBytes<T>(bytes: Uint8Array, source: SourceFile, schema: z.ZodType<T>, findings: Finding[]): Loaded<T> | null {
  const file = source.file;
  const decoded = decodeText(bytes);
  if (!decoded.ok) {
    const p = decoded.problem;
    if (p.kind === 'utf16') findings.push(finding('file/encoding-utf16', file, 1, 1, { byteOrder: p.byteOrder }));
    else if (p.kind === 'gbk') findings.push(finding('file/encoding-gbk', file, p.line, p.column));
    else findings.push(finding('file/encoding-invalid', file, p.line, p.column, { detail: p.kind === 'binary' ? 'NUL byte' : 'invalid UTF-8 sequence' }));
    return null;
  }
  if (decoded.bom) findings.push(finding('file/bom', file, 1, 1));
  const parsed = parseYaml(decoded.text);
  for (const problem of parsed.problems) {
    findings.push(finding(YAML_RULE[problem.kind], file, problem.position.line, problem.position.column, yamlParams(problem)));
  }
  if (parsed.problems.some((p) => p.kind !== 'duplicate-key')) return null;
  const raw = parsed.value as Record<string, unknown>;
  const result = schema.safeParse(raw, { reportInput: true });
  if (!result.success) {
    findings.push(...schemaFindings(result.error.issues, schema, file, parsed.locator, raw));
    return null;
  }
  return { source, data: result.data, raw, locator: parsed.locator };
}

/** Loads every file under `root` (normally data/). `only` limits loading to some files. */
export function loadPortal(root: string, cwd = process.cwd()): LoadedPortal {
  const portal: LoadedPortal = { root, regions: new Map(), departments: new Map(), disclosures: [], classifications: new Map(), findings: [], files: [] };
  const all: string[] = [];
  walk(root, all);
  for (const abs of all) {
    const file = posix(relative(cwd, abs));
    const rel = posix(relative(root, abs));
    const classified = classifyPath(rel, file);
    if (classified.ok === 'ignore') continue;
    if (classified.ok === false) {
      portal.findings.push(finding('file/layout', file, 1, 1, { file, reason: classified.reason }));
      continue;
    }
    const source = classified.source;
    portal.files.push(source);
    switch (source.kind) {
      case 'region': {
        const loaded = loadFile(abs, source, regionSchema, portal.findings);
        if (loaded) portal.regions.set(source.region!, loaded);
        break;
      }
      case 'department': {
        const loaded = loadFile(abs, source, departmentSchema, portal.findings);
        if (loaded) portal.departments.set(`${source.region}/${source.department}`, loaded);
        break;
      }
      case 'disclosure': {
        const loaded = loadFile(abs, source, disclosureSchema, portal.findings);
        if (loaded) portal.disclosures.push(loaded);
        break;
      }
      case 'classification': {
        const loaded = loadFile(abs, source, classificationSchema, portal.findings);
        if (loaded) portal.classifications.set(source.name!, loaded);
        break;
      }
    }
  }
  return portal;
}
