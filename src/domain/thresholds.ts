/**
 * The default thresholds of the rules, kept below both the rules and the messages that quote them, so
 * the text explaining a rule and the rule itself cannot disagree (and messages import no capability).
 */

/** 黄灯: a week's warning before a due date, as the 临期/逾期 rules counties publish. */
export const DEFAULT_WARNING_DAYS = 7;

/** 照抄上期: at or above this similarity a text counts as copied from the previous period. */
export const COPY_THRESHOLD = 0.9;
