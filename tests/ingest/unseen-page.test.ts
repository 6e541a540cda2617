// A page written for this test, damaged the way the archive's pages are, that no rule was tuned on.
import { nodeText } from '../../scripts/ingest/split/draft.ts';
import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { ingestBytes } from '../../scripts/ingest/pipeline.ts';

const bytes = readFileSync(new URL('../fixtures/unseen-page.txt', import.meta.url));

it('cuts an unseen page into its articles with titles, bylines and captions', () => {
  const { articles } = ingestBytes(bytes, 'unseen-page.txt', {}, { corrections: true });
  expect(articles.map((a) => a.data.title)).toEqual(['南京江北新区：集成电路产业跑出“加速度”', '苏州工业园区：生物医药产业集群加速成势']);
  expect(articles[0]!.data.captions).toEqual(['江北新区产业园一角　通讯员供图']);
  expect(articles[0]!.data.byline).toContain('王芳');
  expect(articles[1]!.data.byline).toEqual(['赵刚']);
  expect(articles[0]!.body.map(nodeText)).toEqual([
    '今年以来，南京江北新区聚焦集成电路产业，全力推进重大项目建设。1-6月，新区集成电路产业实现营业收入320亿元，同比增长15.2%。',
    '“我们对这里的营商环境很有信心。”某芯片设计企业负责人说，企业去年落户以来，已经完成两轮融资，研发团队扩大到200人。',
    '新区还出台了专项政策，对研发投入给予最高1000万元补贴，并建设公共技术服务平台，为中小企业提供测试、封装等服务。',
    '下一步，新区将继续优化产业生态，推动产业链上下游协同发展。',
  ]);
});
