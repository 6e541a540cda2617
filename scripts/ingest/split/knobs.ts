// Every tuning constant of the split stage, in one place. Widths are in ems (an ideograph is one
// em, a Latin letter or digit half an em).

export const SPLIT = {
  /** A short item's lead phrase is at most this wide. */
  maxLeadWidth: 40,
  /**
   * A bracketed lead of at most this many characters is a topic run into its paragraph
   * (`【概况】`, `【招商引资】`), not an item's title (`【湖畔新城开工】`).
   */
  maxRunInTopic: 4,
  /** A lead in brackets, which mark where it ends, may be as wide as a headline (a post's `【…】`). */
  maxBracketLeadWidth: 64,
  /** A table row has at least this many cells… */
  minTableCells: 3,
  /** …each at most this wide. */
  maxCellWidth: 20,
  /** …and a table has at least this many rows holding numbers. */
  minTableRows: 2,
  /** A first cell's end wrapped under the table's last row (`货物进出口总` / `额`) is this wide at most, in ems. */
  maxCellTail: 3,
  /** A page is a list of short items when it has at least this many item leads. */
  minItems: 2,
  /** A block of headlines at a page's end (headline-tail.ts): at least this many groups… */
  minTailGroups: 2,
  /** …with no more paragraph text than this many times the headlines' own length… */
  tailTextRatio: 2,
  /** …and no paragraph longer than this. */
  maxTailParagraph: 400,
  /** A floating block (caption, pull quote) is at most this many lines. */
  maxFloatingLines: 4,
  /** A caption is at most this many lines (the last one ending in its credit). */
  maxCaptionLines: 3,
  /** A caption line with at least this many characters and a sentence describes its photo itself. */
  minDescribedCredit: 12,
  /** A photo's one-line description floating beside another photo's credit is at most this wide. */
  maxPhotoLabelWidth: 24,
  /** A pull quote holds at least this many characters… */
  minQuoteChars: 8,
  /** …found again in the text in runs of this many characters… */
  quoteGram: 5,
  /** …covering at least this share of it. */
  quoteRepeatShare: 0.8,
} as const;

/**
 * Evidence for each role of a headline line (headline-roles.ts), in points: a reading's score is
 * the sum over its lines plus the terms for the reading as a whole.
 */
export const ROLE_WEIGHTS = {
  /** Fake bold marks the main title. */
  bold: 3,
  /** …and counts against the other roles when some line is bold. */
  boldElsewhere: 2,
  /** The page's window title names the headline. */
  webTitle: 4,
  /** `地名：…` is the main title's form. */
  subjectColon: 1,
  /** A leading dash marks a subtitle (and nothing else). */
  dashLead: 4,
  /** Titles seldom hold a comma; kickers often do. */
  commaInTitle: 1,
  commaInKicker: 1,
  /** A title of fewer than five characters is more likely a label. */
  shortTitle: 1.5,
  /** A line ending in a colon introduces what follows; it is no title. */
  colonEnd: 2,
  /** `…解析`, `…观察`, `…侧记`: a subtitle's words. */
  subtitleWords: 1.5,
  /** A numbered series line (①, 第九讲, 之一) and the cost of calling another line one. */
  series: 4,
  notSeries: 6,
  /** A short label with no punctuation may be a section; anything else may not. */
  sectionLabel: 0.5,
  notLabel: 3,
  /** A title set over two lines: the first must run on into the second. */
  titleRunsOn: 2,
  titleSplit: 3,
  /** With nothing else to go on, a two-line headline reads kicker over title. */
  kickerFirst: 0.25,
} as const;

/**
 * Evidence that a headline block starts a new article rather than a subhead of the one being
 * read (boundary.ts), in points; a block starts an article at `threshold` or more.
 */
export const BOUNDARY = {
  threshold: 3,
  /** A byline under the headline. */
  byline: 5,
  /** A kicker, subtitle or series line with it. */
  structure: 2,
  /** Set in fake bold. */
  bold: 2,
  /** The article before it has ended (closing byline, a jump to another page). */
  afterClose: 4,
  /** The text after it opens with a dateline (本报讯) or a news lead (9月5日，近日，). */
  dateline: 4,
  newsLead: 2,
  /** Set wider than the text's column by more than `wideMargin` ems. */
  wide: 2,
  wideMargin: 1.5,
  /** Names a place or an organisation. */
  named: 1.5,
  /** Names a column of news briefs (…短讯, 简讯, 速递). */
  briefsColumn: 3,
  /** At least `longTitle` characters (a headline), or at most `shortHeading` (a subhead). */
  long: 0.5,
  longTitle: 12,
  short: 1,
  shortHeading: 8,
  /** A subhead's mark (▌) or number (一、（一）1.). */
  subheadMark: 5,
  /** The page holds one article (a saved web page, a post). */
  singleArticle: 4,
  /** Ends in a colon: it introduces what follows. */
  colonEnd: 3,
  /** Is the title of a document the article named in 《》: the attachment a notice issues. */
  namedDocument: 6,
} as const;

/** Hard-wrapped lines back into paragraphs (paragraphs.ts, line-evidence.ts). Widths in ems. */
export const WRAP = {
  /** A headline is at most this wide and clearly narrower (this ratio) than the text around it… */
  headlineMax: 36,
  headlineRatio: 0.8,
  /** …the text around it being this many lines on either side. */
  neighbourhood: 3,
  /** Text this narrow with no column found around it is a stack of headlines, not body text. */
  narrowText: 24,
  /** How far below the column width a line still counts as filling it. */
  full: 1.5,
  /** A paragraph's first line is indented by about two ems (OCR drops the indent, not the width). */
  indentMin: 1.75,
  indentMax: 4,
  /** A line this much wider than its column is not of the column… */
  overWide: 1.5,
  /** …the column read from up to this many lines away, of which at least minColumnLines are
   * minColumnLine ems or wider (a paragraph's short last line says nothing of the column). */
  columnLookback: 12,
  minColumnLines: 3,
  minColumnLine: 8,
  /** A headline set to the column's width fills it to within this much, over a first line two ems in. */
  exact: 0.5,
} as const;

/** Lines into units (units.ts, match-headlines.ts, word-junction.ts). Widths in ems. */
export const UNITS = {
  /** An item's text begun on its lead's line and narrower than this runs into the next line as one (`】9` / `月15日，…`). */
  shortRest: 8,
  /** A short line right above a byline is its article's title when narrower than this. */
  headlineAboveByline: 24,
  /** A numbered section heading (一、…) is narrower than this. */
  numberedHeadingWidth: 30,
  /** A single line ending no sentence is a heading when narrower than this. */
  headingMaxWidth: 40,
  /** A headline printed away from its body matches one with at least this score of shared rare words. */
  matchMinScore: 1,
  /** Characters read on each side of a line break for a word running across it. */
  junctionSide: 4,
} as const;

/** The width of the column a line stands in (column-width.ts). */
export const COLUMN = {
  /** Lines looked at on each side. */
  window: 10,
  /** The column is this percentile of comparable widths… */
  percentile: 0.8,
  /** …and lines within this band below and above it belong to it. */
  bandBelow: 3,
  bandAbove: 1.5,
  /** Last lines of paragraphs are short; narrower lines say nothing about the column. */
  minWidth: 8,
  /** A column shows as at least this many consecutive lines of its width. */
  minRun: 3,
} as const;
