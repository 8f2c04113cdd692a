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
  /** The time the return was made, as far as it can be trusted (ISO). */
  time?: string;
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

  const modified = instant(file.grid?.modified);
  if (modified !== null) {
    if (inFuture(modified)) trust.suspicious.push({ file: file.file, modified: file.grid!.modified!, reason: say.futureModified });
    else if (trust.generated && modified < Date.parse(trust.generated) - SLACK) {
      trust.suspicious.push({ file: file.file, modified: file.grid!.modified!, reason: say.modifiedBeforeForm });
    } else trust.time = file.grid!.modified;
  }
  const mtime = instant(file.mtime);
  if (!trust.time && mtime !== null) {
    if (inFuture(mtime)) trust.suspicious.push({ file: file.file, modified: file.mtime!, reason: say.futureFileTime });
    else trust.time = file.mtime;
  }
  return trust;
}

export interface Ordered {
  file: ReturnFile;
  trust: Trust;
  /** Position among all files given. */
  index: number;
}

/** Negative when `a` was made before `b`: later input, then later form, then later save, then later in the order given. */
export function compareSubmissions(a: Ordered, b: Ordered): number {
  const inputs = (a.file.input ?? 0) - (b.file.input ?? 0);
  if (inputs !== 0) return inputs;
  const forms = (instant(a.trust.generated) ?? 0) - (instant(b.trust.generated) ?? 0);
  if (a.trust.generated && b.trust.generated && forms !== 0) return forms;
  const saves = (instant(a.trust.time) ?? 0) - (instant(b.trust.time) ?? 0);
  if (a.trust.time && b.trust.time && saves !== 0) return saves;
  return a.index - b.index;
}
