import { expect, it } from 'vitest';
import { afterParkKind, joinWords, nameStart, spanBefore, tagWithPlaces } from './name-span.ts';

const span = (text: string, before: string, max = 22) => spanBefore(text, text.indexOf(before), max);
const start = (text: string, before: string, places = false) => {
  const words = span(text, before);
  return joinWords(words.slice(nameStart(words, places).index));
};

it('makes every place name one word, whatever jieba would cut', () => {
  expect(tagWithPlaces('湖南麓山').map((x) => x.word)).toEqual(['湖南', '麓', '山']);
  expect(tagWithPlaces('湖南麓山')[0]!.tag).toBe('ns');
});
it('makes every kind of park one word (jieba cuts 经开区 as 经/开/区), but not one inside a place', () => {
  expect(tagWithPlaces('宜宾经开区陶瓷产业园').map((x) => x.word)).toEqual(['宜宾', '经开区', '陶瓷', '产业园']);
  expect(tagWithPlaces('上海浦东新区').map((x) => x.word)).not.toContain('新区');
});
it('walks back to the last word that cannot be part of a name', () => {
  expect(joinWords(span('走进园区的星河导航科技有限公司', '有限公司'))).toBe('星河导航科技');
  expect(joinWords(span('今年，江苏星河有限公司', '有限公司'))).toBe('江苏星河');
});
it('keeps a bracketed place as one word, but never opens with it', () => {
  const words = span('云帆光电（合肥）有限公司', '有限公司');
  expect(joinWords(words)).toBe('云帆光电（合肥）');
  expect(words.at(-1)).toMatchObject({ word: '（合肥）', cls: 'bracket' });
  expect(joinWords(span('，（合肥）有限公司', '有限公司'))).toBe('');
});
it('stops at the longest name allowed', () => {
  expect(joinWords(span('江苏星河导航科技有限公司', '有限公司', 6)).length).toBeLessThanOrEqual(6);
});
it('starts a garbled join at its place, and keeps a firm’s own name before a place', () => {
  expect(start('检测数据率湖南远景通信有限公司', '有限公司')).toBe('湖南远景通信');
  expect(start('，鑫达湖南远景通信有限公司', '有限公司')).toBe('鑫达湖南远景通信');
});
it('does not start at a place a verb follows', () => {
  expect(start('苏州加快星河材料有限公司', '有限公司')).toBe('星河材料');
});
it('starts after the last verb when there is no place', () => {
  expect(start('，远景加快星河材料有限公司', '有限公司')).toBe('星河材料');
});
it('counts jieba’s places only when asked (some brand names are tagged as places)', () => {
  expect(start('，前有深港科技合作区', '合作区', true)).toBe('深港科技');
});
it('starts a name anew after a kind of park', () => {
  const words = span('合肥高新区天鹅湖软件园', '软件园');
  expect(joinWords(afterParkKind(words))).toBe('天鹅湖');
});
