/**
 * Every use case of the application layer runs once through the CLI's ports (files on disk, the
 * seeds/ catalogue, returns found in a folder and read by the worker reader) and once through the
 * pane's — the standalone in-memory workspace and the open workbook in Excel (a fake that keeps
 * Excel's rules), the bundled catalogue, returns dropped as bytes — and gives the same result: a feature written once behaves the same wherever it is reached from.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  consolidateReturnFiles,
  createMaster,
  distributeReturns,
  draftBrief,
  fillDemoReturnFiles,
  masterInfo,
  returnsInMemory,
  summarizeMaster,
  summaryJson,
  validateStoredWorkbook,
  type Clock,
  type ConsolidateOutcome,
  type CreateMasterOutcome,
  type FileSink,
  type InputFile,
  type ListSource,
  type MasterStore,
} from '../../src/app/index.js';
import { cliCatalogue, fileStore, folderSink, returnsFromPaths } from '../../src/cli/ports.js';
import { readPeriod } from '../../src/domain/period/index.js';
import { paneCatalogue } from '../../src/taskpane/builtin.js';
import { ExcelWorkspace, StandaloneWorkspace } from '../../src/taskpane/workspace.js';
import { FakeExcel } from '../addin/fake-excel.js';
import { projectRoot, temporaryDirectory } from '../helpers/cli.js';

const NOW = '2023-04-03T09:00:00+08:00';
const clock: Clock = { now: () => NOW };
const period = readPeriod('2023Q1');
const quiet = { stdout: { write: () => true }, stderr: { write: () => true } };

/** The pane's sink: workbooks kept in memory. */
function memorySink(): FileSink<undefined> & { files: Map<string, Uint8Array> } {
  const files = new Map<string, Uint8Array>();
  return { files, write: async (name, bytes) => void files.set(name, bytes), close: async () => undefined };
}

/** What a load outcome says, without where the workbook went. */
function loaded({ download: _download, skipped: _skipped, ...rest }: CreateMasterOutcome) {
  return rest;
}

/** A consolidation report as the office reads it, without the files' paths (the CLI names them by path). */
function consolidated(outcome: ConsolidateOutcome) {
  const { report } = outcome;
  return {
    expected: outcome.expected,
    returned: report.unitsReturned,
    missing: report.unitsMissing,
    rowsAccepted: report.rowsAccepted,
    rowsRejected: report.rowsRejected.length,
    duplicates: report.duplicates.map((item) => item.unit),
    tampered: report.tampered.map((item) => item.seq),
    unchanged: report.unchanged,
  };
}

interface Shell {
  name: string;
  store: () => MasterStore;
  /** The store after its master was written: the CLI reads the file it wrote. */
  written: () => MasterStore;
  catalogue: typeof cliCatalogue;
}

function cliShell(dir: string, file: string): Shell {
  const path = join(dir, file);
  return { name: 'CLI', store: () => fileStore(null, path), written: () => fileStore(path, path), catalogue: cliCatalogue };
}

function paneShell(): Shell {
  const workspace = new StandaloneWorkspace();
  return { name: 'pane', store: () => workspace, written: () => workspace, catalogue: paneCatalogue };
}

/** The pane in Excel: the open workbook is a fake that keeps Excel's rules (test/addin/fake-excel.ts). */
function excelShell(): Shell {
  const workspace = new ExcelWorkspace(new FakeExcel().run, () => true, 0);
  return { name: 'excel', store: () => workspace, written: () => workspace, catalogue: paneCatalogue };
}

async function bothLoad(source: (shell: string) => Promise<ListSource>) {
  const dir = temporaryDirectory('duban-parity-');
  const shells = [cliShell(dir.path, 'master.xlsx'), paneShell(), excelShell()];
  const outcomes = [];
  for (const shell of shells) {
    outcomes.push(await createMaster({ store: shell.store(), catalogue: shell.catalogue, clock }, { source: await source(shell.name) }));
  }
  return { dir, shells, outcomes };
}

describe('the same use case through the CLI’s ports and the pane’s', () => {
  test('a built-in list: load, validate, distribute, returns, consolidate, summarize, 通报', async () => {
    const { dir, shells, outcomes } = await bothLoad(async () => ({ kind: 'builtin', id: 'tianjin-2023-key-work' }));
    try {
      expect(loaded(outcomes[0])).toEqual(loaded(outcomes[1]));
      expect(loaded(outcomes[2])).toEqual(loaded(outcomes[1]));
      expect(outcomes[0].units).toBe(85);
      const [cli, pane, excel] = shells;

      expect(await masterInfo(cli.written())).toEqual(await masterInfo(pane.written()));
      expect(await masterInfo(excel.written())).toEqual(await masterInfo(pane.written()));
      const reports = await Promise.all(shells.map((shell) => validateStoredWorkbook({ store: shell.written(), catalogue: shell.catalogue })));
      expect(reports[0]).toEqual(reports[1]);
      expect(reports[2]).toEqual(reports[1]);

      const forms = join(dir.path, 'forms');
      const paneForms = memorySink();
      const distributed = [
        await distributeReturns({ store: cli.written(), output: folderSink(forms, [join(dir.path, 'master.xlsx')]), clock }, { period }),
        await distributeReturns({ store: pane.written(), output: paneForms, clock }, { period }),
      ];
      expect(distributed[0]).toEqual(distributed[1]);
      expect(readdirSync(forms).sort()).toEqual([...paneForms.files.keys()].sort());

      // The same filled-in returns go back to both: the CLI finds them in a folder, the pane gets them as bytes.
      const returned = join(dir.path, 'returned');
      const demo = await fillDemoReturnFiles({ store: cli.written(), output: folderSink(returned, []), clock }, { period });
      expect(demo.returned).toBeGreaterThan(70);
      const names = readdirSync(returned).sort();
      const inputs: InputFile[] = names.map((name) => ({ name, bytes: readFileSync(join(returned, name)) }));
      const merged = cliShell(dir.path, 'merged.xlsx');
      const outcomesOfConsolidation = [
        await consolidateReturnFiles({ store: fileStore(join(dir.path, 'master.xlsx'), join(dir.path, 'merged.xlsx')), returns: returnsFromPaths(names.map((name) => join(returned, name)), quiet), clock }, { period }),
        await consolidateReturnFiles({ store: pane.written(), returns: returnsInMemory(inputs), clock }, { period }),
        await consolidateReturnFiles({ store: excel.written(), returns: returnsInMemory(inputs), clock }, { period }),
      ];
      expect(consolidated(outcomesOfConsolidation[0])).toEqual(consolidated(outcomesOfConsolidation[1]));
      expect(consolidated(outcomesOfConsolidation[2])).toEqual(consolidated(outcomesOfConsolidation[1]));
      expect(outcomesOfConsolidation[0].report.rowsAccepted).toBeGreaterThan(100);

      const summaries = await Promise.all([merged.written(), pane.written(), excel.written()].map((store) => summarizeMaster({ store, clock }, { period: period.code, today: '2023-04-03' })));
      expect(summaryJson(summaries[0])).toEqual(summaryJson(summaries[1]));
      expect(summaryJson(summaries[2])).toEqual(summaryJson(summaries[1]));
      expect(summaries[0].byUnit.length).toBeGreaterThan(80);

      const briefs = await Promise.all([merged.written(), pane.written(), excel.written()].map((store) => draftBrief({ store, clock }, { period: period.code, today: '2023-04-03', docx: false })));
      expect(briefs[0]).toEqual(briefs[1]);
      expect(briefs[2]).toEqual(briefs[1]);
      expect(briefs[0].text.length).toBeGreaterThan(200);
    } finally {
      dir.cleanup();
    }
  });

  test('another office’s notice: imported, its own directory, validated the same', async () => {
    const fixture = join(projectRoot, 'test', 'fixtures', 'real-lists', 'caidian-2023');
    const file = readdirSync(fixture).find((name) => name.endsWith('.txt'))!;
    const bytes = readFileSync(join(fixture, file));
    const { dir, shells, outcomes } = await bothLoad(async () => ({ kind: 'import', input: { kind: 'file', file: { name: file, bytes } } }));
    try {
      expect(loaded(outcomes[0])).toEqual(loaded(outcomes[1]));
      expect(loaded(outcomes[2])).toEqual(loaded(outcomes[1]));
      expect(outcomes[0].directory.source).toBe('list');
      expect(outcomes[0].list.tasks.length).toBeGreaterThan(0);
      const reports = await Promise.all(shells.map((shell) => validateStoredWorkbook({ store: shell.written(), catalogue: shell.catalogue })));
      expect(reports[0]).toEqual(reports[1]);
      expect(reports[2]).toEqual(reports[1]);
    } finally {
      dir.cleanup();
    }
  });
});
