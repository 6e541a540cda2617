// The charts' tuning constants, in one place. Sizes are in the SVG's own units, which are CSS
// pixels where the chart is drawn at its viewBox width.

/**
 * Each chart is drawn twice, for the two widths the site's column has, and CSS shows one:
 * a phone's (390 px less the page's 1 rem margins) and a desktop's (the 44 rem column less its margins).
 * Drawn at its own width, a chart's text is the page's size instead of shrinking with the screen.
 */
export const CHART_WIDTHS = { narrow: 358, wide: 672 } as const;
export type ChartVariant = keyof typeof CHART_WIDTHS;
/** Below this viewport width (px) the narrow drawing is shown (charts.css says the same). */
export const NARROW_BELOW_PX = 640;

/** Label text size and line height. */
export const FONT_SIZE = 13;
export const LINE_HEIGHT = 17;
/** Width of a character in em, for laying out labels without a browser: Han and full-width forms
 * are square; Latin letters and digits average a little over half an em in the site's sans fonts. */
export const WIDE_CHAR_EM = 1;
export const NARROW_CHAR_EM = 0.58;

/** The archive's chart: per month while the months span at most this many; per year only beyond. */
export const MONTH_CHART_MAX_MONTHS = 72;
/** Height of the plot area of the bar charts. */
export const BAR_PLOT_HEIGHT = { narrow: 130, wide: 170 } as const;

/** A park or company page: at most this many names of the other kind in its bar chart (all in the list). */
export const CO_NAMED_CHART_MAX = 12;

/** /network/: at most this many parks and companies drawn (those with the most shared articles); the list has all. */
export const NETWORK_MAX_PARKS = 40;
export const NETWORK_MAX_COMPANIES = 90;
/** Label lines per node before a name is cut with an ellipsis (the full name is its tooltip and in the list). */
export const NETWORK_LABEL_LINES = 2;
/** Barycentre sweeps that order each side of the network to keep lines from crossing. */
export const NETWORK_ORDER_SWEEPS = 8;
