import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { runCli, temporaryDirectory } from '../helpers/cli.js';

describe('duban demo', () => {
  test('runs the whole cycle on a built-in list and the report names every planted problem', () => {
    const dir = temporaryDirectory();
    try {
      const run = runCli(['demo', '--out-dir', dir.path, '--list', 'tianjin-2023-key-work', '--period', '2023Q1']);
      expect(run.status).toBe(0);
      const out = join(dir.path, 'tianjin-2023-key-work');
      const planted = /第3步.*?(\d+) 个文件报回，(.+?) 未报送\n演示中预设的问题：(.+?) 改动了任务原文；(.+?) 的进展状态写作「正在推进」；(.+?) 报送了初稿和正式稿两份。/s.exec(run.stdout);
      expect(planted).not.toBeNull();
      const [, returnedCount, silent, tampered, synonym, duplicate] = planted!;

      const returned = readdirSync(join(out, 'returned'));
      expect(returned).toHaveLength(Number(returnedCount));
      const distributed = readdirSync(join(out, 'returns'));

      const report = JSON.parse(readFileSync(join(out, 'report.json'), 'utf8'));
      expect(report.filesRead).toBe(returned.length);
      expect(report.filesRejected).toEqual([]);
      expect(report.unitsMissing.sort()).toEqual(silent.split('、').sort());
      expect(report.unitsReturned).toHaveLength(distributed.length - 2);
      expect(report.tampered).toEqual([expect.objectContaining({ file: expect.stringContaining(tampered) })]);
      expect(report.duplicates).toEqual([expect.objectContaining({ unit: duplicate })]);
      expect(report.unitsReturned).toContain(synonym);
      expect(report.rowsRejected).toEqual([]);

      const summary = JSON.parse(readFileSync(join(out, 'summary.json'), 'utf8'));
      expect(summary.byLeader).toHaveLength(8);
      const reported = summary.byUnit.reduce((n: number, row: Record<string, number>) => n + row['已完成'] + row['序时推进'] + row['滞后'] + row['未启动'], 0);
      expect(reported).toBe(report.rowsAccepted);
      for (const name of ['master.xlsx', 'merged.xlsx', 'summary.xlsx', '通报.docx']) expect(readdirSync(out)).toContain(name);
    } finally {
      dir.cleanup();
    }
  });
});
