import { expect, it } from 'vitest';
import { endFeatures, joinEvidence, joinScore, joinScoreOf, startFeatures } from './join-score.ts';

it('rewards a word running across the join', () => {
  expect(joinScore('租金补', '贴、成果转化')).toBeGreaterThan(joinScore('租金补', '级研发型企业'));
});

it('rewards closing a bracket the text before opened, and punishes closing one it did not', () => {
  expect(joinEvidence('《关于加快高新技术产', '业开发区建设的意见》').reasons).toContain('closes 》 +2');
  expect(joinScore('大力布局"大', '业开发区建设的意见》')).toBeLessThan(0);
});

it('knows a number from its measure word', () => {
  expect(joinEvidence('国内软件百强企业11', '家、院士领军企业').reasons).toContain('number and measure +2');
});

it('follows a numbered series and paragraph starts', () => {
  expect(joinScore('三是完善平台体系，建设众创空间。', '四是完善协同创新体系')).toBeGreaterThan(0);
  expect(joinScore('四是完善协同创新体系。', '六是完善金融支持体系')).toBeLessThan(joinScore('四是完善协同创新体系。', '五是完善成果转化体系'));
  expect(joinScore('开展知识产权护', '七是完善知识产权战略体系')).toBeLessThan(0);
});

it('says nothing where the text gives nothing', () => {
  expect(joinScore('引进、建设用地、', '科技金融、招商引资')).toBe(0);
});

it('does not let a title in 《》 run over a clause from another column', () => {
  // `《科技` is closed by `"十三五规划"》`, not across `和新材料；三大…集中在` read in between.
  expect(joinScore('《区域性产业科技创新中心意见》《科技和新材料；三大成长型产业主要集中在', '“十三五规划”》《徐州市')).toBeLessThan(0);
  expect(joinEvidence('《区域性产业科技创新中心意见》《科技', '“十三五规划”》《徐州市').reasons).toContain('closes 》 +2');
});

it('reads paragraphs from line widths: an indented first line after a sentence’s end, a full line not after a paragraph’s last', () => {
  const end = endFeatures('提升高层次人才服务水平。', 17);
  const indented = startFeatures('徐州市围绕全力构建区域性产业研', 17);
  const full = startFeatures('发集聚中心、创新产业孵化集聚中心、', 17);
  expect(indented.indented).toBe(true);
  expect(full.fullWidth).toBe(true);
  const reasons = (a: ReturnType<typeof endFeatures>, b: ReturnType<typeof startFeatures>) => {
    const out: string[] = [];
    joinScoreOf(a, b, 0, out);
    return out.join(' ');
  };
  expect(reasons(end, indented)).toMatch(/indented line \+/u);
  expect(reasons(endFeatures('产业化发展集聚中心和高层次人才集聚', 17), indented)).toMatch(/indented line -/u);
  expect(reasons(end, full)).toMatch(/full line after a paragraph/u);
});

it('knows a number and a numbered point cut in two, and a bracket pair OCR wrote half in half width', () => {
  expect(joinEvidence('安排帮扶资金约20', '00万元，支持企业').reasons).toContain('number runs on +2');
  expect(joinEvidence('项目具体化的工作方式，徐州市一', '是完善了科技政策体系').reasons.join(' ')).toMatch(/numbered point 一\|是/u);
  expect(joinEvidence('本报讯（记者', '宋雨桐) 日前，').reasons).toContain('closes ） +2');
});
