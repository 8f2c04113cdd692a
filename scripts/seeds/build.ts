/**
 * `npm run seeds`: rebuilds seeds/*.json from the source texts in seeds/sources/.
 * The output is committed; test/seeds re-runs this build in memory and requires identical bytes.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { buildSeedFiles } from './seed-files.js';

const seedsDir = resolve(import.meta.dirname, '..', '..', 'seeds');
const readSource = (name: string) => readFileSync(join(seedsDir, 'sources', name), 'utf8');

const files = buildSeedFiles(readSource);
for (const [name, text] of Object.entries(files)) {
  writeFileSync(join(seedsDir, name), text);
  process.stderr.write(`已生成 seeds/${name}\n`);
}
