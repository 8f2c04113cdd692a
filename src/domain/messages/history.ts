/** Words of 照抄上期 (progress text copied from the previous period): 报送情况, the CLI and the pane. */
import { COPY_THRESHOLD } from '../thresholds.js';

const percent = (similarity: number) => `${Math.round(similarity * 100)}%`;

export const historyMessages = {
  sectionTitle: `照抄上期的行（进展情况与本单位上期报送相似度达 ${percent(COPY_THRESHOLD)} 以上，建议退回补充）`,
  headers: ['单位', '序号', '本期', '上期', '相似度', '退回意见'],
  percent,
  /** The text to send back to the unit. */
  sendBack: (unit: string, seq: number, period: string, previous: string, similarity: number) =>
    `${unit}：第${seq}项任务${period}报送的进展情况与${previous}${similarity >= 1 ? '完全相同' : `基本相同（相似度 ${percent(similarity)}）`}，请补充本期新进展、新成效后重新报送。`,
  cli: (unit: string, seq: number, period: string, previous: string, similarity: number) =>
    `照抄上期：${unit} 序号 ${seq}（${period} 与 ${previous} 相似度 ${percent(similarity)}）`,
  pane: {
    title: (count: number) => `照抄上期（${count} 行）`,
    item: (unit: string, seq: number, previous: string, similarity: number) => `${unit}：序号 ${seq}，与${previous}相似度 ${percent(similarity)}`,
  },
} as const;
