/**
 * 考核规则 (editable points, read back by label as 预警规则 is) and 排名 (the period's scores, best
 * first, then every item each score came from). 排名 holds values computed when the master is
 * written: it follows the rules at the next consolidation or `duban summarize`.
 */
import { cellAddress, cellText, type CellValue, type WorkbookGrid } from '../grid.js';
import { DubanError } from '../errors.js';
import { scoringMessages as say } from '../messages/scoring.js';
import { DEFAULT_SCORING_RULES, ScoringRulesSchema, type RankedUnit, type ScoreItem, type ScoreItemKind, type ScoringRules } from '../scoring/index.js';
import type { RowSpec, SheetSpec } from '../spec/types.js';
import { HEADERS, SHEETS } from '../vocabulary.js';
import { FIRST_DATA_ROW, HEADER_ROW, printSetup, styled } from './layout.js';

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
}

export function buildRankingSheet(input: RankingSheetInput): SheetSpec {
  const width = say.rankingHeaders.length;
  const sum = (unit: string, kind: ScoreItemKind) => input.items.filter((item) => item.unit === unit && item.kind === kind).reduce((total, item) => total + item.points, 0);
  const rankingRows: RowSpec[] = input.ranking.map((row) => ({
    cells: [styled(row.rank, 'count'), styled(row.unit, 'name'), styled(row.score, 'count'), ...KINDS.map((kind) => styled(Math.round(sum(row.unit, kind) * 100) / 100, 'count'))],
  }));
  const detailRows: RowSpec[] = input.items.map((item) => ({
    cells: [styled(item.unit, 'name'), styled(item.seq ?? '', 'count'), styled(say.kinds[item.kind], 'center'), styled(item.points, 'count')],
  }));
  const title = say.rankingTitle(input.periodLabel);
  const lastRow = HEADER_ROW + rankingRows.length + 3 + detailRows.length;
  return {
    name: SHEETS.ranking,
    tabColor: '7030A0',
    columns: [{ width: 8 }, { width: 28 }, ...Array.from({ length: width - 2 }, () => ({ width: 10 }))],
    rows: [
      { cells: [styled(title, 'title')], height: 36 },
      { cells: [styled(say.rankingInfo(input.today), 'info')], height: 32 },
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
