import { describe, expect, it } from 'vitest';
import { findCompanyNames } from './company-names.ts';

const companies = (s: string) => findCompanyNames(s).map((f) => f.name);

describe('legal names', () => {
  it.each([
    ['走进园区的湖北星河导航科技有限公司，测试大厅里', ['湖北星河导航科技有限公司']],
    ['今年3月，江苏远航材料股份有限公司投资', ['江苏远航材料股份有限公司']],
    ['鑫远材料有限责任公司与星耀动力集团签约', ['鑫远材料有限责任公司', '星耀动力集团']],
    ['项目由上市公司星耀新能源科技控股有限公司投资建设', ['星耀新能源科技控股有限公司']],
  ])('%s', (sentence, expected) => {
    expect(companies(sentence)).toEqual(expected);
  });
  it('keeps a bracketed place inside the name', () => {
    expect(companies('云帆光电科技（合肥）有限公司在此投产')).toEqual(['云帆光电科技（合肥）有限公司']);
    expect(companies('更名为“星耀领先（宿迁）半导体材料有限公司”')).toEqual(['星耀领先（宿迁）半导体材料有限公司']);
  });
  it('starts after a party’s role (运营方, 建设方)', () => {
    expect(companies('园区运营方湖滨数科产业发展有限公司负责人介绍')).toEqual(['湖滨数科产业发展有限公司']);
    // jieba cuts 运营方 as 运营/方: 方 alone ends the name too.
    expect(companies('园区运营方湖畔数科产业发展有限公司负责人介绍')).toEqual(['湖畔数科产业发展有限公司']);
  });
  it('starts after a park before it, not inside the park’s kind (经开区, which jieba cuts 经/开/区)', () => {
    expect(companies('近日宜宾经开区星河科技有限公司开工')).toEqual(['星河科技有限公司']);
  });
  it('starts a garbled join at its place, with no leading fragment', () => {
    expect(companies('检测数据率湖南远景通信终端有限公司')).toEqual(['湖南远景通信终端有限公司']);
    expect(companies('本月与远景通信管理有限公司签约')).toEqual(['远景通信管理有限公司']);
  });
  it('takes a name without a place whole when it opens with the firm’s own name and holds a verb', () => {
    expect(companies('专注图像识别的思远识别科技有限公司')).toEqual(['思远识别科技有限公司']);
  });
  it('does not take a verb that opens a span for a name', () => {
    expect(companies('，集聚管理有限责任公司负责运营')).toEqual([]);
  });
  it('does not start at a place that a verb follows, nor run over a park into the next name', () => {
    expect(companies('苏州加快星河材料有限公司')).toEqual(['星河材料有限公司']);
    expect(companies('落户苏州高新区的江苏远航材料有限公司')).toEqual(['江苏远航材料有限公司']);
    expect(companies('由徐州高新区投资发展有限公司运营')).toEqual(['徐州高新区投资发展有限公司']);
  });
  it('reads a short name introduced with 简称', () => {
    expect(findCompanyNames('江苏远航材料股份有限公司（简称“远航材料”）完成融资')).toEqual([{ name: '江苏远航材料股份有限公司', short: '远航材料' }]);
    expect(findCompanyNames('宁波天工精密有限公司（以下简称天工精密）是')[0]?.short).toBe('天工精密');
  });
});

describe('a bare 公司', () => {
  it('ends a name after a place and a distinctive name', () => {
    expect(companies('由青岛海洋港务公司运营')).toEqual(['青岛海洋港务公司']);
  });
  it.each(['其子公司', '徐州公司', '这家科技公司', '星河汽车分公司', '上市公司'])('is no name in: %s', (s) => {
    expect(companies(s)).toEqual([]);
  });
});

it.each(['成立研究院理事会和研究院有限公司', '由资产管理有限责任公司负责运营', '上市公司数量居全省前列', '创新产业集群融合发展'])('finds no company in: %s', (sentence) => {
  expect(companies(sentence)).toEqual([]);
});

it('keeps an adjective that says what the firm makes inside its name', () => {
  expect(findCompanyNames('获批的湖畔智控科技有限公司和湖滨精密部件有限公司，分别在控制系统领域。').map((n) => n.name)).toEqual(['湖畔智控科技有限公司', '湖滨精密部件有限公司']);
  expect(findCompanyNames('江苏精密部件有限公司落户园区。').map((n) => n.name)).toEqual(['江苏精密部件有限公司']);
});

it('starts a name after the verb that introduces it (——访某某公司董事长)', () => {
  expect(findCompanyNames('——访江西晶华光电科技有限公司董事长').map((f) => f.name)).toEqual(['江西晶华光电科技有限公司']);
});

it('starts a company’s name after the 厂 that describes it (模组厂某某能源股份有限公司)', () => {
  expect(findCompanyNames('位于南科台南园区的太阳能模组厂绿晶能源股份有限公司表示').map((f) => f.name)).toEqual(['绿晶能源股份有限公司']);
});

it('starts a name where its short name says it does, over words read as a verb, with the place before them', () => {
  expect(findCompanyNames('在杭州衍生元生物科技有限公司（简称“衍生元”）创始人看来').map((f) => f.name)).toEqual(['杭州衍生元生物科技有限公司']);
  expect(findCompanyNames('安徽玄微量子计算有限公司(简称“玄微量子”）').map((f) => f.name)).toEqual(['安徽玄微量子计算有限公司']);
});
