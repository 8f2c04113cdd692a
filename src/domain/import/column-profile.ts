/**
 * What a sheet's columns hold, read from their cells rather than their headers: long task text,
 * unit names, personal names, deadline phrases, numbers. The sheet importer maps a column whose
 * header it does not know by what it holds (header words only break ties), and takes the column of
 * long text as the content when no header names one.
 */
import { cellText, type CellValue } from '../grid.js';
import { isGroupName, normalizeUnitText, splitUnitCell } from '../units/index.js';
import type { ColumnKind } from './headers.js';
import { splitLeaders } from './notice-fields.js';

export interface ColumnProfile {
  /** Non-empty cells. */
  filled: number;
  averageLength: number;
  /** Shares of the filled cells, 0..1. */
  longText: number;
  units: number;
  persons: number;
  deadlines: number;
  numbers: number;
}

/** How unit names end (局, 委, 办, 人民政府, 管委会 …). */
const UNIT_ENDING = /(?:局|委|办|院|政府|中心|公司|集团|银行|部|室|所|队|站|社|团|馆|会|处|街道|乡镇|镇|乡|单位|部门|专班|分局|支队|大队|法院|检察院)(?:[（(][^）)]*[）)])?$/u;
const PERSON = /^[\u4e00-\u9fa5]{2,4}$/u;
const DEADLINE_WORDS = /\d{4}[-./年]|\d{1,2}月|年底|年内|年末|上半年|下半年|季度|底前|之前|长期|持续|常态化|每月|每季|全年|完成时限/u;
const SENTENCE = /[，,。；;]/u;

function isUnitName(name: string): boolean {
  const normalized = normalizeUnitText(name);
  return isGroupName(normalized) || UNIT_ENDING.test(normalized);
}

export function profileColumn(cells: readonly (CellValue | undefined)[]): ColumnProfile {
  const texts = cells.map((cell) => cellText(cell).trim()).filter((text) => text !== '');
  const share = (test: (text: string) => boolean) => (texts.length === 0 ? 0 : texts.filter(test).length / texts.length);
  return {
    filled: texts.length,
    averageLength: texts.length === 0 ? 0 : texts.reduce((sum, text) => sum + [...text].length, 0) / texts.length,
    longText: share((text) => [...text].length >= 12 && (SENTENCE.test(text) || [...text].length >= 20) && !DEADLINE_WORDS.test(text.slice(0, 6))),
    units: share((text) => {
      const names = splitUnitCell(text);
      return names.length > 0 && names.every(isUnitName);
    }),
    persons: share((text) => {
      const names = splitLeaders([text]);
      return names.length > 0 && names.every((name) => PERSON.test(name) && !isUnitName(name));
    }),
    deadlines: share((text) => [...text].length <= 40 && DEADLINE_WORDS.test(text)),
    numbers: share((text) => /^\d+(?:[-－—.]\d+)?$/.test(text)),
  };
}

/** Most of a column's cells must look alike for the column to be read as that kind. */
const MOST = 0.6;

/**
 * The field a column holds by its cells, given the fields already taken; null when it is none of
 * them clearly. Unit columns: the first free of 牵头 / 责任 / 配合, in that order.
 */
export function kindByContent(profile: ColumnProfile, taken: ReadonlySet<ColumnKind>): ColumnKind | null {
  if (profile.filled === 0) return null;
  const free = (kind: ColumnKind) => !taken.has(kind);
  if (profile.numbers >= MOST && free('seq')) return 'seq';
  if (profile.persons >= MOST && free('leaders')) return 'leaders';
  if (profile.deadlines >= MOST && free('deadline')) return 'deadline';
  if (profile.units >= MOST) {
    if (free('leadUnits') && free('units')) return taken.has('supportUnits') ? 'leadUnits' : 'units';
    if (free('supportUnits')) return 'supportUnits';
  }
  if (profile.longText >= MOST && free('content')) return 'content';
  return null;
}
