// Answers of a pure function of one text, kept for the next time the same text is asked about:
// the cleaner's stages read each line with the same tests (is it a byline, furniture, a caption?)
// and segment the same line ends again and again. Bounded, so a long ingest does not grow
// without end; `forgetRemembered` empties every such memory (the bench measures the ingest on
// pages it has not seen, as a real ingest meets them).
const DEFAULT_SIZE = 20_000;

const memories = new Set<Map<string, unknown>>();

/** A bounded memory of answers by text (the caller decides what to keep in it). */
export class TextMemory<T> {
  private readonly answers = new Map<string, T>();
  private readonly size: number;

  constructor(size = DEFAULT_SIZE) {
    this.size = size;
    memories.add(this.answers);
  }

  /** The remembered answer, or `compute`'s, remembered. */
  answer(text: string, compute: (text: string) => T): T {
    // One look-up for the common case; `has` only where the remembered answer is undefined itself.
    const known = this.answers.get(text);
    if (known !== undefined || this.answers.has(text)) return known as T;
    const answer = compute(text);
    if (this.answers.size >= this.size) this.answers.clear();
    this.answers.set(text, answer);
    return answer;
  }
}

/**
 * `fn` with its answers remembered. Only for functions of the text alone, whose answers no caller
 * changes (strings, numbers, booleans, or values treated as read-only).
 */
export function rememberByText<T>(fn: (text: string) => T, size = DEFAULT_SIZE): (text: string) => T {
  const memory = new TextMemory<T>(size);
  return (text: string): T => memory.answer(text, fn);
}

/** Empties every memory made here. */
export function forgetRemembered(): void {
  for (const answers of memories) answers.clear();
}
