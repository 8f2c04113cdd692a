/** Messages of the deadline grammar (src/domain/deadline). */
export const deadlineMessages = {
  empty: '完成时限为空。',
  unknownPhrase: (fragment: string) => `无法识别完成时限「${fragment}」，请写明时间，如“年底前完成”“6月底前”“2023年9月30日前”或“长期坚持”。`,
  noSuchMonth: (text: string) => `「${text}月」不是有效月份，月份应在1至12之间。`,
  noSuchDay: (year: number, month: number, dayText: string) => `${year}年${month}月没有${dayText}日。`,
  /** Label of the notice's reporting checkpoints when a list has no deadline column. */
  reportCheckpoint: (n: number) => `第${n}次进展报送`,
  /** The canonical words formatDeadline writes. */
  canonical: {
    complete: '完成',
    progress: '取得明显进展',
    ongoing: '持续推进',
    yearEnd: (year: number) => `${year}年底前`,
    monthEnd: (year: number, month: number) => `${year}年${month}月底前`,
    day: (year: number, month: number, day: number) => `${year}年${month}月${day}日前`,
  },
} as const;
