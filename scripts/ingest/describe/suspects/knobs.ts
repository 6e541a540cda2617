// Tuning constants of the suspected-misread finder (find-suspects.ts).

/** At most one flag per this many characters of text (a file's). */
export const CHARS_PER_FLAG = 1500;
/** The least likeness (share of common ink) that makes two characters look-alikes. */
export const MIN_LIKENESS = 0.45;
/** Words either side of the suspect that the language model reads with it. */
export const CONTEXT_WORDS = 3;
/** Nats the language model must gain from a proposal's reading… */
export const MIN_GAIN = 5;
/** …and its score: the gain plus LIKENESS_WEIGHT × the characters' likeness (0–1). */
export const LIKENESS_WEIGHT = 20;
export const MIN_SCORE = 16;
/** Longest word (characters) a suspect may be part of. */
export const MAX_SPAN = 4;
/** Least jieba frequency of the word a proposal makes. */
export const MIN_WORD_FREQUENCY = 3;
