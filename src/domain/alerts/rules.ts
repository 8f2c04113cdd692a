/**
 * The rules of 三色预警, as the 预警规则 sheet of the master holds them (the office edits them there).
 * Defaults follow the 临期/逾期 rules counties publish: a week's warning before a due date.
 */
import { z } from 'zod';
import { DEFAULT_WARNING_DAYS } from '../thresholds.js';
import { IsoDateSchema } from '../model/schemas.js';

export const AlertRulesSchema = z.object({
  /** 黄灯: an unfinished task whose due date falls within this many days from today (today included). */
  warningDays: z.number().int().min(0).max(366),
  /** 红灯 also for a task its unit reports 滞后, before its due date. */
  laggingRed: z.boolean(),
  /** 黄灯 for a task still reported 未启动 once this share (0–100) of its time has passed; null: rule off. */
  idlePercent: z.number().int().min(0).max(100).nullable(),
  /** The day a task's time share is counted from (the list year's 1 January unless edited). */
  start: IsoDateSchema,
});

export type AlertRules = z.infer<typeof AlertRulesSchema>;

export { DEFAULT_WARNING_DAYS };

export function defaultAlertRules(year: number): AlertRules {
  return { warningDays: DEFAULT_WARNING_DAYS, laggingRed: true, idlePercent: null, start: `${year}-01-01` };
}
