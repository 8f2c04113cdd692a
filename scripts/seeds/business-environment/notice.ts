/**
 * The list's facts taken from the notice above the table: its title (split over four extracted
 * lines and numbered "1." in the compilation the text comes from), the issuer, the date, the year
 * and the quarterly reporting dates. Read with the notice importer's own readers, so the built-in
 * list and a pasted notice agree.
 */
import type { Reporting } from '../../../src/domain/model/index.js';
import { issuerOf, readHeading, readReporting, yearIn } from '../../../src/domain/import/index.js';
import type { Fragment } from './source.js';

export interface NoticeFacts {
  title: string;
  issuer: string;
  issuedOn: string;
  year: number;
  reporting: Reporting;
}

/** "1. 天津市政务服务办关于…": the numbering of the document within the compilation. */
const COMPILATION_NUMBER = /^\d+\.\s*/;

export function readNotice(notice: readonly Fragment[]): NoticeFacts {
  const lines = notice.map((fragment) => fragment.text);
  const start = lines.findIndex((line) => line.includes('关于'));
  const heading =
    start < 0 ? null : readHeading(lines.slice(start).map((line, i) => (i === 0 ? line.replace(COMPILATION_NUMBER, '') : line)));
  if (!heading || !heading.issuedOn) {
    throw new Error(`business environment list: no dated notice title near line ${notice[Math.max(start, 0)]?.line ?? 1}`);
  }
  const year = yearIn(heading.title);
  if (year === null) throw new Error(`business environment list: no year in the title "${heading.title}"`);
  const reporting = readReporting(lines.slice(start + heading.titleEndLine), year);
  if (reporting.deadlines.length === 0) throw new Error('business environment list: the notice states no reporting dates');
  return { title: heading.title, issuer: issuerOf(heading.title), issuedOn: heading.issuedOn, year, reporting };
}
