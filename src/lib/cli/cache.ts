// The check cache: the publisher's loop (`npm run check -- <file>`, `--changed`, `--watch`) re-checks
// only what changed. The build (src/integration/validate.ts) does not use it and checks everything.
//
// What a disclosure's findings depend on (validate/engine.ts checkOneDisclosure): its own bytes,
// last year's file of the same department (prior-year rules, narrative claims' previous figures),
// the templates (built-in and the portal's own: a file names one, and the known ids are a rule's
// input), the classifications (the code catalogue), and the code. The portal-wide rules read:
// the list of files (a disclosure without its region.yaml or department.yaml) and the names by
// code of every year of one department (name drift). Every cross-file read stays inside one
// department, so the unit of the cache is a department: all its disclosures, their loading
// problems, their checks and the department's name drift, keyed by the hash of
//   code version + options + root + templates + classifications + each disclosure's path and bytes.
// Any change to any of these is a different key: the unit is checked again, never served stale.
// A changed file costs its department's files (about 5 at 20–40 ms each), not the portal.
//
// Listing the files is done on every run (missing parents and misplaced files need only paths).
// The other files' loading problems and the templates' own checks are cached as one more unit,
// keyed by code, templates, classifications and every region.yaml and department.yaml; those
// files are loaded only when a unit is checked anew (about 0.3 s at 1,000 disclosures, otherwise).
//
// Hashing: a file's hash is reused while its size, mtime, ctime and inode are those recorded, and
// the record is older than the file by more than RACY_MS (a file written in the same instant as
// its record is hashed again: "racy git"). A department checked anew is hashed from the very bytes
// it is checked from. The code version hashes src/lib, package.json and package-lock.json the
// same way, with Node's version.
//
// The cache lives in node_modules/.cache/gongkai/ (GONGKAI_CACHE_DIR elsewhere): files.json (the
// hash records) and units/<id>.json (one department: its key and its findings). An unreadable or
// corrupt cache file is ignored and rewritten; a cache that cannot be written is skipped.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, statSync, writeFileSync, type Stats } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join, relative, resolve, sep } from 'node:path';
import { BUILT_IN_TEMPLATES, MAX_FILE_BYTES, classifyPath, loadBytes, loadPortal, walk, type LoadProblem, type Loaded, type LoadedPortal, type SourceFile } from '../source/load.ts';
import { disclosureSchema, type Disclosure } from '../schema/index.ts';
import { buildCatalogue, type CodeCatalogue } from '../derive/catalogue.ts';
import { checkPortalRules } from '../validate/rules/index.ts';
import { portalReferenceRules } from '../validate/rules/reference.ts';
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

interface Unit {
  /** region/department */
  id: string;
  sources: SourceFile[];
}

interface UnitResult {
  /** Loading problems of each file, as findings, in file order. */
  loading: Finding[];
  /** The department's name drift (portal-wide rule). */
  drift: Finding[];
  /** Each disclosure's findings, in file order. */
  checks: Finding[];
}

const isUnitResult = (v: unknown): v is UnitResult => {
  const r = v as UnitResult;
  return Boolean(r) && Array.isArray(r.loading) && Array.isArray(r.drift) && Array.isArray(r.checks);
};

export interface CachedCheckOptions {
  asPublished?: boolean;
  /** Paths whose findings are wanted (none: all); departments outside them are not checked. */
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
  /** Departments taken from the cache and checked anew. */
  stats: { hits: number; misses: number };
}

function isInside(child: string, parent: string): boolean {
  const rel = relative(parent, child);
  return rel === '' || (!rel.startsWith('..') && !rel.startsWith(sep) && !/^[a-zA-Z]:/.test(rel));
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
  return loadBytes(read.bytes, source, disclosureSchema, problems);
}

/**
 * The findings `checkPortal` would give for the departments that `only` touches (all without
 * `only`), from the cache where their inputs are unchanged. Same findings, same files.
 */
export function checkPortalCached(root: string, options: CachedCheckOptions = {}): CachedCheckResult {
  const cwd = process.cwd();
  const dir = options.dir ?? cacheDir();
  const hashes = new Hashes(join(dir, 'files.json'));
  // The files, from their paths alone (missing parents and misplaced files need nothing more).
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
  // Everything but disclosures, loaded as the full check loads it, only when something needs it.
  let loadedPortal: LoadedPortal | undefined;
  const portal = () => (loadedPortal ??= loadPortal(root, cwd, (s) => s.kind !== 'disclosure'));
  // What a department checked anew reads: templates and classifications (not every region.yaml
  // and department.yaml).
  let loadedInputs: LoadedPortal | undefined;
  const checkInputs = () => loadedPortal ?? (loadedInputs ??= loadPortal(root, cwd, (s) => s.kind === 'template' || s.kind === 'classification'));
  let catalogue: CodeCatalogue | undefined;
  const catalogueOf = () => (catalogue ??= buildCatalogue(checkInputs().classifications));

  // What every disclosure's check reads besides its department: code, options, templates, classifications.
  const inputs = createHash('sha256').update(`${codeVersion(hashes, options.codeFiles)}\nasPublished ${Boolean(options.asPublished)}\nroot ${root}\ncwd ${cwd}\n`);
  const builtIn: string[] = [];
  walk(BUILT_IN_TEMPLATES, builtIn);
  for (const f of builtIn) inputs.update(`built-in ${relative(BUILT_IN_TEMPLATES, f)}\u0000${hashes.of(f)}\n`);
  for (const s of files) if (s.kind === 'template' || s.kind === 'classification') inputs.update(`${s.kind} ${s.file}\u0000${hashes.of(resolve(cwd, s.file))}\n`);
  const sharedKey = inputs.digest('hex');

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

  const units = new Map<string, Unit>();
  for (const s of files) {
    if (s.kind !== 'disclosure') continue;
    const id = `${s.region}/${s.department}`;
    const unit = units.get(id) ?? { id, sources: [] };
    unit.sources.push(s);
    units.set(id, unit);
  }
  const only = (options.only ?? []).map((p) => resolve(p));
  const wanted = (u: Unit) => !only.length || u.sources.some((s) => only.some((p) => isInside(resolve(cwd, s.file), p)));

  const keyOf = (u: Unit, hashOf: (s: SourceFile) => string) => {
    const h = createHash('sha256').update(`${sharedKey}\n${u.id}\n`);
    for (const s of u.sources) h.update(`${s.file}\u0000${hashOf(s)}\n`);
    return h.digest('hex');
  };

  const stats = { hits: 0, misses: 0 };
  const results: UnitResult[] = [];
  for (const unit of units.values()) {
    if (!wanted(unit)) continue;
    const path = join(dir, 'units', `${sha(`${cwd}\u0000${root}\u0000${unit.id}\u0000${Boolean(options.asPublished)}`).slice(0, 32)}.json`);
    const key = keyOf(unit, (s) => hashes.of(resolve(cwd, s.file)));
    const cached = readJson(path) as { key?: string; result?: unknown } | undefined;
    if (cached && cached.key === key && isUnitResult(cached.result)) {
      results.push(cached.result);
      stats.hits++;
      continue;
    }
    stats.misses++;
    // Checked anew from the bytes read now, and stored under the hash of those very bytes.
    const reads = new Map<string, { bytes: Uint8Array } | { error: string }>();
    const readHash = new Map<string, string>();
    for (const s of unit.sources) {
      // The path as loadPortal walks it (an error message names it).
      const abs = join(root, relative(resolve(root), resolve(cwd, s.file)));
      try {
        const st = statSync(abs);
        const bytes = readFileSync(abs);
        reads.set(s.file, { bytes });
        readHash.set(s.file, hashes.record(resolve(abs), st, bytes));
      } catch (e) {
        reads.set(s.file, { error: (e as Error).message });
        readHash.set(s.file, `unreadable:${(e as NodeJS.ErrnoException).code ?? 'error'}`);
      }
    }
    const problems: LoadProblem[] = [];
    const disclosures: Loaded<Disclosure>[] = [];
    for (const s of unit.sources) {
      const loaded = loadRead(reads.get(s.file)!, s, problems);
      if (loaded) disclosures.push(loaded);
    }
    const previousOf = previousYears(disclosures);
    // The diagnosis's time budget (diagnose.ts, 10 s per check) is the department's own here, so
    // that what is stored does not depend on what else this run happened to check.
    const budget = diagnosisBudget();
    const checks = disclosures.flatMap((d) => checkOneDisclosure(d, { catalogue: catalogueOf(), previous: previousOf(d), templates: checkInputs().templates }, options, budget));
    // Name drift only: no files are passed, so no missing parents (those are checked below, for all).
    const drift = portalReferenceRules({ ...checkInputs(), files: [], disclosures }, catalogueOf());
    const result: UnitResult = { loading: loadFindings(problems), drift, checks };
    writeJson(path, { key: keyOf(unit, (s) => readHash.get(s.file)!), result });
    results.push(result);
  }
  hashes.save();

  // The order of checkPortal (loading problems, portal-wide rules, then each disclosure), except
  // that loading problems come by kind of file (every report sorts findings).
  const loading = [...loadFindings(layout), ...other.loading, ...results.flatMap((r) => r.loading)];
  const bare: LoadedPortal = { root, regions: new Map(), departments: new Map(), disclosures: [], classifications: new Map(), templates: new Map(), problems: [], files };
  // Missing parents only: there are no disclosures to compare names across years.
  const parents = portalReferenceRules(bare, { functional: null, economic: null, economicGov: null });
  const findings = [...loading, ...other.templates, ...parents, ...results.flatMap((r) => r.drift), ...results.flatMap((r) => r.checks)];
  const listed = [...new Set([...files.map((f) => f.file), ...loading.map((f) => f.file)])];
  return { portal: { root, files }, findings, files: listed, stats };
}
