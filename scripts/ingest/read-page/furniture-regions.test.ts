import { describe, expect, it } from 'vitest';
import { furnitureKind } from './furniture.ts';
import {
  advertBlocks,
  attachmentLabels,
  boxLabelsOverProse,
  innerSignatures,
  issuerLines,
  listedTitles,
  navigationBlocks,
  postLabel,
  runningHeads,
  siteNameLines,
  tailStart,
  translationBlocks,
} from './furniture-regions.ts';
import { toPageLines } from './page-lines.ts';

const page = (text: string) => {
  const lines = toPageLines(text);
  return { lines, kinds: lines.map((l) => furnitureKind(l.text)) };
};

describe('tailStart', () => {
  it('ends the page at a marker followed only by teasers, even teasers with commas', () => {
    const { lines, kinds } = page('湖畔新城召开会议，部署下半年工作，要求各部门紧盯全年目标任务。\n相关新闻\n这场招聘会，200多个岗位等你来！\n湖畔港一季度吞吐量创新高');
    expect(tailStart(lines, kinds)).toBe(1);
  });
  it('does not end the page before short paragraphs of clauses closed by a full stop', () => {
    const { lines, kinds } = page('关于我们\n9月8日，集团智能制造基地一期项目竣工投产。\n集团董事长表示，基地投产将提升竞争力。\n版权所有：湖畔重工集团');
    expect(tailStart(lines, kinds)).toBe(3);
  });
});

describe('siteNameLines', () => {
  it('takes a short name over the menu as the site’s, and no headline', () => {
    const site = page('湖畔重工集团有限公司\n首页  关于我们  新闻中心  产品中心  联系我们\n集团项目竣工投产');
    expect([...siteNameLines(site.lines, site.kinds)]).toEqual([0]);
    const headline = page('湖畔新城：一季度签约项目十八个，总投资超过一百亿元。\n首页  关于我们  新闻中心  产品中心  联系我们');
    expect([...siteNameLines(headline.lines, headline.kinds)]).toEqual([]);
  });
});

describe('postLabel', () => {
  it('finds the account between a post’s headline and its date, and not a headline over a date', () => {
    const post = page('湖滨科技园：20家企业入选省级名单\n湖滨观察\n2023-05-06 10:12·江苏\n关注');
    expect(postLabel(post.lines, post.kinds)).toBe(1);
    const dated = page('湖畔新城召开上半年经济运行分析会\n2023-07-12 09:30\n7月11日，湖畔新城召开会议。');
    expect(postLabel(dated.lines, dated.kinds)).toBeUndefined();
    const short = page('湖畔发布\n抓项目就是抓发展\n2023-07-12 09:30\n项目是经济发展的压舱石。');
    expect(postLabel(short.lines, short.kinds)).toBeUndefined();
  });
});

describe('runningHeads', () => {
  it('takes a title printed again beside a folio for a running head, and not its first printing', () => {
    const report = page('湖畔新城年度报告\n2022年，湖畔新城研发投入达到38.6亿元。\n湖畔实验室一期建成投用，\n— 3 —\n湖畔新城年度报告\n引进研发团队12个。');
    expect([...runningHeads(report.lines, report.kinds)]).toEqual([4]);
    // A line printed twice but nowhere near a folio is the text's own.
    const twice = page('湖畔新城年度报告\n研发投入达到38.6亿元。\n湖畔新城年度报告\n引进研发团队12个。');
    expect([...runningHeads(twice.lines, twice.kinds)]).toEqual([]);
  });
  it('takes a head first printed with its section, then alone after a dotted folio', () => {
    const yearbook = page('湖畔年鉴（2023）    开发园区\n湖畔高新区\n【概况】园区位于湖畔市东部，\n· 215 ·\n湖畔年鉴（2023）\n规划面积42平方公里。');
    expect(yearbook.kinds[3]).toBe('folio');
    expect([...runningHeads(yearbook.lines, yearbook.kinds)]).toEqual([4]);
  });
});

describe('blocks under a label', () => {
  it('takes a printed advert’s short lines under 广告, up to a blank line', () => {
    const { lines, kinds } = page('园区新引进项目12个。\n广告\n某某科创园 火热招商中\n50—3000㎡ 可租可售\n\n下一篇文章的标题');
    expect([...advertBlocks(lines, kinds)].map((i) => lines[i]!.text)).toEqual(['某某科创园 火热招商中', '50—3000㎡ 可租可售']);
  });
  it('takes nothing under a web page’s 广告 slot: a blank line, or the article’s next sentence', () => {
    const blank = page('广告\n\n园区今年新引进项目12个，总投资86亿元。');
    expect(advertBlocks(blank.lines, blank.kinds).size).toBe(0);
    const prose = page('广告\n园区今年新引进项目12个，总投资86亿元。');
    expect(advertBlocks(prose.lines, prose.kinds).size).toBe(0);
  });
  it('takes an e-paper’s headline list under 本版标题导航', () => {
    const { lines, kinds } = page('本版标题导航\n· 某某基地二期投产\n· 园区短讯\n\n某某基地二期投产');
    expect([...navigationBlocks(lines, kinds)].map((i) => lines[i]!.text)).toEqual(['· 某某基地二期投产', '· 园区短讯']);
  });
  it('ends a list at the next list’s label or a printed rule, so the headline under them stays', () => {
    const { lines, kinds } = page(
      '本版导航\n· 某某产值增长16%\n· 园区速递\n\n版面导航\nA01 要闻    A02 要闻    A03 评论    A04 时政\n\n──────────\n\n一季度新增企业43家\n某某产值增长16%\n\n本报记者 某某',
    );
    expect([...navigationBlocks(lines, kinds)].map((i) => lines[i]!.text)).toEqual(['· 某某产值增长16%', '· 园区速递']);
  });
});

describe('translationBlocks', () => {
  it('takes a summary in another language under its label, up to the Chinese text going on', () => {
    const { lines } = page('大楼正式投入使用。\nEnglish Summary\nA zero-carbon office building went\ninto use on July 15.\n据了解，大楼的能耗数据将全部接入平台。');
    expect([...translationBlocks(lines)].map((i) => lines[i]!.text)).toEqual(['English Summary', 'A zero-carbon office building went', 'into use on July 15.']);
  });
  it('takes a page’s other-language version under its two labels', () => {
    const { lines } = page('推动经济适度多元发展。\n\n其他語言版本\nVersão portuguesa:\nO Gabinete organizou hoje uma sessão.\n\n相關新聞');
    expect([...translationBlocks(lines)].map((i) => lines[i]!.text)).toEqual(['其他語言版本', 'Versão portuguesa:', 'O Gabinete organizou hoje uma sessão.']);
  });
  it('takes nothing where the label is not standing alone', () => {
    const { lines } = page('Summary of the year: 园区全年产值增长12%。');
    expect(translationBlocks(lines).size).toBe(0);
  });
});

it('reads a document’s issuer printed under its title and again at its end as the page’s, not a subtitle', () => {
  const { lines, kinds } = page('湖滨高新区2023年工作总结\n湖滨高新区科技创新局\n\n全年新增企业77家。\n\n湖滨高新区科技创新局\n2024年1月15日');
  expect([...issuerLines(lines, kinds)].map((i) => lines[i]!.lineNo)).toEqual([2, 6]);
  const once = page('湖滨高新区2023年工作总结\n湖滨高新区科技创新局\n\n全年新增企业77家。');
  expect(issuerLines(once.lines, once.kinds).size).toBe(0);
});

describe('innerSignatures', () => {
  it('takes a document’s issuer over its date, set far right, before what it attaches', () => {
    const pad = ' '.repeat(30);
    const { lines, kinds } = page(`请结合实际认真贯彻落实。\n\n${pad}某某高新区管委会\n${pad}2022年5月20日\n\n附件\n\n某某孵化器认定和管理办法\n第一条　为规范孵化器的认定和管理，制定本办法。`);
    expect([...innerSignatures(lines, kinds)].map((i) => lines[i]!.text.trim())).toEqual(['某某高新区管委会', '2022年5月20日']);
  });
  it('takes no headline set flush left over a dated lead', () => {
    const { lines, kinds } = page('某某高新区管委会\n2022年5月20日\n某某高新区召开大会，部署全年工作。');
    expect(innerSignatures(lines, kinds).size).toBe(0);
  });
});

it('keeps a box label over a paragraph after the article as a box’s, and a tail label over teasers as the tail', () => {
  const boxed = toPageLines(['园区将打造产业高地。', '', '相关链接', '', '中试公共服务平台位', '于未来科技城，建筑面积1.2万平', '方米，可承接中试放大任务。'].join('\n'));
  expect(
    boxLabelsOverProse(
      boxed,
      boxed.map((l) => furnitureKind(l.text)),
    ),
  ).toEqual([boxed.findIndex((l) => l.text === '相关链接')]);
  const teasers = toPageLines(['园区将打造产业高地。', '', '相关链接', '', '某某产业园二期开工', '某某企业签约落户园区'].join('\n'));
  expect(
    boxLabelsOverProse(
      teasers,
      teasers.map((l) => furnitureKind(l.text)),
    ),
  ).toEqual([]);
});

it('keeps a document’s attachment it named (附件：title … 附件 / title), and leaves a page’s downloads label to the tail', () => {
  const doc = toPageLines(['特此报告。', '', '附件：2024年重点项目计划表', '', '某某局', '', '附件', '', '2024年重点项目计划表', '序号  项目名称  投资'].join('\n'));
  const at = doc.findIndex((l) => l.text === '附件');
  expect(
    attachmentLabels(
      doc,
      doc.map((l) => furnitureKind(l.text)),
    ),
  ).toEqual([at]);
  const web = toPageLines(['特此通知。', '', '附件', '', '报名表.docx'].join('\n'));
  expect(
    attachmentLabels(
      web,
      web.map((l) => furnitureKind(l.text)),
    ),
  ).toEqual([]);
});

it('reads an issuer right over 关于… as the first line of a document’s title, and its signature as the page’s', () => {
  const doc = toPageLines(['某某新区科技创新局', '关于2023年工作总结的报告', '', '　　现将有关情况报告如下。', '', '某某新区科技创新局', '2024年1月8日'].join('\n'));
  expect([
    ...issuerLines(
      doc,
      doc.map(() => undefined),
    ),
  ]).toEqual([3]);
  const under = toPageLines(['关于2023年工作总结的报告', '某某新区科技创新局', '', '　　现将有关情况报告如下。', '', '某某新区科技创新局'].join('\n'));
  expect(
    [
      ...issuerLines(
        under,
        under.map(() => undefined),
      ),
    ].sort(),
  ).toEqual([1, 3]);
});

it('reads the titles a contents list names under its label, without their marks', () => {
  const page = toPageLines(['【本期要目】', '● 园区推行双链协同机制', '● 园区开展安全生产大检查', '', '【工作动态】', '一、园区开展安全生产大检查'].join('\n'));
  expect(
    listedTitles(
      page,
      page.map((l) => furnitureKind(l.text)),
    ),
  ).toEqual(new Set(['园区推行双链协同机制', '园区开展安全生产大检查']));
});
