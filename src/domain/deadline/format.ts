/**
 * The canonical phrase of a DeadlineSpec, and the overdue test. The canonical phrase spells every
 * year out (2023年底前, 2023年6月底前, 2023年6月15日前), so it parses back to the same milestones
 * whatever year the reader assumes: parse → format → parse is stable.
 */
import { deadlineMessages } from '../messages/deadline.js';
import type { DeadlineSpec, Milestone } from '../model/schemas.js';
import { daysInMonth, splitIso } from '../calendar.js';

const words = deadlineMessages.canonical;

function formatDue(due: string): string {
  const { year, month, day } = splitIso(due);
  if (month === 12 && day === 31) return words.yearEnd(year);
  if (day === daysInMonth(year, month)) return words.monthEnd(year, month);
  return words.day(year, month, day);
}

export function formatMilestone(milestone: Milestone): string {
  const label = milestone.label ?? '';
  // A label ending in a digit or letter would run into the year's digits (项目1 + 2023年 …).
  const joint = /[0-9A-Za-z]$/.test(label) ? '，' : '';
  const verb = milestone.kind === 'progress' ? words.progress : words.complete;
  return `${label}${joint}${formatDue(milestone.due)}${verb}`;
}

/** "供热旧管网改造2023年10月底前完成；燃气旧管网改造2023年底前完成"; "持续推进" when ongoing. */
export function formatDeadline(spec: Pick<DeadlineSpec, 'milestones' | 'ongoing'>): string {
  const parts = spec.milestones.map(formatMilestone);
  if (spec.ongoing) parts.unshift(words.ongoing);
  return parts.join('；');
}

/** A milestone is overdue the day after it is due; `today` is an ISO date passed in by the caller. */
export function isOverdue(milestone: Pick<Milestone, 'due'>, today: string): boolean {
  return today > milestone.due;
}
