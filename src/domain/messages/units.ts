/** The unit directory's own words: the 说明 written for each unit of the built-in directory. */
export const unitMessages = {
  /** Which built-in lists name the unit. */
  namedIn: (titles: readonly string[], total: number) =>
    titles.length === total && total > 1 ? `${total === 2 ? '两' : total}份内置清单均列有。` : `见于《${titles.join('》《')}》。`,
  /** A district government that the lists only name through its group. */
  namedThroughGroup: (group: string) => `清单未单列，以「${group}」统称；本市16个区人民政府逐一列入名录，归入该统称。`,
  groupPlaceholder: '统称，不是单一单位。',
  noAlias: '无别称。',
  /** An entry of a list's own directory that two names of the list were merged into. */
  mergedAliases: (aliases: readonly string[]) => `本清单中的「${aliases.join('」「')}」视为同一单位（简称与全称），以本名称为准；如不同意，请在本表中拆分。`,
  fromList: '取自本清单。',
  /** `duban init` telling which names of the list it merged. */
  aliasDecided: (alias: string, canonical: string) => `  「${alias}」与「${canonical}」视为同一单位，以「${canonical}」为准（别称已写入单位名录）。`,
  typoLeftOut: (typo: string, intended: string) => `  「${typo}」与本清单中多次出现的「${intended}」只差一个同音字，疑为笔误，未列入单位名录（校验时会提示）。`,
  directoryFromList: (units: number, groups: number) => `单位名录取自本清单：${units} 个单位、${groups} 个单位组。`,
  directoryFromFile: (file: string, units: number) => `单位名录取自 ${file}：${units} 个名称。`,
  directoryBuiltin: '单位名录：内置天津市单位名录。',
  directoryNoHeader: (headers: readonly string[]) => `单位名录文件中未找到表头“单位名称”（可选“别称”“说明”）。识别到的首行：${headers.join('、') || '（无）'}。`,
  directoryEmpty: '单位名录文件中没有单位。',
} as const;
