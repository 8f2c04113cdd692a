/**
 * `duban` loads only the command it runs (src/cli/commands/index.ts): the registry's names, summaries
 * and usages are the commands' own, and `duban lists` loads neither ExcelJS, zod, the zip code, the
 * xlsx reader nor the unit dictionaries. What a process loads is recorded by a module hook.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { commands } from '../../src/cli/commands/index.js';
import { projectRoot, temporaryDirectory } from '../helpers/cli.js';

let tmp: { path: string; cleanup: () => void };

beforeAll(() => {
  tmp = temporaryDirectory('duban-startup-');
  // Runs in the loader thread: every module loaded, one URL a line.
  writeFileSync(
    join(tmp.path, 'hooks.mjs'),
    `import { appendFileSync } from 'node:fs';
export async function load(url, context, next) { appendFileSync(process.env.DUBAN_LOADED, url + '\\n'); return next(url, context); }`,
  );
  writeFileSync(join(tmp.path, 'register.mjs'), `import { register } from 'node:module';\nregister(${JSON.stringify(pathToFileURL(join(tmp.path, 'hooks.mjs')).href)});\n`);
});
afterAll(() => tmp.cleanup());

/** The modules a `duban` run loads (URLs), and its exit code. */
function loadedBy(args: string[], name: string): { status: number | null; loaded: string[] } {
  const list = join(tmp.path, `${name}.txt`);
  writeFileSync(list, '');
  const run = spawnSync(process.execPath, ['--import', pathToFileURL(join(tmp.path, 'register.mjs')).href, join(projectRoot, 'bin', 'duban.js'), ...args], {
    cwd: projectRoot,
    encoding: 'utf8',
    env: { ...process.env, DUBAN_LOADED: list },
  });
  return { status: run.status, loaded: readFileSync(list, 'utf8').split('\n').filter(Boolean) };
}

const HEAVY = [/#exceljs|exceljs/, /\/zod\//, /\/jszip\//, /\/fflate\//, /\/pinyin-pro\//, /\/opencc-js\//, /\/dist\/xlsx\//, /\/dist\/domain\/units\//];

test('every entry of the registry loads the command it names, with the same summary and usage', async () => {
  for (const entry of commands) {
    const command = await entry.load();
    expect({ name: command.name, summary: command.summary, usage: command.usage }).toEqual({ name: entry.name, summary: entry.summary, usage: entry.usage });
  }
  expect(new Set(commands.map((entry) => entry.name)).size).toBe(commands.length);
});

test('`duban lists` loads no workbook, schema, zip or unit-matching code; `duban init` does', () => {
  const lists = loadedBy(['lists'], 'lists');
  expect(lists.status).toBe(0);
  expect(lists.loaded.some((url) => url.endsWith('/dist/cli/commands/lists.js'))).toBe(true);
  for (const heavy of HEAVY) expect(lists.loaded.filter((url) => heavy.test(url))).toEqual([]);
  expect(lists.loaded.filter((url) => /\/dist\/cli\/commands\/(?!lists|index)/.test(url))).toEqual([]);

  // The same hook sees them when a command needs them: the check above can fail.
  const init = loadedBy(['init', '--list', 'tianjin-2023-key-work', '--out', join(tmp.path, 'master.xlsx'), '--date', '2023-04-01'], 'init');
  expect(init.status).toBe(0);
  for (const heavy of [/\/src\/xlsx\/exceljs\.cjs$/, /\/zod\//, /\/pinyin-pro\//, /\/opencc-js\//, /\/dist\/xlsx\//, /\/dist\/domain\/units\//]) {
    expect(init.loaded.filter((url) => heavy.test(url)).length).toBeGreaterThan(0);
  }
});
