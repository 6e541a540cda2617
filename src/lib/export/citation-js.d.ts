// citation-js ships no types; what the tests use of it (citation-parsers.ts).
declare module '@citation-js/core' {
  export class Cite {
    constructor(input: string);
    data: unknown[];
  }
  export const plugins: { input: { data(input: string, type: string): unknown } };
}
declare module '@citation-js/plugin-ris';
declare module '@citation-js/plugin-bibtex';
