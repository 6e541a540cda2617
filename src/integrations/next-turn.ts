// The steps after the build run on one thread beside the search index, whose Pagefind process is
// fed through the event loop (after-build.ts): a long synchronous step would leave it waiting.
// Such steps hand the loop back now and then with this.

/** Resolves on the event loop's next turn, once what waits on it (Pagefind's pipe) has gone on. */
export const nextTurn = (): Promise<void> => new Promise<void>((resolve) => setImmediate(resolve));
