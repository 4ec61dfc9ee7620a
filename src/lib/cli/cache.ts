// The check cache: the publisher's loop (`npm run check -- <file>`, `--changed`, `--watch`) re-checks
// only what changed. The build (src/integration/validate.ts) reads it and never writes it: it
// loads every file, runs the portal-wide rules, and takes each unchanged disclosure's rule findings
// from here (cachedDisclosureChecks), so shards do not run the rules the check job ran.
//
// What a disclosure's findings depend on (validate/engine.ts checkOneDisclosure): its own bytes,
// last year's file of the same department (prior-year rules, narrative claims' previous figures),
// the templates (built-in and the portal's own: a file names one, and the known ids are a rule's
// input), the classifications (the code catalogue), and the code. So the unit of the cache is one
// disclosure: its loading problems, its findings and what the portal-wide rules read of it (each
// expenditure line's code, name and place), keyed by the hash of
//   code version + options + root + templates + classifications + its path and bytes
//   + the path and bytes of last year's file + the names in its department's archive/ folder
//   (whether the archived copy its source.archive names is there).
// Any change to any of these is a different key: the file is checked again, never served stale.
// Editing a file costs that file and next year's (which reads it), each parsed with the one
// before it: two or three files, not the department or the portal.
//
// The portal-wide rules read: the list of files (a disclosure without its region.yaml or
// department.yaml: paths only, done on every run) and the names by code of every year of one
// department (name drift: recomputed on every run from the cached names; the catalogue is asked
// only when two names differ). Templates and classifications, as the checks read them, are cached
// as JSON under the same key as the files (parsing the YAML again took a sixth of a second). The
// other files' loading problems and the templates' own checks are one more unit, keyed by code,
// templates, classifications and every region.yaml and department.yaml; those files are loaded
// only when that unit is checked anew.
//
// Hashing: a file's hash is reused while its size, mtime, ctime and inode are those recorded, and
// the record is older than the file by more than RACY_MS (a file written in the same instant as
// its record is hashed again: "racy git"). A file checked anew is hashed from the very bytes
// it is checked from. The code version hashes src/lib, package.json and package-lock.json the
// same way, with Node's version.
//
// The cache lives in node_modules/.cache/gongkai/ (GONGKAI_CACHE_DIR elsewhere): files.json (the
// hash records) and units/<id>.json (one disclosure, the other files, or the templates and
// classifications: each with its key). An unreadable or
// corrupt cache file is ignored and rewritten; a cache that cannot be written is skipped.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, statSync, writeFileSync, type Stats } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { ARCHIVE_DIR, BUILT_IN_TEMPLATES, MAX_FILE_BYTES, checkArchive, classifyPath, loadBytes, loadPortal, walk, type LoadProblem, type Loaded, type LoadedPortal, type SourceFile } from '../source/load.ts';
import { disclosureSchema, type Disclosure } from '../schema/index.ts';
import type { Classification } from '../schema/classification.ts';
import type { Template } from '../schema/template.ts';
import { Locator } from '../source/yaml.ts';
import { buildCatalogue, type CodeCatalogue } from '../derive/catalogue.ts';
import { checkPortalRules } from '../validate/rules/index.ts';
import { expenditureNames, nameDrift, portalReferenceRules, type ExpenditureNames } from '../validate/rules/reference.ts';
import { checkOneDisclosure, previousYears } from '../validate/engine.ts';
import { diagnosisBudget } from '../validate/diagnose.ts';
import { loadFindings } from '../validate/loading.ts';
import type { Finding } from '../validate/finding.ts';

/** Bump when the cache's own layout changes. */
const FORMAT = 1;
/** A hash recorded less than this before the file's last change is not trusted. */
const RACY_MS = 2_000;

export const DEFAULT_CACHE_DIR = fileURLToPath(new URL('../../../node_modules/.cache/gongkai', import.meta.url));
const SRC_LIB = fileURLToPath(new URL('..', import.meta.url));
const PROJECT = fileURLToPath(new URL('../../..', import.meta.url));

export function cacheDir(): string {
  return process.env.GONGKAI_CACHE_DIR ? resolve(process.env.GONGKAI_CACHE_DIR) : DEFAULT_CACHE_DIR;
}

interface FileRecord {
  size: number;
  mtimeMs: number;
  ctimeMs: number;
  ino: number;
  hash: string;
  /** When the hash was taken. */
  at: number;
}

const posix = (p: string) => p.split(sep).join('/');
const sha = (data: string | Uint8Array) => createHash('sha256').update(data).digest('hex');

function readJson(path: string): unknown {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    return undefined;
  }
}

/** Written whole or not at all (a temporary file renamed), never a half file. */
function writeJson(path: string, value: unknown): void {
  try {
    mkdirSync(join(path, '..'), { recursive: true });
    const tmp = `${path}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
    writeFileSync(tmp, JSON.stringify(value));
    renameSync(tmp, path);
  } catch {
    // A cache that cannot be written only makes the next run slower.
  }
}

/** Hashes of files, reused while the file is unchanged (size, mtime, ctime, inode). */
class Hashes {
  private records: Record<string, FileRecord>;
  private dirty = false;
  private readonly path: string;
  constructor(path: string) {
    this.path = path;
    const read = readJson(path) as { format?: number; records?: Record<string, FileRecord> } | undefined;
    this.records = read && read.format === FORMAT && read.records && typeof read.records === 'object' ? read.records : {};
  }

  /** The file's hash, or a marker when it cannot be read. */
  of(abs: string): string {
    let st: Stats;
    try {
      st = statSync(abs);
    } catch (e) {
      return `unreadable:${(e as NodeJS.ErrnoException).code ?? 'error'}`;
    }
    const r = this.records[abs];
    if (r && typeof r.hash === 'string' && r.size === st.size && r.mtimeMs === st.mtimeMs && r.ctimeMs === st.ctimeMs && r.ino === st.ino && r.at - RACY_MS > Math.max(st.mtimeMs, st.ctimeMs)) return r.hash;
    let bytes: Uint8Array;
    try {
      bytes = readFileSync(abs);
    } catch (e) {
      return `unreadable:${(e as NodeJS.ErrnoException).code ?? 'error'}`;
    }
    return this.record(abs, st, bytes);
  }

  /** Records the hash of bytes just read from `abs` (stat taken before the read). */
  record(abs: string, st: Stats, bytes: Uint8Array): string {
    const hash = sha(bytes);
    this.records[abs] = { size: st.size, mtimeMs: st.mtimeMs, ctimeMs: st.ctimeMs, ino: st.ino, hash, at: Date.now() };
    this.dirty = true;
    return hash;
  }

  save(): void {
    if (this.dirty) writeJson(this.path, { format: FORMAT, records: this.records });
    this.dirty = false;
  }
}

/** The code version: Node, package.json, package-lock.json and every file under src/lib. */
function codeVersion(hashes: Hashes, codeFiles?: readonly string[]): string {
  const files: string[] = [];
  if (codeFiles) files.push(...codeFiles);
  else {
    walk(SRC_LIB, files);
    files.push(join(PROJECT, 'package.json'), join(PROJECT, 'package-lock.json'));
  }
  const h = createHash('sha256').update(`format ${FORMAT}\nnode ${process.version}\n`);
  for (const f of files) h.update(`${relative(PROJECT, f)}\u0000${hashes.of(f)}\n`);
  return h.digest('hex');
}

/** One disclosure's part of the check, as cached. */
interface FileResult {
  /** Its loading problems, as findings. */
  loading: Finding[];
  /** Its rules' findings (checkOneDisclosure). */
  checks: Finding[];
  /** What name drift reads of it (null: it did not load). */
  names: ExpenditureNames | null;
}

const isFileResult = (v: unknown): v is FileResult => {
  const r = v as FileResult;
  return Boolean(r) && Array.isArray(r.loading) && Array.isArray(r.checks) && (r.names === null || (typeof r.names === 'object' && Array.isArray(r.names.lines)));
};

/** Templates and classifications as a check reads them (their data), cached as JSON. */
interface CheckInputs {
  templates: [string, { source: SourceFile; data: Template }][];
  classifications: [string, { source: SourceFile; data: Classification }][];
}

const isCheckInputs = (v: unknown): v is CheckInputs => {
  const r = v as CheckInputs;
  return Boolean(r) && Array.isArray(r.templates) && Array.isArray(r.classifications);
};

/** A loaded file rebuilt from its cached data: no YAML tree or locations (checks of disclosures do not read a template's). */
const fromData = <T>(v: { source: SourceFile; data: T }): Loaded<T> => ({ source: v.source, data: v.data, raw: {}, locator: NO_LOCATIONS });
const NO_LOCATIONS = new Locator();

export interface CachedCheckOptions {
  asPublished?: boolean;
  /** Paths whose findings are wanted (none: all); departments outside them are not checked (a department is checked whole: name drift reads every year). */
  only?: string[];
  /** Default: cacheDir(). */
  dir?: string;
  /** The files whose contents are the code version (default: src/lib, package.json, package-lock.json); for tests. */
  codeFiles?: readonly string[];
}

export interface CachedCheckResult {
  portal: Pick<LoadedPortal, 'root' | 'files'>;
  findings: Finding[];
  files: string[];
  /** Disclosures taken from the cache and checked anew. */
  stats: { hits: number; misses: number };
}

function isInside(child: string, parent: string): boolean {
  const rel = relative(parent, child);
  return rel === '' || (!rel.startsWith('..') && !rel.startsWith(sep) && !/^[a-zA-Z]:/.test(rel));
}

/** The files of a department's archive folder, by name (empty when there is none). */
function archiveListing(dir: string): string {
  try {
    return readdirSync(dir, { withFileTypes: true }).filter((e) => e.isFile()).map((e) => e.name).sort().join('\u0000');
  } catch {
    return '';
  }
}

/** Loads one disclosure from bytes already read, with the same problems as loadFile. */
function loadRead(read: { bytes: Uint8Array } | { error: string }, source: SourceFile, problems: LoadProblem[]): Loaded<Disclosure> | null {
  if ('error' in read) {
    problems.push({ kind: 'unreadable', file: source.file, reason: read.error });
    return null;
  }
  if (read.bytes.length > MAX_FILE_BYTES) {
    problems.push({ kind: 'too-large', file: source.file, size: read.bytes.length, limit: MAX_FILE_BYTES });
    return null;
  }
  // The positions of every expenditure line's name are stored (name drift may need them on a
  // later run): found at once, in one full parse.
  return loadBytes(read.bytes, source, disclosureSchema, problems, 'now');
}

/** The portal's files, from their paths alone, and the key of what every disclosure's check reads besides its department: code, options, templates, classifications. */
function cacheBasis(root: string, cwd: string, hashes: Hashes, options: Pick<CachedCheckOptions, 'asPublished' | 'codeFiles'>): { files: SourceFile[]; layout: LoadProblem[]; sharedKey: string } {
  // Missing parents and misplaced files need nothing more than paths.
  const files: SourceFile[] = [];
  const layout: LoadProblem[] = [];
  const all: string[] = [];
  walk(root, all);
  for (const abs of all) {
    const file = posix(relative(cwd, abs));
    const classified = classifyPath(posix(relative(root, abs)), file);
    if (classified.ok === 'ignore') continue;
    if (classified.ok === false) layout.push({ kind: 'layout', file, reason: classified.reason });
    else files.push(classified.source);
  }
  const inputs = createHash('sha256').update(`${codeVersion(hashes, options.codeFiles)}\nasPublished ${Boolean(options.asPublished)}\nroot ${root}\ncwd ${cwd}\n`);
  const builtIn: string[] = [];
  walk(BUILT_IN_TEMPLATES, builtIn);
  for (const f of builtIn) inputs.update(`built-in ${relative(BUILT_IN_TEMPLATES, f)}\u0000${hashes.of(f)}\n`);
  for (const s of files) if (s.kind === 'template' || s.kind === 'classification') inputs.update(`${s.kind} ${s.file}\u0000${hashes.of(resolve(cwd, s.file))}\n`);
  return { files, layout, sharedKey: inputs.digest('hex') };
}

/** Every department's disclosure files, by region/department. */
function byDepartment(files: readonly SourceFile[]): Map<string, SourceFile[]> {
  const departments = new Map<string, SourceFile[]>();
  for (const s of files) {
    if (s.kind !== 'disclosure') continue;
    const id = `${s.region}/${s.department}`;
    departments.set(id, [...(departments.get(id) ?? []), s]);
  }
  return departments;
}

/**
 * Where one department's disclosures are cached and under which key. A file's findings read its
 * own bytes and last year's file (all files of that year), and whether the archived copy it names
 * is there (the names in the department's archive folder).
 */
function departmentUnits(sources: readonly SourceFile[], at: { dir: string; cwd: string; root: string; sharedKey: string; asPublished?: boolean }) {
  const lastYear = (s: SourceFile) => sources.filter((p) => p.year === s.year! - 1);
  const archived = archiveListing(resolve(at.cwd, dirname(sources[0]!.file), ARCHIVE_DIR));
  const keyOf = (s: SourceFile, hashOf: (s: SourceFile) => string) => {
    const h = createHash('sha256').update(`${at.sharedKey}\n${s.file}\u0000${hashOf(s)}\narchive ${archived}\n`);
    for (const p of lastYear(s)) h.update(`previous ${p.file}\u0000${hashOf(p)}\n`);
    return h.digest('hex');
  };
  const pathOf = (s: SourceFile) => join(at.dir, 'units', `${sha(`${at.cwd}\u0000${at.root}\u0000${s.file}\u0000${Boolean(at.asPublished)}`).slice(0, 32)}.json`);
  return { lastYear, keyOf, pathOf };
}

/**
 * For the build: a disclosure's rule findings (checkOneDisclosure) from the cache `npm run check`
 * fills, when every input of them is unchanged (the key above); undefined otherwise, and the build
 * checks the file itself. Read only: the build does not write the cache.
 */
export function cachedDisclosureChecks(root: string, options: Pick<CachedCheckOptions, 'dir' | 'codeFiles'> = {}): (source: SourceFile) => Finding[] | undefined {
  const cwd = process.cwd();
  const dir = options.dir ?? cacheDir();
  if (!existsSync(join(dir, 'units'))) return () => undefined;
  const hashes = new Hashes(join(dir, 'files.json'));
  const { files, sharedKey } = cacheBasis(root, cwd, hashes, options);
  const units = new Map<string, ReturnType<typeof departmentUnits>>();
  for (const [id, sources] of byDepartment(files)) units.set(id, departmentUnits(sources, { dir, cwd, root, sharedKey }));
  const known = new Map(files.map((f) => [f.file, f]));
  return (source) => {
    const unit = units.get(`${source.region}/${source.department}`);
    const listed = known.get(source.file);
    if (!unit || !listed) return undefined;
    const cached = readJson(unit.pathOf(listed)) as { key?: string; result?: unknown } | undefined;
    const fresh = cached && cached.key === unit.keyOf(listed, (f) => hashes.of(resolve(cwd, f.file))) && isFileResult(cached.result);
    return fresh ? (cached.result as FileResult).checks : undefined;
  };
}

/**
 * The findings `checkPortal` would give for the departments that `only` touches (all without
 * `only`), from the cache where their inputs are unchanged. Same findings, same files.
 */
export function checkPortalCached(root: string, options: CachedCheckOptions = {}): CachedCheckResult {
  const cwd = process.cwd();
  const dir = options.dir ?? cacheDir();
  const hashes = new Hashes(join(dir, 'files.json'));
  const { files, layout, sharedKey } = cacheBasis(root, cwd, hashes, options);
  // Everything but disclosures, loaded as the full check loads it, only when something needs it.
  let loadedPortal: LoadedPortal | undefined;
  const portal = () => (loadedPortal ??= loadPortal(root, cwd, (s) => s.kind !== 'disclosure'));

  // What a disclosure checked anew reads besides its department: templates and classifications
  // (not every region.yaml and department.yaml), as data: from the cache when unchanged.
  let checkData: { templates: Map<string, Loaded<Template>>; classifications: Map<string, Loaded<Classification>> } | undefined;
  const checkInputs = () => {
    if (checkData) return checkData;
    if (loadedPortal) return (checkData = loadedPortal);
    const path = join(dir, 'units', `${sha(`${cwd}\u0000${root}\u0000inputs\u0000${Boolean(options.asPublished)}`).slice(0, 32)}.json`);
    const read = readJson(path) as { key?: string; inputs?: unknown } | undefined;
    if (read && read.key === sharedKey && isCheckInputs(read.inputs)) {
      const { templates, classifications } = read.inputs;
      return (checkData = { templates: new Map(templates.map(([id, t]) => [id, fromData(t)])), classifications: new Map(classifications.map(([id, c]) => [id, fromData(c)])) });
    }
    checkData = loadPortal(root, cwd, (s) => s.kind === 'template' || s.kind === 'classification');
    const data = <T>(m: Map<string, Loaded<T>>) => [...m].map(([id, l]) => [id, { source: l.source, data: l.data }]);
    writeJson(path, { key: sharedKey, inputs: { templates: data(checkData.templates), classifications: data(checkData.classifications) } });
    return checkData;
  };
  let catalogue: CodeCatalogue | undefined;
  const catalogueOf = () => (catalogue ??= buildCatalogue(checkInputs().classifications));


  // The other files' loading problems and the templates' checks: cached too, keyed by those
  // inputs and every region.yaml and department.yaml.
  const others = createHash('sha256').update(`${sharedKey}\n`);
  for (const s of files) if (s.kind === 'region' || s.kind === 'department') others.update(`${s.file}\u0000${hashes.of(resolve(cwd, s.file))}\n`);
  const othersKey = others.digest('hex');
  const othersPath = join(dir, 'units', `${sha(`${cwd}\u0000${root}\u0000portal\u0000${Boolean(options.asPublished)}`).slice(0, 32)}.json`);
  const othersCached = readJson(othersPath) as { key?: string; loading?: unknown; templates?: unknown } | undefined;
  let other: { loading: Finding[]; templates: Finding[] };
  if (othersCached && othersCached.key === othersKey && Array.isArray(othersCached.loading) && Array.isArray(othersCached.templates)) other = othersCached as typeof other;
  else {
    const p = portal();
    // No files and no disclosures: the templates' checks alone (missing parents come below).
    other = { loading: loadFindings(p.problems.filter((x) => x.kind !== 'layout')), templates: checkPortalRules({ ...p, files: [], disclosures: [] }, catalogueOf()) };
    writeJson(othersPath, { key: othersKey, ...other });
  }

  const departments = byDepartment(files);
  const only = (options.only ?? []).map((p) => resolve(p));
  const wanted = (sources: SourceFile[]) => !only.length || sources.some((s) => only.some((p) => isInside(resolve(cwd, s.file), p)));

  const stats = { hits: 0, misses: 0 };
  const results: FileResult[] = [];
  const drift: Finding[] = [];
  for (const sources of departments.values()) {
    if (!wanted(sources)) continue;
    const { lastYear, keyOf, pathOf } = departmentUnits(sources, { dir, cwd, root, sharedKey, asPublished: options.asPublished });
    const byFile = new Map<SourceFile, FileResult>();
    const stale: SourceFile[] = [];
    for (const s of sources) {
      const cached = readJson(pathOf(s)) as { key?: string; result?: unknown } | undefined;
      if (cached && cached.key === keyOf(s, (f) => hashes.of(resolve(cwd, f.file))) && isFileResult(cached.result)) {
        byFile.set(s, cached.result);
        stats.hits++;
      } else stale.push(s);
    }
    if (stale.length) {
      stats.misses += stale.length;
      // Checked anew from the bytes read now, and stored under the hash of those very bytes:
      // the stale files and the files they read as last year's.
      const readHash = new Map<SourceFile, string>();
      const problemsOf = new Map<SourceFile, LoadProblem[]>();
      const loaded: Loaded<Disclosure>[] = [];
      for (const s of sources.filter((f) => stale.includes(f) || stale.some((t) => lastYear(t).includes(f)))) {
        // The path as loadPortal walks it (an error message names it).
        const abs = join(root, relative(resolve(root), resolve(cwd, s.file)));
        let read: { bytes: Uint8Array } | { error: string };
        try {
          const st = statSync(abs);
          const bytes = readFileSync(abs);
          read = { bytes };
          readHash.set(s, hashes.record(resolve(abs), st, bytes));
        } catch (e) {
          read = { error: (e as Error).message };
          readHash.set(s, `unreadable:${(e as NodeJS.ErrnoException).code ?? 'error'}`);
        }
        const problems: LoadProblem[] = [];
        const d = loadRead(read, s, problems);
        if (d) checkArchive(d, abs, problems);
        problemsOf.set(s, problems);
        if (d) loaded.push(d);
      }
      const previousOf = previousYears(loaded);
      for (const s of stale) {
        const d = loaded.find((l) => l.source === s);
        // The diagnosis's time budget (diagnose.ts, 10 s per check) is the file's own here, so that
        // what is stored does not depend on what else this run happened to check.
        const checks = d ? checkOneDisclosure(d, { catalogue: catalogueOf(), previous: previousOf(d), templates: checkInputs().templates }, options, diagnosisBudget()) : [];
        const result: FileResult = { loading: loadFindings(problemsOf.get(s)!), checks, names: d ? expenditureNames(d) : null };
        writeJson(pathOf(s), { key: keyOf(s, (f) => readHash.get(f)!), result });
        byFile.set(s, result);
      }
    }
    const inOrder = sources.map((s) => byFile.get(s)!);
    results.push(...inOrder);
    // Name drift (portal-wide rule, within one department) from every year's names.
    drift.push(...nameDrift(inOrder.flatMap((r) => (r.names ? [r.names] : [])), catalogueOf));
  }
  hashes.save();

  // The order of checkPortal (loading problems, portal-wide rules, then each disclosure), except
  // that loading problems come by kind of file (every report sorts findings).
  const loading = [...loadFindings(layout), ...other.loading, ...results.flatMap((r) => r.loading)];
  const bare: LoadedPortal = { root, regions: new Map(), departments: new Map(), disclosures: [], classifications: new Map(), templates: new Map(), problems: [], files };
  // Missing parents only: there are no disclosures to compare names across years.
  const parents = portalReferenceRules(bare, { functional: null, economic: null, economicGov: null });
  const findings = [...loading, ...other.templates, ...parents, ...drift, ...results.flatMap((r) => r.checks)];
  const listed = [...new Set([...files.map((f) => f.file), ...loading.map((f) => f.file)])];
  return { portal: { root, files }, findings, files: listed, stats };
}
