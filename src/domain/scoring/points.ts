/**
 * Rounding of points, apart from the scorer: the 排名 sheet's builder needs it, and the sheet is read
 * with every master, which must not pull in the distribution plan (and the unit dictionaries) with it.
 */

/** Points to two decimals, halves away from zero as Excel's ROUND does (the 排名 sheet's formulas). */
export function roundPoints(points: number): number {
  // The small nudge keeps 1.005 (stored as 1.00499…) rounding as the decimal number it stands for.
  return (Math.sign(points) * Math.round(Math.abs(points) * 100 + 1e-7)) / 100 || 0;
}
