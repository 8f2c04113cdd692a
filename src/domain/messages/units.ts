/** The unit directory's own words: the 说明 written for each unit of the built-in directory. */
export const unitMessages = {
  /** Which built-in lists name the unit. */
  namedIn: (titles: readonly string[], total: number) =>
    titles.length === total && total > 1 ? `${total === 2 ? '两' : total}份内置清单均列有。` : `见于《${titles.join('》《')}》。`,
  /** A district government that the lists only name through its group. */
  namedThroughGroup: (group: string) => `清单未单列，以「${group}」统称；本市16个区人民政府逐一列入名录，归入该统称。`,
  groupPlaceholder: '统称，不是单一单位。',
  noAlias: '无别称。',
} as const;
