import { expect, it } from 'vitest';
import { gbt7714 } from './citation.ts';

const permalink = 'https://archive.example/articles/x/';

it('cites a newspaper article', () => {
  expect(gbt7714({ title: '泉山：多维度凝聚科技力量', byline: ['马壮壮', '泉轩'], date: '2023', source: { publication: '现代快报', page: 'A6' } }, permalink, '2026-11-23')).toBe(
    '马壮壮, 泉轩. 泉山：多维度凝聚科技力量[N]. 现代快报, 2023(A6).',
  );
});
it('cites an article without a known publication as an online resource, with et al. after three authors', () => {
  expect(gbt7714({ title: '标题', byline: ['甲', '乙', '丙', '丁'], date: '2019-04-16' }, permalink, '2026-11-23')).toBe(`甲, 乙, 丙, 等. 标题[EB/OL]. (2019-04-16)[2026-11-23]. ${permalink}.`);
  expect(gbt7714({ title: '无作者' }, permalink, '2026-11-23')).toBe(`无作者[EB/OL]. [2026-11-23]. ${permalink}.`);
});
