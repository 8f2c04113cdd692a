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
 * A problem a user can meet (bad input, unknown list, unreadable file). Its message is Chinese and
 * complete; the CLI prints it without a stack trace and exits with `exitCode`.
 */
export class DubanError extends Error {
  constructor(
    readonly problem: string,
    readonly location: Location = {},
    readonly exitCode: ExitCode = EXIT.badInput,
  ) {
    const where = formatLocation(location);
    super(where ? `${where}：${problem}` : problem);
    this.name = 'DubanError';
  }
}

/** A result for expected failures that callers handle without exceptions. */
export type Result<T> = { ok: true; value: T } | { ok: false; problem: string; location?: Location };
