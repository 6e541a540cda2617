// The RIS and BibTeX files read back by parsers other programs use, for the tests only (they are
// devDependencies): citation-js, with its RIS and BibTeX plugins, as reference managers read them.
import { Cite, plugins } from '@citation-js/core';
import '@citation-js/plugin-ris';
import '@citation-js/plugin-bibtex';

/** RIS records as tag → values, exactly as the parser split them. */
export function parseRisTags(text: string): Record<string, string | string[]>[] {
  return plugins.input.data(text, '@ris/file') as Record<string, string | string[]>[];
}

/** RIS converted to CSL-JSON, as a reference manager would import it. */
export function parseRisToCsl(text: string): Record<string, unknown>[] {
  return new Cite(text).data as Record<string, unknown>[];
}

export interface BibtexEntry {
  type: string;
  key: string;
  /** The fields as written (TeX escapes and braces kept). */
  fields: Record<string, string>;
  /** The entry read as a reference manager would (CSL-JSON: TeX decoded, names split). */
  csl: Record<string, unknown>;
}

/** BibTeX entries, each as written and as read; a syntax error is reported, not thrown. */
export function parseBibtex(text: string): { entries: BibtexEntry[]; errors: string[] } {
  try {
    const raw = plugins.input.data(text, '@biblatex/text') as Array<{ type: string; label: string; properties: Record<string, string> }>;
    const csl = new Cite(text).data as Record<string, unknown>[];
    return { entries: raw.map((e, i) => ({ type: e.type, key: e.label, fields: e.properties, csl: csl[i] ?? {} })), errors: [] };
  } catch (error) {
    return { entries: [], errors: [(error as Error).message] };
  }
}
