import { describe, expect, it } from 'vitest';
import { assignRoles, mergeRunOnLines, readHeadlines } from './headline-roles.ts';

const plain = (...texts: string[]) => texts.map((text) => ({ text, bold: false }));

describe('assignRoles', () => {
  it('finds the bold line the title, the long line above it the kicker', () => {
    expect(
      assignRoles([
        { text: '从签约到投产仅用半年，一条新产线在湖畔新城跑出加速度', bold: false },
        { text: '半年的“湖畔速度”', bold: true },
      ]),
    ).toEqual(['kicker', 'title']);
  });
  it('reads a dash line as the subtitle', () => {
    expect(assignRoles(plain('湖畔新城：一块屏点亮一条链', '——上半年电子信息产业营收增长12%'))).toEqual(['title', 'subtitle']);
  });
  it('reads a subject-colon title over a line that explains it', () => {
    expect(assignRoles(plain('湖畔：把一块屏做成一条链', '湖畔科技城新型显示产业观察'))).toEqual(['title', 'subtitle']);
  });
  it('joins a title whose second line opens on a conjunction (及…)', () => {
    expect(assignRoles(plain('湖畔高新区2023年科技创新工作总结', '及2024年工作计划'))).toEqual(['title', 'title']);
  });
  it('reads a short phrase opening on a verb as a kicker, a short name as a section', () => {
    expect(
      assignRoles([
        { text: '聚焦石墨烯新材料', bold: false },
        { text: '湖畔经开区加快建设碳材料创新高地', bold: true },
      ]),
    ).toEqual(['kicker', 'title']);
    expect(
      assignRoles([
        { text: '园区传真', bold: false },
        { text: '湖畔经开区加快建设碳材料创新高地', bold: true },
      ]),
    ).toEqual(['section', 'title']);
  });
  it('reads a banner in brackets as the series, without its brackets', () => {
    expect(readHeadlines(plain('【高质量发展调研行】', '湖滨开发区：“服务专员”跑在企业前头')).series).toBe('高质量发展调研行');
  });
  it('reads series, kicker and title', () => {
    expect(assignRoles(plain('奋进新征程·湖畔篇③', '培育创新土壤，激发创新活力', '湖畔：多维度凝聚科技力量'))).toEqual(['series', 'kicker', 'title']);
  });
  it('joins a title set over two lines', () => {
    expect(readHeadlines(plain('湖畔新城2024年工作会议材料之一', '关于湖畔新城2023年工作情况和', '2024年工作安排的报告', '——2024年1月9日在工作会议上'))).toEqual({
      series: '湖畔新城2024年工作会议材料之一',
      title: '关于湖畔新城2023年工作情况和2024年工作安排的报告',
      subtitle: '2024年1月9日在工作会议上',
    });
  });
  it('takes the headline the window title names, the label above it as a section', () => {
    expect(
      assignRoles([
        { text: '园区快讯', bold: false },
        { text: '湖畔新城一季度营收创新高', bold: false, webTitle: true },
      ]),
    ).toEqual(['section', 'title']);
  });
  it('defaults a plain two-line headline to kicker over title', () => {
    expect(assignRoles(plain('某集团与某公司牵手', '新能源基地落户湖畔新城'))).toEqual(['kicker', 'title']);
  });
});

it('reads a headline line ending in a comma as running on into the next, not as a kicker', () => {
  const line = (text: string) => ({ text, bold: false });
  expect(mergeRunOnLines([line('“中试”这一环，'), line('园区要主动补上')]).map((l) => l.text)).toEqual(['“中试”这一环，园区要主动补上']);
  expect(mergeRunOnLines([line('一季度新增企业43家'), line('园区产值增长16%')])).toHaveLength(2);
});
