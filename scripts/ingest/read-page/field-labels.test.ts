import { expect, it } from 'vitest';
import { readFieldLabel } from './field-labels.ts';

it('closes up a label spread to one width, and takes a title’s or a text’s label off', () => {
  expect(readFieldLabel('来    源：科技创新局')).toBe('来源：科技创新局');
  expect(readFieldLabel('索 引 号：01234567')).toBe('索引号：01234567');
  expect(readFieldLabel('标    题：湖畔高新区启动科技项目申报')).toBe('湖畔高新区启动科技项目申报');
  expect(readFieldLabel('内容概述：')).toBe('');
  expect(readFieldLabel('正文：近日，园区启动申报。')).toBe('近日，园区启动申报。');
});

it('leaves sentences and names set with spaces alone', () => {
  expect(readFieldLabel('记者 王芳：园区今年新增企业60家。')).toBe('记者 王芳：园区今年新增企业60家。');
  expect(readFieldLabel('问：园区为什么选择新能源？')).toBe('问：园区为什么选择新能源？');
  expect(readFieldLabel('内容丰富，形式多样。')).toBe('内容丰富，形式多样。');
});
