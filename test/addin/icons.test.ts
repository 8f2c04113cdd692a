import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { inflateSync } from 'node:zlib';
import { drawIcon, ICON_SIZES } from '../../scripts/icons.js';
import { projectRoot } from '../helpers/cli.js';

const assets = join(projectRoot, 'assets');

describe('the icon script', () => {
  test.each(ICON_SIZES)('committed icon-%i.png is exactly what scripts/icons.ts draws', (size) => {
    expect(readFileSync(join(assets, `icon-${size}.png`)).equals(drawIcon(size))).toBe(true);
  });

  test('draws an opaque badge in the middle and transparent corners', () => {
    const png = drawIcon(32);
    const idat = png.indexOf('IDAT');
    const raw = inflateSync(png.subarray(idat + 4, idat + 4 + png.readUInt32BE(idat - 4)));
    const alpha = (x: number, y: number) => raw[y * (32 * 4 + 1) + 1 + x * 4 + 3];
    expect(alpha(0, 0)).toBe(0);
    expect(alpha(31, 31)).toBe(0);
    expect(alpha(16, 4)).toBe(255);
  });
});
