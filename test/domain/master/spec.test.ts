import fc from 'fast-check';
import { DubanError } from '../../../src/domain/errors.js';
import { cellText, type SheetGrid } from '../../../src/domain/grid.js';
import {
  buildMasterSpec,
  buildSummarySpec,
  chunkText,
  gridOfSpec,
  readMaster,
  BREAKDOWN_HEADERS,
  PROGRESS_HEADERS,
  NAMES,
  ALERT_NAMES,
  withFindings,
} from '../../../src/domain/master/index.js';
import { alertMessages, masterMessages, scoringMessages } from '../../../src/domain/messages/index.js';
import { isFormula, isStyledCell, type SheetSpec } from '../../../src/domain/spec/index.js';
import { LEADER_KEYS, summarize } from '../../../src/domain/summarize/index.js';
import { HEADERS, SHEETS } from '../../../src/domain/vocabulary.js';
import { aDirectory, aList, anEntry } from './builders.js';

const GENERATED = '2023-08-15T00:00:00Z';
const list = aList()
  .task(1, { leaders: ['张三', '李四'], units: ['市商务局', '+市发展改革委', '+各区人民政府'], due: '2023-06-30' })
  .task(2, { leaders: ['李四'], units: ['市发展改革委'], content: '=SUM(A1) 不是公式' })
  .task(3, { leaders: ['王五'], units: ['市财政局', '+市商务局'], due: null })
  .build();
const directory = aDirectory(['市商务局', '市发展改革委', '市财政局'], ['和平区人民政府', '河西区人民政府']);
const progress = [
  anEntry('市商务局', 1, '已完成', '2023Q2'),
  anEntry('和平区人民政府', 1, '滞后', '2023Q2'),
  anEntry('市发展改革委', 2, '序时推进', '2023Q2', '  前后有空格  '),
  { ...anEntry('市财政局', 3, '未启动', '2023Q1'), problems: '资金未到位', nextSteps: '三季度启动', receivedAt: '2023-04-08T10:00:00+08:00' },
];
const spec = buildMasterSpec({ list, directory, progress, generatedAt: GENERATED });
const grid = gridOfSpec(spec);
const sheet = (name: string) => spec.sheets.find((candidate) => candidate.name === name)!;
const gridSheet = (name: string): SheetGrid => grid.sheets.find((candidate) => candidate.name === name)!;

describe('the master workbook spec', () => {
  it('filling 校验结果 after building gives the same workbook as building with the findings', () => {
    const findings = [{ sheet: SHEETS.taskList, cell: 'F5', kind: 'alias-unit' as const, value: '市发改委', message: '「市发改委」不是规范单位名称，应为「市发展改革委」。', suggestion: '市发展改革委' }];
    const filled = withFindings(spec, findings);
    expect(filled).toEqual(buildMasterSpec({ list, directory, progress, findings, generatedAt: GENERATED }));
    expect(filled).not.toEqual(spec);
  });


  it('has every sheet DESIGN.md names, each with its header row under the title', () => {
    const expected: [string, readonly string[]][] = [
      [SHEETS.taskList, HEADERS.taskList],
      [SHEETS.breakdown, BREAKDOWN_HEADERS],
      [SHEETS.directory, HEADERS.directory],
      [SHEETS.progress, PROGRESS_HEADERS],
      [SHEETS.byUnit, HEADERS.summaryByUnit],
      [SHEETS.byLeader, HEADERS.summaryByLeader],
      [SHEETS.findings, HEADERS.findings],
      [SHEETS.alertRules, HEADERS.alertRules],
      [SHEETS.scoringRules, HEADERS.alertRules],
      [SHEETS.ranking, scoringMessages.rankingHeaders],
      [SHEETS.review, HEADERS.review],
      [SHEETS.closure, HEADERS.closure],
    ];
    expect(spec.sheets.map((s) => s.name)).toEqual([...expected.map(([name]) => name), SHEETS.masterMeta]);
    for (const [name, headers] of expected) expect(gridSheet(name).rows[2].slice(0, headers.length)).toEqual([...headers]);
    expect(BREAKDOWN_HEADERS.slice(0, HEADERS.breakdown.length)).toEqual([...HEADERS.breakdown]);
    expect(PROGRESS_HEADERS.slice(0, HEADERS.progress.length)).toEqual([...HEADERS.progress]);
    expect(sheet(SHEETS.masterMeta).state).toBe('veryHidden');
  });

  it('writes one 责任分解 row per task and listed unit, groups kept as one row', () => {
    const rows = gridSheet(SHEETS.breakdown).rows.slice(3);
    expect(rows).toHaveLength(list.tasks.reduce((sum, task) => sum + task.units.length, 0));
    expect(rows.map((row) => [row[0], row[1], row[2]])).toEqual([
      [1, '市商务局', '牵头'], [1, '市发展改革委', '配合'], [1, '各区人民政府', '配合'],
      [2, '市发展改革委', '牵头'], [3, '市财政局', '牵头'], [3, '市商务局', '配合'],
    ]);
    // Latest status per unit × task, the due date as a date, and how many units report.
    expect(rows[0].slice(5, 10)).toEqual(['2023Q2', '已完成', '按计划推进。', '2023-06-30', 1]);
    expect(rows[2][7]).toBe(masterMessages.groupReportsSeparately(2));
    expect(rows[2][9]).toBe(2);
    expect(rows[4][8]).toBeNull();
  });

  it('keeps text that looks like a formula as text', () => {
    const cell = sheet(SHEETS.taskList).rows[4].cells[2];
    expect(isStyledCell(cell) ? cell.value : cell).toBe('=SUM(A1) 不是公式');
  });

  it('caches in every summary formula the count summarize computes', () => {
    const summary = summarize({ list, directory, progress, period: '2023Q2', today: '2023-08-15' });
    const unitRows = gridSheet(SHEETS.byUnit).rows;
    expect(unitRows[1][1]).toBe('2023Q2');
    expect(unitRows[1][2]).toBe('2023年第二季度');
    summary.byUnit.forEach((row, i) => {
      expect(unitRows[3 + i].slice(0, 9)).toEqual([row.unit, row.tasks, row.lead, row.已完成, row.序时推进, row.滞后, row.未启动, row.未报送, row.逾期]);
    });
    const leaderRows = gridSheet(SHEETS.byLeader).rows;
    summary.byLeader.forEach((row, i) => {
      expect(leaderRows[3 + i].slice(0, 1 + LEADER_KEYS.length)).toEqual([row.leader, ...LEADER_KEYS.map((key) => row[key])]);
    });
    expect(leaderRows[3 + summary.byLeader.length][0]).toBe(masterMessages.totalRow);
    const totals = unitRows[3 + summary.byUnit.length];
    expect(totals[1]).toBe(summary.byUnit.reduce((sum, row) => sum + row.tasks, 0));
  });

  it('uses only functions that Excel and LibreOffice both calculate', () => {
    const formulas = spec.sheets.flatMap((s: SheetSpec) =>
      s.rows.flatMap((row) => row.cells.map((cell) => (isStyledCell(cell) ? cell.value : cell)).filter(isFormula).map((value) => value.formula)),
    );
    expect(formulas.length).toBeGreaterThan(50);
    const used = new Set(formulas.flatMap((formula) => [...formula.replace(/"[^"]*"/g, '').matchAll(/([A-Z][A-Z0-9.]*)\(/g)].map((m) => m[1])));
    // ROUND and SUMIFS: the 排名 sheet's scores (test/integration/ranking-libreoffice.test.ts recalculates them).
    const allowed = new Set(['COUNTIFS', 'SUMPRODUCT', 'ISNUMBER', 'FIND', 'TODAY', 'IFERROR', 'INDEX', 'MATCH', 'IF', 'SUM', 'MAX', 'MIN', 'DATE', 'ROUND', 'SUMIFS']);
    expect([...used].filter((name) => !allowed.has(name))).toEqual([]);
  });

  it('offers the periods in a selector that the summaries read through a defined name', () => {
    const byUnit = sheet(SHEETS.byUnit);
    expect(byUnit.validations).toEqual([expect.objectContaining({ range: 'B2', type: 'list', source: NAMES.periods })]);
    expect(spec.definedNames?.map((name) => name.name)).toEqual([NAMES.units, NAMES.period, NAMES.periods, ...Object.values(ALERT_NAMES)]);
    const meta = gridSheet(SHEETS.masterMeta).rows;
    expect(meta.slice(1, 5).map((row) => row[3])).toEqual(['2023Q1', '2023Q2', '2023Q3', '2023Q4']);
    expect(byUnit.protection).toBeDefined();
    expect(sheet(SHEETS.breakdown).validations?.[0]).toMatchObject({ range: 'G4:G9', values: ['已完成', '序时推进', '滞后', '未启动'] });
    expect(sheet(SHEETS.breakdown).conditionalFormats?.[0].rules[0]).toMatchObject({ type: 'expression', formula: expect.stringContaining('TODAY()') });
  });

  it('prints every visible sheet landscape, one page wide, with the header row repeated and page numbers', () => {
    for (const s of spec.sheets.filter((candidate) => candidate.state !== 'veryHidden')) {
      expect(s.print).toMatchObject({ orientation: 'landscape', fitToWidth: 1, titleRows: '3:3', footer: '&C第 &P 页 共 &N 页' });
    }
    // The title is the sheet's first row: a page header would print it a second time.
    expect(sheet(SHEETS.taskList).print?.header).toBeUndefined();
  });
});

describe('reading a master back', () => {
  it('gives the list, directory and progress exactly as written', () => {
    const back = readMaster(grid, 'master.xlsx');
    expect(back.list).toEqual(list);
    expect(back.directory).toEqual(directory);
    // 报送时间 is written as people read it: Beijing time, to the minute.
    expect(back.progress).toEqual(progress.map((entry) => (entry.receivedAt ? { ...entry, receivedAt: '2023-04-08 10:00' } : entry)));
  });

  it('says which file is not a master', () => {
    const plain = { sheets: grid.sheets.filter((s) => s.name !== SHEETS.masterMeta) };
    expect(() => readMaster(plain, 'other.xlsx')).toThrow(new DubanError(masterMessages.notMaster, { file: 'other.xlsx' }));
  });

  it('names the cell of a progress row whose status is not one of the four', () => {
    const edited = structuredClone(grid);
    edited.sheets.find((s) => s.name === SHEETS.progress)!.rows[4][3] = '基本完成';
    expect(() => readMaster(edited, 'm.xlsx')).toThrow(
      new DubanError(masterMessages.badStatus('基本完成'), { file: 'm.xlsx', sheet: SHEETS.progress, cell: 'D5' }),
    );
  });

  it('finds 进展汇总 columns by their headers even when reordered, and skips blank rows', () => {
    const edited = structuredClone(grid);
    const rows = edited.sheets.find((s) => s.name === SHEETS.progress)!.rows;
    for (const row of rows.slice(2)) [row[0], row[4]] = [row[4], row[0]];
    rows.splice(5, 0, []);
    expect(readMaster(edited).progress).toEqual(progress.map((entry) => (entry.receivedAt ? { ...entry, receivedAt: '2023-04-08 10:00' } : entry)));
  });

  it('reads an empty 进展汇总 as no progress', () => {
    const empty = gridOfSpec(buildMasterSpec({ list, directory, progress: [], generatedAt: GENERATED }));
    expect(readMaster(empty).progress).toEqual([]);
  });

  // Invariant: chunks fit a cell, never split a surrogate pair, and join back to the text.
  it('splits long JSON into cell-sized chunks that join back', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', ' ', '𠀀', '中', '"'), maxLength: 400 }), fc.integer({ min: 2, max: 50 }), (text, size) => {
        const chunks = chunkText(text, size);
        expect(chunks.join('')).toBe(text);
        for (const chunk of chunks) {
          expect(chunk.length).toBeLessThanOrEqual(size);
          expect(/^[\uDC00-\uDFFF]|[\uD800-\uDBFF]$/.test(chunk)).toBe(false);
        }
      }),
    );
  });

  it('reads back a list larger than one cell', () => {
    const big = aList();
    for (let seq = 1; seq <= 400; seq += 1) big.task(seq, { content: `${'长'.repeat(150)}${seq}` });
    const bigList = big.build();
    const bigGrid = gridOfSpec(buildMasterSpec({ list: bigList, directory, progress: [], generatedAt: GENERATED }));
    expect(bigGrid.sheets.find((s) => s.name === SHEETS.masterMeta)!.rows.filter((row) => cellText(row[0]) === 'list').length).toBeGreaterThan(1);
    expect(readMaster(bigGrid).list).toEqual(bigList);
  });
});

describe('the printed summary', () => {
  it('holds values, a totals row and the period in its title', () => {
    const summary = summarize({ list, directory, progress, period: '2023Q2', today: '2023-08-15' });
    const printed = buildSummarySpec(summary, list, { period: '2023Q2', today: '2023-08-15', generatedAt: GENERATED });
    const [byUnit, byLeader] = gridOfSpec(printed).sheets;
    expect([byUnit.name, byLeader.name]).toEqual([masterMessages.summaryByUnitSheet, masterMessages.summaryByLeaderSheet]);
    // The lit tasks follow, in the list's own words, red first.
    const alertList = gridOfSpec(printed).sheets[2];
    expect(alertList.name).toBe(alertMessages.list.sheet);
    expect(summary.alerts.length).toBeGreaterThan(0);
    expect(alertList.rows.slice(3).map((row) => [row[0], row[1], row[2], row[4]])).toEqual(
      summary.alerts.map((alert) => [alert.level, alert.seq, list.tasks.find((task) => task.seq === alert.seq)!.content, alert.unit]),
    );
    expect(byUnit.rows[0][0]).toBe(masterMessages.summaryTitle(list.title, '2023年第二季度'));
    expect(byLeader.rows.slice(3, 6).map((row) => [row[0], row[1]])).toEqual([['张三', 1], ['李四', 2], ['王五', 1]]);
    const totals = byUnit.rows[3 + summary.byUnit.length];
    expect(totals[0]).toBe(masterMessages.totalRow);
    expect(totals[7]).toBe(summary.byUnit.reduce((sum, row) => sum + row.未报送, 0));
    const hasFormula = printed.sheets.some((s) => s.rows.some((row) => row.cells.some((cell) => isFormula(isStyledCell(cell) ? cell.value : cell))));
    expect(hasFormula).toBe(false);
    expect(printed.sheets[0].print).toMatchObject({ orientation: 'landscape', paperSize: 9, fitToWidth: 1 });
  });
});
