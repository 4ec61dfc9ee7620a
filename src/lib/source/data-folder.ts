// Whether a data folder can be checked and published at all: it exists, it is a folder, and it
// holds at least one disclosure (<region>/<dept>/<year>.yaml). Every door asks the same questions
// — `npm run check` (cli/check.ts), the build's integration (integration/validate.ts) and the
// site loader (data/site.ts, which `astro dev` reaches without the integration) — so a mistyped
// or empty folder never becomes an empty portal that exits 0.
//
// A dedicated record, not a finding of the rule catalogue: a finding sits at a file, line and
// column, is counted in a report of checked files, and may be explained by a note or corrected by
// an erratum in the data. A folder that is missing, is a file, or holds no disclosure has no file
// or line to point at and nothing in the data can explain it; there is no report to join. So the
// run stops with this one message instead, in the catalogue's style: both languages side by side,
// saying what happened, which folder (as it was named) and how to fix it.
import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import type { LoadedPortal } from './load.ts';

export type DataFolderProblem =
  | { kind: 'missing'; folder: string }
  | { kind: 'not-a-folder'; folder: string }
  /** `departments`: region/dept of every department.yaml found, to suggest the first year. */
  | { kind: 'no-disclosures'; folder: string; departments: string[] };

/** How the folder was named, which is what the reader should check: --root, a folder on the command line, or GONGKAI_DATA. */
export type FolderNamedBy = 'option' | 'argument' | 'environment';

/** Before loading: the folder exists and is a folder. `folder` is kept as it was given. */
export function dataFolderProblem(folder: string): DataFolderProblem | null {
  let isDirectory: boolean;
  try {
    isDirectory = statSync(folder).isDirectory();
  } catch {
    return { kind: 'missing', folder };
  }
  return isDirectory ? null : { kind: 'not-a-folder', folder };
}

/**
 * After loading: the folder holds a disclosure file. A file that is there but does not load (bad
 * YAML, wrong schema) counts: its findings say what to fix. Doors ask this only when the check
 * found no error, so misplaced or broken files are reported first.
 */
export function noDisclosureProblem(portal: Pick<LoadedPortal, 'root' | 'files'>, folder: string = portal.root): DataFolderProblem | null {
  if (portal.files.some((f) => f.kind === 'disclosure')) return null;
  const departments = portal.files.filter((f) => f.kind === 'department').map((f) => `${f.region}/${f.department}`);
  return { kind: 'no-disclosures', folder, departments };
}

export interface DataFolderMessage {
  title: string;
  message: string;
}

const TITLE: Record<DataFolderProblem['kind'], { zh: string; en: string }> = {
  missing: { zh: '没有找到数据目录', en: 'No data folder' },
  'not-a-folder': { zh: '数据目录不是文件夹', en: 'The data folder is a file' },
  'no-disclosures': { zh: '数据目录中没有预算文件', en: 'No disclosure in the data folder' },
};

const CHECK_NAMING: Record<FolderNamedBy, { zh: string; en: string }> = {
  option: { zh: '请检查 --root 参数（默认为 data，相对于运行命令的目录）', en: 'Check --root (data by default, relative to where the command runs)' },
  argument: { zh: '请检查命令中写的文件夹路径', en: 'Check the folder named on the command line' },
  environment: { zh: '请检查环境变量 GONGKAI_DATA（默认为 data，相对于运行命令的目录）', en: 'Check GONGKAI_DATA (data by default, relative to where the command runs)' },
};

/** The message for a stopped run, in one language: what happened, then how to fix it, a line each. */
export function dataFolderMessage(problem: DataFolderProblem, lang: 'zh' | 'en', namedBy: FolderNamedBy): DataFolderMessage {
  const f = problem.folder;
  const zh = lang === 'zh';
  const check = CHECK_NAMING[namedBy][lang];
  // `npm run new` writes into GONGKAI_DATA, data by default: name the folder when it is another.
  const npmNew = resolve(f) === resolve('data') ? 'npm run new' : `GONGKAI_DATA=${f} npm run new`;
  const start = zh
    ? `如果还没有数据，运行 ${npmNew} -- <地区>/<部门> --name 部门名称 新建第一个部门，再运行 ${npmNew} -- <地区>/<部门>/<年份> 新建第一份预算。`
    : `If there is no data yet, run ${npmNew} -- <region>/<dept> --name <department name> to start the first department, then ${npmNew} -- <region>/<dept>/<year> for its first disclosure.`;
  const lines: string[] = [];
  switch (problem.kind) {
    case 'missing':
      lines.push(zh ? `没有找到数据目录 ${f}。` : `No data folder at ${f}.`, zh ? `${check}。` : `${check}.`, start);
      break;
    case 'not-a-folder':
      lines.push(
        zh ? `数据目录 ${f} 是一个文件，不是文件夹。` : `The data folder ${f} is a file, not a folder.`,
        zh ? `${check}：它应指向存放 <地区>/<部门>/<年份>.yaml 的文件夹。` : `${check}: it must name the folder that holds <region>/<dept>/<year>.yaml.`,
      );
      if (namedBy !== 'environment') lines.push(zh ? `要只检查这一个文件，运行 npm run check -- ${f}。` : `To check this one file, run npm run check -- ${f}.`);
      break;
    case 'no-disclosures': {
      const deps = problem.departments;
      lines.push(zh ? `数据目录 ${f} 中没有预算文件（<地区>/<部门>/<年份>.yaml），没有可检查和发布的内容。` : `The data folder ${f} holds no disclosure (<region>/<dept>/<year>.yaml): there is nothing to check or publish.`);
      if (deps.length) {
        lines.push(
          zh
            ? `已有部门 ${deps.join('、')}：运行 ${npmNew} -- ${deps[0]}/<年份> 新建它的第一份预算。`
            : `${deps.length === 1 ? 'A department is there' : 'Departments are there'}, ${deps.join(', ')}: run ${npmNew} -- ${deps[0]}/<year> to start its first disclosure.`,
        );
      } else lines.push(zh ? `${check}。` : `${check}.`, start);
      break;
    }
  }
  return { title: TITLE[problem.kind][lang], message: lines.join('\n') };
}
