import { describe, expect, it } from 'vitest';
import { leadContinuation, readBullet, readItemLead, readJump, readNumberedLead, readWrappedBracketLead, stripSubheadMark, tableCells } from './line-forms.ts';

describe('readJump', () => {
  it.each([
    ['（下转第4版）', { dir: 'out', page: '4' }],
    ['(转A3版)', { dir: 'out', page: 'A3' }],
    ['（上接第1版）', { dir: 'in', page: '1' }],
    ['（紧接第2版）', { dir: 'in', page: '2' }],
    ['湖畔新城再出发（上接第1版）', { dir: 'in', headline: '湖畔新城再出发' }],
    ['下转第二版', { dir: 'out', page: '2' }],
    ['（上接第十二版）', { dir: 'in', page: '12' }],
    ['（转第5版上）', { dir: 'out', page: '5' }],
    ['>>>下转第4版', { dir: 'out', page: '4' }],
  ])('%s', (line, jump) => {
    expect(readJump(line)).toEqual(jump);
  });
  it('is not fooled by text that names a page', () => {
    expect(readJump('详见本报第4版的报道。')).toBeUndefined();
    expect(readJump('转让第3版权')).toBeUndefined();
  });
});

describe('readItemLead', () => {
  it('reads a lead alone on its line, set apart from the text, or in brackets', () => {
    expect(readItemLead('■湖畔新城新增3家研发中心')).toEqual({ mark: '■', lead: '湖畔新城新增3家研发中心', rest: '' });
    expect(readItemLead('◆湖畔新城上线服务码  近日，')).toEqual({ mark: '◆', lead: '湖畔新城上线服务码', rest: '近日，' });
    expect(readItemLead('【湖畔新城上线服务码】9月15日，')).toEqual({ mark: '【】', lead: '湖畔新城上线服务码', rest: '9月15日，' });
  });
  it('leaves a bracketed topic of a few characters to head its paragraph (a yearbook’s 【概况】)', () => {
    expect(readItemLead('【概况】湖畔高新区位于湖畔市东部，')).toBeUndefined();
    expect(readItemLead('【招商引资】全年新签约项目46个。')).toBeUndefined();
    expect(readItemLead('【湖畔园区开工】3月1日，')).toEqual({ mark: '【】', lead: '湖畔园区开工', rest: '3月1日，' });
  });
  it('does not take a bullet sentence for a lead', () => {
    expect(readItemLead('●新增国家高新技术企业98家，总数达到562家；')).toBeUndefined();
    expect(readBullet('●新增国家高新技术企业98家；')).toBe('新增国家高新技术企业98家；');
  });
  it('follows a lead that wrapped onto the next line', () => {
    const lead = readItemLead('■湖畔新城新增2家省级设计中')!;
    expect(leadContinuation(lead, '心  近日，省工信厅公布')).toEqual({ lead: '湖畔新城新增2家省级设计中心', rest: '近日，省工信厅公布' });
  });
});

it('stripSubheadMark takes the bar off a subhead', () => {
  expect(stripSubheadMark('▌ 集群成势')).toBe('集群成势');
  expect(stripSubheadMark('集群成势')).toBeUndefined();
});

describe('tableCells', () => {
  it('reads cells set apart by wide gaps or bars', () => {
    expect(tableCells('营业收入    亿元    52.1    8.4')).toEqual(['营业收入', '亿元', '52.1', '8.4']);
    expect(tableCells('营业收入 │ 亿元 │ 52.1 │ 8.4')).toEqual(['营业收入', '亿元', '52.1', '8.4']);
  });
  it('does not read a sentence with a wide gap as a row', () => {
    expect(tableCells('今年以来，园区新增企业12家。   下一步将继续')).toBeUndefined();
  });
});

it('reads a lead closed by a full stop with the item’s dated text run on after it', () => {
  expect(readItemLead('●湖滨开发区光电产业再添新项目。3月6日，湖滨光电科技有限公司')).toEqual({ mark: '●', lead: '湖滨开发区光电产业再添新项目', rest: '3月6日，湖滨光电科技有限公司' });
  expect(readItemLead('●园区新增项目12个，总投资86亿元。近日，')).toBeUndefined();
});

describe('numbered and wrapped leads', () => {
  it('reads a numbered headline, not a decimal or a sentence', () => {
    expect(readNumberedLead('1.南京江北新区集成电路设计业营收增长 23%')).toMatchObject({ lead: '南京江北新区集成电路设计业营收增长 23%', rest: '' });
    expect(readNumberedLead('12、园区首个零碳工厂通过认证')?.lead).toBe('园区首个零碳工厂通过认证');
    expect(readNumberedLead('1.5亿元投向园区基础设施')).toBeUndefined();
    expect(readNumberedLead('1.加强科技创新，推动产业升级。')).toBeUndefined();
  });
  it('reads a bracketed lead whose closing bracket is on the next line', () => {
    expect(readWrappedBracketLead('【扬州经开区汽车零部件出口额同比增长', '31%】  今年前7个月，扬州经济技术开发区')).toEqual({
      mark: '【】',
      lead: '扬州经开区汽车零部件出口额同比增长31%',
      rest: '今年前7个月，扬州经济技术开发区',
      overTwoLines: true,
    });
    expect(readWrappedBracketLead('【扬州经开区汽车零部件出口额同比增长', '今年前7个月，扬州经济技术开发区')).toBeUndefined();
    expect(readWrappedBracketLead('【概况', '】园区位于城东')).toBeUndefined();
  });
});

it('reads a numbered item in brackets (【1】某某开工) as an item’s lead without its number', () => {
  expect(readItemLead('【1】莫干山高新区：地理信息产业“扩圈”又“强链”')).toEqual({ mark: '【1】', lead: '莫干山高新区：地理信息产业“扩圈”又“强链”', rest: '' });
  expect(readItemLead('【1】今年以来，园区产业持续壮大。')).toBeUndefined();
});
