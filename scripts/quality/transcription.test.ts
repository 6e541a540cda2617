import { expect, it } from 'vitest';
import { parseTranscription } from './transcription.ts';

it('reads articles under `# title` lines and skips the opening comment', () => {
  const md = '<!--\nhow it was made\n# not a title\n-->\n\n# 甲\n\n第一段。\n\n第二段。\n\n# 乙\n\n正文。\n';
  expect(parseTranscription(md)).toEqual([
    { title: '甲', text: '第一段。\n\n第二段。' },
    { title: '乙', text: '正文。' },
  ]);
});
