// Every rule over a disclosure, in catalogue order of families; errata and notes are applied by
// ../corrections.ts.
import type { Disclosure } from '../../schema/index.ts';
import { builtInTemplates, type Loaded, type LoadedPortal } from '../../source/load.ts';
import { derive } from '../../derive/derive.ts';
import type { CodeCatalogue } from '../../derive/catalogue.ts';
import type { Finding } from '../finding.ts';
import { checkWithCorrections } from '../corrections.ts';
import type { RuleContext } from './context.ts';
import { balanceRules } from './balance.ts';
import { decompositionRules } from './decomposition.ts';
import { crossTableRules } from './cross-table.ts';
import { projectRules } from './project.ts';
import { performanceRules } from './performance.ts';
import { narrativeRules } from './narrative.ts';
import { referenceRules, portalReferenceRules } from './reference.ts';
import { textRules } from './text.ts';
import { checkTemplate, templateIdOf, templateRules } from './template.ts';
import type { Template } from '../../schema/template.ts';

export type DisclosureRule = (ctx: RuleContext) => Finding[];

/** Every rule over one disclosure, in catalogue order of families. */
export const DISCLOSURE_RULES: readonly DisclosureRule[] = [...textRules, ...referenceRules, ...balanceRules, ...decompositionRules, ...crossTableRules, ...projectRules, ...performanceRules, ...narrativeRules];

export interface DisclosureOptions {
  catalogue: CodeCatalogue;
  previous?: Loaded<Disclosure>;
  /** Every template of the portal, by id (default: the built-in ones). */
  templates?: ReadonlyMap<string, Loaded<Template>>;
}

function runRules(file: Loaded<Disclosure>, options: DisclosureOptions): Finding[] {
  const templates = options.templates ?? builtInTemplates();
  const ctx: RuleContext = {
    file,
    data: file.data,
    derived: derive(file.data),
    catalogue: options.catalogue,
    template: templates.get(templateIdOf(file.data))?.data,
    previous: options.previous ? { file: options.previous, derived: derive(options.previous.data) } : undefined,
  };
  return [...DISCLOSURE_RULES, ...templateRules([...templates.keys()])].flatMap((rule) => rule(ctx));
}

/**
 * Every rule over a disclosure, then its errata and notes (see ../corrections.ts). `usage: false`
 * skips asking whether each erratum is still needed (the diagnosis re-checks copies and needs
 * only their findings).
 */
export function checkDisclosure(file: Loaded<Disclosure>, options: DisclosureOptions, check: { usage?: boolean } = {}): Finding[] {
  return checkWithCorrections(file, (f) => runRules(f, options), check);
}

export function checkPortalRules(portal: LoadedPortal, catalogue: CodeCatalogue): Finding[] {
  return [...[...portal.templates.values()].flatMap(checkTemplate), ...portalReferenceRules(portal, catalogue)];
}
