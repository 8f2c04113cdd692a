/**
 * 排名 follows the 考核规则 by formulas: a master is written with the default rules, the office then
 * edits every rule in the file, and headless LibreOffice recalculates it (the cached results are
 * poisoned first, so only a real recalculation can pass). Each item's points, each unit's score, its
 * per-kind sums and its rank must equal what `summarize` gives with the edited rules.
 * Without soffice the test says so loudly, and fails on CI.
 */
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { buildMasterSpec } from '../../src/domain/master/index.js';
import { scoringMessages } from '../../src/domain/messages/index.js';
import type { ProgressEntry } from '../../src/domain/model/index.js';
import { roundPoints, type ScoringRules } from '../../src/domain/scoring/index.js';
import { summarize } from '../../src/domain/summarize/index.js';
import { SHEETS } from '../../src/domain/vocabulary.js';
import { readWorkbook, renderWorkbook } from '../../src/xlsx/index.js';
import { temporaryDirectory } from '../helpers/cli.js';
import { describeWithLibreOffice, poisoned, recalculated } from '../helpers/recalc.js';
import { aDirectory, aList, anEntry } from '../domain/master/builders.js';


const list = aList()
  .task(1, { units: ['市商务局', '+市财政局'], due: '2023-03-31' })
  .task(2, { units: ['市财政局'], due: '2023-12-31' })
  .task(3, { units: ['市发展改革委'], due: '2023-06-30' })
  .task(4, { units: ['市商务局', '+市发展改革委'], due: '2023-12-31' })
  .build();
const directory = aDirectory(['市商务局', '市财政局', '市发展改革委']);
const received = (entry: ProgressEntry, at: string): ProgressEntry => ({ ...entry, receivedAt: at });
const progress = [
  anEntry('市财政局', 1, '序时推进', '2023Q1', '配合推进。'),
  received(anEntry('市财政局', 1, '序时推进', '2023Q2', '配合推进。'), '2023-07-20T10:00:00+08:00'),
  received(anEntry('市财政局', 2, '滞后', '2023Q2', '资金尚未到位。'), '2023-07-20T10:00:00+08:00'),
  received(anEntry('市商务局', 1, '已完成', '2023Q2', '已完成。'), '2023-06-28T10:00:00+08:00'),
  received(anEntry('市商务局', 4, '已完成', '2023Q2', '提前完成。'), '2023-06-28T10:00:00+08:00'),
  received(anEntry('市发展改革委', 4, '已完成', '2023Q2', '配合完成。'), '2023-06-29T10:00:00+08:00'),
];
const PERIOD = '2023Q2';
const TODAY = '2023-07-25';
/** Every rule changed from its default (100, 2, 1, 2, 1, 1, 0.5). */
const EDITED: ScoringRules = { base: 90, missing: 3, late: 5, red: 4, closedOnTime: 2, copied: 1.5, supportWeight: 0.25 };


describeWithLibreOffice('排名 recalculated by LibreOffice after the 考核规则 are edited', () => {
  let tmp: { path: string; cleanup: () => void };
  let ranking: (string | number | boolean | null)[][] = [];
  let details: (string | number | boolean | null)[][] = [];

  beforeAll(async () => {
    tmp = temporaryDirectory('duban-ranking-lo-');
    const spec = buildMasterSpec({ list, directory, progress, period: PERIOD, generatedAt: `${TODAY}T00:00:00Z` });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await renderWorkbook(poisoned(spec))) as unknown as ArrayBuffer);
    // The office edits every rule in 考核规则, by its label.
    const rules = workbook.getWorksheet(SHEETS.scoringRules)!;
    rules.eachRow((row) => {
      const key = (Object.keys(scoringMessages.labels) as (keyof ScoringRules)[]).find((candidate) => row.getCell(1).value === scoringMessages.labels[candidate]);
      if (key) row.getCell(2).value = EDITED[key];
    });
    const input = join(tmp.path, 'master.xlsx');
    await workbook.xlsx.writeFile(input);
    const out = recalculated([input], tmp.path);
    const sheet = (await readWorkbook(join(out, 'master.xlsx'))).sheets.find((candidate) => candidate.name === SHEETS.ranking)!;
    const detailHeader = sheet.rows.findIndex((row) => row[0] === scoringMessages.detailHeaders[0] && row[3] === scoringMessages.detailHeaders[3]);
    ranking = sheet.rows.slice(3, detailHeader - 2);
    details = sheet.rows.slice(detailHeader + 1).filter((row) => row.length > 0);
  }, 200_000);

  afterAll(() => tmp?.cleanup());

  it('gives every unit the score, per-kind sums and rank summarize gives with the edited rules', () => {
    const expected = summarize({ list, directory, progress, period: PERIOD, today: TODAY, scoring: EDITED });
    const kinds = ['missing', 'late', 'red', 'closedOnTime', 'copied'] as const;
    const sumOf = (unit: string, kind: (typeof kinds)[number]) => roundPoints(expected.scoreItems.filter((item) => item.unit === unit && item.kind === kind).reduce((sum, item) => sum + item.points, 0));
    const actual = new Map(ranking.map((row) => [row[1], row]));
    expect(actual.size).toBe(expected.ranking.length);
    for (const row of expected.ranking) {
      expect(actual.get(row.unit)).toEqual([row.rank, row.unit, row.score, ...kinds.map((kind) => sumOf(row.unit, kind))]);
    }
    // The edit changed the scores: the cached results (the default rules) would not pass.
    expect(expected.ranking.map((row) => row.score)).not.toEqual(summarize({ list, directory, progress, period: PERIOD, today: TODAY }).ranking.map((row) => row.score));
  });

  it('recalculates each item’s points, support work weighed by the edited 配合单位系数', () => {
    const expected = summarize({ list, directory, progress, period: PERIOD, today: TODAY, scoring: EDITED }).scoreItems;
    expect(details.map((row) => [row[0], row[1] ?? null, row[2], row[3]])).toEqual(expected.map((item) => [item.unit, item.seq, scoringMessages.kinds[item.kind], item.points]));
    expect(expected.some((item) => item.role === 'support')).toBe(true);
    expect(expected.some((item) => item.kind === 'closedOnTime')).toBe(true);
  });
});
