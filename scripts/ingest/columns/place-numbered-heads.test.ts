import { expect, it } from 'vitest';
import { joinScore } from './join-score.ts';
import { placeNumberedHeads } from './place-numbered-heads.ts';

const place = (texts: string[]) =>
  placeNumberedHeads(
    texts.map((_, i) => i),
    (k) => texts[k]!,
    (a, b) => joinScore(texts[a]!, texts[b]!),
  ).map((k) => texts[k]);

it('puts first lines read apart from their bodies back in front of them, in order', () => {
  const page = [
    '四是完善协同创新体系，重点推动研发机构建设，组织国际技术',
    '转移对接活动，举办中英、中法创新创',
    '科技成果转化的实施意见落实，进一步完善配套落实政策。',
    '市科技金融服务中心、江苏科技企业融',
    '资路演服务中心淮海分中心等银企对接平台。',
    '六是完善金融支持体系，打造徐州',
    '五是完善成果转化体系，抓好促进',
  ];
  expect(place(page)).toEqual([page[0], page[1], page[6], page[2], page[5], page[3], page[4]]);
});

it('leaves numbered paragraphs that read on alone', () => {
  const page = ['一是完善科技政策体系，出台一系列意见。', '二是完善产业提升体系，推进四链融合。', '三是完善双创平台体系。'];
  expect(place(page)).toEqual(page);
});

it('leaves a single stub where it is: one is not a pattern', () => {
  const page = ['四是完善协同创新体系，重点推动', '研发机构建设。', '五是完善成果转化体系，抓好促进'];
  expect(place(page)).toEqual(page);
});
