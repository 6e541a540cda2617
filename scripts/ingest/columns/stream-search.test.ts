import { expect, it } from 'vitest';
import { searchStreams } from './stream-search.ts';

// These tests pin the search's behaviour on the unigram word model; the language model's own
// evidence is tested in model-gain.test.ts.
process.env.ARCHIVE_LM = 'off';

it('takes apart two columns read line by line together', () => {
  const a = ['从平台建设、财税扶持、租金补', '贴、成果转化和人才引进、建设用', '地、科技金融等方面扶持核心区'];
  const b = ['协调认定一批省级研发型企业；深', '化体制机制改革，在人才集聚、成果转', '化、开放合作等方面先行先试。'];
  const { best, asRead } = searchStreams([a[0]!, b[0]!, a[1]!, b[1]!, a[2]!, b[2]!]);
  expect(best.streams).toEqual([
    [0, 2, 4],
    [1, 3, 5],
  ]);
  expect(best.score).toBeGreaterThan(asRead.score);
});

it('takes apart three columns of uneven length', () => {
  const a = ['世界500强企业来了，国内外的企业', '家来了，领军人才来了，创新企业不', '断在此聚集'];
  const b = ['2015年，徐州软件', '园牵手北京中关村'];
  const c = ['该中心实现产值60亿元、税', '收3亿元。'];
  const { best } = searchStreams([a[0]!, b[0]!, c[0]!, a[1]!, b[1]!, c[1]!, a[2]!]);
  expect(best.streams).toEqual([
    [0, 3, 6],
    [1, 4],
    [2, 5],
  ]);
});

it('leaves one column in the order the OCR read it', () => {
  const column = ['徐州市围绕全力构建区域性产业研', '发集聚中心、创新产业孵化集聚中心、', '产业化发展集聚中心和高层次人才集聚', '中心，打造区域创新生态系统。'];
  const { best } = searchStreams(column);
  expect(best.streams).toEqual([[0, 1, 2, 3]]);
});

it('keeps the OCR order when nothing in the text says otherwise', () => {
  const { best } = searchStreams(['引进、建设用地、', '科技金融、招商引资、', '对外合作等方面']);
  expect(best.streams).toEqual([[0, 1, 2]]);
});

it('takes out another column read into the middle of a list of titles', () => {
  const titles = ['先后出台了《区域性产业科技创新中心意见》《科技', '“十三五规划”》《徐州市创建国家创新', '型城市试点方案》《关于加快高新技术产'];
  const other = ['和新材料；三大成长型产业主要集中在', '新一代信息技术、生物技术和新医药、'];
  const { best } = searchStreams([titles[0]!, other[0]!, titles[1]!, other[1]!, titles[2]!]);
  expect(best.streams).toEqual([
    [0, 2, 4],
    [1, 3],
  ]);
});

it('follows the row-by-row rhythm over joins the words say nothing about', () => {
  const a = ['依托丰富的载体优势,泉山不断完', '善"众创空间—孵化器—加速器—产业', '园区"的全链条孵化育成体系,不断提', '升创新浓度和产业密度。江苏淮海科技', '城·数字经济产业园园区规划总占地31', '7亩,总建筑面积约为51.6万平方米,'];
  const b = ['商(协)会等30余家单位达成合作意向,', '签约入驻项目10余个,年内预计实现产', '值1.5亿元。泉山区将以此次开园为契', '机,引导生态主导龙头企业,激发产业', '创新内在动力,推动泉山数字经济走在', '前列。'];
  const read = a.flatMap((line, i) => [line, b[i]!]);
  const alternate = [
    [0, 2, 4, 6, 8, 10],
    [1, 3, 5, 7, 9, 11],
  ];
  expect(searchStreams(read).best.streams).toEqual(alternate);
  // Without the rhythm, `科技|城` and `31|7亩` (no dictionary word, no measure word) go astray.
  expect(searchStreams(read, { rowPenalty: 0 }).best.streams).not.toEqual(alternate);
});

it('with `runOn`, prefers the arrangement where one column runs on into the next', () => {
  // Column B starts a row down; its first line continues column A's last (`深|化`).
  const a = ['从平台建设、财税扶持、租金补', '贴、成果转化和人才引进、建设用', '地、科技金融等方面扶持核心区,深'];
  const b = ['化体制机制改革,在人才集聚、成果转', '化、开放合作等方面先行先试。'];
  const read = [a[0]!, a[1]!, b[0]!, a[2]!, b[1]!];
  expect(searchStreams(read, { runOn: 1 }).best.streams).toEqual([
    [0, 1, 3],
    [2, 4],
  ]);
  expect(searchStreams(read).best.streams).toEqual([[0, 1, 2, 3, 4]]);
});

it('puts a printed line read out of its row back into its stream, where the words say', () => {
  const a = ['从平台建设、财税扶持、租金补', '贴、成果转化和人才引进、建设用', '地、科技金融等方面扶持核心区'];
  const b = ['协调认定一批省级研发型企业；深', '化体制机制改革，在人才集聚、成果转', '化、开放合作等方面先行先试。'];
  // b[1] was read after the row it belongs to, on a line of its own.
  const fragments = [a[0]!, b[0]!, a[1]!, a[2]!, b[2]!, b[1]!];
  const loose = [false, false, false, false, false, true];
  expect(searchStreams(fragments, { loose }).best.streams).toEqual([
    [0, 2, 3],
    [1, 5, 4],
  ]);
  // Not a loose line: it cannot go back.
  expect(searchStreams(fragments).best.streams.flat()).not.toEqual([0, 2, 3, 1, 5, 4]);
});
