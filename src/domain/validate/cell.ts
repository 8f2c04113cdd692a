/**
 * The checks on one cell, by what its column holds. A validator built once for a context memoizes
 * its verdicts by column role and text, so a workbook that repeats the same unit names and
 * deadline phrases thousands of times pays for each distinct text once.
 */
import { parseDeadline, possibleDateText } from '../deadline/index.js';
import { cellText, type CellValue } from '../grid.js';
import { splitLeaders } from '../import/index.js';
import { validateMessages as say } from '../messages/validate.js';
import { normalizeStatus } from '../returns/status.js';
import { createResponsibilityResolver, type ResponsibilityResolver, type UnitMatch } from '../units/index.js';
import { isOneOf, ROLE_LABELS, STATUSES } from '../vocabulary.js';
import type { CellInput, ColumnRole, Finding, ValidationContext, Verdict } from './types.js';

const MEMO_LIMIT = 100_000;
const NONE: readonly Verdict[] = Object.freeze([]);
const ROLES: readonly string[] = Object.values(ROLE_LABELS);

/** A positive whole number written as a number or as digits; null otherwise. */
export function readSeq(text: string): number | null {
  const trimmed = text.trim();
  if (!/^\d+$/.test(trimmed)) return null;
  const seq = Number(trimmed);
  return seq > 0 && Number.isSafeInteger(seq) ? seq : null;
}

function editDistance(a: string, b: string): number {
  const x = [...a];
  const y = [...b];
  let previous = Array.from({ length: y.length + 1 }, (_, j) => j);
  for (let i = 1; i <= x.length; i += 1) {
    const current = [i];
    for (let j = 1; j <= y.length; j += 1) {
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (x[i - 1] === y[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[y.length];
}

function unitVerdict(match: UnitMatch): Verdict | null {
  const value = match.input.trim();
  if (match.kind === 'unknown') {
    const best = match.suggestions[0]?.name ?? '';
    const message = best ? say.unknownUnitWithSuggestion(value, best) : say.unknownUnit(value);
    return { kind: 'unknown-unit', value, message, suggestion: best };
  }
  const canonical = match.canonical;
  if (match.kind === 'fuzzy') return { kind: 'unknown-unit', value, message: say.likelyUnit(value, canonical), suggestion: canonical };
  if (match.kind === 'alias' || value !== canonical) return { kind: 'alias-unit', value, message: say.aliasUnit(value, canonical), suggestion: canonical };
  return null;
}

/** One resolver per directory, shared by every validator of it. */
const resolvers = new WeakMap<object, ResponsibilityResolver>();
function resolverOf(context: ValidationContext): ResponsibilityResolver {
  const directory = context.matcher.directory;
  let resolver = resolvers.get(directory);
  if (!resolver) resolvers.set(directory, (resolver = createResponsibilityResolver(directory)));
  return resolver;
}

/** A group nobody reports for yet (待明确责任单位). */
function pendingVerdict(match: UnitMatch, context: ValidationContext): Verdict | null {
  if (!match.isGroup) return null;
  const name = match.canonical ?? match.input.trim();
  if (resolverOf(context).resolve({ name, group: true }).kind !== 'pending') return null;
  return { kind: 'pending-group', value: match.input.trim(), message: say.pendingGroup(name), suggestion: '' };
}

function unitsVerdicts(text: string, context: ValidationContext, isLead: boolean): Verdict[] {
  const matches = context.matcher.matchCell(text);
  if (matches.length === 0) {
    // "—" (no single lead) is a deliberate answer; an empty lead cell is not.
    return isLead && text.trim() === '' ? [{ kind: 'lead-missing', value: '', message: say.leadMissing, suggestion: '' }] : [];
  }
  const verdicts: Verdict[] = [];
  const seen = new Set<string>();
  const kept: string[] = [];
  let duplicate: string | undefined;
  for (const match of matches) {
    const identity = match.canonical ?? match.normalized;
    if (seen.has(identity)) {
      duplicate ??= match.input.trim();
      continue;
    }
    seen.add(identity);
    kept.push(match.input.trim());
    const verdict = unitVerdict(match);
    if (verdict) verdicts.push(verdict);
    const pending = pendingVerdict(match, context);
    if (pending) verdicts.push(pending);
  }
  if (duplicate !== undefined) {
    verdicts.push({ kind: 'duplicate-unit-in-cell', value: duplicate, message: say.duplicateUnit(duplicate), suggestion: kept.join('、') });
  }
  return verdicts;
}

function deadlineVerdicts(text: string, context: ValidationContext, inListYear: boolean): Verdict[] {
  if (text.trim() === '') return [];
  const parsed = parseDeadline(text, { year: context.year });
  if (!parsed.ok) {
    if (parsed.code === 'impossible-date') {
      return [{ kind: 'impossible-date', value: text, message: parsed.problem, suggestion: possibleDateText(text, context.year) ?? '' }];
    }
    return [{ kind: 'unparseable-deadline', value: text, message: parsed.problem, suggestion: '' }];
  }
  if (!inListYear) return [];
  const outside = parsed.spec.milestones.find((milestone) => !milestone.due.startsWith(`${context.year}-`));
  return outside ? [{ kind: 'deadline-outside-list-year', value: text, message: say.deadlineOutsideYear(text, outside.due, context.year), suggestion: '' }] : [];
}

function leaderVerdicts(text: string, known: ReadonlySet<string> | undefined): Verdict[] {
  if (!known) return [];
  return splitLeaders([text])
    .filter((name) => !known.has(name))
    .map((name) => {
      const close = [...known].filter((candidate) => editDistance(candidate, name) <= 1).sort()[0] ?? '';
      const message = close ? say.leaderUnknownWithSuggestion(name, close) : say.leaderUnknown(name);
      return { kind: 'leader-unknown', value: name, message, suggestion: close };
    });
}

function statusVerdicts(text: string): Verdict[] {
  const value = text.trim();
  if (value === '' || isOneOf(STATUSES, value)) return [];
  const status = normalizeStatus(value);
  if (status) return [{ kind: 'status-invalid', value: text, message: say.statusSynonym(value, status), suggestion: status }];
  return [{ kind: 'status-invalid', value: text, message: say.statusInvalid(value, STATUSES), suggestion: '' }];
}

function roleVerdicts(text: string): Verdict[] {
  const value = text.trim();
  if (value === '' || ROLES.includes(value)) return [];
  const suggestion = value.includes(ROLE_LABELS.lead) ? ROLE_LABELS.lead : /配合|协办|参与/.test(value) ? ROLE_LABELS.support : '';
  return [{ kind: 'role-invalid', value: text, message: say.roleInvalid(value, ROLES), suggestion }];
}

function seqVerdicts(text: string): Verdict[] {
  return readSeq(text) === null ? [{ kind: 'seq-invalid', value: text, message: say.seqInvalid(text.trim()), suggestion: '' }] : [];
}

function judge(role: ColumnRole, text: string, context: ValidationContext, leaders: ReadonlySet<string> | undefined): Verdict[] {
  switch (role) {
    case 'seq':
    case 'seqRef':
      return seqVerdicts(text);
    case 'deadline':
      return deadlineVerdicts(text, context, true);
    case 'milestones':
      return deadlineVerdicts(text, context, false);
    case 'leaders':
      return leaderVerdicts(text, leaders);
    case 'leadUnits':
      return unitsVerdicts(text, context, true);
    case 'supportUnits':
    case 'unit':
      return unitsVerdicts(text, context, false);
    case 'role':
      return roleVerdicts(text);
    case 'status':
      return statusVerdicts(text);
  }
}

export interface CellValidator {
  /** The findings of one cell; the same text in the same column role is judged once. */
  validateCell(input: CellInput): Finding[];
  /** The verdicts on a value in a column role, not yet placed in a cell (shared: do not modify). */
  verdicts(role: ColumnRole, value: CellValue): readonly Verdict[];
}

/** A validator for many cells under one context (the task pane keeps one per open workbook). */
export function createCellValidator(context: ValidationContext): CellValidator {
  const leaders = context.leaders ? new Set(context.leaders) : undefined;
  const memo = new Map<ColumnRole, Map<string, readonly Verdict[]>>();
  let size = 0;
  function verdicts(role: ColumnRole, value: CellValue): readonly Verdict[] {
    const text = cellText(value);
    let byText = memo.get(role);
    if (!byText) memo.set(role, (byText = new Map()));
    let found = byText.get(text);
    if (!found) {
      if (size >= MEMO_LIMIT) {
        memo.clear();
        memo.set(role, (byText = new Map()));
        size = 0;
      }
      const judged = judge(role, text, context, leaders);
      found = judged.length === 0 ? NONE : Object.freeze(judged.map((verdict) => Object.freeze(verdict)));
      byText.set(text, found);
      size += 1;
    }
    return found;
  }
  return {
    verdicts,
    validateCell({ sheet, cell, role, value }) {
      return verdicts(role, value).map((verdict) => ({ sheet, cell, ...verdict }));
    },
  };
}

/** The findings of one cell, without a memo: for a single edit. */
export function validateCell(input: CellInput, context: ValidationContext): Finding[] {
  const leaders = context.leaders ? new Set(context.leaders) : undefined;
  return judge(input.role, cellText(input.value), context, leaders).map((verdict) => ({ sheet: input.sheet, cell: input.cell, ...verdict }));
}
