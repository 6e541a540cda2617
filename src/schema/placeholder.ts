// The one string `npm run new` puts where an editor has still to write something. A published
// article holding it is refused (by `npm run check` and the build); a draft may hold it.
export const PLACEHOLDER = '【待填写】';

/** Fields (and `body`) that still hold the placeholder, in the order they are found. */
export function fieldsWithPlaceholder(data: unknown, body: string, path = ''): string[] {
  const out: string[] = [];
  const visit = (value: unknown, at: string) => {
    if (typeof value === 'string') {
      if (value.includes(PLACEHOLDER)) out.push(at);
    } else if (Array.isArray(value)) value.forEach((v, i) => visit(v, `${at}, item ${i + 1}`));
    else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) visit(v, at ? `${at}.${k}` : k);
  };
  visit(data, path);
  if (body.includes(PLACEHOLDER)) out.push('body');
  return out;
}
