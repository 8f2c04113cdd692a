/** The deadline grammar: phrases → dated milestones, canonical phrases, overdue tests. */
export { parseDeadline, noticeDefaultDeadline, type DeadlineContext, type DeadlineParse, type DeadlineProblemCode } from './parse.js';
export { formatDeadline, formatMilestone, isOverdue } from './format.js';
export { withParsedDeadlines, type UnparsedDeadline } from './list.js';
export { daysInMonth, isLeapYear, isoDate } from '../calendar.js';
export { possibleDateText } from './repair.js';
