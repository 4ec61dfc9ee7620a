// The rule catalogue: every finding the validator can report, as a named record with a title,
// a message and a hint in Chinese and English. Messages say what happened; the finding says
// where; hints say how to fix it. Placeholders in {braces} are filled from the finding's params.

export type Family = 'file' | 'schema' | 'template' | 'reference' | 'balance' | 'cross-table' | 'project' | 'performance' | 'narrative' | 'errata';
export type RuleSeverity = 'error' | 'warning' | 'info';

interface Text {
  zh: string;
  en: string;
}
export interface Rule {
  id: string;
  family: Family;
  severity: RuleSeverity;
  title: Text;
  message: Text;
  hint: Text;
}

function define<const T extends Record<string, Omit<Rule, 'id'>>>(rules: T): { [K in keyof T]: Rule & { id: K } } {
  const out = {} as { [K in keyof T]: Rule & { id: K } };
  for (const id of Object.keys(rules) as (keyof T)[]) out[id] = { id, ...rules[id] } as Rule & { id: typeof id };
  return out;
}

export const RULES = define({
  // ── file: reading the bytes and the YAML ────────────────────────────────────────────────
  'file/unreadable': {
    family: 'file',
    severity: 'error',
    title: { zh: '无法读取文件', en: 'File cannot be read' },
    message: { zh: '无法读取该文件：{reason}', en: 'The file cannot be read: {reason}' },
    hint: { zh: '检查文件是否存在以及读取权限。', en: 'Check that the file exists and is readable.' },
  },
  'file/too-large': {
    family: 'file',
    severity: 'error',
    title: { zh: '文件过大', en: 'File too large' },
    message: { zh: '文件大小为 {size} 字节，超过上限 {limit} 字节。', en: 'The file is {size} bytes, over the limit of {limit} bytes.' },
    hint: { zh: '一份部门预算通常不超过 1 MB；检查是否误放了其他文件。', en: 'A disclosure is normally well under 1 MB; check that this is the right file.' },
  },
  'file/encoding-gbk': {
    family: 'file',
    severity: 'error',
    title: { zh: '文件是 GBK 编码', en: 'File is GBK-encoded' },
    message: { zh: '文件不是 UTF-8 编码，看起来是 GBK（GB2312/GB18030）编码：第一个无法按 UTF-8 读取的字节在此处。', en: 'The file is not UTF-8; it looks like GBK (GB2312/GB18030): the first byte that is not valid UTF-8 is here.' },
    hint: { zh: '用编辑器以 GBK 打开后另存为“UTF-8（无 BOM）”，或运行 iconv -f GBK -t UTF-8。', en: 'Open it as GBK and save as “UTF-8 without BOM”, or run iconv -f GBK -t UTF-8.' },
  },
  'file/encoding-utf16': {
    family: 'file',
    severity: 'error',
    title: { zh: '文件是 UTF-16 编码', en: 'File is UTF-16-encoded' },
    message: { zh: '文件是 UTF-16（{byteOrder}）编码，不是 UTF-8。', en: 'The file is UTF-16 ({byteOrder}), not UTF-8.' },
    hint: { zh: '另存为“UTF-8（无 BOM）”。', en: 'Save it as “UTF-8 without BOM”.' },
  },
  'file/encoding-invalid': {
    family: 'file',
    severity: 'error',
    title: { zh: '文件不是有效的 UTF-8 文本', en: 'File is not valid UTF-8 text' },
    message: { zh: '此处的字节不是有效的 UTF-8 文本（{detail}）。', en: 'The bytes here are not valid UTF-8 text ({detail}).' },
    hint: { zh: '确认这是文本文件，并另存为 UTF-8。', en: 'Make sure this is a text file and save it as UTF-8.' },
  },
  'file/bom': {
    family: 'file',
    severity: 'error',
    title: { zh: '文件开头有 BOM', en: 'File starts with a BOM' },
    message: { zh: '文件以字节顺序标记（BOM）开头。', en: 'The file starts with a byte order mark (BOM).' },
    hint: { zh: '另存为“UTF-8（无 BOM）”；其余内容已正常读取。', en: 'Save it as “UTF-8 without BOM”; the rest of the file was read normally.' },
  },
  'file/tab-indent': {
    family: 'file',
    severity: 'error',
    title: { zh: '用制表符缩进', en: 'Tab used for indentation' },
    message: { zh: '此行用制表符（Tab）缩进；YAML 只允许空格缩进。', en: 'This line is indented with a tab; YAML only allows spaces.' },
    hint: { zh: '把制表符换成空格（每级两个空格）。', en: 'Replace the tab with spaces (two per level).' },
  },
  'file/yaml-syntax': {
    family: 'file',
    severity: 'error',
    title: { zh: 'YAML 语法错误', en: 'YAML syntax error' },
    message: { zh: 'YAML 语法错误：{detail}', en: 'YAML syntax error: {detail}' },
    hint: { zh: '检查此处及上一行的缩进、冒号和引号是否成对。', en: 'Check indentation, colons and matching quotes here and on the line before.' },
  },
  'file/duplicate-key': {
    family: 'file',
    severity: 'error',
    title: { zh: '重复的键', en: 'Duplicate key' },
    message: { zh: '键“{key}”在同一层级出现了两次，后一个不会被读取。', en: 'The key “{key}” appears twice at the same level; the second would be lost.' },
    hint: { zh: '合并两处内容，或删除其中一处。', en: 'Merge the two entries or remove one.' },
  },
  'file/alias-limit': {
    family: 'file',
    severity: 'error',
    title: { zh: '别名展开过多', en: 'Too many alias expansions' },
    message: { zh: 'YAML 别名（*）展开后超过 {limit} 个节点。', en: 'YAML aliases (*) expand to more than {limit} nodes.' },
    hint: { zh: '不要用锚点和别名复制大段内容，直接写出数据。', en: 'Do not copy large blocks with anchors and aliases; write the data out.' },
  },
  'file/empty': {
    family: 'file',
    severity: 'error',
    title: { zh: '文件为空', en: 'File is empty' },
    message: { zh: '文件没有内容。', en: 'The file has no content.' },
    hint: { zh: '填写内容，或删除该文件；npm run new 可生成一份待填的年度文件。', en: 'Fill it in or delete it; npm run new writes a year’s file ready to fill in.' },
  },
  'file/not-a-mapping': {
    family: 'file',
    severity: 'error',
    title: { zh: '顶层不是键值表', en: 'Top level is not a mapping' },
    message: { zh: '文件顶层应是“键: 值”的形式，这里却是{found}。', en: 'The top level should be “key: value” entries; found {found}.' },
    hint: { zh: '每行写成“键: 值”（如 year: 2024），参照 data/ 中的示例文件。', en: 'Write one “key: value” per line (e.g. year: 2024), as in the example files in data/.' },
  },
  'file/layout': {
    family: 'file',
    severity: 'error',
    title: { zh: '文件不在规定位置', en: 'File outside the data layout' },
    message: { zh: '文件“{file}”不符合数据目录结构：{reason}', en: 'The file “{file}” does not fit the data layout: {reason}' },
    hint: {
      zh: '把文件移到或改名为 data/<地区>/region.yaml、data/<地区>/<部门>/department.yaml 或 data/<地区>/<部门>/<年份>.yaml（公开文件的存档副本放在 data/<地区>/<部门>/archive/）；目录名只用小写英文字母、数字和连字符。',
      en: 'Move or rename it to data/<region>/region.yaml, data/<region>/<dept>/department.yaml or data/<region>/<dept>/<year>.yaml (archived copies of the documents go in data/<region>/<dept>/archive/); use lowercase ASCII letters, digits and hyphens in folder names.',
    },
  },

  // ── schema: the shape of each file ──────────────────────────────────────────────────────
  'schema/unknown-key': {
    family: 'schema',
    severity: 'error',
    title: { zh: '未知的键', en: 'Unknown key' },
    message: { zh: '“{key}”不是这里可用的键。{suggestion}', en: '“{key}” is not a known key here. {suggestion}' },
    hint: { zh: '改正拼写，或删除这个键。这里可用的键：{allowed}。', en: 'Correct the spelling or remove the key. Keys allowed here: {allowed}.' },
  },
  'schema/required': {
    family: 'schema',
    severity: 'error',
    title: { zh: '缺少必填项', en: 'Required field missing' },
    message: { zh: '缺少必填项“{key}”，或它的值是空的。', en: 'The required field “{key}” is missing or empty.' },
    hint: { zh: '照公开文件填写“{key}”。', en: 'Fill in “{key}” from the published document.' },
  },
  'schema/type': {
    family: 'schema',
    severity: 'error',
    title: { zh: '类型不对', en: 'Wrong type' },
    message: { zh: '这里应是{expected}，实际是{found}。', en: 'Expected {expected} here, found {found}.' },
    hint: { zh: '按 docs/format.md 把这里改写为{expected}；文字中有冒号或以符号开头的，加引号。', en: 'Rewrite it as {expected} (see docs/format.md); quote text that contains a colon or starts with a symbol.' },
  },
  'schema/value': {
    family: 'schema',
    severity: 'error',
    title: { zh: '取值不合规', en: 'Invalid value' },
    message: { zh: '“{value}”不是有效的{expected}。', en: '“{value}” is not a valid {expected}.' },
    hint: { zh: '{allowed}', en: '{allowed}' },
  },
  'schema/code': {
    family: 'schema',
    severity: 'error',
    title: { zh: '科目编码格式不对', en: 'Malformed code' },
    message: { zh: '“{value}”不是有效的{expected}编码。', en: '“{value}” is not a valid {expected} code.' },
    hint: {
      zh: '功能分类编码写全：类 3 位（201）、款 5 位（20103）、项 7 位（2010301）；经济分类 3 位或 5 位；加引号以保留前导零。',
      en: 'Write functional codes in full: class 3 digits (201), section 5 (20103), item 7 (2010301); economic codes 3 or 5 digits; quote them to keep leading zeros.',
    },
  },
  'schema/amount': {
    family: 'schema',
    severity: 'error',
    title: { zh: '金额格式不对', en: 'Malformed amount' },
    message: { zh: '金额“{value}”无法读取：{problem}', en: 'The amount “{value}” cannot be read: {problem}' },
    hint: { zh: '{fix}', en: '{fix}' },
  },
  'schema/figure': {
    family: 'schema',
    severity: 'error',
    title: { zh: '未知的数字名称', en: 'Unknown figure name' },
    message: { zh: '“{value}”不是可识别的数字名称。', en: '“{value}” is not a known figure name.' },
    hint: { zh: '改为 docs/format.md 中的数字名称，如：{examples}。', en: 'Use a figure name from docs/format.md, such as: {examples}.' },
  },
  'schema/html': {
    family: 'schema',
    severity: 'error',
    title: { zh: '文本中含 HTML', en: 'HTML in text' },
    message: { zh: '文本中含 HTML 标签“{tag}”。', en: 'The text contains the HTML tag “{tag}”.' },
    hint: { zh: '删除 HTML 标签，改用纯文本或 Markdown（段落之间空一行，列表用“1. ”）。', en: 'Remove the HTML; use plain text or Markdown (blank line between paragraphs, “1. ” for lists).' },
  },

  // ── template: the template files themselves ─────────────────────────────────────────────
  'template/id': {
    family: 'template',
    severity: 'error',
    title: { zh: '模板 id 与文件名不符', en: 'Template id differs from its file name' },
    message: { zh: '模板的 id 为“{value}”，文件名却是“{expected}.yaml”。', en: 'The template’s id is “{value}”, but the file is named “{expected}.yaml”.' },
    hint: { zh: '让 id 与文件名一致：disclosure 文件的 template 键用的就是它。', en: 'Make the id and the file name the same: disclosures name the template by it.' },
  },
  'template/unknown-label': {
    family: 'template',
    severity: 'error',
    title: { zh: '模板用了词汇表中没有的词', en: 'Template label not in the glossary' },
    message: { zh: '“{value}”既不是词汇表中的词条，也不是本模板 terms 中的词。', en: '“{value}” is neither a glossary key nor a word in this template’s terms.' },
    hint: { zh: '用词汇表的键（如 fund.general_budget、column.code），或在模板的 terms 中加上这个词的中英文。{suggestion}', en: 'Use a glossary key (e.g. fund.general_budget, column.code), or add the word with its Chinese and English to the template’s terms. {suggestion}' },
  },
  'template/figure': {
    family: 'template',
    severity: 'error',
    title: { zh: '模板中的数字名称无效', en: 'Unknown figure name in template' },
    message: { zh: '“{value}”不是有效的数字名称。', en: '“{value}” is not a figure name.' },
    hint: { zh: '数字名称的写法见 docs/format.md，例如：{examples}。', en: 'Figure names are listed in docs/format.md, e.g. {examples}.' },
  },
  'template/duplicate': {
    family: 'template',
    severity: 'error',
    title: { zh: '模板中的重复项', en: 'Duplicate in template' },
    message: { zh: '{what}“{value}”重复出现。', en: '{what} “{value}” appears twice.' },
    hint: { zh: '每张表的 id、每个词的键只能出现一次（词的键也不能与词汇表中已有的键相同）。', en: 'Each table id and each term key may appear once (and a term key may not repeat a glossary key).' },
  },
  // ── reference: identities, codes, names ─────────────────────────────────────────────────
  'reference/path-mismatch': {
    family: 'reference',
    severity: 'error',
    title: { zh: '文件位置与内容不符', en: 'File path and content disagree' },
    message: { zh: '文件写明 {key} 为“{value}”，但文件位置表明应为“{expected}”。', en: 'The file says {key} is “{value}” but its path says “{expected}”.' },
    hint: { zh: '改正文件中的值，或把文件移到正确的目录。', en: 'Correct the value or move the file.' },
  },
  'reference/missing-parent': {
    family: 'reference',
    severity: 'error',
    title: { zh: '缺少上级描述文件', en: 'Missing region or department file' },
    message: { zh: '缺少 {expected}。', en: '{expected} is missing.' },
    hint: { zh: '新建该文件，写明名称等信息。', en: 'Create it with the name and the other required fields.' },
  },
  'reference/duplicate-line': {
    family: 'reference',
    severity: 'error',
    title: { zh: '重复的科目行', en: 'Duplicate line' },
    message: { zh: '科目 {code}（{fund}）出现了两次，金额会被重复计算。', en: 'Line {code} ({fund}) appears twice and would be counted twice.' },
    hint: { zh: '合并为一行；同一科目的不同资金来源用 fund 区分。', en: 'Merge the rows; use fund to separate sources of the same code.' },
  },
  'reference/not-a-leaf': {
    family: 'reference',
    severity: 'error',
    title: { zh: '科目行与其下级同时录入', en: 'Line entered together with its children' },
    message: { zh: '科目 {code} 的下级科目 {child} 也已录入，汇总时会重复计算。', en: 'Line {code} is entered and so is its child {child}; totals would count both.' },
    hint: { zh: '只录入最细一级（项）的科目；上级合计由系统计算，公开表中的合计写入 published。', en: 'Enter only the most detailed lines; subtotals are derived, and printed subtotals go in published.' },
  },
  'reference/duplicate-id': {
    family: 'reference',
    severity: 'error',
    title: { zh: '重复的标识', en: 'Duplicate identifier' },
    message: { zh: '{what}“{id}”出现了两次。', en: '{what} “{id}” appears twice.' },
    hint: { zh: '每个标识只能用一次；若公开文件本身重复，请保留一处并写勘误（errata）说明。', en: 'Each identifier may be used once; if the document itself repeats a row, keep one and record an erratum.' },
  },
  'reference/unknown-unit': {
    family: 'reference',
    severity: 'error',
    title: { zh: '未定义的单位', en: 'Unknown unit' },
    message: { zh: '单位“{unit}”没有在 organisation.units 中定义。', en: 'The unit “{unit}” is not defined in organisation.units.' },
    hint: { zh: '改用已定义的单位（{known}），或在 organisation.units 中加上这个单位。', en: 'Use a defined unit ({known}), or add this one to organisation.units.' },
  },
  'reference/project-code': {
    family: 'reference',
    severity: 'error',
    title: { zh: '项目的功能科目没有项目支出', en: 'Project code has no project expenditure' },
    message: { zh: '项目写明功能科目 {code}，但该科目没有项目支出。', en: 'The project is paid under {code}, but that line has no project expenditure.' },
    hint: { zh: '改正项目的 code，或在 expenditure 中补上该科目的项目支出。', en: 'Correct the project’s code or add the project expenditure to that line.' },
  },
  'reference/unknown-template': {
    family: 'reference',
    severity: 'error',
    title: { zh: '模板不存在', en: 'Unknown template' },
    message: { zh: '本文件使用模板“{value}”，但没有这个模板。已有模板：{known}。', en: 'This file uses the template “{value}”, which does not exist. Templates: {known}.' },
    hint: { zh: '改正 template 的拼写；新省份的模板写成 templates/<id>.yaml（见 docs/templates.md）。{suggestion}', en: 'Correct the template’s spelling; a new province’s template goes in templates/<id>.yaml (see docs/templates.md). {suggestion}' },
  },
  'reference/archive-missing': {
    family: 'reference',
    severity: 'error',
    title: { zh: '存档文件不存在', en: 'Archived copy missing' },
    message: { zh: 'source.archive 指向存档文件“{name}”，但 {expected} 不存在。', en: 'source.archive names the archived copy “{name}”, but {expected} does not exist.' },
    hint: { zh: '把公开文件放到 {expected}（文件名与 source.archive 一致）；没有存档就删除 archive 这一项。', en: 'Put the published document at {expected} (the same name as source.archive), or remove archive if there is no copy.' },
  },
  'reference/not-in-template': {
    family: 'reference',
    severity: 'error',
    title: { zh: '模板中没有这一项', en: 'Not in the template' },
    message: { zh: '模板“{template}”{place}没有“{value}”。', en: 'The template “{template}” has no “{value}” {place}.' },
    hint: { zh: '检查拼写。若公开文件确实印了这一项，请在模板中加上它（见 docs/templates.md），不要删去数字。{suggestion}', en: 'Check the spelling. If the document really prints it, add it to the template (see docs/templates.md) rather than dropping the figure. {suggestion}' },
  },
  'reference/table-status': {
    family: 'reference',
    severity: 'error',
    title: { zh: '表格状态与数据不符', en: 'Table status contradicts the data' },
    message: { zh: '《{table}》记为“{status}”，但本文件有该表的数据：{value}。', en: '{table} is recorded as “{status}”, but this file has data for it: {value}.' },
    hint: { zh: '公开文件印了数字，就删除 tables 中这一项；表格确实空白，就删去这些数据。', en: 'If the document prints figures, remove this entry from tables; if the table really is blank, remove the data.' },
  },
  'reference/unknown-code': {
    family: 'reference',
    severity: 'warning',
    title: { zh: '科目不在分类目录中', en: 'Code not in the classification' },
    message: { zh: '{classification}编码 {code} 不在 {year} 年的分类目录中。', en: '{classification} code {code} is not in the {year} classification.' },
    hint: { zh: '核对编码；若目录缺少该科目，请补充到 data/classifications/。', en: 'Check the code; if the classification lacks it, add it to data/classifications/.' },
  },
  'reference/name-mismatch': {
    family: 'reference',
    severity: 'warning',
    title: { zh: '科目名称与分类目录不同', en: 'Name differs from the classification' },
    message: { zh: '{code} 的名称印作“{value}”，{year} 年分类目录中为“{expected}”。', en: '{code} is printed as “{value}”; the {year} classification calls it “{expected}”.' },
    hint: { zh: '核对编码是否错位或用了旧目录；编码无误的，名称照公开文件保留，无需修改。', en: 'Check that the code is not shifted or from an old classification; if it is right, keep the name as published.' },
  },
  'reference/printed-variant': {
    family: 'reference',
    severity: 'error',
    title: { zh: '同一行在各表中编码或名称不同', en: 'A line printed differently in another table' },
    message: { zh: '{table}把 {code}“{name}”印作 {printedCode}“{printedName}”。', en: '{table} prints {code} “{name}” as {printedCode} “{printedName}”.' },
    hint: { zh: '编码不同的，写勘误（errata）改正所印编码，或写说明（note）；只有名称不同的，照录即可。', en: 'Where the code differs, correct it with an erratum or explain it with a note; where only the name differs, keep it as printed.' },
  },
  'reference/name-drift': {
    family: 'reference',
    severity: 'warning',
    title: { zh: '同一科目在各处名称不同', en: 'Same code, different names' },
    message: { zh: '{code} 在此处名为“{value}”，在 {otherFile} 中名为“{expected}”。', en: '{code} is named “{value}” here and “{expected}” in {otherFile}.' },
    hint: { zh: '核对两处是否为同一科目。', en: 'Check that both are the same line.' },
  },

  // ── balance: sums inside the disclosure ─────────────────────────────────────────────────
  'balance/income-expenditure': {
    family: 'balance',
    severity: 'error',
    title: { zh: '收支不平衡', en: 'Income does not equal expenditure' },
    message: { zh: '收入合计 {value} 万元，支出合计 {expected} 万元，相差 {difference}。', en: 'Income totals {value} but expenditure totals {expected} (difference {difference}).' },
    hint: { zh: '核对 income 各来源与 expenditure 各科目行的金额。', en: 'Check the income sources and the expenditure lines.' },
  },
  'balance/income-by-fund': {
    family: 'balance',
    severity: 'error',
    title: { zh: '某资金来源收支不平衡', en: 'Income and spending of a fund differ' },
    message: { zh: '{fund}收入 {value} 万元，用该来源安排的支出 {expected} 万元，相差 {difference}。', en: '{fund} income is {value} but spending from it is {expected} (difference {difference}).' },
    hint: { zh: '核对 income.{fundId} 与 expenditure 中 fund 为 {fundId} 的行。', en: 'Check income.{fundId} against the expenditure lines with fund {fundId}.' },
  },
  'balance/control-total': {
    family: 'balance',
    severity: 'error',
    title: { zh: '公开合计与明细不符', en: 'Published total does not match its parts' },
    message: {
      zh: '{where}印作 {value} 万元，按明细计算为 {expected} 万元，相差 {difference}，超出舍入容差 {tolerance}。',
      en: '{where}: printed as {value}, but its parts give {expected} (difference {difference}, beyond the rounding tolerance {tolerance}).',
    },
    hint: { zh: '逐项核对构成该合计的明细（见相关位置）；若公开文件确有错误，写入勘误（errata）。', en: 'Check the parts listed as related locations; if the document is wrong, record an erratum.' },
  },
  'balance/row-total': {
    family: 'balance',
    severity: 'error',
    title: { zh: '行合计不等于本行各栏之和', en: 'Row total is not the sum of its columns' },
    message: { zh: '{where}印作 {value}，本行各栏（基本支出与项目支出，或各资金来源）之和为 {expected}，相差 {difference}。', en: '{where}: printed as {value}; the row’s columns (basic and project, or the sources of funds) add up to {expected} (difference {difference}).' },
    hint: { zh: '核对该行各栏数字（见相关位置），改正录错的一栏；公开文件本身印错的，写勘误（errata）。', en: 'Check the row’s cells (see the related locations) and correct the mistyped one; if the document itself is wrong, record an erratum.' },
  },
  'balance/rounding': {
    family: 'balance',
    severity: 'warning',
    title: { zh: '舍入差异', en: 'Rounding difference' },
    message: {
      zh: '{subject}为 {value}，按明细计算为 {expected}，相差 {difference}，在 {addends} 个数逐个舍入的容差 {tolerance} 之内。',
      en: '{subject} is {value}; its parts give {expected} (difference {difference}, within the tolerance {tolerance} for {addends} separately rounded figures).',
    },
    hint: { zh: '无需修改，页面会以脚注说明。同一个数引起多处这样的差异时，核对它是否录错。', en: 'Nothing to fix; the page shows it as a footnote. If one figure causes several such differences, check whether it was mistyped.' },
  },
  'balance/slip': {
    family: 'balance',
    severity: 'warning',
    title: { zh: '可能的笔误（在舍入容差之内）', en: 'Probable slip (inside the rounding tolerance)' },
    message: {
      zh: '{where}印作 {value}，若为 {suggested}，{count} 处舍入差异全部消失，而没有新的差异：这些差异虽都在容差之内，却都来自这一个数，很可能是笔误。',
      en: '{where}: printed as {value}; were it {suggested}, {count} rounding differences would all vanish and none appear: each is inside the tolerance, but all come from this one figure, so it is probably a slip.',
    },
    hint: {
      zh: '对照公开文件核对这个数：录入有误就改为 {suggested}；文件本身印作 {value} 就保留原样，写勘误（errata）改为 {suggested}，或写说明（notes，rule: balance/slip）。',
      en: 'Check this figure against the document: if it was mistyped, enter {suggested}; if the document prints {value}, keep it and add an erratum correcting it to {suggested}, or a note (rule: balance/slip).',
    },
  },
  'balance/economic-basic': {
    family: 'balance',
    severity: 'error',
    title: { zh: '经济分类与功能分类的基本支出不符', en: 'Economic and functional basic expenditure differ' },
    message: { zh: '按经济分类的基本支出合计 {value} 万元，按功能分类为 {expected} 万元，相差 {difference}。', en: 'Basic expenditure by economic class totals {value}; by function it is {expected} (difference {difference}).' },
    hint: { zh: '核对 economic.basic 各行与 expenditure 各行的 basic：两者是同一笔钱的两种分类，合计必须一致。', en: 'Check the lines of economic.basic against the basic amounts in expenditure: both classify the same money.' },
  },
  'balance/decomposition': {
    family: 'balance',
    severity: 'error',
    title: { zh: '分项之和与总数不符', en: 'Parts do not add up' },
    message: { zh: '{where}为 {value} 万元，各分项（{parts}）之和为 {expected} 万元，相差 {difference}。', en: '{where}: {value}, but its parts ({parts}) add up to {expected} (difference {difference}).' },
    hint: { zh: '核对该行每一栏，改正录错的一处：同一个数按另一种口径拆分，各分项之和必须等于它。', en: 'Check each column of the row and correct the mistyped one: the same amount split another way must add up to it.' },
  },
  'balance/economic-total': {
    family: 'balance',
    severity: 'error',
    title: { zh: '支出经济分类合计与支出合计不符', en: 'Spending by economic class does not add up to total spending' },
    message: { zh: '按{classification}的全部支出合计 {value} 万元，支出合计为 {expected} 万元，相差 {difference}。', en: 'All spending by {classification} totals {value}; total spending is {expected} (difference {difference}).' },
    hint: { zh: '核对 economic.all 或 economic.gov 的各行：《支出经济分类汇总表》的两种经济分类各自都必须加总到支出合计。', en: 'Check the lines of economic.all or economic.gov: each economic classification of the summary must add up to total spending.' },
  },
  'balance/economic-project-negative': {
    family: 'balance',
    severity: 'error',
    title: { zh: '按经济分类推算的项目支出为负数', en: 'Project spending by economic class is negative' },
    message: { zh: '经济分类 {code} {name}：全部支出 {value} 万元少于其中的基本支出 {expected} 万元，推算的项目支出为 {difference} 万元。', en: 'Economic class {code} {name}: all spending {value} is less than its basic spending {expected}; project spending would be {difference}.' },
    hint: { zh: '核对《支出经济分类汇总表》与基本支出经济分类表的这一行：全部支出 = 基本支出 + 项目支出，不会小于基本支出。', en: 'Check this line in both tables: all spending = basic + project, so it cannot be less than basic.' },
  },
  'balance/economic-basic-part': {
    family: 'balance',
    severity: 'error',
    title: { zh: '汇总表中的基本支出与基本支出经济分类表不符', en: 'Basic part differs from the basic-spending economic table' },
    message: { zh: '经济分类 {code}：《支出经济分类汇总表》的基本支出为 {value} 万元，基本支出经济分类表为 {expected} 万元，相差 {difference}。', en: 'Economic class {code}: the summary’s basic spending is {value}; the basic-spending table has {expected} (difference {difference}).' },
    hint: {
      zh: '对照公开文件核对这一经济分类在两张表中的基本支出，改正录错的一处；公开文件本身不一致的，写勘误（errata）。',
      en: 'Check this economic class’s basic spending in both tables against the document and correct the mistyped one; if the document itself disagrees, record an erratum.',
    },
  },
  'balance/income-items': {
    family: 'balance',
    severity: 'error',
    title: { zh: '收入明细之和与该项收入不符', en: 'Income items do not add up' },
    message: { zh: '{fund}为 {value} 万元，其下各明细之和为 {expected} 万元，相差 {difference}。', en: '{fund} is {value}, but its items add up to {expected} (difference {difference}).' },
    hint: { zh: '核对 income_items 中该来源的各行与 income 中的金额。', en: 'Check the income_items of this source against the amount in income.' },
  },
  'balance/projects': {
    family: 'balance',
    severity: 'error',
    title: { zh: '项目合计与项目支出不符', en: 'Projects do not add up to project expenditure' },
    message: { zh: '{scope}：项目金额合计 {value} 万元，项目支出为 {expected} 万元，相差 {difference}。', en: '{scope}: the projects total {value}, project expenditure is {expected} (difference {difference}).' },
    hint: { zh: '补全缺少的项目，或核对项目金额与功能科目；若公开文件未列全部项目，用 note 说明。', en: 'Add the missing projects or check their amounts and codes; if the document does not list them all, explain with a note.' },
  },
  'balance/procurement': {
    family: 'balance',
    severity: 'error',
    title: { zh: '政府采购分类合计与明细不符', en: 'Procurement totals do not match the items' },
    message: { zh: '{what}为 {value} 万元，明细合计 {expected} 万元，相差 {difference}。', en: '{what} is {value}; the items total {expected} (difference {difference}).' },
    hint: { zh: '核对 procurement 中的分类金额与明细。', en: 'Check the procurement totals against the items.' },
  },

  // ── cross-table: the same money seen from two tables ────────────────────────────────────
  'cross-table/three-public-economic': {
    family: 'cross-table',
    severity: 'error',
    title: { zh: '“三公”经费小于基本支出中的同项支出', en: '“Three public” part below the same basic line' },
    message: { zh: '“三公”经费中的{part} {value} 万元，小于基本支出经济分类中的“{economicName}” {expected} 万元。', en: 'The three-public {part} is {value}, less than the basic economic line “{economicName}” at {expected}.' },
    hint: {
      zh: '核对“三公”经费表与基本支出经济分类表的这一项：“三公”经费包括基本支出和项目支出中的同项支出，不会小于基本支出中的该项。',
      en: 'Check this item in the three-public table and in the basic economic table: three-public costs include the same spending from basic and project budgets.',
    },
  },
  'cross-table/admin-costs': {
    family: 'cross-table',
    severity: 'error',
    title: { zh: '机关运行经费与公用经费不符', en: 'Administrative running costs and operating costs differ' },
    message: { zh: '机关运行经费 {value} 万元，{relation}基本支出中的公用经费 {expected} 万元（相差 {difference}）。', en: 'Administrative running costs are {value}, {relation} the operating costs in basic expenditure, {expected} (difference {difference}).' },
    hint: {
      zh: '核对机关运行经费与基本支出经济分类中的公用经费，以及各单位的类型：机关运行经费不能超过公用经费，全部单位为行政或参公时两者相等。',
      en: 'Check the running costs against the operating costs in basic spending, and each unit’s kind: running costs never exceed operating costs and equal them when every unit is administrative or civil-service-managed.',
    },
  },
  'cross-table/prior-year': {
    family: 'cross-table',
    severity: 'error',
    title: { zh: '上年数与上年文件不符', en: 'Prior-year figure differs from last year’s file' },
    message: { zh: '本文件所列上年“{what}”为 {value} 万元，{otherFile} 中为 {expected} 万元，相差 {difference}。', en: 'This file gives last year’s “{what}” as {value}; {otherFile} has {expected} (difference {difference}).' },
    hint: { zh: '核对两份文件；若上年数是调整后的数字，在 prior_year.basis 中说明并写 note。', en: 'Check both files; if the prior-year figure was adjusted, say so in prior_year.basis and add a note.' },
  },

  // ── project forms (in 元, exact; or in 万元, within the rounding tolerance) ──────────────
  'project/yuan-wan': {
    family: 'project',
    severity: 'error',
    title: { zh: '项目支出表与绩效目标表金额不符', en: 'Project table and form amounts differ' },
    message: { zh: '项目支出表列 {value} 万元，绩效目标表年度资金为 {form}，折合 {expected} 万元，相差 {difference}。', en: 'The project table gives {value} (10k yuan); the form’s annual funding is {form}, which makes {expected} 万元 (difference {difference}).' },
    hint: { zh: '核对两处金额；绩效目标表以万元填列的，写 form_unit: 万元。', en: 'Check both amounts; if the form prints 万元, write form_unit: 万元.' },
  },
  'project/funding-sum': {
    family: 'project',
    severity: 'error',
    title: { zh: '项目资金来源之和不等于总额', en: 'Funding sources do not add up' },
    message: { zh: '{scope}资金各来源合计 {expected} {unit}，总额印作 {value} {unit}，相差 {difference}。', en: '{scope} funding sources add up to {expected} {unit} but the total is {value} {unit} (difference {difference}).' },
    hint: { zh: '核对中央、省级、市县、自筹、其他各项。', en: 'Check each source.' },
  },
  'project/detail-sum': {
    family: 'project',
    severity: 'error',
    title: { zh: '预算明细合计不等于项目金额', en: 'Budget detail does not add up to the project amount' },
    message: { zh: '预算明细合计 {expected} {unit}，项目当年金额 {value} {unit}，相差 {difference}。', en: 'The budget detail lines total {expected} {unit}; the project’s amount for the year is {value} {unit} (difference {difference}).' },
    hint: { zh: '核对各明细行；若公开文件确有错误，写入勘误。', en: 'Check the detail lines; if the document is wrong, record an erratum.' },
  },
  'project/detail-row': {
    family: 'project',
    severity: 'error',
    title: { zh: '明细行各列之和不等于合计', en: 'Detail row parts do not add up' },
    message: { zh: '本级、上级、自筹等合计 {expected} {unit}，该行合计印作 {value} {unit}，相差 {difference}。', en: 'The row’s columns add up to {expected} {unit}; its total is printed as {value} {unit} (difference {difference}).' },
    hint: { zh: '核对该行各列。', en: 'Check the row’s columns.' },
  },
  'project/period-annual': {
    family: 'project',
    severity: 'error',
    title: { zh: '年度资金与实施期资金矛盾', en: 'Annual and period funding contradict' },
    message: { zh: '{reason}（年度 {value} {unit}，实施期 {expected} {unit}）。', en: '{reason} (annual {value} {unit}, period {expected} {unit}).' },
    hint: {
      zh: '核对项目属性、项目期和两栏资金。多年项目的起止日期只印本年度的，实施期资金大于年度资金并无不妥，写明 period_years 即可。',
      en: 'Check the attribute, the period and both funding columns. A project of several years whose form prints only this year’s dates may well have more period than annual funding; give period_years.',
    },
  },
  'project/period-multiple': {
    family: 'project',
    severity: 'warning',
    title: { zh: '实施期资金不是年度资金的整数倍', en: 'Period funding is not annual × years' },
    message: { zh: '项目期 {years} 年，年度资金 {value} {unit} × {years} = {product} {unit}，实施期资金为 {expected} {unit}。', en: 'Over {years} years, {value} {unit} a year makes {product} {unit}, but the period total is {expected} {unit}.' },
    hint: { zh: '各年金额本就不同的，无需修改；否则核对年度资金、实施期资金和项目期。', en: 'If the years really differ, nothing to fix; otherwise check the annual funding, the period funding and the period.' },
  },
  'project/cost-scale': {
    family: 'project',
    severity: 'warning',
    title: { zh: '成本指标与项目金额差十倍或单位错写', en: 'Cost indicator ten times off or in the wrong unit' },
    message: { zh: '成本指标“{name}”为 {value}，恰为项目年度资金 {expected} 元的{ratio}。', en: 'The cost indicator “{name}” is {value}, exactly {ratio} the annual funding of {expected} yuan.' },
    hint: { zh: '多半是多写或少写了一个零；核对绩效目标表。', en: 'Probably a zero too many or too few; check the form.' },
  },
  'project/placeholder': {
    family: 'project',
    severity: 'warning',
    title: { zh: '模板占位文字未替换', en: 'Template placeholder left in' },
    message: { zh: '“{value}”中含模板占位文字“{placeholder}”。', en: '“{value}” contains the template placeholder “{placeholder}”.' },
    hint: { zh: '无需修改，照录公开文件即可；页面会提醒读者这一项不完整。', en: 'Nothing to fix; keep it as published. The page tells readers it is incomplete.' },
  },
  'project/no-amount': {
    family: 'project',
    severity: 'error',
    title: { zh: '项目没有金额', en: 'Project has no amount' },
    message: { zh: '项目既没有 amount（万元），也没有 funding.annual（绩效目标表的年度资金）。', en: 'The project has neither amount (万元) nor funding.annual (the form’s annual funding).' },
    hint: { zh: '至少填写其中一项。', en: 'Give at least one of them.' },
  },

  // ── performance: the department-wide performance targets (整体绩效目标表) ───────────────
  'performance/budget': {
    family: 'performance',
    severity: 'error',
    title: { zh: '整体绩效目标表的预算情况与报表不符', en: 'Performance targets’ budget differs from the tables' },
    message: {
      zh: '整体绩效目标表“预算情况”中{what}印作 {printed}，按本文件报表为 {expected} 万元，相差 {difference} 万元，超出舍入容差 {tolerance}。',
      en: 'The performance targets give {what} as {printed}; the tables of this file give {expected} (10k yuan) (difference {difference}, beyond the rounding tolerance {tolerance}).',
    },
    hint: {
      zh: '核对 performance_targets.budget 与报表中的支出合计、基本支出、项目支出；单位不是万元的，写 unit: 元；公开文件确有错误的，写入勘误。',
      en: 'Check performance_targets.budget against total, basic and project spending in the tables; if the table is in 元, write unit: 元; if the document is wrong, record an erratum.',
    },
  },
  'performance/tasks': {
    family: 'performance',
    severity: 'error',
    title: { zh: '年度主要任务金额之和不等于预算总额', en: 'Main tasks do not add up to the budget' },
    message: {
      zh: '年度主要任务的预算金额合计 {expected} {unit}，{basis}为 {value} {unit}，相差 {difference}。',
      en: 'The main tasks’ budgets add up to {expected} {unit}; {basis} is {value} {unit} (difference {difference}).',
    },
    hint: { zh: '核对各任务的预算金额（见相关位置），看是否漏录了任务；公开文件确有错误的，写入勘误。', en: 'Check each task’s budget (see the related locations) and whether a task is missing; if the document is wrong, record an erratum.' },
  },

  // ── narrative: figures stated in the text ───────────────────────────────────────────────
  'narrative/figure': {
    family: 'narrative',
    severity: 'error',
    title: { zh: '说明中的数字与报表不符', en: 'Narrative figure differs from the tables' },
    message: { zh: '说明中“{what}”{which}为 {value} 万元，{basis}为 {expected} 万元，相差 {difference}。', en: 'The narrative gives {which} “{what}” as {value}; {basis} gives {expected} (difference {difference}).' },
    hint: { zh: '核对说明文字与报表；若公开文件有误，写入勘误。', en: 'Check the text against the tables; if the document is wrong, record an erratum.' },
  },
  'narrative/change': {
    family: 'narrative',
    severity: 'error',
    title: { zh: '增减额计算错误', en: 'Change miscalculated' },
    message: { zh: '说明中“{what}”{direction} {value} 万元，按本年 {current} 与上年 {previous} 计算应为{expectedDirection} {expected} 万元。', en: 'The narrative says “{what}” {direction} by {value}; {current} against {previous} gives {expectedDirection} {expected}.' },
    hint: { zh: '用 本年数 − 上年数 核对说明中的增减额；说明印错的，写勘误（errata）。', en: 'Recompute the change as this year − last year; if the text is wrong, record an erratum.' },
  },
  'narrative/percent': {
    family: 'narrative',
    severity: 'error',
    title: { zh: '增减百分比计算错误', en: 'Percentage change miscalculated' },
    message: { zh: '说明中“{what}”变动 {value}%，按 {change} ÷ {previous} 计算，保留 {scale} 位小数应为 {expected}%。', en: 'The narrative gives a change of {value}% for “{what}”; {change} ÷ {previous} at {scale} decimals is {expected}%.' },
    hint: { zh: '用 增减额 ÷ 上年数 × 100% 核对，按印出的小数位数四舍五入；说明印错的，写勘误（errata）。', en: 'Recompute change ÷ last year × 100, rounded half-up to the printed decimals; if the text is wrong, record an erratum.' },
  },
  'narrative/share': {
    family: 'narrative',
    severity: 'error',
    title: { zh: '占比计算错误', en: 'Share miscalculated' },
    message: { zh: '说明中“{what}”占{of} {value}%，按 {amount} ÷ {base} 计算应为 {expected}%。', en: 'The narrative gives “{what}” as {value}% of {of}; {amount} ÷ {base} is {expected}%.' },
    hint: { zh: '用 该项 ÷ 合计 × 100% 核对，按印出的小数位数四舍五入；说明印错的，写勘误（errata）。', en: 'Recompute part ÷ whole × 100, rounded half-up to the printed decimals; if the text is wrong, record an erratum.' },
  },
  'narrative/parts': {
    family: 'narrative',
    severity: 'error',
    title: { zh: '分项原因之和不等于增减额', en: 'Itemised reasons do not add up' },
    message: { zh: '分项金额合计 {expected} 万元，说明的增减额为 {value} 万元，相差 {difference}。', en: 'The itemised amounts total {expected}; the stated change is {value} (difference {difference}).' },
    hint: { zh: '核对各分项金额与增减额；说明印错的，写勘误（errata）。', en: 'Check the itemised amounts and the change; if the text is wrong, record an erratum.' },
  },

  // ── errata and notes ────────────────────────────────────────────────────────────────────
  'errata/bad-path': {
    family: 'errata',
    severity: 'error',
    title: { zh: '勘误指向不存在的位置', en: 'Erratum points nowhere' },
    message: { zh: '勘误的路径“{value}”在本文件中找不到。', en: 'The erratum’s path “{value}” does not exist in this file.' },
    hint: { zh: '改正勘误的 path，形如 published.admin_costs.admin_costs 或 projects[id=p11].budget_detail[0].own。', en: 'Correct the erratum’s path; paths look like published.admin_costs.admin_costs or projects[id=p11].budget_detail[0].own.' },
  },
  'errata/value-mismatch': {
    family: 'errata',
    severity: 'error',
    title: { zh: '勘误的原值与文件不符', en: 'Erratum’s published value differs from the file' },
    message: { zh: '勘误称原值为 {value}，但文件中该处为 {expected}。', en: 'The erratum says the published value is {value}, but the file has {expected} there.' },
    hint: {
      zh: '把勘误的 published 改为文件中的值 {expected}：文件照录公开值，勘误的 published 与之相同，corrected 写改正值。',
      en: 'Set the erratum’s published to the file’s {expected}: the file keeps the published value, the erratum repeats it and gives the correction in corrected.',
    },
  },
  'errata/unused': {
    family: 'errata',
    severity: 'warning',
    title: { zh: '勘误没有改变任何检查结果', en: 'Erratum changes nothing' },
    message: { zh: '不用此勘误时，检查也不会在“{value}”处报错。', en: 'Without this erratum the checks report nothing at “{value}”.' },
    hint: { zh: '确认勘误是否必要、路径是否写对。', en: 'Check whether the erratum is needed and its path is right.' },
  },
  'errata/applied': {
    family: 'errata',
    severity: 'info',
    title: { zh: '已按勘误改正', en: 'Corrected by an erratum' },
    message: { zh: '公开值 {value} 已按勘误改为 {expected}。', en: 'The published {value} is corrected to {expected} by an erratum.' },
    hint: { zh: '无需操作：读者会在页面上看到此勘误。', en: 'Nothing to do: readers see this erratum on the page.' },
  },
  'errata/unknown-rule': {
    family: 'errata',
    severity: 'error',
    title: { zh: '说明指向未知规则', en: 'Note names an unknown rule' },
    message: { zh: '说明所指的规则“{value}”不存在。', en: 'The note names the rule “{value}”, which does not exist.' },
    hint: { zh: '改正 rule：规则编号见 npm run check 的输出或发布者指南。{suggestion}', en: 'Correct the rule: rule ids are in the check output and the publisher’s guide. {suggestion}' },
  },
  'errata/note-unused': {
    family: 'errata',
    severity: 'warning',
    title: { zh: '说明没有对应的检查结果', en: 'Note explains nothing' },
    message: { zh: '规则“{value}”在{where}没有报告任何问题，这条说明没有说明对象。', en: 'The rule “{value}” reports nothing {where}, so the note explains nothing.' },
    hint: { zh: '删除这条说明，或改正它的 rule 和 path。', en: 'Remove the note or correct its rule and path.' },
  },
});

export type RuleId = keyof typeof RULES;
export const RULE_IDS = Object.keys(RULES) as RuleId[];

export function isRuleId(id: string): id is RuleId {
  return Object.prototype.hasOwnProperty.call(RULES, id);
}

export type ParamValue = string | number | { zh: string; en: string };

/**
 * Words and phrases that rules put into messages as params, by name, in Chinese and English.
 * Budget terms come from the glossary; these are the words around them. {placeholders} are filled
 * by ruleWord().
 */
export const RULE_WORDS = {
  // What a finding is about
  subject: { zh: '“{what}”', en: '“{what}”' },
  subjectInTable: { zh: '{table}中“{what}”', en: '“{what}” in {table}' },
  tableTitle: { zh: '《{title}》', en: '{title}' },
  // A printed cell, named as the clerk finds it in the document: table, row, column (derive/cell-name.ts)
  cellInTable: { zh: '{table}{row} 的“{column}”栏', en: '{table}, row {row}, column “{column}”' },
  rowInTable: { zh: '{table}“{row}”行', en: '{table}, row “{row}”' },
  atLine: { zh: '第 {line} 行', en: 'line {line}' },
  didYouMean: { zh: '是否应为“{value}”？', en: 'Did you mean “{value}”?' },
  // Identifiers and codes
  economicLine: { zh: '经济分类科目', en: 'Economic line' },
  unit: { zh: '单位', en: 'Unit' },
  adminCostsRow: { zh: '机关运行经费单位行', en: 'Running-cost row for unit' },
  project: { zh: '项目', en: 'Project' },
  functionalClassification: { zh: '功能分类', en: 'Functional' },
  economicClassification: { zh: '经济分类', en: 'Economic' },
  // Templates
  templateTerm: { zh: '词', en: 'Term' },
  templateTable: { zh: '表', en: 'Table' },
  amongKinds: { zh: '适用的公开类型中', en: 'among the kinds it serves' },
  amongTables: { zh: '的表格中', en: 'among its tables' },
  inTable: { zh: '的《{title}》中', en: 'in {title}' },
  statusEmpty: { zh: '印有表头、没有数据', en: 'printed empty' },
  statusNotPublished: { zh: '未公开', en: 'not published' },
  tableRows: { zh: '表中的明细行', en: 'rows of the table' },
  // Balances
  incomeAndExpenditure: { zh: '收入总计与支出合计', en: 'Income and expenditure totals' },
  economicBasicTotal: { zh: '经济分类基本支出合计', en: 'Basic expenditure by economic class' },
  allProjects: { zh: '全部项目', en: 'All projects' },
  functionalCode: { zh: '功能科目 {code}', en: 'Code {code}' },
  procurementOf: { zh: '政府采购{kind}类', en: 'Procurement of {kind}' },
  // Across tables
  moreThan: { zh: '超过了', en: 'more than' },
  notEqualTo: { zh: '不等于', en: 'not equal to' },
  // Narrative
  rose: { zh: '增加', en: 'rose' },
  fell: { zh: '减少', en: 'fell' },
  unchanged: { zh: '持平', en: 'was unchanged' },
  thisYears: { zh: '本年数', en: 'this year’s' },
  lastYears: { zh: '上年数', en: 'last year’s' },
  theTables: { zh: '报表', en: 'the tables' },
  partsOf: { zh: '{what}的分项', en: 'parts of {what}' },
  // Project forms
  projectForm: { zh: '项目“{name}”的绩效目标表', en: 'the form of the project “{name}”' },
  projectTable: { zh: '项目支出表', en: 'the project table' },
  annual: { zh: '年度', en: 'Annual' },
  period: { zh: '实施期', en: 'Period' },
  annualFundingTotal: { zh: '年度资金总额', en: 'annual funding total' },
  periodFundingTotal: { zh: '实施期资金总额', en: 'period funding total' },
  detailRowTotal: { zh: '预算明细第 {row} 行合计', en: 'total of budget detail row {row}' },
  annualFunding: { zh: '年度资金', en: 'annual funding' },
  periodFunding: { zh: '实施期资金', en: 'period funding' },
  annualAndPeriodFunding: { zh: '年度资金与实施期资金', en: 'annual and period funding' },
  projectAmountThisYear: { zh: '项目当年金额', en: 'the project’s amount for the year' },
  annualExceedsPeriod: { zh: '年度资金大于实施期资金', en: 'The annual funding exceeds the whole period’s' },
  oneYearSameFunding: {
    zh: '一次性、一年期或当年起止的项目，实施期资金应等于年度资金',
    en: 'A one-off or one-year project, or one that starts and ends this year, must have the same funding for its period and its year',
  },
  tenTimes: { zh: '十倍', en: 'ten times' },
  oneTenth: { zh: '十分之一', en: 'one tenth of' },
  tenThousandTimes: { zh: '一万倍（万元与元混用）', en: '10,000 times (万元 written for 元)' },
  oneTenThousandth: { zh: '万分之一（万元与元混用）', en: 'one 10,000th of (元 written for 万元)' },
  // Department-wide performance targets
  performanceTable: { zh: '整体绩效目标表', en: 'the performance targets' },
  performanceTotal: { zh: '总额', en: 'the total' },
  performanceBasic: { zh: '基本支出', en: 'basic expenditure' },
  performanceProject: { zh: '项目支出', en: 'project expenditure' },
  inTheTables: { zh: '报表中的{what}', en: '{what} in the tables' },
  tasksTotal: { zh: '年度主要任务金额合计', en: 'the main tasks’ total' },
  budgetTotal: { zh: '“预算情况”中的总额', en: 'the budget total' },
  fileTotal: { zh: '本文件的支出合计', en: 'this file’s total spending' },
  // Units of amounts in messages
  wan: { zh: '万元', en: '(10k yuan)' },
  yuan: { zh: '元', en: 'yuan' },
} as const satisfies Record<string, Text>;

export type RuleWord = keyof typeof RULE_WORDS;

/**
 * The words of a diagnosis (diagnose.ts): one amount (or two) whose correction would remove
 * several findings at once. A cause is not a finding; it leads the findings it explains.
 */
export const CAUSE_WORDS = {
  title: { zh: '可能的笔误', en: 'Probable typo' },
  one: { zh: '第 {line} 行 {printed}：若为 {suggested}，以下 {count} 项全部消除。', en: 'Line {line}, {printed}: were it {suggested}, all {count} findings below would go away.' },
  two: {
    zh: '第 {line1} 行 {printed1} 和第 {line2} 行 {printed2}：若分别为 {suggested1} 和 {suggested2}，以下 {count} 项全部消除。',
    en: 'Line {line1}, {printed1}, and line {line2}, {printed2}: were they {suggested1} and {suggested2}, all {count} findings below would go away.',
  },
  swapped: { zh: '两数相差 {delta}，是末位单位的 9 的倍数：很可能是两位数字颠倒（{from} → {to}）。', en: 'They differ by {delta}, a multiple of 9 in the last place: two digits were probably swapped ({from} → {to}).' },
  ninefold: { zh: '两数相差 {delta}，是末位单位的 9 的倍数：可能是两位数字颠倒。', en: 'They differ by {delta}, a multiple of 9 in the last place: two digits may have been swapped.' },
  hint: {
    zh: '对照公开文件核对这个数：录入有误就改正，下列各项随之消除；文件本身印错就保留原样，写勘误（errata）。',
    en: 'Check this figure against the document: if it was mistyped, correct it and the findings below go with it; if the document itself is wrong, keep it and add an erratum.',
  },
  causedBy: { zh: '可能由第 {line} 行的 {printed} 引起（见该行）。', en: 'Probably caused by {printed} on line {line} (see there).' },
  others: { zh: '其余检查结果：', en: 'Other findings:' },
} as const satisfies Record<string, Text>;

/** The text report's own words around findings (report/format.ts). */
export const REPORT_WORDS = {
  quietFiles: {
    zh: '另有 {files} 个文件没有错误：{counts}（加 --all 逐条显示）。',
    en: '{files} more files have no error: {counts} (add --all to list them).',
  },
  errorFiles: { zh: '有错误的文件：{files}。', en: 'Files with errors: {files}.' },
} as const satisfies Record<string, Text>;

/** A report word in the given language, its {placeholders} filled. */
export function reportWord(key: keyof typeof REPORT_WORDS, params: Record<string, ParamValue>, lang: 'zh' | 'en'): string {
  return interpolate(REPORT_WORDS[key][lang], params, lang);
}

/** A diagnosis word in the given language, its {placeholders} filled. */
export function causeWord(key: keyof typeof CAUSE_WORDS, params: Record<string, ParamValue>, lang: 'zh' | 'en'): string {
  return interpolate(CAUSE_WORDS[key][lang], params, lang);
}

/** A rule word in both languages, its {placeholders} filled from params (each value bilingual or as is). */
export function ruleWord(key: RuleWord, params: Record<string, ParamValue> = {}): Text {
  const w = RULE_WORDS[key];
  return { zh: interpolate(w.zh, params, 'zh'), en: interpolate(w.en, params, 'en') };
}

/** A unit of amounts as a message param: 万元 / (10k yuan), 元 / yuan. */
export function unitWord(unit: '万元' | '元'): Text {
  return ruleWord(unit === '元' ? 'yuan' : 'wan');
}

/** An amount with its unit as a message param: "12.50 万元" / "12.50 (10k yuan)". */
export function amountWithUnit(amount: string, unit: '万元' | '元'): Text {
  const u = unitWord(unit);
  return { zh: `${amount} ${u.zh}`, en: `${amount} ${u.en}` };
}

/** Names joined as a list in each language: 甲、乙 / A, B. */
export function listOf(items: readonly (string | Text)[]): Text {
  const text = (i: string | Text, lang: 'zh' | 'en') => (typeof i === 'string' ? i : i[lang]);
  return { zh: items.map((i) => text(i, 'zh')).join('、'), en: items.map((i) => text(i, 'en')).join(', ') };
}

/** Fills {placeholders}; unknown ones are left visible so a missing param is noticed. */
export function interpolate(template: string, params: Record<string, ParamValue>, lang: 'zh' | 'en' = 'zh'): string {
  return template
    .replace(/\{(\w+)\}/g, (whole, key: string) => {
      if (!(key in params)) return whole;
      const v = params[key]!;
      return typeof v === 'object' ? v[lang] : String(v);
    })
    .replace(/\s+$/, '');
}
