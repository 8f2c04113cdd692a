/** The openpyxl baseline shared by the consolidation benches (bench/openpyxl-scan.py). */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

export const OPENPYXL_SCAN = join(import.meta.dirname, 'openpyxl-scan.py');

/** A Python with openpyxl: the one on PATH, else Debian's (`apt-get install python3-openpyxl` installs there). */
export function pythonWithOpenpyxl(): string | undefined {
  return ['python3', '/usr/bin/python3'].find((python) => spawnSync(python, ['-c', 'import openpyxl'], { encoding: 'utf8' }).status === 0);
}

export const NO_OPENPYXL = '未安装 openpyxl（apt-get install python3-openpyxl），跳过 openpyxl 对照';
