// The RIS and BibTeX files read back by parsers other programs use, for the tests only (they are
// devDependencies): citation-js (RIS, mapped to CSL as reference managers do) and the BibTeX
// parser behind Better BibTeX for Zotero.
import { Cite, plugins } from '@citation-js/core';
import '@citation-js/plugin-ris';
import { parse as parseBibtexLibrary } from '@retorquere/bibtex-parser';

/** RIS records as tag → values, exactly as the parser split them. */
export function parseRisTags(text: string): Record<string, string | string[]>[] {
  return plugins.input.data(text, '@ris/file') as Record<string, string | string[]>[];
}

/** RIS converted to CSL-JSON, as a reference manager would import it. */
export function parseRisToCsl(text: string): Record<string, unknown>[] {
  return new Cite(text).data as Record<string, unknown>[];
}

export function parseBibtex(text: string) {
  return parseBibtexLibrary(text);
}
