import { expect, it } from 'vitest';
import { articleDescription } from './article-description.ts';

it('describes an article by its readable start', () => {
  expect(articleDescription('**本报讯** 今年以来，<script>x()</script>园区\n\n## 小标题\n\n正文。')).toBe('本报讯今年以来，x()园区小标题正文。');
  expect(articleDescription('字'.repeat(200)).length).toBe(91);
});
