// Pages written for this test (a reposted article, another outlet's dateline, a WeChat post, a
// government site, a newspaper page with an editor's note, a commentary and a photo), with the
// furniture such pages carry; no rule was tuned on them.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ingestBytes } from '../../scripts/ingest/pipeline.ts';
import { nodeText } from '../../scripts/ingest/split/draft.ts';

function ingest(name: string) {
  const bytes = readFileSync(new URL(`../fixtures/new-layouts/${name}`, import.meta.url));
  const { articles } = ingestBytes(bytes, name, {}, { corrections: true });
  return articles.map((a) => ({ data: a.data, text: a.body.map(nodeText) }));
}

describe('layouts never seen before', () => {
  it('a reposted article: the agency dateline gives the byline, the meta line the source, and no chrome stays', () => {
    const [article, ...rest] = ingest('reposted-article.txt');
    expect(rest).toEqual([]);
    expect(article!.data.title).toBe('湖畔新城高新区三家企业获评省级专精特新');
    expect(article!.data.byline).toEqual(['周明远']);
    expect(article!.data.source?.publication).toBe('湖畔日报');
    expect(article!.text[0]).toMatch(/^记者11日从湖畔新城高新区获悉/u);
    const all = article!.text.join('\n');
    for (const chrome of ['人民网', '关键词', '免责声明', '展开全文', '上一篇', 'APP下载', '点击']) expect(all).not.toContain(chrome);
  });

  it('another outlet’s dateline with its reporters set between spaces', () => {
    const [article] = ingest('outlet-dateline.txt');
    expect(article!.data.byline).toEqual(['张昊', '程学勇']);
    expect(article!.text[0]).toMatch(/^昨日下午，记者从湖畔市政府获悉/u);
  });

  it('a WeChat post: the account is the source, its follow and share lines go', () => {
    const [article] = ingest('wechat-post.txt');
    expect(article!.data.title).toBe('湖畔新城：“链主”企业带动上下游协同发展');
    expect(article!.data.source?.publication).toBe('湖畔发布');
    expect(article!.data.date).toBe('2023-08-01');
    expect(article!.text.join('\n')).not.toMatch(/关注我们|二维码|在看|审核/u);
  });

  it('a government site: menus, breadcrumb, size switch and footer go; the date and the text stay', () => {
    const [article] = ingest('government-site.txt');
    expect(article!.data.title).toBe('湖畔新城召开2023年上半年经济运行分析会');
    expect(article!.data.date).toBe('2023-07-12');
    expect(article!.text).toHaveLength(3);
    expect(article!.text.join('\n')).not.toMatch(/打印本页|关闭窗口|主办|当前位置|字号/u);
  });

  it('a newspaper page: an editor’s note opens the article under it, a commentary’s writer is its byline, a photo’s caption takes no text', () => {
    const articles = ingest('newspaper-series-page.txt');
    expect(articles.map((a) => a.data.title)).toEqual(['智能制造产业园：一季度签约项目18个', '抓项目就是抓发展']);
    const [series, comment] = articles;
    expect(series!.data.series).toBe('园区看项目①');
    expect(series!.data.byline).toEqual(['吴晓峰']);
    expect(series!.text[0]).toMatch(/^编者按：/u);
    expect(comment!.data.byline).toEqual(['吴晓峰']);
    expect(comment!.data.subtitle).toBeUndefined();
    expect(comment!.text).toEqual(['项目是经济发展的“压舱石”。园区只有把项目一个个落到实处，发展才有后劲。']);
    expect(comment!.data.captions).toEqual(['6月7日，湖畔新城科技馆内，小学生在体验VR设备。本报记者　林涛　摄']);
  });
});
