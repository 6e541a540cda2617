// The de-interleaver's tuning constants, in one place (scripts/ingest/columns/).

/** Words on each side of a join that the language model looks at. */
export const MODEL_SIDE_WORDS = 3;
/** Nats of the language model's gain across a join per point of join score… */
export const MODEL_NATS_PER_POINT = 4;
/** …and the most and least one join's words can give. */
export const MODEL_MAX_POINTS = 2.5;
export const MODEL_MIN_POINTS = -1;

// Side-by-side columns (side-by-side.ts): OCR lines that each hold one printed line of two or
// three columns, separated by a run of spaces.
/** Consecutive rows a block of side-by-side columns needs. */
export const SIDE_MIN_ROWS = 3;
/** Share of a block's lines that must split at the column's width. */
export const SIDE_MIN_SHARE = 0.6;
/** Narrowest column (ems) and the most a piece may exceed its column. */
export const SIDE_MIN_COLUMN = 6;
export const SIDE_SLACK = 1;
/** Lines of one column alone (no gutter) that may stand inside a block of side-by-side rows, in a row. */
export const SIDE_LONE_LINES = 3;
/** A left piece this close under its column's width is a full printed line. */
export const SIDE_FULL_WITHIN = 2.5;
/** Spaces of a gap that says "gutter" even after a short piece (a paragraph's last line). */
export const SIDE_WIDE_GAP = 2;
/** The most rows a block's headlines may take (a headline wrapped over two lines). */
export const SIDE_HEADLINE_ROWS = 2;
/** Blank lines beyond the page's usual spacing that may stand between a row of headlines and the columns under it. */
export const SIDE_HEADLINE_GAP = 1;
/** What one space of a run of padding measures (ems): OCR pads a short piece to the next column. */
export const SPACE_WIDTH = 0.5;
/** Votes a width half the commonest gutter's needs (as a share of its votes) to be the first of three columns. */
export const SIDE_HALF_VOTES = 0.5;
/** Share of a block's cut rows whose gutter is that wide (single spaces are OCR's, not a gutter's). */
export const SIDE_WIDE_GUTTER_SHARE = 1 / 3;
/** The most ems a row may hold beyond its columns' widths (else it is more than one row). */
export const SIDE_ROW_SLACK = 3;
/** Leading spaces that put a piece in a column other than the first. */
export const SIDE_INDENT = 4;
/** Share of a block's rows whose first piece fills its column (a table's cells do not). */
export const SIDE_FULL_SHARE = 0.5;
/** The second column's width, as a share of the first's: at least and at most. */
export const SIDE_SECOND_RATIO: readonly [number, number] = [0.5, 1.6];
/** Share of a block's lines that may fit no column or hold more wide gaps than its gutters. */
export const SIDE_MAX_UNFIT = 0.2;

// Mixed lines (mixed-lines.ts).
/** A line's streams must beat reading it straight by this much to count as mixed columns. */
export const MIXED_MARGIN = 1;
/** Fragments a line needs before the search for streams inside it means anything. */
export const MIN_SEARCHED = 3;
/** Average evidence per join that makes a line's own order trusted (a word across every other join). */
export const TRUSTED_EVIDENCE = 0.75;
/** How much wider than its column one printed line may measure (punctuation squeezed by OCR). */
export const ONE_LINE_SLACK = 1.5;
/** How many lines away to look for a line that shows the column's width. */
export const COLUMN_SEARCH = 40;

// The reading of a mixed page (reading-scores.ts, search-reading.ts).
/** Columns this different in width are different columns: their lines never join… */
export const COLUMN_TOLERANCE = 3;
/** …so a join between them costs this much. */
export const OTHER_COLUMN = -4;
/** The prior for the first reading's links: between printed lines the OCR read as one line of a
 * column whose order the text confirmed (with and without a word across this join)… */
export const SAME_LINE_BONUS = 3.5;
export const UNCONFIRMED_SAME_LINE_BONUS = 1.5;
/** …the OCR's other links… */
export const NEXT_LINE_BONUS = 0.5;
/** …the OCR's links inside a line that looked mixed on weak evidence, where its likeliest streams agree… */
export const WEAK_LINE_BONUS = 2;
/** …and the links a stream search made inside a mixed line or stretch. */
export const STREAM_BONUS = 1;
/** Text after a heading or an article's start: a paragraph's opening (一是…, ●, an indent), a
 * line that reads as the middle of a sentence, and a mark no line starts with. */
export const PARAGRAPH_OPENS = 1;
export const MID_SENTENCE_OPENS = -1;
export const PUNCTUATION_OPENS = -2;
/** Text that stops mid-sentence before a heading or an article's end (a column's end lost). */
export const LOST_END = -1;
/** The least a move must gain to be made: below it the first reading stands (more without the
 * language model, whose unigram evidence only ever speaks for a join, spurious words too)… */
export const READING_MIN_GAIN = 1;
export const READING_MIN_GAIN_UNIGRAM = 2;
/** …and the least for its lines' order to be sure: a move that gains less, made or not, puts the
 * lines it touches in the report (and their articles' jumbledLines). */
export const READING_SURE_GAIN = 2;
/** The evidence one of a move's new joins must have (a word across it, a bracket closed). */
export const READING_MIN_EVIDENCE = 1;
/** The longest block of printed lines moved at once. */
export const READING_BLOCK_MAX = 8;
/** How many best neighbours of a block's ends are tried as its new place. */
export const READING_CANDIDATES = 8;
/** A guard on the number of moves (real pages stop long before). */
export const READING_MAX_MOVES = 2000;
/** Fragments a page may have for every pair of them to be weighed (a few thousand is a lot of page). */
export const MAX_WEIGHED_FRAGMENTS = 3000;

// Paragraphs by their lines' widths (join-score.ts): OCR drops a first line's indent, so a
// paragraph's first line is short of its column by about two ems, and its last line ends a
// sentence short of the column.
/** How much narrower than its column a line is to count as indented (or as a paragraph's last)… */
export const INDENT_MIN = 1.5;
/** …and at most, for an indented line. */
export const INDENT_MAX = 3;
/** An indented line after a sentence's end, and after text that runs on. */
export const INDENT_AFTER_SENTENCE = 0.5;
export const INDENT_MID_SENTENCE = -1.5;
/** A full line after a paragraph's last line (where the next paragraph's indent should be). */
export const FULL_AFTER_PARAGRAPH = -1;

// The search for streams (stream-search.ts): the columns of a run of printed lines the OCR read
// row by row.
/** The most columns read together, and the beam's width. */
export const STREAM_MAX = 3;
export const STREAM_BEAM = 24;
/** What opening one more stream costs: the evidence needed before a column is split off (with
 * the language model, and with the unigram model, whose points run on another scale). */
export const STREAM_OPEN_COST = 2.5;
export const STREAM_OPEN_COST_UNIGRAM = 2;
/** What following the fragment the OCR read just before is worth (one column read straight). */
export const STREAM_ADJACENT_BONUS = 0;
/** What each place a stream's next fragment is off the row-by-row rhythm costs… */
export const STREAM_ROW_PENALTY = 0.6;
/** …counting at most this many places (a column may resume after a gap). */
export const STREAM_MAX_IRREGULARITY = 2;
/** A stream with no fragment in this many places per stream has ended (its column ran out). */
export const STREAM_ACTIVE_WINDOW = 3;
/** What putting a printed line back before its stream's end costs (a line read out of its row)… */
export const STRAY_COST = 1;
/** …and how many of the stream's last lines it may go back past. */
export const STRAY_DEPTH = 12;
/** A line of at most this many printed lines, fewer than its neighbours', holds lines read out of their rows. */
export const LOOSE_PIECES = 2;

// What each line is (classify-lines.ts).
/** A line with one comma narrower than this (ems) and than the text on both sides is a section heading… */
export const SECTION_HEADING_MAX = 20;
/** …by at least this much. */
export const SECTION_HEADING_NARROWER = 2;
/** Printed lines of one column differ in width by at most this (ems). */
export const SAME_COLUMN_WIDTH = 2;

// OCR lines cut into printed lines (cut-fragments.ts).
/** Fewer pieces than this and a line is ordinary text, not a run of printed lines. */
export const CUT_MIN_FRAGMENTS = 3;
/** Narrowest column worth considering (ems): below it, spaced words are not printed lines. */
export const CUT_MIN_COLUMN = 6;
/** How far past the column width two pieces may go and still be one printed line. */
export const CUT_MERGE_SLACK = 1.5;
/** A piece this many times the column width is printed lines run together. */
export const CUT_RUN_TOGETHER = 1.7;

// The evidence of one join (join-score.ts, junction-gain.ts).
/** Without the language model: nats of the unigram model's gain per point of join score… */
export const UNIGRAM_NATS_PER_POINT = 2.5;
/** …and the most one join's words can give. */
export const UNIGRAM_MAX_POINTS = 3;
/** A number and its measure word across the join (11|家). */
export const JOIN_MEASURE = 2;
/** A number cut in two (约20|00万元). */
export const JOIN_NUMBER_RUNS_ON = 2;
/** A bracket closed that the text before opened, and one closed that it did not. */
export const JOIN_CLOSES_OPEN = 2;
export const JOIN_CLOSES_NOTHING = -4;
/** A straight quotation mark that closes one left open. */
export const JOIN_QUOTE_CLOSES = 1;
/** A numbered series going on (四是 → 五是), a numbered point cut after its numeral (一|是), and a series out of order. */
export const JOIN_NEXT_IN_SERIES = 2;
export const JOIN_SPLIT_POINT = 2;
export const JOIN_OUT_OF_SERIES = -1;
/** A marked paragraph start (本报讯, ●, 一是) after a sentence's end, and after text that runs on. */
export const JOIN_PARAGRAPH_AFTER_SENTENCE = 1;
export const JOIN_PARAGRAPH_MID_SENTENCE = -2;
/** A mark no line starts with, after a mark. */
export const JOIN_DOUBLE_PUNCTUATION = -2;
/** Brackets left open this long ago are forgotten. */
export const JOIN_MAX_OPEN = 8;
/** Characters the unigram model looks at on each side of a join (the dictionary's long words are rare)… */
export const UNIGRAM_SIDE = 4;
/** …and the longest dictionary word it tries. */
export const UNIGRAM_MAX_WORD = 6;
/** How many times more often a character must begin words than stand alone for text ending on it to count as cut. */
export const DANGLING_RATIO = 2;

// Numbered paragraphs' first and last lines read apart from their bodies (place-numbered-heads.ts).
/** What a body's start earns when the text before it stops mid-word… */
export const STUB_CUT_BEFORE = 1;
/** …the evidence a place needs before a first line goes there… */
export const STUB_MIN_EVIDENCE = 1;
/** …and how many such first lines a stretch needs. */
export const STUB_MIN_COUNT = 2;
/** Evidence a paragraph's last line needs to go back after the line it ends, and its margin over the next best. */
export const LAST_LINE_EVIDENCE = 2;
export const LAST_LINE_MARGIN = 0.5;
