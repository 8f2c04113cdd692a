/** Exit codes of the CLI contract (DESIGN.md). */
export const EXIT = { ok: 0, findings: 1, badInput: 2 } as const;
export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

/** Where a problem was found, as precisely as the caller knows it. */
export interface Location {
  file?: string;
  sheet?: string;
  /** A1 address, e.g. "E7". */
  cell?: string;
  /** A field path inside a JSON document, e.g. "tasks[3].deadline.text". */
  field?: string;
}

/** "文件 a.xlsx，工作表「进展填报」，单元格 E7" — the prefix of every located message. */
export function formatLocation(location: Location): string {
  const parts: string[] = [];
  if (location.file) parts.push(`文件 ${location.file}`);
  if (location.sheet) parts.push(`工作表「${location.sheet}」`);
  if (location.cell) parts.push(`单元格 ${location.cell}`);
  if (location.field) parts.push(`字段 ${location.field}`);
  return parts.join('，');
}

/**
 * What kind of problem it is, for callers that act on it: the CLI and the pane each add how to fix
 * it in their own terms (`--year 2023` or the 清单年份 field), so no caller reads the message text.
 */
export type ErrorCode =
  /** Bad input of any other kind: the message says it all. */
  | 'badInput'
  /** The command was called wrongly (the CLI adds its usage). */
  | 'usage'
  /** An imported list's year is in neither its title nor its deadlines. */
  | 'listYearUnknown'
  /** A workbook to validate says nothing of its year. */
  | 'workbookYearUnknown'
  /** The open workbook has no master yet. */
  | 'noMaster'
  /** Excel already has sheets of the master's names; the caller may ask to replace them. */
  | 'sheetsExist'
  /** The code of a part loaded on first use could not be fetched. */
  | 'chunkFailed'
  /** A task to close whose lead unit has not reported 已完成 (the caller may allow an override). */
  | 'notFinished';

/**
 * A problem a user can meet (bad input, unknown list, unreadable file). Its message is Chinese and
 * complete; the CLI prints it without a stack trace and exits with `exitCode`.
 */
export class DubanError extends Error {
  readonly exitCode: ExitCode = EXIT.badInput;

  constructor(
    readonly problem: string,
    readonly location: Location = {},
    readonly code: ErrorCode = 'badInput',
  ) {
    const where = formatLocation(location);
    super(where ? `${where}：${problem}` : problem);
    this.name = 'DubanError';
  }
}
