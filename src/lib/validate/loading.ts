// Turns what loading met (source/load.ts: unreadable files, encodings, YAML, the schema, the
// layout, a missing archived copy) into located findings of the `file/`, `schema/` and
// `reference/` rules.
import type { z } from 'zod';
import type { Loaded, LoadProblem, SourceFile } from '../source/load.ts';
import { loadBytes } from '../source/load.ts';
import type { YamlProblem } from '../source/yaml.ts';
import { schemaFindings } from './schema-issues.ts';
import type { Finding, Params } from './finding.ts';
import type { RuleId } from './catalogue.ts';

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

/** The findings for one loading problem (a schema problem gives one per issue). */
function problemFindings(p: LoadProblem): Finding[] {
  switch (p.kind) {
    case 'layout':
      return [finding('file/layout', p.file, 1, 1, { file: p.file, reason: p.reason })];
    case 'too-large':
      return [finding('file/too-large', p.file, 1, 1, { size: p.size, limit: p.limit })];
    case 'unreadable':
      return [finding('file/unreadable', p.file, 1, 1, { reason: p.reason })];
    case 'encoding': {
      const e = p.problem;
      if (e.kind === 'utf16') return [finding('file/encoding-utf16', p.file, 1, 1, { byteOrder: e.byteOrder })];
      if (e.kind === 'gbk') return [finding('file/encoding-gbk', p.file, e.line, e.column)];
      return [finding('file/encoding-invalid', p.file, e.line, e.column, { detail: e.kind === 'binary' ? 'NUL byte' : 'invalid UTF-8 sequence' })];
    }
    case 'bom':
      return [finding('file/bom', p.file, 1, 1)];
    case 'yaml':
      return [finding(YAML_RULE[p.problem.kind], p.file, p.problem.position.line, p.problem.position.column, yamlParams(p.problem))];
    case 'schema':
      return schemaFindings(p.issues, p.schema, p.file, p.locator, p.raw);
    case 'duplicate-template':
      return [finding('reference/duplicate-id', p.file, p.position.line, p.position.column, { what: { zh: '模板', en: 'Template' }, id: p.id }, 'id')];
    case 'archive-missing':
      return [finding('reference/archive-missing', p.file, p.position.line, p.position.column, { name: p.name, expected: p.expected }, 'source.archive')];
  }
}

/** Findings for loading problems, in the order they were met. */
export function loadFindings(problems: readonly LoadProblem[]): Finding[] {
  return problems.flatMap(problemFindings);
}

/** `loadBytes` whose problems are reported as findings into `findings`. */
export function loadWithFindings<T>(bytes: Uint8Array, source: SourceFile, schema: z.ZodType<T>, findings: Finding[]): Loaded<T> | null {
  const problems: LoadProblem[] = [];
  const loaded = loadBytes(bytes, source, schema, problems);
  findings.push(...loadFindings(problems));
  return loaded;
}
