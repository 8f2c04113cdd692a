/**
 * `npm run lint` runs Microsoft's Office Add-in rules (eslint-plugin-office-addins) on the sources:
 * the rules are on for src/, and they catch a property read before context.sync(). It also holds
 * the layers' boundaries (eslint.config.js): each forbidden import is reported, and the imports the
 * layers are meant to use are not — so a rule too narrow or too broad fails here.
 */
import { ESLint } from 'eslint';
import { projectRoot } from '../helpers/cli.js';

const OFFICE_ADDIN_RULES = [
  'office-addins/call-sync-after-load',
  'office-addins/call-sync-before-read',
  'office-addins/load-object-before-read',
  'office-addins/no-context-sync-in-loop',
  'office-addins/no-empty-load',
  'office-addins/no-navigational-load',
  'office-addins/no-office-initialize',
  'office-addins/test-for-null-using-isNullObject',
];

describe('the lint configuration', () => {
  const eslint = new ESLint({ cwd: projectRoot });

  test('turns on every office-addins rule for the sources', async () => {
    for (const file of ['src/excel/render.ts', 'src/taskpane/index.tsx']) {
      const config = await eslint.calculateConfigForFile(file);
      const on = OFFICE_ADDIN_RULES.filter((rule) => {
        const setting = config.rules?.[rule];
        const level = Array.isArray(setting) ? setting[0] : setting;
        return level === 'error' || level === 'warn' || level === 2 || level === 1;
      });
      expect(on).toEqual(OFFICE_ADDIN_RULES);
    }
  });

  test('reports a property read before context.sync()', async () => {
    const code = [
      '/// <reference types="office-js" />',
      'export async function sheetName(context: Excel.RequestContext): Promise<string> {',
      '  const sheet = context.workbook.worksheets.getActiveWorksheet();',
      "  sheet.load('name');",
      '  return sheet.name;',
      '}',
      '',
    ].join('\n');
    const [result] = await eslint.lintText(code, { filePath: `${projectRoot}/src/excel/lint-probe.ts` });
    expect(result.messages.map((message) => message.ruleId)).toContain('office-addins/call-sync-after-load');
  }, 60_000);
});

const BOUNDARY_RULES = new Set(['@typescript-eslint/no-restricted-imports', 'no-restricted-syntax', 'no-restricted-globals']);

describe('the layer boundaries', () => {
  const eslint = new ESLint({ cwd: projectRoot });

  /** The boundary problems of `code` placed at `file` (a path under src/ that need not exist). */
  async function crossings(file: string, code: string): Promise<string[]> {
    const [result] = await eslint.lintText(`${code}\n`, { filePath: `${projectRoot}/${file}` });
    return result.messages.filter((message) => message.ruleId && BOUNDARY_RULES.has(message.ruleId)).map((message) => message.message);
  }

  test.each([
    ['a component importing the Office.js adapter', 'src/taskpane/components/Probe.tsx', "import { SheetsExistError } from '../../excel/index.js';\nexport const probe = SheetsExistError;"],
    ['a component importing even a type of the Office.js adapter', 'src/taskpane/components/Probe.tsx', "import type { SkippedFeature } from '../../excel/index.js';\nexport type Probe = SkippedFeature;"],
    ['a component importing the xlsx adapter', 'src/taskpane/components/Probe.tsx', "import { readWorkbook } from '../../xlsx/index.js';\nexport const probe = readWorkbook;"],
    ['a component computing with the domain', 'src/taskpane/components/Probe.tsx', "import { periodLabel } from '../../domain/summarize/index.js';\nexport const probe = periodLabel;"],
    ['src/xlsx importing src/excel', 'src/xlsx/probe.ts', "import { readWorkbookGrid } from '../excel/index.js';\nexport const probe = readWorkbookGrid;"],
    ['src/excel importing src/xlsx', 'src/excel/probe.ts', "import { readWorkbook } from '../xlsx/index.js';\nexport const probe = readWorkbook;"],
    ['src/excel loading src/xlsx lazily', 'src/excel/probe.ts', "export const probe = () => import('../xlsx/index.js');"],
    ['the domain importing the xlsx adapter', 'src/domain/master/probe.ts', "import { readWorkbook } from '../../xlsx/index.js';\nexport const probe = readWorkbook;"],
    ['the domain importing the application layer', 'src/domain/returns/probe.ts', "import { consolidate } from '../../app/index.js';\nexport const probe = consolidate;"],
    ['a top-level domain module importing the application layer', 'src/domain/probe.ts', "import type { Ports } from '../app/ports.js';\nexport type Probe = Ports;"],
    ['the domain reading files', 'src/domain/units/probe.ts', "import { readFileSync } from 'node:fs';\nexport const probe = readFileSync;"],
    ['the domain reading files through a bare built-in name', 'src/domain/units/probe.ts', "import { join } from 'path';\nexport const probe = join;"],
    ['the domain loading ExcelJS lazily', 'src/domain/master/probe.ts', "export const probe = () => import('exceljs');"],
    ['the CLI importing the task pane', 'src/cli/probe.ts', "import { loadList } from '../taskpane/operations.js';\nexport const probe = loadList;"],
    ['the CLI importing the Office.js adapter', 'src/cli/commands/probe.ts', "import { renderSpecToWorkbook } from '../../excel/index.js';\nexport const probe = renderSpecToWorkbook;"],
    ['the CLI importing React', 'src/cli/probe.ts', "import { useState } from 'react';\nexport const probe = useState;"],
    ['the application layer importing the CLI', 'src/app/probe.ts', "import { runCli } from '../cli/main.js';\nexport const probe = runCli;"],
    ['the application layer calling Office.js', 'src/app/probe.ts', 'export const probe = () => Office.context;'],
    ['the application layer importing the Office.js adapter', 'src/app/probe.ts', "export const probe = () => import('../excel/index.js');"],
    ['the application layer importing the xlsx adapter up front', 'src/app/probe.ts', "import { readWorkbook } from '../xlsx/index.js';\nexport const probe = readWorkbook;"],
    ['the application layer reading files itself', 'src/app/probe.ts', "import { readFile } from 'node:fs/promises';\nexport const probe = readFile;"],
    ['a domain capability used past its index.ts', 'src/cli/probe.ts', "import { buildMasterSpec } from '../domain/master/spec.js';\nexport const probe = buildMasterSpec;"],
    ['a component importing a domain type past its index.ts', 'src/taskpane/components/Probe.tsx', "import type { MasterInput } from '../../domain/master/spec.js';\nexport type Probe = MasterInput;"],
    ['the task pane importing Node', 'src/taskpane/probe.ts', "import { readFile } from 'node:fs/promises';\nexport const probe = readFile;"],
    ['a domain capability loaded lazily past its index.ts', 'src/taskpane/probe.ts', "export const probe = () => import('../domain/master/spec.js');"],
  ])('reports %s', async (_, file, code) => {
    expect(await crossings(file, code)).toHaveLength(1);
  }, 60_000);

  test.each([
    ['a component importing messages, domain types and React', 'src/taskpane/components/Probe.tsx', "import { useState } from 'react';\nimport { taskpaneMessages } from '../../domain/messages/index.js';\nimport type { Finding } from '../../domain/validate/index.js';\nimport type { SkippedFeature } from '../../domain/spec/index.js';\nexport const probe = [useState, taskpaneMessages];\nexport type Probe = Finding | SkippedFeature;"],
    ['a component importing its neighbours', 'src/taskpane/components/Probe.tsx', "import { OperationStatus } from './OperationStatus.js';\nexport const probe = OperationStatus;"],
    ['src/xlsx importing ExcelJS, Node and the domain', 'src/xlsx/probe.ts', "import ExcelJS from 'exceljs';\nimport { readFile } from 'node:fs/promises';\nimport { BASE_FONT } from '../domain/spec/index.js';\nexport const probe = [ExcelJS, readFile, BASE_FONT];"],
    ['src/excel importing the domain', 'src/excel/probe.ts', "import { excelMessages } from '../domain/messages/index.js';\nexport const probe = excelMessages;"],
    ['the domain using its own capabilities and zod', 'src/domain/master/probe.ts', "import { z } from 'zod';\nimport { summarize } from '../summarize/index.js';\nimport { masterMessages } from '../messages/master.js';\nexport const probe = [z, summarize, masterMessages];"],
    ['the CLI importing the domain, the xlsx adapter and Node', 'src/cli/commands/probe.ts', "import { readFile } from 'node:fs/promises';\nimport { readMaster } from '../../domain/master/index.js';\nimport { DubanError } from '../../domain/errors.js';\nimport { readWorkbook } from '../../xlsx/index.js';\nexport const probe = [readFile, readMaster, DubanError, readWorkbook];"],
    ['the task pane loading the adapters and the domain lazily', 'src/taskpane/probe.ts', "import { renderSpecToWorkbook } from '../excel/index.js';\nexport const probe = [renderSpecToWorkbook, () => import('../xlsx/index.js'), () => import('../domain/units/index.js')];"],
    ['the application layer using the domain, and the xlsx adapter on first use', 'src/app/probe.ts', "import { consolidateReturns } from '../domain/returns/index.js';\nimport type { ReadOptions } from '../xlsx/index.js';\nexport const probe = [consolidateReturns, () => import('../xlsx/index.js')];\nexport type Probe = ReadOptions;"],
  ])('allows %s', async (_, file, code) => {
    expect(await crossings(file, code)).toEqual([]);
  }, 60_000);

  test('says why, in the message', async () => {
    const [message] = await crossings('src/xlsx/probe.ts', "import { readWorkbookGrid } from '../excel/index.js';\nexport const probe = readWorkbookGrid;");
    expect(message).toContain('互不引用');
  }, 60_000);
});
