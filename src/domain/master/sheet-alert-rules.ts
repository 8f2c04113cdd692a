/**
 * 预警规则: the 三色预警 rules as editable cells of the master (defaults written there), read back
 * by label so an office may reorder the rows. The lights of 责任分解 and the 红灯/黄灯 columns of
 * the summaries refer to these cells through defined names, so an edit relights the workbook.
 */
import { AlertRulesSchema, defaultAlertRules, type AlertRules } from '../alerts/index.js';
import { isExistingIsoDate } from '../calendar.js';
import { DubanError } from '../errors.js';
import { cellAddress, cellText, type CellValue, type WorkbookGrid } from '../grid.js';
import { alertMessages as say } from '../messages/alerts.js';
import type { CellStyle, DefinedNameSpec, SheetSpec } from '../spec/types.js';
import { HEADERS, SHEETS } from '../vocabulary.js';
import { FIRST_DATA_ROW, HEADER_ROW, printSetup, sheetRef, styled } from './layout.js';

type RuleKey = keyof AlertRules;
/** The rule rows in sheet order. */
const RULE_KEYS: readonly RuleKey[] = ['warningDays', 'laggingRed', 'idlePercent', 'start'];

/** Defined names of the rule cells, used by the formulas and conditional formats. */
export const ALERT_NAMES: Record<RuleKey, string> = {
  warningDays: 'DubanAlertDays',
  laggingRed: 'DubanAlertLagging',
  idlePercent: 'DubanAlertIdle',
  start: 'DubanAlertStart',
};

export const ALERT_STYLES: Record<string, CellStyle> = {
  ruleInput: { bold: true, border: true, fill: 'FFF2CC', hAlign: 'center', vAlign: 'middle', locked: false },
  ruleDate: { bold: true, border: true, fill: 'FFF2CC', hAlign: 'center', vAlign: 'middle', numFmt: 'yyyy-mm-dd', locked: false },
  redLight: { bold: true, fill: 'FFC7CE', fontColor: '9C0006', border: true, wrap: true, vAlign: 'top' },
  yellowLight: { bold: true, fill: 'FFEB9C', fontColor: '9C5700', border: true, wrap: true, vAlign: 'top' },
};

function ruleValue(rules: AlertRules, key: RuleKey) {
  switch (key) {
    case 'warningDays':
      return styled(rules.warningDays, 'ruleInput');
    case 'laggingRed':
      return styled(rules.laggingRed ? say.yes : say.no, 'ruleInput');
    case 'idlePercent':
      return styled(rules.idlePercent, 'ruleInput');
    case 'start':
      return styled({ date: rules.start }, 'ruleDate');
  }
}

const ruleCell = (index: number) => `B${FIRST_DATA_ROW + index}`;

export function buildAlertRulesSheet(rules: AlertRules): SheetSpec {
  const last = FIRST_DATA_ROW + RULE_KEYS.length - 1;
  const legendRow = last + 2;
  const cell = (key: RuleKey) => ruleCell(RULE_KEYS.indexOf(key));
  return {
    name: SHEETS.alertRules,
    tabColor: 'C00000',
    columns: [{ width: 26 }, { width: 14 }, { width: 70 }],
    rows: [
      { cells: [styled(say.rulesTitle, 'title')], height: 36 },
      { cells: [styled(say.rulesInfo, 'info')], height: 42 },
      { cells: HEADERS.alertRules.map((header) => styled(header, 'header')), height: 24 },
      ...RULE_KEYS.map((key) => ({ cells: [styled(say.labels[key], 'name'), ruleValue(rules, key), styled(say.explain[key], 'text')], height: 32 })),
      { cells: [] },
      { cells: [styled(say.legendTitle, 'label')] },
      ...say.legend.map((line, i) => ({ cells: [styled(line, i === 0 ? 'redLight' : i === 1 ? 'yellowLight' : 'text')], height: 30 })),
    ],
    merges: ['A1:C1', 'A2:C2', ...say.legend.map((_, i) => `A${legendRow + 1 + i}:C${legendRow + 1 + i}`)],
    freeze: { rows: HEADER_ROW, columns: 0 },
    validations: [
      { range: cell('warningDays'), type: 'whole', min: '0', max: '366', allowBlank: false, prompt: say.daysPrompt, error: say.daysError },
      { range: cell('laggingRed'), type: 'list', values: [say.yes, say.no], allowBlank: false, prompt: say.yesNoPrompt, error: say.yesNoError },
      { range: cell('idlePercent'), type: 'whole', min: '0', max: '100', allowBlank: true, prompt: say.percentPrompt, error: say.percentError },
      { range: cell('start'), type: 'date', allowBlank: false, prompt: say.startPrompt, error: say.startError },
    ],
    protection: { allowFormatColumns: true },
    print: printSetup(2, legendRow + say.legend.length),
  };
}

export function alertDefinedNames(): DefinedNameSpec[] {
  return RULE_KEYS.map((key, i) => ({ name: ALERT_NAMES[key], ref: `${sheetRef(SHEETS.alertRules)}!$B$${FIRST_DATA_ROW + i}` }));
}

const squeeze = (value: CellValue | undefined) => cellText(value).replace(/\s+/g, '');

function parseRule(key: RuleKey, value: CellValue | undefined, fallback: AlertRules): AlertRules[RuleKey] | undefined {
  const text = cellText(value).trim();
  switch (key) {
    case 'warningDays': {
      const n = Number(text);
      return text !== '' && Number.isInteger(n) && n >= 0 && n <= 366 ? n : undefined;
    }
    case 'laggingRed':
      if (text === say.yes || value === true) return true;
      if (text === say.no || value === false) return false;
      return undefined;
    case 'idlePercent': {
      if (text === '') return null;
      const n = Number(text.replace(/[%％]$/, ''));
      return Number.isInteger(n) && n >= 0 && n <= 100 ? n : undefined;
    }
    case 'start':
      if (text === '') return fallback.start;
      return isExistingIsoDate(text.slice(0, 10)) ? text.slice(0, 10) : undefined;
  }
}

/**
 * The rules of a master read into a grid: the 预警规则 sheet's values found by their labels, the
 * defaults for the list's year where the sheet (an older master) or a row is missing. A value that
 * cannot be read is a DubanError naming its cell.
 */
export function readAlertRules(grid: WorkbookGrid, year: number, file?: string): AlertRules {
  const rules = defaultAlertRules(year);
  const sheet = grid.sheets.find((candidate) => candidate.name.trim() === SHEETS.alertRules);
  if (!sheet) return rules;
  const labels = new Map(RULE_KEYS.map((key) => [squeeze(say.labels[key]), key]));
  const read: Partial<Record<RuleKey, unknown>> = {};
  sheet.rows.forEach((row, r) => {
    const key = labels.get(squeeze(row?.[0]));
    if (!key || key in read) return;
    const value = parseRule(key, row[1], rules);
    if (value === undefined) {
      throw new DubanError(say.badValue(say.labels[key], cellText(row[1]), say.expected[key]), { file, sheet: sheet.name, cell: cellAddress(r, 1) });
    }
    read[key] = value;
  });
  return AlertRulesSchema.parse({ ...rules, ...read });
}
