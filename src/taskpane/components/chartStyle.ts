/**
 * What the pane's two SVG charts (StatusChart, LightsChart: one lazily loaded chunk) draw alike.
 * Fluent's theme comes through the CSS variables its provider sets: importing Fluent's makeStyles
 * and tokens into the chunk took them out of the start-up bundle's concatenated scope and made it
 * 4.9 KB (gzipped) larger; this way the charts add 0.5 KB to it.
 */

/** Drawing units; the SVG scales to the pane's width (about 290 px at 320 px). */
export const CHART_WIDTH = 300;
export const CHART_FONT = 11;
export const CHART_SVG = { display: 'block', width: '100%', height: 'auto', fontFamily: 'var(--fontFamilyBase)' } as const;
export const CHART_MUTED = 'var(--colorNeutralForeground3)';
