import { expect, it } from 'vitest';
import { stripPostMarks } from './post-marks.ts';

it('takes topic tags and the collapse link off a post’s ends', () => {
  expect(stripPostMarks('#湖畔高新区# 【示范车间名单出炉】近日，园区公布名单。#智改数转# 收起d')).toBe('【示范车间名单出炉】近日，园区公布名单。');
  expect(stripPostMarks('#园区# #招聘# 园区举办招聘会。')).toBe('园区举办招聘会。');
  expect(stripPostMarks('园区举办招聘会。展开全文')).toBe('园区举办招聘会。');
});

it('leaves a tag inside a sentence, a lone tag line and text without marks alone', () => {
  expect(stripPostMarks('网友在#湖畔高新区#话题下留言点赞。')).toBe('网友在#湖畔高新区#话题下留言点赞。');
  expect(stripPostMarks('#湖畔高新区#')).toBe('#湖畔高新区#');
  expect(stripPostMarks('第3号楼收起脚手架。')).toBe('第3号楼收起脚手架。');
  expect(stripPostMarks('工人们正在把脚手架收起')).toBe('工人们正在把脚手架收起');
});
