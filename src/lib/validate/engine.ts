// One engine behind every door (CLI, build, tests): load, check the schema, run every rule,
// then apply errata and notes.
import { resolve } from 'node:path';
import { builtInTemplates, loadPortal, type Loaded, type LoadedPortal, type SourceFile } from '../source/load.ts';
import type { Disclosure } from '../schema/index.ts';
import type { Finding } from './finding.ts';
import { buildCatalogue, type CodeCatalogue } from '../derive/catalogue.ts';
import { checkDisclosure, checkPortalRules, type DisclosureOptions } from './rules/index.ts';
import { correctedData } from './corrections.ts';
import { diagnose, diagnosisBudget, type DiagnosisBudget } from './diagnose.ts';
import { loadFindings } from './loading.ts';
import { LazyLocator, Locator } from '../source/yaml.ts';
import { detachStrings } from '../source/detach.ts';
import { derive, type Derived } from '../derive/derive.ts';
import type { TableContext } from '../derive/tables.ts';
import { templateIdOf } from './rules/template.ts';
import { placeOf } from './rules/context.ts';
import type { PathSegment } from '../source/yaml.ts';

export interface CheckResult {
  portal: LoadedPortal;
  catalogue: CodeCatalogue;
  findings: Finding[];
  /** Each disclosure's data with its errata applied, by file: what readers see. */
  corrected: Map<string, Disclosure>;
  /** Every file examined. */
  files: string[];
  /** Disclosures whose rule findings were known already (options.knownChecks), not checked here. */
  reused: number;
}

export interface CheckOptions {
  /** Ignore errata and notes: report the document's errors as published. */
  asPublished?: boolean;
  /**
   * Drop each file's YAML tree and locations once it is checked (the build does: it needs only
   * the data afterwards, and at thousands of files they are most of the memory).
   */
  releaseSources?: boolean;
  /**
   * A disclosure's rule findings known already (the build reads them from the cache of
   * `npm run check`, cli/cache.ts), or undefined to check it here.
   */
  knownChecks?: (source: SourceFile) => Finding[] | undefined;
}

export function checkPortal(root: string, options: CheckOptions = {}): CheckResult {
  const portal = loadPortal(root);
  const catalogue = buildCatalogue(portal.classifications);
  // Portal-wide rules first: they locate findings in files that are released below.
  const loading = loadFindings(portal.problems);
  const findings: Finding[] = [...loading, ...checkPortalRules(portal, catalogue)];
  const corrected = new Map<string, Disclosure>();
  const budget = diagnosisBudget();
  const previousOf = previousYears(portal.disclosures);
  let reused = 0;
  for (const d of portal.disclosures) {
    const known = options.knownChecks?.(d.source);
    if (known) reused++;
    findings.push(...(known ?? checkOneDisclosure(d, { catalogue, previous: previousOf(d), templates: portal.templates }, options, budget)));
    const shown = d.data.errata?.length ? correctedData(d) : d.data;
    corrected.set(d.source.file, shown);
    if (options.releaseSources) release(d, shown);
    // Positions found for this file's findings are not kept: a later call finds them again.
    else if (d.locator instanceof LazyLocator) d.locator.forget();
  }
  const files = [...new Set([...portal.files.map((f) => f.file), ...loading.map((f) => f.file)])];
  return { portal, catalogue, findings, corrected, files, reused };
}

/** Last year's file of the same department, for each disclosure of `disclosures`. */
export function previousYears(disclosures: readonly Loaded<Disclosure>[]): (d: Loaded<Disclosure>) => Loaded<Disclosure> | undefined {
  const byYear = new Map<string, Loaded<Disclosure>>();
  for (const d of disclosures) byYear.set(`${d.source.region}/${d.source.department}/${d.source.year}`, d);
  return (d) => byYear.get(`${d.source.region}/${d.source.department}/${d.source.year! - 1}`);
}

/**
 * One disclosure's findings: every rule, its errata and notes, then the diagnosis. They depend on
 * the file itself, last year's file of its department (`rules.previous`), the code catalogue and
 * the templates, and on nothing else (the check cache, cli/cache.ts, keys on exactly these).
 */
export function checkOneDisclosure(d: Loaded<Disclosure>, rules: DisclosureOptions, options: Pick<CheckOptions, 'asPublished'>, budget: DiagnosisBudget = diagnosisBudget()): Finding[] {
  const file = options.asPublished ? { ...d, data: { ...d.data, errata: [], notes: [] } } : d;
  const template = (rules.templates ?? builtInTemplates()).get(templateIdOf(file.data))?.data;
  const place = (segments: readonly PathSegment[], line: number) => placeOf({ template, data: file.data, catalogue: rules.catalogue }, segments, line);
  // Slips and probable typos (diagnose.ts); a file without errors or slips costs nothing more.
  return diagnose(file, checkDisclosure(file, rules), (copy) => checkDisclosure(copy, rules, { usage: false }), budget, place);
}

/** What the table builder needs for one disclosure of a checked portal. */
export function tableContextFor(result: Pick<CheckResult, 'portal' | 'catalogue'>, data: Disclosure, derived: Derived = derive(data)): TableContext {
  const template = result.portal.templates.get(templateIdOf(data));
  if (!template) throw new Error(`template ${templateIdOf(data)} of ${data.region}/${data.department}/${data.year} is not loaded`);
  return { data, derived, catalogue: result.catalogue, template: template.data };
}

const EMPTY = new Locator();

/** Forgets a checked file's YAML tree and locations; its data stay. */
function release(file: Loaded<Disclosure>, shown: Disclosure): void {
  file.raw = {};
  file.locator = EMPTY;
  // Without this the kept data would keep the file's text alive through its strings.
  detachStrings(file.data);
  if (shown !== file.data) detachStrings(shown);
}

const SHARED = Symbol.for('gongkai.build-check');
type Shared = { root: string; result: CheckResult };

/** Keeps a build's check result for the pages of the same build (same process, other modules). */
export function shareBuildCheck(root: string, result: CheckResult): void {
  (globalThis as Record<symbol, Shared | undefined>)[SHARED] = { root: resolve(root), result };
}

/** The check result this build already computed for `root`, if any. */
export function sharedBuildCheck(root: string): CheckResult | undefined {
  const shared = (globalThis as Record<symbol, Shared | undefined>)[SHARED];
  return shared && shared.root === resolve(root) ? shared.result : undefined;
}
