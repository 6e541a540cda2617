import { expect, it } from 'vitest';
import { htmlToPlainText } from './plain-text.ts';

it('keeps paragraphs apart by a blank line and drops the markup', () => {
  expect(htmlToPlainText('<h2 id="x">小标题</h2>\n<p>第一段<strong>加粗</strong>。</p>\n<p>第二段。</p>')).toBe('小标题\n\n第一段加粗。\n\n第二段。');
});
it('keeps list items and table rows on lines of their own', () => {
  expect(htmlToPlainText('<ul><li>甲</li><li>乙</li></ul><table><tr><td>一</td><td>二</td></tr><tr><td>三</td><td>四</td></tr></table>')).toBe('甲\n乙\n一\t二\n三\t四');
});
