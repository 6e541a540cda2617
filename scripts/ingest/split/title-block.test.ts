import { expect, it } from 'vitest';
import { readTitleBlock } from './title-block.ts';

it('reads series, kicker and title', () => {
  expect(readTitleBlock(['『拼』出中国式现代化徐州新图景②', '培厚创新土壤,激发创新活力', '泉山:多维度凝聚科技力量'])).toEqual({
    series: '『拼』出中国式现代化徐州新图景②',
    kicker: '培厚创新土壤,激发创新活力',
    title: '泉山:多维度凝聚科技力量',
  });
});
it('reads a kicker above a title', () => {
  expect(readTitleBlock(['淮海控股集团与比亚迪弗迪牵手', '钠离子电池生产基地落户徐州经开区'])).toEqual({ kicker: '淮海控股集团与比亚迪弗迪牵手', title: '钠离子电池生产基地落户徐州经开区' });
});
it('reads a subtitle below a title', () => {
  expect(readTitleBlock(['焦作市转型升级创新发展专题研修班课堂教学回放·第九讲', '启动创新驱动引擎 助力产业转型升级', '徐州市科技创新"1247"行动计划解析'])).toEqual({
    series: '焦作市转型升级创新发展专题研修班课堂教学回放·第九讲',
    title: '启动创新驱动引擎 助力产业转型升级',
    subtitle: '徐州市科技创新"1247"行动计划解析',
  });
  expect(readTitleBlock(['主标题', '——记一位科技工作者'])).toEqual({ title: '主标题', subtitle: '记一位科技工作者' });
});
