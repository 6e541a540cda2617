import { expect, it } from 'vitest';
import { insideNames, namesIn, ownName } from './names.ts';

it('finds a speaker’s name and a titled person’s, and keeps it a name wherever it stands', () => {
  const names = namesIn('工程师顾佳伟说，这是第一步。总经理何立群回忆道。何立群记得那天。');
  expect(names).toEqual(expect.arrayContaining(['顾佳伟', '何立群']));
  const text = '何立群记得那天。';
  expect(insideNames(text, names).slice(0, 3)).toEqual([true, true, true]);
  expect(insideNames(text, names)[3]).toBe(false);
});

it('finds a company’s name, its own name without place and form, and a short name before its trade', () => {
  const names = namesIn('青岛海纳智控科技有限公司落户园区；华测生物也来了。');
  expect(names).toEqual(expect.arrayContaining(['青岛海纳智控科技有限公司', '海纳智控', '华测']));
  expect(ownName('绵阳京华光显科技有限公司')).toBe('京华光显');
});

it('leaves slogans of parallel halves alone', () => {
  expect(namesIn('推进“一城一谷一区”建设，三提三争，唯实唯干。')).toEqual(expect.arrayContaining(['一城一谷', '三提三争', '唯实唯干']));
});
