import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCli, temporaryDirectory } from '../helpers/cli.js';

describe('duban lists and export', () => {
  test('lists prints both built-in ids, one a line', () => {
    const run = runCli(['lists']);
    expect(run.status).toBe(0);
    expect(run.stdout.trim().split('\n')).toEqual(['tianjin-2023-business-environment', 'tianjin-2023-key-work']);
  });

  test('export --json writes only the list JSON to stdout', () => {
    const run = runCli(['export', '--list', 'tianjin-2023-key-work', '--json']);
    expect(run.status).toBe(0);
    const list = JSON.parse(run.stdout);
    expect(list.id).toBe('tianjin-2023-key-work');
    expect(list.tasks).toHaveLength(160);
    expect(list.tasks[0]).toMatchObject({ seq: 1, content: '全市地区生产总值增长4%左右。', leaders: ['刘桂平'] });
    expect(list.tasks[0].deadline.milestones).toEqual([{ due: '2023-12-31', kind: 'complete' }]);
  });

  test('an unknown id exits with 2 and a Chinese message naming the built-in lists', () => {
    const run = runCli(['export', '--list', 'no-such-list', '--json']);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('未找到任务清单「no-such-list」');
    expect(run.stderr).toContain('tianjin-2023-key-work');
  });

  test('an invalid list file exits with 2 and names the file and the field', () => {
    const dir = temporaryDirectory();
    try {
      const path = join(dir.path, 'broken.json');
      writeFileSync(path, JSON.stringify({ id: 'x', title: '清单', issuer: '', issuedOn: null, year: '2023' }));
      const run = runCli(['export', '--list', path, '--json']);
      expect(run.status).toBe(2);
      expect(run.stderr).toContain('broken.json');
      expect(run.stderr).toContain('字段 year');
      expect(run.stderr).not.toMatch(/at .*\.js:\d+/);
    } finally {
      dir.cleanup();
    }
  });

  test('a file that is not JSON exits with 2 and says so', () => {
    const dir = temporaryDirectory();
    try {
      const path = join(dir.path, 'notes.json');
      writeFileSync(path, '这不是 JSON');
      const run = runCli(['export', '--list', path, '--json']);
      expect(run.status).toBe(2);
      expect(run.stderr).toContain('不是有效的 JSON 文件');
    } finally {
      dir.cleanup();
    }
  });
});
