import { expect, it } from 'vitest';
import { rehype } from 'rehype';
import rehypeTidyImages from './rehype-tidy-images.ts';

it('drops images without a source and gives the rest an alt', async () => {
  const out = await rehype().data('settings', { fragment: true }).use(rehypeTidyImages).process('<p><img>文字<img src="/a.png"></p>');
  expect(String(out)).toBe('<p>文字<img src="/a.png" alt=""></p>');
});
