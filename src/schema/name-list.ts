// A list of names, one per item: parks, companies, a byline. An item holding several names
// (`parks: [徐州高新区、徐州经开区]`, typed with a Chinese comma inside one pair of brackets)
// would make one page for a park that does not exist; it is refused, with the list to write.
import { z } from 'astro/zod';
import { nonEmptyString } from './common.ts';

/** What separates names in running text: 、，；and their half-width forms. No name holds one. */
export const NAME_SEPARATORS = /\s*[、，,；;]\s*/u;

/** The list with every item split where it holds several names. */
export function splitNames(items: readonly string[]): string[] {
  return items.flatMap((item) => item.split(NAME_SEPARATORS).filter((part) => part.trim() !== ''));
}

export const nameListSchema = z.array(nonEmptyString).superRefine((items, ctx) => {
  items.forEach((item, i) => {
    if (!NAME_SEPARATORS.test(item)) return;
    const message = `${JSON.stringify(item)} holds more than one name; the list takes one per item`;
    ctx.addIssue({ code: 'custom', path: [i], message, params: { write: splitNames(items) } });
  });
});
