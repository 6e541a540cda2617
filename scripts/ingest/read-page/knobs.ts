// Every tuning constant of the read-page stage, in one place. Widths are in ems (an ideograph is
// one em, a Latin letter or digit half an em).

/** Fake bold (fake-bold.ts). */
export const BOLD = {
  /** A doubled headline has at least this many characters as read (twice its own). */
  minChars: 4,
  /** …and at least one run of this many characters read twice (rules out 人人常常谢谢). */
  minLongestRun: 3,
  /** …or at least this many characters each read twice (`湖湖畔畔新新城城开开`). */
  minCharPairs: 5,
  /** No doubled run is longer than a headline's phrase: bounds the parse, keeps it linear. */
  maxRun: 40,
  /** A line longer than twice this many characters is never a doubled headline. */
  maxHeadline: 80,
  /** A bold lead phrase at an item's start has at least this many doubled characters. */
  minLeadPairs: 4,
} as const;

/** Page furniture and web chrome (furniture.ts, chrome.ts). */
export const FURNITURE = {
  /** Furniture lines are short: a line wider than this is text whatever words it holds. */
  maxWidth: 60,
  /** A masthead or a section label is at most this many characters. */
  maxLabel: 10,
  /** A teaser list after a tail marker holds lines no wider than this. */
  maxTeaserWidth: 40,
  /** A post's account or author over its date is looked for among the page's first lines… */
  postLabelWithin: 6,
  /** …and is at most this many Han characters (a headline is longer). */
  maxPostLabel: 8,
  /** A shorter line is still article text (the tail is not before it) if it is a sentence of clauses with this many Han characters. */
  minProseHan: 12,
  /** A signature closing a document is set at least this many spaces in from the left. */
  signatureIndent: 10,
  /** A printed advert under its `广告` label runs at most this many lines, none wider than this (slogans, a phone number, an address). */
  maxAdvertLines: 8,
  maxAdvertWidth: 30,
  /** An e-paper's list of the page's headlines under its label runs at most this many lines (each no wider than a teaser). */
  maxNavigationLines: 12,
} as const;

/** Lines read on their own form (captions.ts, line-kind.ts, sidebars.ts, browser-title.ts, index.ts). */
export const LINES = {
  /** A caption or photo credit is at most this wide. */
  captionWidth: 40,
  /** …and one under an image placeholder (`[图片]`) too. */
  imageCaptionWidth: 40,
  /** Lines a caption under an image placeholder may wrap over. */
  maxImageCaptionLines: 3,
  /** A headline-like line, for the columns step, is narrower than this. */
  headingWidth: 24,
  /** A box's label (档案, 关键词…) is at most this wide… */
  boxLabelWidth: 12,
  /** …and the box ends at a gap of this many blank lines. */
  boxEndGap: 3,
  /** A headline set apart from the text above by this many blank lines or more starts an article (sidebars.ts). */
  headlineGap: 2,
  /** A window title's headline has at least this many Han characters; its site name at most this many characters. */
  browserTitleMinHan: 5,
  browserTitleMaxSite: 16,
} as const;
