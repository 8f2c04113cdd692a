import { LIGHTS, NOT_REPORTED, OVERDUE, STATUSES } from '../vocabulary.js';

/** The counts of one row of 按单位汇总 / 按领导汇总 (and of the summary JSON). */
export interface SummaryCounts {
  tasks: number;
  lead: number;
  已完成: number;
  序时推进: number;
  滞后: number;
  未启动: number;
  未报送: number;
  逾期: number;
  /** 三色预警 (src/domain/alerts): lit tasks × units of the period on `today`. */
  红灯: number;
  黄灯: number;
}

/** The count columns, in the order the sheets and the pane show them. */
export const COUNT_KEYS = ['tasks', 'lead', ...STATUSES, NOT_REPORTED, OVERDUE, ...LIGHTS] as const satisfies readonly (keyof SummaryCounts)[];
