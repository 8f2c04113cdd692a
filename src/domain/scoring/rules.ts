/**
 * 考核规则: points a unit gains or loses in a period, as the 考核规则 sheet of the master holds them.
 * Defaults follow the 督查考核 rules counties publish: a base of 100, deductions per missing report,
 * late report, 红灯 and copied text, a bonus per task finished by its due date, support work weighed
 * at half of lead work.
 */
import { z } from 'zod';

export const ScoringRulesSchema = z.object({
  base: z.number().min(0).max(1000),
  /** Per task the unit did not report on in the period. */
  missing: z.number().min(0).max(100),
  /** Once per return that came after its due date. */
  late: z.number().min(0).max(100),
  /** Per task × unit lit 红灯. */
  red: z.number().min(0).max(100),
  /** Per task reported 已完成 on or before its due date. */
  closedOnTime: z.number().min(0).max(100),
  /** Per row flagged 照抄上期. */
  copied: z.number().min(0).max(100),
  /** The weight of a supporting unit's rows (a lead unit's weigh 1). */
  supportWeight: z.number().min(0).max(1),
});

export type ScoringRules = z.infer<typeof ScoringRulesSchema>;

export const DEFAULT_SCORING_RULES: ScoringRules = { base: 100, missing: 2, late: 1, red: 2, closedOnTime: 1, copied: 1, supportWeight: 0.5 };
