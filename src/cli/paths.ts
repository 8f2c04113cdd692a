import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The package root: two levels above this file in both src/cli and dist/cli. */
export const packageRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
/** The built-in lists (seeds/<id>.json) and the unit directory (seeds/units.json). */
export const seedsDir = join(packageRoot, 'seeds');
