/** Piping the CLI into a reader that stops early (`| head`) ends it quietly, as other commands do. */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { projectRoot } from '../helpers/cli.js';

test('a closed pipe on stdout ends the command without a stack trace', () => {
  const binary = join(projectRoot, 'bin', 'duban.js');
  // The list JSON is far larger than a pipe's buffer, so the writes meet the closed pipe.
  const run = spawnSync('bash', ['-c', `"${process.execPath}" "${binary}" export --list tianjin-2023-key-work --json | head -c 20 > /dev/null`], { encoding: 'utf8' });
  expect(run.status).toBe(0);
  expect(run.stderr).not.toContain('EPIPE');
  expect(run.stderr).not.toContain('    at ');
});
