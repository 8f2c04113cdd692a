/**
 * The worker thread that reads returned files for read-returns-pool.ts: one file per message, by
 * path, answered with its ReturnFile. Loaded from the tsc build (dist/cli/read-returns-worker.js);
 * it imports the reader alone (no ExcelJS), so a fresh worker starts quickly.
 */
import { parentPort } from 'node:worker_threads';
import { xlsxMessages } from '../domain/messages/index.js';
import { readOne, type FoundFile } from './read-returns.js';

const port = parentPort;
if (port) {
  port.on('message', async ({ id, found }: { id: number; found: FoundFile }) => {
    try {
      port.postMessage({ id, file: await readOne(found) });
    } catch (error) {
      const name = found.path.split(/[/\\]/).pop() ?? found.path;
      port.postMessage({ id, file: { file: found.shown, name, kind: 'corrupt', problem: xlsxMessages.readFailed(error instanceof Error ? error.message : String(error)) } });
    }
  });
  port.postMessage({ ready: true });
}
