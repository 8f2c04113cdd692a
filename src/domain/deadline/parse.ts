/**
 * The deadline grammar: a phrase such as "年底前取得明显进展。津兴城际年底前建成通车" becomes dated
 * milestones relative to the list's year, the phrase itself kept exactly.
 *
 * phrase    := segment (separator segment)*          separators: 。 ； ; line breaks
 * segment   := ongoing                               长期坚持 / 持续推进 / 常态化 … (no due date)
 *            | [label] progress                      取得阶段性进展 → progress at the year's end
 *            | ([prefix] time [suffix])+             one milestone per time expression
 * suffix    := progress phrase (→ kind progress) | [完成] work (→ kind complete, work joins the label)
 *
 * A segment without a time expression that is neither ongoing nor a progress phrase is reported
 * with its text; nothing is guessed.
 */
import { deadlineMessages } from '../messages/deadline.js';
import type { DeadlineSpec, Milestone } from '../model/schemas.js';
import { isoDate } from '../calendar.js';
import { scanTimes, type TimeToken } from './tokens.js';

export interface DeadlineContext {
  /** The list's year: 年底前 means 12-31 of this year. */
  year: number;
  /**
   * The notice's reporting dates. Given with an empty phrase (a list without a deadline column),
   * they yield the notice's default: progress checkpoints, then completion at the year's end.
   */
  reportingDeadlines?: string[];
}

export type DeadlineProblemCode = 'empty' | 'unknown-phrase' | 'impossible-date';

export type DeadlineParse =
  | { ok: true; spec: DeadlineSpec }
  | { ok: false; code: DeadlineProblemCode; problem: string; fragment: string };

const SEPARATORS = /[。；;\r\n]+/;
const EDGE_PUNCTUATION = /^[\s，,、：:．.]+|[\s，,、：:．.]+$/g;
/** No single due date: lasting work, and work repeated every period (每季度 / 每月 is never 'overdue' as a whole). */
const ONGOING = /长期坚持|长期推进|长期|持续推进|持续开展|持续实施|持续|常态化|每年|每半年|每季度?|每月|每周|定期/;
const PROGRESS = /(?:取得|实现|有)(?:明显|阶段性|积极|重要|实质性|显著|重大|一定|较大|新的?)?进展$/;
/** A completion verb at the start of a suffix adds nothing to the label: 完成 / 全面完成 / 重点完成. */
const COMPLETE_VERB = /^(?:全面|基本|重点|如期|按期|全部)?完成(?:任务)?/;
/** Words before a time expression that are not the work: 力争年底前, 确保6月底前. */
const LEAD_IN = /(?:力争|确保|争取|计划|预计|截至|截止|于|在|到|至)+$/;

function clean(text: string): string {
  return text.replace(EDGE_PUNCTUATION, '');
}

function joinLabel(prefix: string, rest: string): string | undefined {
  const before = prefix.trim();
  const left = clean(clean(before).replace(LEAD_IN, ''));
  const right = clean(rest);
  if (left && right) return /[，,、]$/.test(before) ? `${left}，${right}` : `${left}${right}`;
  return left || right || undefined;
}

function milestone(due: string, kind: Milestone['kind'], label: string | undefined): Milestone {
  return label ? { label, due, kind } : { due, kind };
}

type DatedToken = Extract<TimeToken, { kind: 'due' }>;

/** One milestone from "prefix time suffix". */
function fromTime(prefix: string, token: DatedToken, suffix: string): Milestone {
  const tail = clean(suffix);
  const progress = PROGRESS.exec(tail);
  if (progress) return milestone(token.due, 'progress', joinLabel(prefix, tail.slice(0, progress.index)));
  return milestone(token.due, 'complete', joinLabel(prefix, tail.replace(COMPLETE_VERB, '')));
}

type SegmentParse = { milestones: Milestone[]; ongoing: boolean } | { code: DeadlineProblemCode; problem: string; fragment: string };

function parseSegment(segment: string, year: number): SegmentParse {
  const tokens: DatedToken[] = [];
  for (const token of scanTimes(segment, year)) {
    if (token.kind === 'impossible') return { code: 'impossible-date', problem: token.problem, fragment: token.text };
    tokens.push(token);
  }
  if (tokens.length === 0) {
    const progress = PROGRESS.exec(segment);
    if (progress) return { milestones: [milestone(isoDate(year, 12, 31), 'progress', joinLabel(segment.slice(0, progress.index), ''))], ongoing: false };
    if (ONGOING.test(segment)) return { milestones: [], ongoing: true };
    return { code: 'unknown-phrase', problem: deadlineMessages.unknownPhrase(segment), fragment: segment };
  }
  // Each time expression owns the text up to the next one; the first also owns what precedes it.
  const milestones = tokens.map((token, i) => {
    const prefix = i === 0 ? segment.slice(0, token.start) : '';
    const suffix = segment.slice(token.end, i + 1 < tokens.length ? tokens[i + 1].start : segment.length);
    return fromTime(prefix, token, suffix);
  });
  return { milestones, ongoing: false };
}

/** The notice's default for a list without a deadline column (see withParsedDeadlines). */
export function noticeDefaultDeadline(year: number, reportingDeadlines: readonly string[]): DeadlineSpec {
  const yearEnd = isoDate(year, 12, 31);
  // A report date counts when it falls in the list's year, or is the first one after the year's
  // end (the report on the last quarter). Later dates report on another year's work.
  const inYear = reportingDeadlines.filter((date) => date.startsWith(`${year}-`));
  const closing = [...reportingDeadlines].sort().find((date) => date > yearEnd);
  const checkpoints = [...inYear, ...(closing ? [closing] : [])].sort();
  const milestones: Milestone[] = checkpoints.map((due, i) => ({ label: deadlineMessages.reportCheckpoint(i + 1), due, kind: 'progress' }));
  milestones.push({ due: yearEnd, kind: 'complete' });
  milestones.sort((a, b) => a.due.localeCompare(b.due));
  return { text: '', milestones, ongoing: false, source: 'notice' };
}

export function parseDeadline(text: string, context: DeadlineContext): DeadlineParse {
  if (text.trim() === '') {
    if (context.reportingDeadlines) return { ok: true, spec: noticeDefaultDeadline(context.year, context.reportingDeadlines) };
    return { ok: false, code: 'empty', problem: deadlineMessages.empty, fragment: '' };
  }
  const milestones: Milestone[] = [];
  let ongoing = false;
  for (const raw of text.split(SEPARATORS)) {
    const segment = clean(raw);
    if (!segment) continue;
    const parsed = parseSegment(segment, context.year);
    if ('code' in parsed) return { ok: false, ...parsed };
    milestones.push(...parsed.milestones);
    ongoing ||= parsed.ongoing;
  }
  if (milestones.length === 0 && !ongoing) {
    return { ok: false, code: 'unknown-phrase', problem: deadlineMessages.unknownPhrase(text.trim()), fragment: text.trim() };
  }
  return { ok: true, spec: { text, milestones, ongoing, source: 'cell' } };
}
