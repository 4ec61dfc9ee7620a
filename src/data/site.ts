// The validated portal, loaded once per build. Pages read from here; they never parse data.
import { checkPortal, type CheckResult } from '../lib/validate/engine.ts';
import { derive, type Derived } from '../lib/derive/derive.ts';
import type { Loaded } from '../lib/source/load.ts';
import type { Department, Disclosure, Region } from '../lib/schema/index.ts';
import type { Finding } from '../lib/validate/finding.ts';
import { correctedData } from '../lib/validate/rules/index.ts';

export interface DisclosureEntry {
  region: string;
  department: string;
  year: number;
  file: Loaded<Disclosure>;
  /** The data with errata applied: what readers see. */
  data: Disclosure;
  derived: Derived;
  /** Errata, notes and rounding footnotes for readers. */
  findings: Finding[];
  regionInfo: Region;
  departmentInfo: Department;
}

export interface Site {
  result: CheckResult;
  disclosures: DisclosureEntry[];
}

let cached: Site | null = null;

export function loadSite(root = process.env.GONGKAI_DATA ?? 'data'): Site {
  if (cached) return cached;
  const result = checkPortal(root);
  const errors = result.findings.filter((f) => f.severity === 'error');
  if (errors.length) {
    throw new Error(`data check failed with ${errors.length} errors; run npm run check for the report`);
  }
  const disclosures = result.portal.disclosures
    .map((file): DisclosureEntry => {
      const { region, department, year } = file.source as { region: string; department: string; year: number };
      const data = correctedData(file);
      return {
        region,
        department,
        year,
        file,
        data,
        derived: derive(data),
        findings: result.findings.filter((f) => f.file === file.source.file && (f.severity !== 'error')),
        regionInfo: result.portal.regions.get(region)!.data,
        departmentInfo: result.portal.departments.get(`${region}/${department}`)!.data,
      };
    })
    .sort((a, b) => a.region.localeCompare(b.region) || a.department.localeCompare(b.department) || a.year - b.year);
  cached = { result, disclosures };
  return cached;
}
