import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSeedFiles } from '../../scripts/seeds/seed-files.js';
import { projectRoot } from '../helpers/cli.js';

const seedsDir = join(projectRoot, 'seeds');

describe('the committed seeds', () => {
  test('re-running the importer gives byte-identical seed files', () => {
    const files = buildSeedFiles((name) => readFileSync(join(seedsDir, 'sources', name), 'utf8'));
    expect(Object.keys(files).sort()).toEqual(['tianjin-2023-business-environment.json', 'tianjin-2023-key-work.json', 'units.json']);
    for (const [name, text] of Object.entries(files)) {
      expect({ name, text }).toEqual({ name, text: readFileSync(join(seedsDir, name), 'utf8') });
    }
  });

  test('the source texts are the untouched shared seed documents', () => {
    for (const name of ['000_966d7ba61376989e.txt', '003_0b129a7a39425da9.txt']) {
      const shared = join(projectRoot, '..', 'shared', 'seeds', name);
      let original: string;
      try {
        original = readFileSync(shared, 'utf8');
      } catch {
        continue; // ../shared is beside the clone in CI; a user's clone may not have it.
      }
      expect(readFileSync(join(seedsDir, 'sources', name), 'utf8')).toBe(original);
    }
  });
});
