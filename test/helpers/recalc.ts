/**
 * LibreOffice as the second spreadsheet program that checks Duban's formulas: every cached result
 * is poisoned first, a fresh profile recalculates every formula on load, and the converted copy is
 * what LibreOffice computed. Without LibreOffice a test says so loudly, and fails on CI.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { isFormula, isStyledCell, type WorkbookSpec } from '../../src/domain/spec/index.js';

export const soffice = ['soffice', 'libreoffice'].find((name) => spawnSync('sh', ['-c', `command -v ${name}`]).status === 0);

/** Every cached formula result replaced by -999: what LibreOffice writes back is its own calculation. */
export function poisoned(spec: WorkbookSpec): WorkbookSpec {
  for (const sheet of spec.sheets) {
    for (const row of sheet.rows) {
      for (const cell of row.cells) {
        const value = isStyledCell(cell) ? cell.value : cell;
        if (value !== null && isFormula(value)) value.result = -999;
      }
    }
  }
  return spec;
}

/**
 * Recalculates the .xlsx `inputs` in LibreOffice (a fresh profile under `dir`) and writes the
 * results as .xlsx of the same names into `dir`/out, which it returns.
 */
export function recalculated(inputs: readonly string[], dir: string): string {
  if (!soffice) throw new Error('soffice is not installed');
  const profile = join(dir, 'profile');
  mkdirSync(join(profile, 'user'), { recursive: true });
  writeFileSync(
    join(profile, 'user', 'registrymodifications.xcu'),
    '<?xml version="1.0" encoding="UTF-8"?>\n<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
      '<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item></oor:items>\n',
  );
  const out = join(dir, 'out');
  const run = spawnSync(soffice, [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', 'xlsx', '--outdir', out, ...inputs], { encoding: 'utf8', timeout: 180_000 });
  if (run.status !== 0) throw new Error(`soffice failed (${run.status}): ${run.stderr}`);
  return out;
}

/** A describe block that needs LibreOffice: skipped with a banner without it, and a failure on CI. */
export function describeWithLibreOffice(name: string, body: () => void): void {
  if (soffice) {
    describe(name, body);
    return;
  }
  const banner = `\n*** LibreOffice (soffice) 未安装：已跳过 — SKIPPED ${name} ***\n`;
  process.stderr.write(banner);
  describe(name, () => {
    (process.env.CI === 'true' ? it : it.skip)('needs soffice on CI', () => {
      throw new Error(`soffice is not installed: ${name} cannot run on CI`);
    });
  });
}
