import { describe, expect, it } from 'vitest';
import { cleanCaption, isCaptionByPosition, isCaptionLine } from './captions.ts';

describe('isCaptionLine', () => {
  it.each([
    '江苏淮海科技城 马宁 摄',
    '徐州经开区美景 通讯员供图',
    '(相关资料图)',
    '★协鑫科技智能化工 厂展示厅。',
    '(本版照片均由本报记者刘金元摄)',
    '图片来源：中山火炬开发区',
  ])('%s is a caption', (t) => expect(isCaptionLine(t)).toBe(true));
  it.each(['签约仪式现场', '他在现场拍摄。', '筑面积约为51.6万平方米,园区', '摄影爱好者协会成立大会在徐州举行', '（简称“鑫华半导体”）'])('%s is not', (t) => expect(isCaptionLine(t)).toBe(false));
});

describe('isCaptionByPosition', () => {
  const line = (text: string, gapBefore: number, gapAfter: number) => ({ lineNo: 1, text, gapBefore, gapAfter });
  it('takes a short line floating between wide gaps before a credit', () => {
    expect(isCaptionByPosition(line('签约仪式现场', 3, 3), line('徐州经开区美景 通讯员供图', 3, 1), 1)).toBe(true);
  });
  it('takes a description right above a bare source credit', () => {
    expect(isCaptionByPosition(line('徐州天成自控汽车系统有限公司生产车间', 1, 1), line('图片来源：徐州高新区', 1, 1), 1)).toBe(true);
  });
  it('leaves a headline above a photo alone', () => {
    expect(isCaptionByPosition(line('钠离子电池生产基地落户徐州经开区', 1, 3), line('签约仪式现场', 3, 3), 1)).toBe(false);
  });
});

it('cleanCaption drops brackets and photo marks', () => {
  expect(cleanCaption('(相关资料图)')).toBe('相关资料图');
  expect(cleanCaption('★单车骑行体验。')).toBe('单车骑行体验。');
});

it('reads a credit set with a bar', () => {
  expect(isCaptionLine('楼宇连为一体。  摄影丨林 涛')).toBe(true);
});

it('takes a line that says what the photo shows for a caption, without its credit', () => {
  expect(isCaptionLine('图为湖滨精密部件有限公司“黑灯车间”内，机器人正在搬运工件。')).toBe(true);
  expect(isCaptionLine('上图：新投用的智能产线')).toBe(true);
  expect(isCaptionLine('图为揭牌仪式现场。园区管委会负责人介绍了项目进展。')).toBe(false);
  expect(isCaptionLine('图为湖滨精密部件有限公司“黑灯车间”内，机器人正在搬运工件，工人们在一旁监控设备运行情况并记录数据。')).toBe(false);
});

it('reads a news brief led by ▲ and closed by its reporter’s name as no caption', () => {
  expect(isCaptionLine('▲近日，湖畔科技城新增省级工程中心3家。（陆晓川）')).toBe(false);
  expect(isCaptionLine('▲湖畔科技城新投用的工程中心。陆晓川 摄')).toBe(true);
});

it('reads a credit after a full-width slash (摄影／钱 毅)', () => {
  expect(isCaptionLine('禾元生物的工作人员在车间内进行细胞培养。摄影／钱 毅')).toBe(true);
});

it('reads a spaced photographer’s credit as a caption, and a word ending in 摄 mid-sentence as text', () => {
  expect(isCaptionLine('本报记者 蔡 琳 摄')).toBe(true);
  expect(isCaptionLine('区新引进智能终端配套项目17个，涵盖摄')).toBe(false);
  expect(isCaptionLine('工人在车间作业。 马宁 摄')).toBe(true);
});
