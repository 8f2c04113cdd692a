/**
 * 考核规则 (editable points, read back by label as 预警规则 is) and 排名 (the period's scores, best
 * first, then every item each score came from). The items are found when the master is written
 * (who did not report, which rows lit 红灯, …); their points, the scores and the ranks are formulas
 * over the 考核规则 cells, so an edited rule rescores at once in Excel, WPS and LibreOffice. The
 * order of the rows follows at the next consolidation or `duban summarize`.
 */
import { cellAddress, cellText, type CellValue, type WorkbookGrid } from '../grid.js';
import { DubanError } from '../errors.js';
import { scoringMessages as say } from '../messages/scoring.js';
import { DEFAULT_SCORING_RULES, roundPoints, ScoringRulesSchema, type RankedUnit, type ScoreItem, type ScoreItemKind, type ScoringRules } from '../scoring/index.js';
import type { RowSpec, SheetSpec } from '../spec/types.js';
import { HEADERS, ROLE_LABELS, SHEETS } from '../vocabulary.js';
import { FIRST_DATA_ROW, HEADER_ROW, printSetup, sheetRef, styled } from './layout.js';

type RuleKey = keyof ScoringRules;
const RULE_KEYS: readonly RuleKey[] = ['base', 'missing', 'late', 'red', 'closedOnTime', 'copied', 'supportWeight'];
const KINDS: readonly ScoreItemKind[] = ['missing', 'late', 'red', 'closedOnTime', 'copied'];

export function buildScoringRulesSheet(rules: ScoringRules): SheetSpec {
  const last = FIRST_DATA_ROW + RULE_KEYS.length - 1;
  return {
    name: SHEETS.scoringRules,
    tabColor: '7030A0',
    columns: [{ width: 24 }, { width: 12 }, { width: 64 }],
    rows: [
      { cells: [styled(say.rulesTitle, 'title')], height: 36 },
      { cells: [styled(say.rulesInfo, 'info')], height: 32 },
      { cells: HEADERS.alertRules.map((header) => styled(header, 'header')), height: 24 },
      ...RULE_KEYS.map((key) => ({ cells: [styled(say.labels[key], 'name'), styled(rules[key], 'ruleInput'), styled(say.explain[key], 'text')], height: 24 })),
    ],
    merges: ['A1:C1', 'A2:C2'],
    freeze: { rows: HEADER_ROW, columns: 0 },
    protection: { allowFormatColumns: true },
    print: printSetup(2, last),
  };
}

const squeeze = (value: CellValue | undefined) => cellText(value).replace(/\s+/g, '');

/** The 考核规则 of a master (defaults where the sheet or a row is missing); a bad value names its cell. */
export function readScoringRules(grid: WorkbookGrid, file?: string): ScoringRules {
  const sheet = grid.sheets.find((candidate) => candidate.name.trim() === SHEETS.scoringRules);
  if (!sheet) return DEFAULT_SCORING_RULES;
  const labels = new Map(RULE_KEYS.map((key) => [squeeze(say.labels[key]), key]));
  const read: Partial<ScoringRules> = {};
  sheet.rows.forEach((row, r) => {
    const key = labels.get(squeeze(row?.[0]));
    if (!key || key in read) return;
    const text = cellText(row[1]).trim();
    const value = Number(text);
    const checked = ScoringRulesSchema.shape[key].safeParse(value);
    if (text === '' || !checked.success) throw new DubanError(say.badValue(say.labels[key], text), { file, sheet: sheet.name, cell: cellAddress(r, 1) });
    read[key] = checked.data;
  });
  return { ...DEFAULT_SCORING_RULES, ...read };
}

export interface RankingSheetInput {
  ranking: readonly RankedUnit[];
  items: readonly ScoreItem[];
  periodLabel: string;
  today: string;
  /** Formulas over the master's 考核规则 (the master); values alone where there is no such sheet (the printed summary). */
  live: boolean;
}

/** The absolute address of a rule's value on 考核规则 (the rows are written in RULE_KEYS order). */
function ruleCell(key: RuleKey): string {
  return `${sheetRef(SHEETS.scoringRules)}!$B$${FIRST_DATA_ROW + RULE_KEYS.indexOf(key)}`;
}

/** A late return costs points; finishing on time earns them; the rest cost them. */
const SIGN: Record<ScoreItemKind, '' | '-'> = { missing: '-', late: '-', red: '-', closedOnTime: '', copied: '-' };

/** An item's points as a formula over the rules: support work weighed by 配合单位系数. */
function pointsFormula(item: ScoreItem): string {
  const weight = item.role === 'support' ? `*${ruleCell('supportWeight')}` : '';
  return `ROUND(${SIGN[item.kind]}${ruleCell(item.kind)}${weight},2)`;
}

export function buildRankingSheet(input: RankingSheetInput): SheetSpec {
  const width = say.rankingHeaders.length;
  const sum = (unit: string, kind: ScoreItemKind) => input.items.filter((item) => item.unit === unit && item.kind === kind).reduce((total, item) => total + item.points, 0);
  const rankingLast = HEADER_ROW + input.ranking.length;
  const detailFirst = rankingLast + 4;
  // An empty detail still gives the sums a (blank) range to look at.
  const detailLast = Math.max(detailFirst, detailFirst + input.items.length - 1);
  const detail = (col: string) => `$${col}$${detailFirst}:$${col}$${detailLast}`;
  const scores = `$C$${FIRST_DATA_ROW}:$C$${Math.max(FIRST_DATA_ROW, rankingLast)}`;
  const cell = (formula: string, result: number) => (input.live ? { formula, result } : result);
  const rankingRows: RowSpec[] = input.ranking.map((row, i) => {
    const r = FIRST_DATA_ROW + i;
    const kindSum = (kind: ScoreItemKind) => `ROUND(SUMIFS(${detail('D')},${detail('A')},$B${r},${detail('C')},"${say.kinds[kind]}"),2)`;
    return {
      cells: [
        styled(cell(`COUNTIFS(${scores},">"&$C${r})+1`, row.rank), 'count'),
        styled(row.unit, 'name'),
        styled(cell(`ROUND(${ruleCell('base')}+SUMIFS(${detail('D')},${detail('A')},$B${r}),2)`, row.score), 'count'),
        ...KINDS.map((kind) => styled(cell(kindSum(kind), roundPoints(sum(row.unit, kind))), 'count')),
      ],
    };
  });
  const detailRows: RowSpec[] = input.items.map((item) => ({
    cells: [
      styled(item.unit, 'name'),
      styled(item.seq ?? '', 'count'),
      styled(say.kinds[item.kind], 'center'),
      styled(cell(pointsFormula(item), item.points), 'count'),
      styled(item.role ? ROLE_LABELS[item.role] : '', 'center'),
    ],
  }));
  const title = say.rankingTitle(input.periodLabel);
  const lastRow = HEADER_ROW + rankingRows.length + 3 + detailRows.length;
  return {
    name: SHEETS.ranking,
    tabColor: '7030A0',
    columns: [{ width: 8 }, { width: 28 }, ...Array.from({ length: width - 2 }, () => ({ width: 10 }))],
    rows: [
      { cells: [styled(title, 'title')], height: 36 },
      { cells: [styled(input.live ? say.rankingInfo(input.today) : say.rankingInfoValues(input.today), 'info')], height: 32 },
      { cells: say.rankingHeaders.map((header) => styled(header, 'header')), height: 24 },
      ...rankingRows,
      { cells: [] },
      { cells: [styled(say.detailTitle, 'label')] },
      { cells: say.detailHeaders.map((header) => styled(header, 'header')), height: 24 },
      ...detailRows,
    ],
    merges: ['A1:H1', 'A2:H2'],
    freeze: { rows: HEADER_ROW, columns: 0 },
    protection: { allowFilter: true, allowSort: true, allowFormatColumns: true },
    print: printSetup(width - 1, lastRow),
  };
}
