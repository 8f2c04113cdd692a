/**
 * The built-in list tianjin-2023-business-environment, built from the PDF text of
 * 天津市政务服务办关于印发天津市2023年优化营商环境责任清单的通知 (seeds/sources/003_…txt)
 * and the few reviewed corrections next to it. The list has no deadline column: every task's
 * deadline comes from the notice's reporting schedule, filled in by the deadline module.
 */
import type { Task, TaskList, UnitRole } from '../../src/domain/model/index.js';
import { parseCategory } from '../../src/domain/import/index.js';
import { isGroupName } from '../../src/domain/units/index.js';
import {
  CORRECTIONS_FILE,
  closeExtractorSpaces,
  parseCorrections,
  readNotice,
  readRows,
  resolveRows,
  splitSource,
  splitUnitColumn,
  type ResolvedRow,
  type RowReading,
} from './business-environment/index.js';

export const BUSINESS_ENVIRONMENT_ID = 'tianjin-2023-business-environment';
export const BUSINESS_ENVIRONMENT_SOURCE = '003_0b129a7a39425da9.txt';

function unitRoles(text: string, role: UnitRole['role'], row: ResolvedRow): UnitRole[] {
  const names = splitUnitColumn(text);
  if (names === null) throw new Error(`business environment row ${row.seq} (line ${row.line}): "${text}" is not a list of units`);
  return names.map((name) => ({ name, role, group: isGroupName(name) }));
}

/** The tasks in order, each carrying the category of the row that opened it. */
function toTasks(rows: readonly ResolvedRow[]): Task[] {
  let category = '';
  let categoryNo: number | null = null;
  return rows.map((row) => {
    if (row.category !== null) ({ category, categoryNo } = parseCategory(closeExtractorSpaces(row.category)));
    return {
      seq: row.seq,
      category,
      categoryNo,
      content: closeExtractorSpaces(row.content),
      deadline: { text: '', milestones: [], ongoing: false, source: 'notice' },
      leaders: [],
      units: [...unitRoles(row.lead, 'lead', row), ...unitRoles(row.support, 'support', row)],
      jointLead: false,
    };
  });
}

/** The rows as the PDF text reads them, before the corrections (for checking the corrections). */
export function readBusinessEnvironmentRows(readSource: (name: string) => string): RowReading[] {
  return readRows(splitSource(readSource(BUSINESS_ENVIRONMENT_SOURCE)).rows);
}

export function buildBusinessEnvironmentList(readSource: (name: string) => string): TaskList {
  const { notice, rows } = splitSource(readSource(BUSINESS_ENVIRONMENT_SOURCE));
  const facts = readNotice(notice);
  const resolved = resolveRows(readRows(rows), parseCorrections(readSource(CORRECTIONS_FILE)));
  return {
    id: BUSINESS_ENVIRONMENT_ID,
    title: facts.title,
    issuer: facts.issuer,
    issuedOn: facts.issuedOn,
    year: facts.year,
    source: BUSINESS_ENVIRONMENT_SOURCE,
    reporting: facts.reporting,
    tasks: toTasks(resolved),
  };
}
