import { describe, expect, it } from 'vitest';
import { findCompanyNames, findListedCompanies, findParkNames } from './new-names.ts';

const companies = (s: string) => findCompanyNames(s).map((f) => f.name);
const parks = (s: string) => findParkNames(s).map((f) => f.name);

describe('findCompanyNames', () => {
  it.each([
    ['今年7月，中润新能源（徐州）有限公司迎来又一个“高光时刻”', ['中润新能源（徐州）有限公司']],
    ['中润新能源（徐州）有限公司是由江苏中润光能科技股份有限公司投资建设的', ['中润新能源（徐州）有限公司', '江苏中润光能科技股份有限公司']],
    ['淮海控股集团与弗迪电池有限公司（比亚迪全资子公司）在深圳签署', ['淮海控股集团', '弗迪电池有限公司']],
    ['项目由香港上市公司金阳新能源科技控股有限公司投资建设', ['金阳新能源科技控股有限公司']],
    ['协鑫大道上的江苏中能硅业科技发展有限公司内', ['江苏中能硅业科技发展有限公司']],
    ['重组后更名为“中环领先（徐州）半导体材料有限公司”', ['中环领先（徐州）半导体材料有限公司']],
    ['通天星集团负责人欣喜地表示', ['通天星集团']],
  ])('%s', (sentence, expected) => {
    expect(companies(sentence)).toEqual(expected);
  });
  it('reads a short name introduced with 简称', () => {
    expect(findCompanyNames('江苏鑫华半导体科技股份有限公司（简称“鑫华半导体”）完成融资')).toEqual([{ name: '江苏鑫华半导体科技股份有限公司', short: '鑫华半导体' }]);
    expect(findCompanyNames('徐州鑫晶半导体科技有限公司（简称徐州鑫晶）是')[0]?.short).toBe('徐州鑫晶');
  });
  it.each(['成立研究院理事会和研究院有限公司', '由资产管理有限责任公司负责运营', '比亚迪全资子公司', '上市公司数量居全省前列', '创新产业集群融合发展'])('finds no company in: %s', (sentence) => {
    expect(companies(sentence)).toEqual([]);
  });
});

describe('findParkNames', () => {
  it.each([
    ['在徐州高新区，高速奔跑的企业', ['徐州高新区']],
    ['中山火炬开发区召开火炬统筹区科普工作联席会议', ['中山火炬开发区']],
    ['今年初落户常州高新区', ['常州高新区']],
    ['会上，张克邀请上海交通大学讲席教授马紫峰做徐州经济技术开发区钠离子电池产业招商顾问', ['徐州经济技术开发区']],
    ['今年以来衢州智造新城积极拓展对外交流平台', ['衢州智造新城']],
    ['位于云创科技园的鼓楼区社会治理现代化综合指挥中心', ['云创科技园']],
  ])('%s', (sentence, expected) => {
    expect(parks(sentence)).toEqual(expected);
  });
  it.each(['该高新区经济运行平稳', '国家级高新区、开发区、农业科技园、安全产业园等园区5家', '打造11.4平方公里的高新区', '园区企业生产的医药产品', '推动各类高新区、经开区“又高又新”'])(
    'finds no park in: %s',
    (sentence) => {
      expect(parks(sentence)).toEqual([]);
    },
  );
});

describe('findListedCompanies', () => {
  const listed = (s: string) => findListedCompanies(s).map((f) => f.name);
  it.each([
    ['晖致医药、艾昆玮医药、费森尤斯、雀巢等国际龙头企业相继落地园区。', ['晖致医药', '艾昆玮医药', '费森尤斯', '雀巢']],
    ['集聚了甲骨文、华为、谷歌、惠普、富士通、科大讯飞等国际知名企业', ['甲骨文', '华为', '谷歌', '惠普', '富士通', '科大讯飞']],
    ['江苏中能硅业、江苏鑫华半导体、TCL中环等一批龙头企业加快集聚。', ['江苏中能硅业', '江苏鑫华半导体', 'TCL中环']],
    ['组织云仟佰、中矿岩土、大正表面等16家企业成功申报', ['云仟佰', '中矿岩土', '大正表面']],
  ])('%s', (sentence, expected) => {
    expect(listed(sentence)).toEqual(expected);
  });
  it.each(['天通新材料、金阳硅业、比亚迪动力电池等一批重量级项目先后落地', '建设院士工作站、产业研究院、工程中心、外资研发中心等企业研发平台', '精准发力颗粒硅、异质结电池、动力电池、氢能等规上新能源企业项目发展', '推动人工智能、服务外包、大数据等产业', '民政、人社、公安、城管、卫健、残联等19个部门'])('lists no company in: %s', (s) => {
    expect(listed(s)).toEqual([]);
  });
});
