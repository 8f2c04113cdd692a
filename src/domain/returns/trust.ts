/**
 * Which of two files from one unit is the later, decided by what can be trusted: the order the
 * files were given in, then the form's own metadata (when we generated it), then the time the
 * workbook was saved, else the file's time. A time in the future — or before the form was
 * generated — is anybody's guess (a user can set the workbook's date to 2099): it is reported as
 * suspicious and never makes a file win.
 */
import { returnAccountingMessages as say } from '../messages/index.js';
import type { ReturnMeta } from './meta.js';
import type { ReturnFile } from './report.js';

/** Clocks of different machines and time zones disagree by hours, not by a day. */
const SLACK = 24 * 3600 * 1000;

export interface Trust {
  /** The time the return was made, as far as it can be trusted (ISO): the workbook's, else the file's. */
  time?: string;
  /** The workbook's own modified time, when it can be trusted. */
  modified?: string;
  /** The file's modified time, when it can be trusted. */
  mtime?: string;
  /** When the form was generated, from its metadata (ISO), if that can be trusted. */
  generated?: string;
  /** Times that cannot be trusted, with why. */
  suspicious: { file: string; modified: string; reason: string }[];
}

function instant(iso: string | undefined): number | null {
  if (!iso) return null;
  const time = Date.parse(iso);
  return Number.isNaN(time) ? null : time;
}

/** The trusted times of one file; `now` is the time of the consolidation (ISO), when known. */
export function trustOf(file: ReturnFile, meta: ReturnMeta | null, now: string | undefined): Trust {
  const trust: Trust = { suspicious: [] };
  const nowTime = instant(now);
  const inFuture = (time: number) => nowTime !== null && time > nowTime + SLACK;
  const generated = instant(meta?.generatedAt);
  if (generated !== null && !inFuture(generated)) trust.generated = meta!.generatedAt;

  const modifiedText = file.grid?.modified;
  const modified = instant(modifiedText);
  if (modifiedText && modified !== null) {
    if (inFuture(modified)) trust.suspicious.push({ file: file.file, modified: modifiedText, reason: say.futureModified });
    else if (trust.generated && modified < Date.parse(trust.generated) - SLACK) {
      trust.suspicious.push({ file: file.file, modified: modifiedText, reason: say.modifiedBeforeForm });
    } else trust.modified = modifiedText;
  }
  const mtime = instant(file.mtime);
  if (mtime !== null) {
    if (!inFuture(mtime)) trust.mtime = file.mtime;
    else if (!trust.modified) trust.suspicious.push({ file: file.file, modified: file.mtime!, reason: say.futureFileTime });
  }
  const time = trust.modified ?? trust.mtime;
  return time ? { ...trust, time } : trust;
}

export interface Ordered {
  file: ReturnFile;
  trust: Trust;
  /** Position among all files given. */
  index: number;
}

/** `a` minus `b` when both are known and differ, else 0. */
function byTime(a: string | undefined, b: string | undefined): number {
  return a && b ? (instant(a) ?? 0) - (instant(b) ?? 0) : 0;
}

/**
 * Negative when `a` was made before `b`: a later input; a form generated later; a file with a
 * suspicious time is never the later; then the workbooks' saved times, the files' times (times of
 * one kind only: a file's time is when it reached this disk, always after the workbook was saved),
 * and last the order given.
 */
export function compareSubmissions(a: Ordered, b: Ordered): number {
  const suspicious = Number(b.trust.suspicious.length > 0) - Number(a.trust.suspicious.length > 0);
  return (
    (a.file.input ?? 0) - (b.file.input ?? 0) ||
    byTime(a.trust.generated, b.trust.generated) ||
    suspicious ||
    byTime(a.trust.modified, b.trust.modified) ||
    byTime(a.trust.mtime, b.trust.mtime) ||
    a.index - b.index
  );
}
