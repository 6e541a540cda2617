// What article Markdown may become in HTML. Editors may paste raw HTML into a clipping; GitHub's
// safe subset (hast-util-sanitize's default) stays, and with it no <script>, no on* handler and no
// javascript: URL ever reaches a reader. Heading ids keep their plain form so links to them work.
import { defaultSchema } from 'rehype-sanitize';
import type { Options } from 'rehype-sanitize';

export const articleSanitizeSchema: Options = {
  ...defaultSchema,
  clobberPrefix: '',
  // Dropped with their content, not left behind as text.
  strip: [...(defaultSchema.strip ?? []), 'style'],
  tagNames: [...(defaultSchema.tagNames ?? []), 'mark'],
};
