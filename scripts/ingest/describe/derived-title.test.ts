import { expect, it } from 'vitest';
import { deriveTitle } from './derived-title.ts';

it('takes the lead clause without 本报讯 and the time opener', () => {
  expect(deriveTitle('本报讯 今年以来，昆山高新区坚持高起点定位、高标准规划，按照“八个一”支撑体系')).toBe('昆山高新区坚持高起点定位、高标准规划');
  expect(deriveTitle('近日，中山火炬开发区召开火炬统筹区科普工作联席会议，部署新时代火炬科普工作。')).toBe('中山火炬开发区召开火炬统筹区科普工作联席会议');
});
it('keeps titles short', () => {
  expect(Array.from(deriveTitle('这是一个没有任何标点而且非常非常非常长的导语句子一直写下去没有停下来的意思')).length).toBeLessThanOrEqual(25);
});
