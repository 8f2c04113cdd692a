/**
 * `npm run lint` runs Microsoft's Office Add-in rules (eslint-plugin-office-addins) on the sources:
 * the rules are on for src/, and they catch a property read before context.sync().
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
