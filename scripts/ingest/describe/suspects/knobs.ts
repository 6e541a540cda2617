// Tuning constants of the suspected-misread finder (find-suspects.ts, confusion.ts).

/** At most one flag per this many characters of text (a file's). */
export const CHARS_PER_FLAG = 1500;
/** Glyphs this alike (share of common ink) are look-alikes… */
export const MIN_LIKENESS = 0.45;
/** …and so are glyphs whose right or lower parts are this alike (a shared component), counted at this weight. */
export const MIN_COMPONENT_LIKENESS = 0.6;
export const COMPONENT_WEIGHT = 0.8;
/** A character is tried alone as its look-alikes this close (己 → 已), the closest few. */
export const SINGLE_LIKENESS = 0.8;
export const LOOK_ALIKE_COUNT = 4;
/** Words either side of the suspect that the language model reads with it. */
export const CONTEXT_WORDS = 3;
/** Nats the language model must gain from a proposal's reading… */
export const MIN_GAIN = 5;
/** …and its score: the gain plus LIKENESS_WEIGHT × the characters' likeness (0–1). */
export const LIKENESS_WEIGHT = 20;
export const MIN_SCORE = 24;
/** Longest word (characters) a suspect may be part of. */
export const MAX_SPAN = 4;
/** Least jieba frequency of the word a proposal makes. */
export const MIN_WORD_FREQUENCY = 3;
/** A dictionary word this rare (jieba frequency), unknown to the model, may itself be a misread… */
export const RARE_FOUND = 5;
/** …of a word this many times commoner. */
export const RARE_RATIO = 10;
/**
 * A single-character word is tried only where the model finds it (with the word after it) at
 * least this surprising, in nats: a character that reads on in its context hides no misread, and
 * most of a text's characters are skipped cheaply.
 */
export const MIN_SURPRISE = 10;
